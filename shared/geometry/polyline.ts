import type { FaceBounds, FacePoint, FacePolygon, FacePolyline } from './types';
import { cross, distance, lerp, sub } from './vec';

/** Total length of a polyline, millimetres. */
export function polylineLength(points: FacePolyline): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distance(points[i - 1]!, points[i]!);
  return total;
}

/** Cumulative length at each vertex (first is 0). */
export function cumulativeLengths(points: FacePolyline): number[] {
  const out = [0];
  for (let i = 1; i < points.length; i++) out.push(out[i - 1]! + distance(points[i - 1]!, points[i]!));
  return out;
}

/** The point at distance `s` along the polyline (clamped to its ends). */
export function pointAtLength(points: FacePolyline, s: number): FacePoint {
  if (points.length === 0) throw new Error('pointAtLength: empty polyline');
  if (s <= 0 || points.length === 1) return points[0]!;
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const seg = distance(a, b);
    if (walked + seg >= s) return seg === 0 ? a : lerp(a, b, (s - walked) / seg);
    walked += seg;
  }
  return points[points.length - 1]!;
}

/** The part of a polyline between distances `from` and `to` along it. */
export function subPolyline(points: FacePolyline, from: number, to: number): FacePoint[] {
  const cum = cumulativeLengths(points);
  const total = cum[cum.length - 1] ?? 0;
  const a = Math.max(0, Math.min(from, total));
  const b = Math.max(a, Math.min(to, total));
  const out: FacePoint[] = [pointAtLength(points, a)];
  for (let i = 0; i < points.length; i++) if (cum[i]! > a && cum[i]! < b) out.push(points[i]!);
  out.push(pointAtLength(points, b));
  return out;
}

export function boundsOf(points: readonly FacePoint[]): FaceBounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    if (p.x < minX) minX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.x > maxX) maxX = p.x;
    if (p.y > maxY) maxY = p.y;
  }
  return { minX, minY, maxX, maxY };
}

export const boundsContain = (b: FaceBounds, p: FacePoint): boolean =>
  p.x >= b.minX && p.x <= b.maxX && p.y >= b.minY && p.y <= b.maxY;

/** Even-odd point-in-polygon test. Points exactly on an edge may go either way. */
export function pointInPolygon(p: FacePoint, polygon: FacePolygon): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** Bounds of each outline, kept per outline array (atlas outlines live as long as their atlas). */
const outlineBounds = new WeakMap<readonly FacePoint[], FaceBounds>();

/**
 * Whether p lies inside the polygon or within `toleranceMm` of its outline. The polygon's bounds
 * grown by the tolerance are tested first: a point outside them is neither, so most points cost
 * four comparisons instead of a walk around the outline.
 */
export function withinPolygonOrNear(p: FacePoint, polygon: FacePolygon, toleranceMm: number): boolean {
  let b = outlineBounds.get(polygon);
  if (b === undefined) {
    b = boundsOf(polygon);
    outlineBounds.set(polygon, b);
  }
  if (p.x < b.minX - toleranceMm || p.x > b.maxX + toleranceMm || p.y < b.minY - toleranceMm || p.y > b.maxY + toleranceMm) return false;
  if (pointInPolygon(p, polygon)) return true;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    if (distanceToSegment(p, polygon[j]!, polygon[i]!) <= toleranceMm) return true;
  }
  return false;
}

/** Shortest distance from a point to segment ab. */
export function distanceToSegment(p: FacePoint, a: FacePoint, b: FacePoint): number {
  const abx = b.x - a.x;
  const aby = b.y - a.y;
  const len2 = abx * abx + aby * aby;
  if (len2 === 0) return distance(p, a);
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * abx + (p.y - a.y) * aby) / len2));
  return Math.hypot(p.x - (a.x + t * abx), p.y - (a.y + t * aby));
}

/** Shortest distance from a point to a polyline. */
export function distanceToPolyline(p: FacePoint, points: FacePolyline): number {
  if (points.length === 1) return distance(p, points[0]!);
  let best = Infinity;
  for (let i = 1; i < points.length; i++) best = Math.min(best, distanceToSegment(p, points[i - 1]!, points[i]!));
  return best;
}

/** Where segments ab and cd cross (proper or touching), or null. */
export function segmentIntersection(a: FacePoint, b: FacePoint, c: FacePoint, d: FacePoint): FacePoint | null {
  const r = sub(b, a);
  const s = sub(d, c);
  const denom = cross(r, s);
  if (denom === 0) return null; // parallel or collinear: treated as not crossing
  const t = cross(sub(c, a), s) / denom;
  const u = cross(sub(c, a), r) / denom;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return { x: a.x + t * r.x, y: a.y + t * r.y };
}

/**
 * Points every `stepMm` along a polyline, each with its distance from the start. Always includes
 * both ends. Rules sample paths this way so their cost grows with path length, not vertex count.
 */
export function samplePolyline(points: FacePolyline, stepMm: number): { point: FacePoint; s: number }[] {
  const total = polylineLength(points);
  const n = Math.max(1, Math.ceil(total / stepMm));
  const out: { point: FacePoint; s: number }[] = [];
  for (let i = 0; i <= n; i++) {
    const s = (total * i) / n;
    out.push({ point: pointAtLength(points, s), s });
  }
  return out;
}
