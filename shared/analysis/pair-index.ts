import type { PairBox, PairCheck } from './context';
import type { ThreadGeometry } from './thread-geometry';

/**
 * Finds the pairs of threads a pair rule must check (context.ts PairCheck): those whose boxes,
 * grown by the rule's reach, overlap. That includes every pair with a point of one within reach
 * of a point of the other; the others the check itself finds to be apart (it compares their
 * points anyway, skipping those outside the other's box), so comparing points here first would
 * only do that work twice.
 *
 * A full run sweeps the boxes sorted by their left edge, so it meets only the pairs whose boxes
 * overlap in x: the cost grows with the threads' overlapping neighbours, not with the pairs of
 * threads. A drag compares the moved thread's box with every other box (no sort).
 *
 * Measured against a uniform grid of cells over every point (the method before, 2026-12-07):
 * filing every point was most of a 50-thread run's pair search, and at 1,000 threads the boxes
 * hand the check about twice the pairs (13,114 against 6,792) and still cost less.
 */
/** Up to this many changed threads, their boxes are compared with every other box, unsorted. */
const FEW_CHANGES = 4;

/**
 * The reach the boxes are grown by: a margin far above rounding keeps a pair whose points are just
 * within reach from being cut off by its boxes.
 */
const grown = (reach: number): number => reach * (1 + 1e-9) + 1e-9;

/** Whether boxes a and b, grown by `reach`, overlap. */
const boxesMeet = (a: PairBox, b: PairBox, reach: number): boolean =>
  b.minX - a.maxX < reach && a.minX - b.maxX < reach && b.minY - a.maxY < reach && a.minY - b.maxY < reach;

export class PairIndex {
  /** The threads with a box, by its left edge (reused between runs). */
  private order: number[] = [];
  private boxes: (PairBox | null)[] = [];

  /**
   * Calls `emit(a, b)` (thread indices, a < b) once for every pair whose boxes meet (see above) of
   * which at least one thread is marked in `changed`.
   */
  candidates(check: PairCheck, threads: readonly ThreadGeometry[], changed: Uint8Array, emit: (a: number, b: number) => void): void {
    const n = threads.length;
    const boxes = this.boxes;
    boxes.length = n;
    let changes = 0;
    for (let t = 0; t < n; t++) {
      boxes[t] = check.box(threads[t]!);
      changes += changed[t]!;
    }
    const reach = grown(check.reachMm);
    const sameSide = check.sameSide;
    if (changes <= FEW_CHANGES) {
      for (let a = 0; a < n; a++) {
        const ba = boxes[a]!;
        if (changed[a] !== 1 || ba === null) continue;
        const side = threads[a]!.side;
        for (let b = 0; b < n; b++) {
          const bb = boxes[b]!;
          if (b === a || bb === null || (changed[b] === 1 && b < a)) continue;
          if (sameSide && threads[b]!.side !== side) continue;
          if (!boxesMeet(ba, bb, reach)) continue;
          if (a < b) emit(a, b);
          else emit(b, a);
        }
      }
      boxes.length = 0;
      return;
    }
    const order = this.order;
    order.length = 0;
    // By left edge, ties in plan order: an insertion sort (the order Array.prototype.sort's
    // stable sort gives with this comparison), which at tens of threads costs a fraction of a
    // comparator call per comparison; at 1,000 threads it is still well under a millisecond.
    for (let t = 0; t < n; t++) {
      const box = boxes[t]!;
      if (box === null) continue;
      const left = box.minX;
      let k = order.length;
      order.push(t);
      while (k > 0 && boxes[order[k - 1]!]!.minX > left) {
        order[k] = order[k - 1]!;
        k--;
      }
      order[k] = t;
    }
    for (let i = 0; i < order.length; i++) {
      const a = order[i]!;
      const ba = boxes[a]!;
      const side = threads[a]!.side;
      const right = ba.maxX + reach;
      for (let k = i + 1; k < order.length; k++) {
        const b = order[k]!;
        const bb = boxes[b]!;
        // Sorted by left edge: every box from here on starts beyond a's reach.
        if (bb.minX >= right) break;
        if (changed[a] !== 1 && changed[b] !== 1) continue;
        if (sameSide && threads[b]!.side !== side) continue;
        if (!boxesMeet(ba, bb, reach)) continue;
        if (a < b) emit(a, b);
        else emit(b, a);
      }
    }
    // (no geometry kept alive until the next run)
    boxes.length = 0;
  }
}
