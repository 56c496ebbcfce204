import type { PairCheck } from './context';
import type { ThreadGeometry } from './thread-geometry';

/**
 * Finds the pairs of threads a pair rule must check (context.ts PairCheck): those with a point of
 * one within the rule's reach of a point of the other. The points of every thread go into a
 * uniform grid of cells one reach wide (a counting sort into flat typed arrays); each point of a
 * CHANGED thread is compared only with the points in the 3 x 3 cells around it. The cost grows
 * with the points and their neighbours, not with the pairs of threads, and after a drag it is one
 * thread's neighbourhood plus a pass that files every point.
 *
 * Distances are 3-D (points on the skin); the grid is frontal, and a 3-D distance is never less
 * than its frontal part, so the 3 x 3 block still holds every neighbour within reach.
 */
export class PairIndex {
  /** Each thread's points as x, y, z triples, per rule (thread geometry is immutable). */
  private readonly points = new WeakMap<PairCheck, WeakMap<ThreadGeometry, Float64Array>>();
  private tOf = new Int32Array(0);
  private xs = new Float64Array(0);
  private ys = new Float64Array(0);
  private zs = new Float64Array(0);
  private cellOf = new Int32Array(0);
  private order = new Int32Array(0);
  /** Per thread: the last changed thread (+1) it was paired with, so each pair is reported once. */
  private seen = new Int32Array(0);

  private pointsOf(check: PairCheck, g: ThreadGeometry): Float64Array {
    let byThread = this.points.get(check);
    if (byThread === undefined) {
      byThread = new WeakMap();
      this.points.set(check, byThread);
    }
    let flat = byThread.get(g);
    if (flat === undefined) {
      const points = check.points(g);
      flat = new Float64Array(points.length * 3);
      for (let i = 0; i < points.length; i++) {
        const p = points[i]!;
        flat[3 * i] = p.x;
        flat[3 * i + 1] = p.y;
        flat[3 * i + 2] = p.z;
      }
      byThread.set(g, flat);
    }
    return flat;
  }

  /**
   * Calls `emit(a, b)` (thread indices, a < b) once for every pair within reach of which at least
   * one thread is marked in `changed`.
   */
  candidates(check: PairCheck, threads: readonly ThreadGeometry[], changed: Uint8Array, emit: (a: number, b: number) => void): void {
    const flats = threads.map((g) => this.pointsOf(check, g));
    let count = 0;
    for (const f of flats) count += f.length / 3;
    if (count === 0) return;
    this.grow(count, threads.length);
    const { tOf, xs, ys, zs, cellOf, order, seen } = this;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    let k = 0;
    for (let t = 0; t < flats.length; t++) {
      const f = flats[t]!;
      for (let i = 0; i < f.length; i += 3) {
        const x = f[i]!;
        const y = f[i + 1]!;
        tOf[k] = t;
        xs[k] = x;
        ys[k] = y;
        zs[k] = f[i + 2]!;
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
        k++;
      }
    }
    // Non-finite positions (never in a valid plan) leave no box to grid: nothing to compare.
    if (!(maxX >= minX && maxY >= minY && Number.isFinite(maxX - minX) && Number.isFinite(maxY - minY))) return;
    const reach = check.reachMm;
    const reach2 = reach * reach;
    // Cells at least one reach wide, wider for an unusually wide plan so the grid stays small.
    const cellMm = Math.max(reach, (maxX - minX) / 1024, (maxY - minY) / 1024);
    const cols = Math.floor((maxX - minX) / cellMm) + 1;
    const rows = Math.floor((maxY - minY) / cellMm) + 1;
    const cellStart = new Int32Array(cols * rows + 1);
    for (let n = 0; n < count; n++) {
      const cell = Math.floor((ys[n]! - minY) / cellMm) * cols + Math.floor((xs[n]! - minX) / cellMm);
      cellOf[n] = cell;
      cellStart[cell + 1]!++;
    }
    for (let c = 0; c < cols * rows; c++) cellStart[c + 1]! += cellStart[c]!;
    const fill = cellStart.slice(0, cols * rows);
    for (let n = 0; n < count; n++) order[fill[cellOf[n]!]!++] = n;

    seen.fill(0, 0, threads.length);
    for (let n = 0; n < count; n++) {
      const a = tOf[n]!;
      if (changed[a] !== 1) continue;
      const side = threads[a]!.side;
      const px = xs[n]!;
      const py = ys[n]!;
      const pz = zs[n]!;
      const col = Math.floor((px - minX) / cellMm);
      const row = Math.floor((py - minY) / cellMm);
      for (let r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
        for (let c = Math.max(0, col - 1); c <= Math.min(cols - 1, col + 1); c++) {
          const cell = r * cols + c;
          for (let q = cellStart[cell]!, end = cellStart[cell + 1]!; q < end; q++) {
            const m = order[q]!;
            const b = tOf[m]!;
            // Each pair once: from its first changed thread (both changed: from the earlier one).
            if (b === a || seen[b] === a + 1 || (changed[b] === 1 && b < a)) continue;
            if (check.sameSide && threads[b]!.side !== side) continue;
            const dx = xs[m]! - px;
            const dy = ys[m]! - py;
            const dz = zs[m]! - pz;
            if (dx * dx + dy * dy + dz * dz >= reach2) continue;
            seen[b] = a + 1;
            if (a < b) emit(a, b);
            else emit(b, a);
          }
        }
      }
    }
  }

  private grow(points: number, threads: number): void {
    if (this.tOf.length < points) {
      const n = Math.max(points, 2 * this.tOf.length, 1024);
      this.tOf = new Int32Array(n);
      this.xs = new Float64Array(n);
      this.ys = new Float64Array(n);
      this.zs = new Float64Array(n);
      this.cellOf = new Int32Array(n);
      this.order = new Int32Array(n);
    }
    if (this.seen.length < threads) this.seen = new Int32Array(Math.max(threads, 2 * this.seen.length, 64));
  }
}
