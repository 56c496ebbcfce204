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
/** Up to this many changed threads, their pairs are found box by box instead of with the grid. */
const FEW_CHANGES = 4;

/** Whether some point of a is within reach of some point of b (squared reach), 3-D. */
function withinReach(a: readonly number[], b: readonly number[], reach2: number): boolean {
  for (let i = 0; i < a.length; i += 3) {
    const x = a[i]!;
    const y = a[i + 1]!;
    const z = a[i + 2]!;
    for (let j = 0; j < b.length; j += 3) {
      const dx = b[j]! - x;
      const dy = b[j + 1]! - y;
      const dz = b[j + 2]! - z;
      if (dx * dx + dy * dy + dz * dz < reach2) return true;
    }
  }
  return false;
}

export class PairIndex {
  private tOf = new Int32Array(0);
  private xs = new Float64Array(0);
  private ys = new Float64Array(0);
  private zs = new Float64Array(0);
  private cellOf = new Int32Array(0);
  private order = new Int32Array(0);
  /** Per position in `order`: the end of the run of the same thread's points in the same cell. */
  private runEnd = new Int32Array(0);
  /** Per point: its position in `order`. */
  private slot = new Int32Array(0);
  private cellStart = new Int32Array(0);
  /** Per thread: the last changed thread (+1) it was paired with, so each pair is reported once. */
  private seen = new Int32Array(0);

