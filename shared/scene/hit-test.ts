import type { FacePoint } from '../geometry/types';
import { distance } from '../geometry/vec';
import { boundsOf, distanceToPolyline, distanceToSegment, pointInPolygon } from '../geometry/polyline';
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
      const box = textBox(item);
      const dx = Math.max(box.minX - p.x, 0, p.x - box.maxX);
      const dy = Math.max(box.minY - p.y, 0, p.y - box.maxY);
      return Math.hypot(dx, dy);
    }
  }
}

/** A text item's approximate box: average glyph advance ~0.6 em, centred vertically on the anchor. */
function textBox(item: Extract<SceneItem, { type: 'text' }>): InkBox {
  const w = item.text.length * item.sizeMm * 0.6;
  const left = item.align === 'left' ? item.at.x : item.align === 'right' ? item.at.x - w : item.at.x - w / 2;
  return { minX: left, maxX: left + w, minY: item.at.y - item.sizeMm / 2, maxY: item.at.y + item.sizeMm / 2, pad: 0 };
}

/** An item's ink box: every point of its ink lies inside, `pad` further out at most. */
interface InkBox {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  /** How far the ink reaches beyond the box (half a stroke, an arrow head's share). */
  readonly pad: number;
}

const inkBoxes = new WeakMap<SceneItem, InkBox | null>();

function boxOf(points: readonly FacePoint[], pad: number): InkBox | null {
  return points.length === 0 ? null : { ...boundsOf(points), pad };
}

/** The item's ink box, made once per item (null: no ink to reach). */
function inkBox(item: SceneItem): InkBox | null {
  if (inkBoxes.has(item)) return inkBoxes.get(item)!;
  const half = (item.type === 'text' ? 0 : item.style.strokeWidth ?? 0) / 2;
  let box: InkBox | null;
  switch (item.type) {
    case 'circle':
      box = boxOf([item.centre], item.radiusMm + half);
      break;
    case 'path': {
      if (item.points.length === 0 || !(item.smooth && item.points.length > 2)) {
        box = boxOf(item.points, half);
        break;
      }
      // A Bézier segment lies inside the hull of its control points (they can lie outside the path's points).
      const curve = catmullRomToBezier(item.points, item.closed);
      box = boxOf([curve.start, ...curve.segments.flatMap((c) => [c.c1, c.c2, c.to])], half);
      break;
    }
    case 'arrow':
      box = boxOf([item.from, item.to], Math.max(half, item.headMm / 3));
      break;
    case 'segments':
      box = boxOf(item.points, half);
      break;
    case 'triangles':
      box = null;
      break;
    case 'text':
      box = textBox(item);
      break;
  }
  inkBoxes.set(item, box);
  return box;
}

/**
 * False only when the item's ink is surely farther than `toleranceMm` from `p` (outside its ink
 * box grown by the tolerance): hitTest measures the exact distance only to the items this lets
 * through. Measuring every item cost about 0.5 ms of each pointer move of a 200-thread drag.
 */
export function mayReach(item: SceneItem, p: FacePoint, toleranceMm: number): boolean {
  const box = inkBox(item);
  if (box === null) return false;
  const e = toleranceMm + box.pad;
  return p.x >= box.minX - e && p.x <= box.maxX + e && p.y >= box.minY - e && p.y <= box.maxY + e;
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
      if (!ref || !kinds.has(ref.kind) || !mayReach(item, p, options.toleranceMm)) continue;
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
