/**
 * A thin-plate spline in the plane: the smoothest warp (least bending energy) that carries a set
 * of source points onto their targets (Bookstein 1989, "Principal warps: thin-plate splines and
 * the decomposition of deformations"). Used to fit MediaPipe's canonical face onto the atlas's
 * landmarks in the frontal plane. `stiffness` > 0 lets the warp miss the targets slightly in
 * exchange for less bending (regularised spline); 0 interpolates exactly.
 */

export interface Warp2 {
  (x: number, y: number): [number, number];
}

const kernel = (r2: number): number => (r2 === 0 ? 0 : 0.5 * r2 * Math.log(r2)); // r^2 log r

export function thinPlateSpline(
  sources: readonly (readonly [number, number])[],
  targets: readonly (readonly [number, number])[],
  stiffness = 0,
): Warp2 {
  const n = sources.length;
  if (n !== targets.length || n < 3) throw new Error('thinPlateSpline: need at least three matched points');
  const size = n + 3;
  // System [K + stiffness I, P; P^T, 0] [w; a] = [v; 0], solved once for x and once for y.
  const m: number[][] = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (let i = 0; i < n; i++) {
    const [xi, yi] = sources[i]!;
    for (let j = 0; j < n; j++) {
      const [xj, yj] = sources[j]!;
      m[i]![j] = kernel((xi - xj) ** 2 + (yi - yj) ** 2) + (i === j ? stiffness : 0);
    }
    m[i]![n] = 1;
    m[i]![n + 1] = xi;
    m[i]![n + 2] = yi;
    m[n]![i] = 1;
    m[n + 1]![i] = xi;
    m[n + 2]![i] = yi;
  }
  const wx = solve(m, [...targets.map((t) => t[0]), 0, 0, 0]);
  const wy = solve(m, [...targets.map((t) => t[1]), 0, 0, 0]);
  return (x, y) => {
    let ox = wx[n]! + wx[n + 1]! * x + wx[n + 2]! * y;
    let oy = wy[n]! + wy[n + 1]! * x + wy[n + 2]! * y;
    for (let i = 0; i < n; i++) {
      const [sx, sy] = sources[i]!;
      const u = kernel((x - sx) ** 2 + (y - sy) ** 2);
      ox += wx[i]! * u;
      oy += wy[i]! * u;
    }
    return [ox, oy];
  };
}

/** Gaussian elimination with partial pivoting; the matrix is small (tens of rows). */
function solve(matrix: readonly (readonly number[])[], rhs: readonly number[]): number[] {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) < 1e-12) throw new Error('thinPlateSpline: points are degenerate (collinear or repeated)');
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const p = a[col]!;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = a[r]!;
      const f = row[col]! / p[col]!;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) row[c]! -= f * p[c]!;
    }
  }
  return a.map((row, i) => row[n]! / row[i]!);
}
