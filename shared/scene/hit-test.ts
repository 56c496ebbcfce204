import type { FacePoint } from '../geometry/types';
import { distance } from '../geometry/vec';
import { distanceToPolyline, distanceToSegment, pointInPolygon } from '../geometry/polyline';
import { catmullRomToBezier, flattenBezier } from './curves';
import type { Scene, SceneItem, SceneRef } from './types';

/**
 * What is under a point on the face: hit testing over the scene's refs, in face millimetres.
 * Pure and back-end independent, so the canvas needs no hit graph of its own and the result
 * is the same whatever draws the scene.
 *
 * Among items within reach, the more specific kind wins (a path-point handle over an entry
 * point over a thread over anything else), then the nearest, then the one drawn on top.
 */

export type SceneRefKind = SceneRef['kind'];

/** The kinds the editor acts on; overlays (regions, muscles, ...) count as empty face. */
export const INTERACTIVE_KINDS: readonly SceneRefKind[] = ['thread-point', 'entry-point', 'thread'];

const KIND_PRIORITY: Partial<Record<SceneRefKind, number>> = { 'thread-point': 0, 'entry-point': 1, thread: 2 };

/** Distance from `p` to the item's ink (0 inside a filled shape); Infinity for no geometry. */
export function distanceToItem(item: SceneItem, p: FacePoint): number {
  const half = (item.type === 'text' ? 0 : item.style.strokeWidth ?? 0) / 2;
  switch (item.type) {
    case 'circle': {
      const d = distance(p, item.centre) - item.radiusMm;
      return Math.max(0, d - half);
    }
    case 'path': {
      if (item.points.length === 0) return Infinity;
      const pts = item.smooth && item.points.length > 2
        ? flattenBezier(catmullRomToBezier(item.points, item.closed))
        : item.closed
          ? [...item.points, item.points[0]!]
          : item.points;
      if (item.closed && item.style.fill && pointInPolygon(p, pts)) return 0;
      return Math.max(0, distanceToPolyline(p, pts) - half);
    }
    case 'arrow':
      return Math.max(0, distanceToSegment(p, item.from, item.to) - Math.max(half, item.headMm / 3));
    case 'segments': {
      let best = Infinity;
      for (let i = 0; i + 1 < item.points.length; i += 2) best = Math.min(best, distanceToSegment(p, item.points[i]!, item.points[i + 1]!));
      return Math.max(0, best - half);
    }
    case 'triangles':
      // The tissue map is never a target: pointing through it reaches the face and the threads.
      return Infinity;
    case 'text': {
      // Approximate box: average glyph advance ~0.6 em, centred vertically on the anchor.
      const w = item.text.length * item.sizeMm * 0.6;
      const left = item.align === 'left' ? item.at.x : item.align === 'right' ? item.at.x - w : item.at.x - w / 2;
      const dx = Math.max(left - p.x, 0, p.x - (left + w));
      const dy = Math.max(Math.abs(p.y - item.at.y) - item.sizeMm / 2, 0);
      return Math.hypot(dx, dy);
    }
  }
}

export interface HitOptions {
  /** How far from the ink still counts, millimetres (pixels / zoom on the canvas). */
  readonly toleranceMm: number;
  readonly kinds?: readonly SceneRefKind[];
}

export function hitTest(scene: Scene, p: FacePoint, options: HitOptions): SceneRef | null {
  const kinds = new Set(options.kinds ?? INTERACTIVE_KINDS);
  let best: { ref: SceneRef; priority: number; dist: number } | null = null;
  for (let l = scene.layers.length - 1; l >= 0; l--) {
    const items = scene.layers[l]!.items;
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i]!;
      const ref = item.ref;
      if (!ref || !kinds.has(ref.kind)) continue;
      const dist = distanceToItem(item, p);
      if (dist > options.toleranceMm) continue;
      const priority = KIND_PRIORITY[ref.kind] ?? 9;
      // Strictly better only: on a tie the item drawn on top (met first) stays.
      if (!best || priority < best.priority || (priority === best.priority && dist < best.dist)) {
        best = { ref, priority, dist };
      }
    }
  }
  return best?.ref ?? null;
}