  /** g's points for this check as x, y, z triples and their box, kept on the geometry (immutable). */
  private memoOf(check: PairCheck, g: ThreadGeometry): { readonly points: readonly number[]; readonly box: readonly number[] } {
    const memo = g.memo.pairs;
    if (memo !== undefined && memo.check === check) return memo;
    const points: number[] = [];
    // minX, minY, maxX, maxY (empty: +Infinity, -Infinity)
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of check.points(g)) {
      points.push(p.x, p.y, p.z);
      if (p.x < box[0]!) box[0] = p.x;
      if (p.y < box[1]!) box[1] = p.y;
      if (p.x > box[2]!) box[2] = p.x;
      if (p.y > box[3]!) box[3] = p.y;
    }
    const made = { check, points, box };
    // One pair check exists (crowding); another would recompute its points instead of sharing the slot.
    if (memo === undefined) g.memo.pairs = made;
    return made;
  }

  /**
   * Calls `emit(a, b)` (thread indices, a < b) once for every pair within reach of which at least
   * one thread is marked in `changed`.
   */
  candidates(check: PairCheck, threads: readonly ThreadGeometry[], changed: Uint8Array, emit: (a: number, b: number) => void): void {
    const memos = threads.map((g) => this.memoOf(check, g));
    const flats = memos.map((m) => m.points);
    let changes = 0;
    for (let t = 0; t < threads.length; t++) changes += changed[t]!;
    if (changes <= FEW_CHANGES) {
      this.fewChanged(check, threads, flats, memos.map((m) => m.box), changed, emit);
      return;
    }
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
        const z = f[i + 2]!;
        // A non-finite point (never in a valid plan) is within reach of nothing.
        if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) continue;
        tOf[k] = t;
        xs[k] = x;
        ys[k] = y;
        zs[k] = z;
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
        k++;
      }
    }
    count = k;
    // Finite points whose box is too wide for a number (never in a valid plan): nothing to compare.
    if (count === 0 || !Number.isFinite(maxX - minX) || !Number.isFinite(maxY - minY)) return;
    const reach = check.reachMm;
    const reach2 = reach * reach;
    // Cells at least one reach wide, wider for an unusually wide plan so the grid stays small.
    const cellMm = Math.max(reach, (maxX - minX) / 1024, (maxY - minY) / 1024);
    const cols = Math.floor((maxX - minX) / cellMm) + 1;
    const rows = Math.floor((maxY - minY) / cellMm) + 1;
    const cells = cols * rows;
    if (this.cellStart.length < cells + 1) this.cellStart = new Int32Array(Math.max(cells + 1, 2 * this.cellStart.length));
    const cellStart = this.cellStart;
    cellStart.fill(0, 0, cells + 1);
    for (let n = 0; n < count; n++) {
      const cell = Math.floor((ys[n]! - minY) / cellMm) * cols + Math.floor((xs[n]! - minX) / cellMm);
      cellOf[n] = cell;
      cellStart[cell + 1]!++;
    }
    for (let c = 0; c < cells; c++) cellStart[c + 1]! += cellStart[c]!;
    // Filing in point order keeps each cell's points grouped by thread, in thread order (a
    // counting sort is stable); runEnd lets a scan jump over a thread's whole run at once.
    for (let n = 0; n < count; n++) order[cellStart[cellOf[n]!]!++] = n;
    for (let c = cells; c > 0; c--) cellStart[c] = cellStart[c - 1]!;
    cellStart[0] = 0;
    const runEnd = this.runEnd;
    for (let q = count - 1; q >= 0; q--) {
      const m = order[q]!;
      const next = q + 1 < count ? order[q + 1]! : -1;
      runEnd[q] = next >= 0 && cellOf[next] === cellOf[m] && tOf[next] === tOf[m] ? runEnd[q + 1]! : q + 1;
    }

    // Where each point sits in `order`: a thread's points in one cell are one run there (its
    // points are consecutive in point order, and the filing is stable), so each (thread, cell)
    // scans the 3 x 3 cells around it once for all its points, not once per point.
    const slot = this.slot;
    for (let q = 0; q < count; q++) slot[order[q]!] = q;
    seen.fill(0, 0, threads.length);
    for (let n = 0; n < count; n++) {
      const a = tOf[n]!;
      if (changed[a] !== 1) continue;
      const first = slot[n]!;
      // Only from the first point of a's run in its cell (the run holds the others).
      if (first > 0 && cellOf[order[first - 1]!] === cellOf[n] && tOf[order[first - 1]!] === a) continue;
      const last = runEnd[first]!;
      const side = threads[a]!.side;
      const cellA = cellOf[n]!;
      const col = cellA % cols;
      const row = (cellA - col) / cols;
      for (let r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
        for (let c = Math.max(0, col - 1); c <= Math.min(cols - 1, col + 1); c++) {
          const cell = r * cols + c;
          for (let q = cellStart[cell]!, end = cellStart[cell + 1]!; q < end; q = runEnd[q]!) {
            const b = tOf[order[q]!]!;
            // Each pair once: from its first changed thread (both changed: from the earlier one).
            // A thread already paired or not to be paired here is skipped run by run.
            if (b === a || seen[b] === a + 1 || (changed[b] === 1 && b < a) || (check.sameSide && threads[b]!.side !== side)) continue;
            if (!this.runsMeet(first, last, q, runEnd[q]!, reach2)) continue;
            seen[b] = a + 1;
            if (a < b) emit(a, b);
            else emit(b, a);
          }
        }
      }
    }
  }

  /** Whether a point of run [a0, a1) of `order` is within reach (squared) of a point of run [b0, b1), 3-D. */
  private runsMeet(a0: number, a1: number, b0: number, b1: number, reach2: number): boolean {
    const { xs, ys, zs, order } = this;
    for (let i = a0; i < a1; i++) {
      const p = order[i]!;
      const px = xs[p]!;
      const py = ys[p]!;
      const pz = zs[p]!;
      for (let j = b0; j < b1; j++) {
        const m = order[j]!;
        const dx = xs[m]! - px;
        const dy = ys[m]! - py;
        const dz = zs[m]! - pz;
        if (dx * dx + dy * dy + dz * dz < reach2) return true;
      }
    }
    return false;
  }

  /**
   * A drag changes one thread: comparing its box with every other thread's (cached) box and only
   * then their points costs less than filing every point of the plan into the grid.
   */
  private fewChanged(
    check: PairCheck,
    threads: readonly ThreadGeometry[],
    flats: readonly (readonly number[])[],
    boxes: readonly (readonly number[])[],
    changed: Uint8Array,
    emit: (a: number, b: number) => void,
  ): void {
    const reach = check.reachMm;
    const reach2 = reach * reach;
    for (let a = 0; a < threads.length; a++) {
      if (changed[a] !== 1) continue;
      const fa = flats[a]!;
      const ba = boxes[a]!;
      if (fa.length === 0) continue;
      for (let b = 0; b < threads.length; b++) {
        if (b === a || (changed[b] === 1 && b < a)) continue;
        if (check.sameSide && threads[b]!.side !== threads[a]!.side) continue;
        const bb = boxes[b]!;
        if (bb[0]! - ba[2]! >= reach || ba[0]! - bb[2]! >= reach || bb[1]! - ba[3]! >= reach || ba[1]! - bb[3]! >= reach) continue;
        if (withinReach(fa, flats[b]!, reach2)) {
          if (a < b) emit(a, b);
          else emit(b, a);
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
      this.runEnd = new Int32Array(n);
      this.slot = new Int32Array(n);
    }
    if (this.seen.length < threads) this.seen = new Int32Array(Math.max(threads, 2 * this.seen.length, 64));
  }
}
