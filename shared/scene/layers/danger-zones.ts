import type { Atlas, StructureKind } from '../../atlas/types';
import type { ColorToken, SceneItem, SceneLayer } from '../types';

const STRUCTURE_COLOR: Record<StructureKind, ColorToken> = {
  nerve: 'danger.nerve',
  duct: 'danger.duct',
  artery: 'danger.artery',
};

/**
 * Dash patterns of the structures' courses (mm). None is solid: threads are solid lines, and a
 * solid artery beside a critical thread was read as another critical thread. Nerves dash-dot,
 * ducts long dashes, arteries short dense dashes (smooth threads use [1.6, 1.1] in grey, with
 * their arrow, anchor bar and number besides). Together with hues no thread uses (palette.ts)
 * the structures read apart from threads and from one another without relying on colour.
 */
export const STRUCTURE_DASH: Record<StructureKind, readonly number[]> = {
  nerve: [2.4, 0.8, 0.5, 0.8],
  duct: [3, 1.2],
  artery: [0.9, 0.55],
};

/**
 * Opacity of a zone's fill. Design choice: a tint that marks the area without hiding the face
 * drawing under it; the dashed outline and the course carry the meaning.
 */
const ZONE_FILL_OPACITY = 0.08;

/**
 * Danger zones: the zone as a hatched-looking dashed outline over a faint fill, and the
 * structure's course as a patterned line (STRUCTURE_DASH).
 */
export function dangerZonesLayer(atlas: Atlas): SceneLayer {
  const items: SceneItem[] = [];
  for (const z of atlas.dangerZones) {
    const color = STRUCTURE_COLOR[z.structure];
    items.push({
      type: 'path',
      points: z.outline,
      closed: true,
      smooth: true,
      style: { stroke: color, strokeWidth: 0.3, fill: color, opacity: ZONE_FILL_OPACITY },
      ref: { kind: 'danger-zone', id: z.id },
    });
    items.push({
      type: 'path',
      points: z.outline,
      closed: true,
      smooth: true,
      style: { stroke: color, strokeWidth: 0.3, opacity: 0.7, dash: [1, 0.8] },
    });
  }
  for (const z of atlas.dangerZones) {
    const color = STRUCTURE_COLOR[z.structure];
    const dash = STRUCTURE_DASH[z.structure];
    items.push({
      type: 'path',
      points: z.course,
      closed: false,
      smooth: true,
      style: { stroke: color, strokeWidth: 0.6, opacity: 0.9, dash },
      ref: { kind: 'danger-zone', id: z.id },
    });
  }
  return { id: 'danger-zones', items };
}
