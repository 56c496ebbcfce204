import type { FacePoint } from '../geometry/types';

/**
 * Smooth paths, computed once here so every back-end (Konva canvas, PDF, SVG snapshot) draws
 * exactly the same curve: a uniform Catmull–Rom spline through the points, converted to cubic
 * Bézier segments (the primitive that canvas, PDF and SVG all share).
 *
 * For the segment P1→P2 with neighbours P0 and P3 the Bézier control points are
 * P1 + (P2 − P0)/6 and P2 − (P3 − P1)/6. Open curves repeat their end points as neighbours,
 * which gives a natural end tangent; closed curves wrap around.
 */

export interface CubicSegment {
  readonly c1: FacePoint;
  readonly c2: FacePoint;
  readonly to: FacePoint;
}

export interface BezierPath {
  readonly start: FacePoint;
  readonly segments: readonly CubicSegment[];
  readonly closed: boolean;
}

export function catmullRomToBezier(points: readonly FacePoint[], closed: boolean): BezierPath {
  const n = points.length;
  if (n === 0) throw new Error('catmullRomToBezier: no points');
  const at = (i: number): FacePoint => {
    if (closed) return points[((i % n) + n) % n]!;
    return points[Math.max(0, Math.min(n - 1, i))]!;
  };
  const segments: CubicSegment[] = [];
  const count = closed ? n : n - 1;
  for (let i = 0; i < count; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    segments.push({
      c1: { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 },
      c2: { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 },
      to: p2,
    });
  }
  return { start: points[0]!, segments, closed };
}

/** A point on one cubic segment at parameter t (0..1). */
export function cubicPoint(from: FacePoint, seg: CubicSegment, t: number): FacePoint {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * from.x + b * seg.c1.x + c * seg.c2.x + d * seg.to.x,
    y: a * from.y + b * seg.c1.y + c * seg.c2.y + d * seg.to.y,
  };
}

/**
 * The curve as a polyline with `steps` points per segment, for hit testing and measuring.
 * A closed curve's polyline ends where it started.
 */
export function flattenBezier(path: BezierPath, steps = 8): FacePoint[] {
  const out: FacePoint[] = [path.start];
  let from = path.start;
  for (const seg of path.segments) {
    for (let k = 1; k <= steps; k++) out.push(cubicPoint(from, seg, k / steps));
    from = seg.to;
  }
  return out;
}
