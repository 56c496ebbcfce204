/**
 * Snapping while placing entry points and drawing threads: a point dropped near a named
 * landmark (tragus, lateral canthus, mouth corner...) or near the middle of a fixation zone
 * lands exactly on it, so fans start from a repeatable entry and anchors sit inside their zone.
 */
import type { FacePoint } from '../geometry/types';
import type { Locale } from '../i18n/locale';
import { structureBaseName, structureName } from './names';
import type { Atlas } from './types';

/**
 * How close a point must be to snap, millimetres on the face. DESIGN CHOICE: about the width of
 * a fingertip mark on the skin and of an entry circle on the diagram at the default fit; far
 * enough to catch a point aimed at a landmark, near enough that a deliberate placement a few
 * millimetres away is left alone (and Alt always leaves it alone).
 */
export const SNAP_RADIUS_MM = 3;

export interface SnapTarget {
  readonly point: FacePoint;
  readonly kind: 'landmark' | 'fixation-zone';
  readonly id: string;
}

/** Mean of a polygon's vertices: the middle of a (convex, evenly outlined) fixation zone. */
function centreOf(outline: readonly FacePoint[]): FacePoint {
  let x = 0;
  let y = 0;
  for (const p of outline) {
    x += p.x;
    y += p.y;
  }
  return { x: x / outline.length, y: y / outline.length };
}

/** Every point a placement can snap to: the named landmarks and the fixation zones' middles. */
export function snapTargets(atlas: Atlas): SnapTarget[] {
  const out: SnapTarget[] = Object.entries(atlas.landmarks).map(([id, point]) => ({ point, kind: 'landmark' as const, id }));
  for (const zone of atlas.fixationZones) if (zone.outline.length > 0) out.push({ point: centreOf(zone.outline), kind: 'fixation-zone', id: zone.id });
  return out;
}

/** The nearest target within `radiusMm` of `point`, or null. */
export function snapPoint(point: FacePoint, targets: readonly SnapTarget[], radiusMm: number = SNAP_RADIUS_MM): SnapTarget | null {
  let best: SnapTarget | null = null;
  let bestD2 = radiusMm * radiusMm;
  for (const t of targets) {
    const d2 = (t.point.x - point.x) ** 2 + (t.point.y - point.y) ** 2;
    if (d2 <= bestD2) {
      best = t;
      bestD2 = d2;
    }
  }
  return best;
}

/**
 * The plain name of a snap target in `locale`, as the canvas labels it: a fixation zone's name
 * with its side, or a landmark's name without it ("lateral canthus"; the side is where it is
 * drawn). A target the name tables do not know (another atlas) reads as its atlas name or id.
 */
export function snapTargetName(target: SnapTarget, atlas: Atlas, locale: Locale = 'en'): string {
  if (target.kind === 'fixation-zone') return structureName(target.id, locale, atlas.fixationZones.find((z) => z.id === target.id)?.name ?? target.id);
  return structureBaseName(target.id, locale, target.id.replace(/-(left|right)$/, '').replaceAll('-', ' '));
}
