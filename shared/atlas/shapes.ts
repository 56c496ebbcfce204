import type { FacePoint, FacePolygon } from '../geometry/types';

/**
 * Small shape builders for atlas outlines. Outlines are plain polygons so point-in-polygon tests
 * stay cheap; curves are approximated with enough vertices to look smooth on screen.
 */

const round = (v: number): number => Math.round(v * 100) / 100;
const pt = (x: number, y: number): FacePoint => ({ x: round(x), y: round(y) });

/** An ellipse as a polygon of `n` vertices. */
export function ellipse(cx: number, cy: number, rx: number, ry: number, n = 24): FacePolygon {
  const out: FacePoint[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    out.push(pt(cx + rx * Math.cos(a), cy + ry * Math.sin(a)));
  }
  return out;
}

export const circle = (c: FacePoint, r: number, n = 24): FacePolygon => ellipse(c.x, c.y, r, r, n);

/**
 * A band of half-width `halfWidth` around a polyline (a nerve's or vessel's course), with
 * square ends extended by `halfWidth` so the structure's tip is covered too.
 */
export function bandAround(course: readonly FacePoint[], halfWidth: number): FacePolygon {
  if (course.length < 2) throw new Error('bandAround: course needs two points');
  const normals: { x: number; y: number }[] = [];
  for (let i = 0; i < course.length; i++) {
    const a = course[Math.max(0, i - 1)]!;
    const b = course[Math.min(course.length - 1, i + 1)]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    normals.push({ x: -(b.y - a.y) / len, y: (b.x - a.x) / len });
  }
  const first = course[0]!;
  const second = course[1]!;
  const last = course[course.length - 1]!;
  const beforeLast = course[course.length - 2]!;
  const d0 = Math.hypot(second.x - first.x, second.y - first.y) || 1;
  const d1 = Math.hypot(last.x - beforeLast.x, last.y - beforeLast.y) || 1;
  const ext = (p: FacePoint, dx: number, dy: number, d: number): FacePoint => ({
    x: p.x + (dx / d) * halfWidth,
    y: p.y + (dy / d) * halfWidth,
  });
  const ends = course.map((p, i) =>
    i === 0
      ? ext(p, first.x - second.x, first.y - second.y, d0)
      : i === course.length - 1
        ? ext(p, last.x - beforeLast.x, last.y - beforeLast.y, d1)
        : p,
  );
  const sideA = ends.map((p, i) => pt(p.x + normals[i]!.x * halfWidth, p.y + normals[i]!.y * halfWidth));
  const sideB = ends.map((p, i) => pt(p.x - normals[i]!.x * halfWidth, p.y - normals[i]!.y * halfWidth));
  return [...sideA, ...sideB.reverse()];
}

/**
 * A spindle (a muscle belly) from `a` to `b`, widest (`halfWidth`) in the middle and narrowing
 * to a third of that at the ends, where the muscle becomes tendon or blends into skin.
 */
export function spindle(a: FacePoint, b: FacePoint, halfWidth: number, n = 6): FacePolygon {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const nx = -dy / len;
  const ny = dx / len;
  const sideA: FacePoint[] = [];
  const sideB: FacePoint[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const w = halfWidth * (1 / 3 + (2 / 3) * Math.sin(Math.PI * t));
    const cx = a.x + dx * t;
    const cy = a.y + dy * t;
    sideA.push(pt(cx + nx * w, cy + ny * w));
    sideB.push(pt(cx - nx * w, cy - ny * w));
  }
  return [...sideA, ...sideB.reverse()];
}
