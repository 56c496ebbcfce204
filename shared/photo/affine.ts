import type { Affine } from './types';

/**
 * Least-squares fits of 2D maps between matched point sets, and their use. Plain {x, y} in and
 * out, whatever the space: callers say which is which.
 */

interface XY {
  readonly x: number;
  readonly y: number;
}

export const IDENTITY: Affine = { a: 1, b: 0, c: 0, d: 0, e: 1, f: 0 };

export const applyAffine = (m: Affine, p: XY): { x: number; y: number } => ({
  x: m.a * p.x + m.b * p.y + m.c,
  y: m.d * p.x + m.e * p.y + m.f,
});

export function invertAffine(m: Affine): Affine | null {
  const det = m.a * m.e - m.b * m.d;
  if (!Number.isFinite(det) || Math.abs(det) < 1e-12) return null;
  const a = m.e / det;
  const b = -m.b / det;
  const d = -m.d / det;
  const e = m.a / det;
  return { a, b, c: -(a * m.c + b * m.f), d, e, f: -(d * m.c + e * m.f) };
}

/** Compose: first `first`, then `second`. */
export function composeAffine(second: Affine, first: Affine): Affine {
  return {
    a: second.a * first.a + second.b * first.d,
    b: second.a * first.b + second.b * first.e,
    c: second.a * first.c + second.b * first.f + second.c,
    d: second.d * first.a + second.e * first.d,
    e: second.d * first.b + second.e * first.e,
    f: second.d * first.c + second.e * first.f + second.f,
  };
}

/** Area scale of the linear part (|det|); its square root is the length scale. */
export const affineScale = (m: Affine): number => Math.sqrt(Math.abs(m.a * m.e - m.b * m.d));

/** The centroids of the first `n` points of `from` and of `to`: both fits work about them. */
function centroids(from: readonly XY[], to: readonly XY[], n: number): { fx: number; fy: number; tx: number; ty: number } {
  let fx = 0;
  let fy = 0;
  let tx = 0;
  let ty = 0;
  for (let i = 0; i < n; i++) {
    fx += from[i]!.x;
    fy += from[i]!.y;
    tx += to[i]!.x;
    ty += to[i]!.y;
  }
  return { fx: fx / n, fy: fy / n, tx: tx / n, ty: ty / n };
}

/**
 * The similarity (rotation, uniform scale, translation; no mirroring) that best maps `from`
 * onto `to` in the least-squares sense (Umeyama 1991, closed form in 2D). Null with fewer than
 * two distinct points.
 */
export function fitSimilarity(from: readonly XY[], to: readonly XY[]): Affine | null {
  const n = Math.min(from.length, to.length);
  if (n < 2) return null;
  const { fx, fy, tx, ty } = centroids(from, to, n);
  let sxx = 0;
  let sxy = 0;
  let norm = 0;
  for (let i = 0; i < n; i++) {
    const ax = from[i]!.x - fx;
    const ay = from[i]!.y - fy;
    const bx = to[i]!.x - tx;
    const by = to[i]!.y - ty;
    sxx += ax * bx + ay * by; // cos part
    sxy += ax * by - ay * bx; // sin part
    norm += ax * ax + ay * ay;
  }
  if (norm < 1e-12) return null;
  const a = sxx / norm;
  const d = sxy / norm;
  return { a, b: -d, c: tx - (a * fx - d * fy), d, e: a, f: ty - (d * fx + a * fy) };
}

/** The affine map that best maps `from` onto `to` (least squares). Null when the points are collinear. */
export function fitAffine(from: readonly XY[], to: readonly XY[]): Affine | null {
  const n = Math.min(from.length, to.length);
  if (n < 3) return null;
  // Centre both sets for numerical stability, solve the 2x2 normal equations, shift back.
  const { fx, fy, tx, ty } = centroids(from, to, n);
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  let ux = 0;
  let uy = 0;
  let vx = 0;
  let vy = 0;
  for (let i = 0; i < n; i++) {
    const x = from[i]!.x - fx;
    const y = from[i]!.y - fy;
    const X = to[i]!.x - tx;
    const Y = to[i]!.y - ty;
    sxx += x * x;
    sxy += x * y;
    syy += y * y;
    ux += x * X;
    uy += y * X;
    vx += x * Y;
    vy += y * Y;
  }
  const det = sxx * syy - sxy * sxy;
  if (Math.abs(det) < 1e-9 * Math.max(1, sxx * syy)) return null;
  const a = (ux * syy - uy * sxy) / det;
  const b = (uy * sxx - ux * sxy) / det;
  const d = (vx * syy - vy * sxy) / det;
  const e = (vy * sxx - vx * sxy) / det;
  return { a, b, c: tx - a * fx - b * fy, d, e, f: ty - d * fx - e * fy };
}
