import type { FacePoint } from '../../../../shared/geometry/types';
import type { HeightFieldSurface } from '../../../../shared/surface/height-field';

/**
 * The exact skin length of a frontal polyline on a height-grid surface: each segment is cut where
 * it crosses a grid line or a cell's diagonal; between cuts the surface is one flat triangle, so
 * the lifted piece is a straight 3-D segment. This is the reference the fast measure is held to.
 */
export function exactLength(surface: HeightFieldSurface, path: readonly FacePoint[]): number {
  const g = surface.grid;
  let total = 0;
  for (let v = 1; v < path.length; v++) {
    const a = path[v - 1]!;
    const b = path[v]!;
    const ts = new Set<number>([0, 1]);
    const fa = { x: (a.x - g.x0) / g.step, y: (a.y - g.y0) / g.step };
    const fb = { x: (b.x - g.x0) / g.step, y: (b.y - g.y0) / g.step };
    const dx = fb.x - fa.x;
    const dy = fb.y - fa.y;
    const cross = (p0: number, d: number): void => {
      if (d === 0) return;
      const lo = Math.min(p0, p0 + d);
      const hi = Math.max(p0, p0 + d);
      for (let k = Math.ceil(lo); k <= Math.floor(hi); k++) {
        const t = (k - p0) / d;
        if (t > 0 && t < 1) ts.add(t);
      }
    };
    cross(fa.x, dx);
    cross(fa.y, dy);
    // Diagonals: x - y is an integer right of the mirror axis, x + y left of it (cutting at both
    // kinds everywhere is harmless: a cut where the surface is flat adds nothing).
    cross(fa.x - fa.y, dx - dy);
    cross(fa.x + fa.y, dx + dy);
    const sorted = [...ts].sort((p, q) => p - q);
    let prev: [number, number, number] | null = null;
    for (const t of sorted) {
      const x = a.x + (b.x - a.x) * t;
      const y = a.y + (b.y - a.y) * t;
      const p: [number, number, number] = [x, y, surface.heightAt(x, y)];
      if (prev) total += Math.hypot(p[0] - prev[0], p[1] - prev[1], p[2] - prev[2]);
      prev = p;
    }
  }
  return total;
}
