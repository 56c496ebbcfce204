import type { Atlas, StructureKind } from '../../atlas/types';
import type { ColorToken, SceneItem, SceneLayer } from '../types';

const STRUCTURE_COLOR: Record<StructureKind, ColorToken> = {
  nerve: 'danger.nerve',
  duct: 'danger.duct',
  artery: 'danger.artery',
};

/**
 * Danger zones: the zone as a hatched-looking dashed outline over a faint fill, and the
 * structure's course as a solid line. Nerves, ducts and arteries differ in colour and in line
 * pattern (nerves dash-dot, arteries solid, ducts long dashes) so they read apart without colour.
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
      style: { stroke: color, strokeWidth: 0.3, fill: color, opacity: 0.12 },
      ref: { kind: 'danger-zone', id: z.id },
    });
    items.push({
      type: 'path',
      points: z.outline,
      closed: true,
      smooth: true,
      style: { stroke: color, strokeWidth: 0.3, opacity: 0.85, dash: [1, 0.8] },
    });
  }
  for (const z of atlas.dangerZones) {
    const color = STRUCTURE_COLOR[z.structure];
    const dash = z.structure === 'nerve' ? [2.4, 0.8, 0.5, 0.8] : z.structure === 'duct' ? [3, 1.2] : undefined;
    items.push({
      type: 'path',
      points: z.course,
      closed: false,
      smooth: true,
      style: { stroke: color, strokeWidth: 0.6, opacity: 0.95, dash },
      ref: { kind: 'danger-zone', id: z.id },
    });
  }
  return { id: 'danger-zones', items };
}
