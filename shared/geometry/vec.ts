import type { FacePoint, FaceVector } from './types';

/** Small vector helpers on face millimetres. Pure functions on plain {x, y}. */

export const sub = (a: FacePoint, b: FacePoint): FaceVector => ({ x: a.x - b.x, y: a.y - b.y });
export const add = (a: FacePoint, v: FaceVector): FacePoint => ({ x: a.x + v.x, y: a.y + v.y });
export const scale = (v: FaceVector, k: number): FaceVector => ({ x: v.x * k, y: v.y * k });
export const dot = (a: FaceVector, b: FaceVector): number => a.x * b.x + a.y * b.y;
export const cross = (a: FaceVector, b: FaceVector): number => a.x * b.y - a.y * b.x;
export const length = (v: FaceVector): number => Math.hypot(v.x, v.y);
export const distance = (a: FacePoint, b: FacePoint): number => Math.hypot(a.x - b.x, a.y - b.y);

export const lerp = (a: FacePoint, b: FacePoint, t: number): FacePoint => ({
  x: a.x + (b.x - a.x) * t,
  y: a.y + (b.y - a.y) * t,
});

/** Unit vector, or null for a zero-length vector. */
export function normalize(v: FaceVector): FaceVector | null {
  const len = length(v);
  return len === 0 ? null : { x: v.x / len, y: v.y / len };
}

/** Angle between two directions, 0..180 degrees; null when either is zero-length. */
export function angleBetweenDeg(a: FaceVector, b: FaceVector): number | null {
  const la = length(a);
  const lb = length(b);
  if (la === 0 || lb === 0) return null;
  const c = Math.min(1, Math.max(-1, dot(a, b) / (la * lb)));
  return (Math.acos(c) * 180) / Math.PI;
}

/**
 * Angle between two undirected lines, 0..90 degrees (how steeply one crosses the other).
 * Null when either is zero-length.
 */
export function lineCrossingAngleDeg(a: FaceVector, b: FaceVector): number | null {
  const angle = angleBetweenDeg(a, b);
  return angle === null ? null : Math.min(angle, 180 - angle);
}
