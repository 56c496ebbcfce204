import type { FacePoint } from '../../geometry/types';

/** Small geometric helpers the layer builders share. */

/** Area centroid of a simple polygon (falls back to the vertex mean for degenerate ones). */
export function polygonCentroid(polygon: readonly FacePoint[]): FacePoint {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const p = polygon[j]!;
    const q = polygon[i]!;
    const f = p.x * q.y - q.x * p.y;
    a += f;
    cx += (p.x + q.x) * f;
    cy += (p.y + q.y) * f;
  }
  if (Math.abs(a) < 1e-9) {
    const n = Math.max(1, polygon.length);
    return {
      x: polygon.reduce((s, p) => s + p.x, 0) / n,
      y: polygon.reduce((s, p) => s + p.y, 0) / n,
    };
  }
  return { x: cx / (3 * a), y: cy / (3 * a) };
}

/** Unit direction from a to b, or a default pointing right when they coincide. */
export function unitFrom(a: FacePoint, b: FacePoint): FacePoint {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  return len === 0 ? { x: 1, y: 0 } : { x: dx / len, y: dy / len };
}

/** Left-hand normal of a unit direction (on screen, with +y down). */
export const normalOf = (d: FacePoint): FacePoint => ({ x: d.y, y: -d.x });

export const offset = (p: FacePoint, d: FacePoint, k: number): FacePoint => ({ x: p.x + d.x * k, y: p.y + d.y * k });
