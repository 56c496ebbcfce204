import { isFloatingDesign } from './holding';
import type { ThreadGeometry } from './thread-geometry';
import type { Threshold } from './types';

/**
 * Left/right thread pairs: each thread on the patient's right is paired with the left thread that
 * its mirror image (x -> -x) lies closest to, so the asymmetry rule can compare a thread with its
 * own counterpart instead of comparing only whole-side averages (two sides whose threads each
 * differ by 8-24 degrees can have averages only 13 degrees apart).
 *
 * Cost of a pair = distance between the two entry points (one mirrored) + mean distance between
 * the two drawn paths resampled at the same fractions of their length (MIRROR_SAMPLES segments),
 * millimetres (the same cost as the training compare view's thread pairing,
 * shared/training/thread-pairing.ts, applied across the midline); pairs costing more than
 * MAX_MIRROR_PAIR_COST are never made.
 *
 * A floating design (holding.ts) pulls toward neither end, so which end it was entered from says
 * nothing about where it lies: its path is taken either way round and the lesser cost kept
 * (pairCostOf), the end term then comparing the ends that correspond. The cost of a pair with a
 * floating thread is therefore the same whichever end each floating thread was entered from. A
 * lift from one end is compared as drawn only: its entry end is its design.
 *
 * The pairs are the assignment with the least sum of SQUARED costs (an optimal assignment, not
 * cheapest-first): when one side's fan is turned as a whole, each thread's counterpart is the
 * one turned with it. Cheapest-first would take a neighbour that the turn happened to bring
 * closer and leave the rest crossed (right 9 and 16 degrees against left 30 and 37 would pair
 * 16 with 30 and 9 with 37). Squaring prefers two moderate differences to one small and one
 * large, which is what a turned fan is.
 */

/** Segments each path is resampled into (17 points). Design choice: enough to follow a bent path. */
export const MIRROR_SAMPLES = 16;

export const MAX_MIRROR_PAIR_COST: Threshold = {
  name: 'mirrorPairCostMaxMm',
  value: 60,
  unit: 'mm',
  description:
    "Most a right thread and a left thread may differ (entry points apart, plus the mean distance between their paths, one side mirrored) to count as each other's mirror counterpart.",
  source:
    "design choice on the canonical face: a 65 mm midface vector turned by 25 degrees about the same entry costs about 14 mm, and the same vector from an entry moved 2 cm costs 40 mm, so a counterpart drawn a little differently is still found; a midface vector from the temple and a jawline vector from the zygomatic arch (entries 3 cm apart) cost 65 mm or more and are never taken for each other.",
};

export interface MirrorPair {
  readonly right: ThreadGeometry;
  readonly left: ThreadGeometry;
  readonly costMm: number;
}

export interface MirrorPairing {
  readonly pairs: readonly MirrorPair[];
  /** Threads with no counterpart on the other side, in plan order. */
  readonly unpairedRight: readonly ThreadGeometry[];
  readonly unpairedLeft: readonly ThreadGeometry[];
}

/**
 * What pairing keeps on each geometry (immutable): `samples`, the drawn path resampled at
 * MIRROR_SAMPLES + 1 fractions of its length (x, y pairs) and then the mean of those points (x,
 * y); the mirrored path's resampling is this one with x negated (mirroring changes no length, and
 * negating is exact), so one array serves both sides. Then the bookkeeping of allowedPairs.
 */
export interface MirrorMemo {
  readonly samples: readonly number[];
  /** A floating design: paired with its path taken either way round. */
  readonly floating: boolean;
  /** The first and the latest pairing that saw this thread (pairingCount), its index in that one. */
  firstSeen: number | undefined;
  seen: number;
  index: number;
  /** A row thread's allowed pairs (see pairMirrored: rows are one side) as of pairing `asOf`, by the other side's geometry. */
  row: { readonly asOf: number; readonly left: readonly ThreadGeometry[]; readonly cost: readonly number[] } | undefined;
}

const POINTS = MIRROR_SAMPLES + 1;

function mirrorMemo(g: ThreadGeometry): MirrorMemo {
  let memo = g.memo.mirror;
  if (memo === undefined) {
    const path = g.thread.path;
    const out: number[] = [];
    if (path.length > 0) {
      // pointAtLength at each fraction, in one walk along the path (same arithmetic, same points:
      // the segment lengths are distance()'s, each measured once, summed in polylineLength's order).
      const lengths: number[] = [];
      let total = 0;
      for (let v = 1; v < path.length; v++) {
        const seg = Math.hypot(path[v - 1]!.x - path[v]!.x, path[v - 1]!.y - path[v]!.y);
        lengths.push(seg);
        total += seg;
      }
      let cx = 0;
      let cy = 0;
      let v = 1;
      let walked = 0;
      for (let i = 0; i < POINTS; i++) {
        const s = (total * i) / MIRROR_SAMPLES;
        let x = path[path.length - 1]!.x;
        let y = path[path.length - 1]!.y;
        if (s <= 0 || path.length === 1) {
          x = path[0]!.x;
          y = path[0]!.y;
        } else {
          for (; v < path.length; v++) {
            const seg = lengths[v - 1]!;
            if (walked + seg >= s) {
              const a = path[v - 1]!;
              if (seg === 0) {
                x = a.x;
                y = a.y;
              } else {
                const b = path[v]!;
                const t = (s - walked) / seg;
                x = a.x + (b.x - a.x) * t;
                y = a.y + (b.y - a.y) * t;
              }
              break;
            }
            walked += seg;
          }
        }
        out.push(x, y);
        cx += x;
        cy += y;
      }
      out.push(cx / POINTS, cy / POINTS);
    } else {
      for (let i = 0; i < 2 * POINTS + 2; i++) out.push(0);
    }
    g.memo.mirror = memo = { samples: out, floating: isFloatingDesign(g), firstSeen: undefined, seen: 0, index: -1, row: undefined };
  }
  return memo;
}

/**
 * The cost of path r (mirrored here) against path l from the other side (both MirrorMemo samples;
 * the cost is the same either way round: negating x is exact), or
 * Infinity as soon as it is sure to exceed `limit`: the exact figure of a pair that is never made
 * does not matter. The mean distance between the paths' points is at least the distance between
 * their means, so that bound is tried before the points. (A margin far above rounding keeps a
 * pair at the limit from being cut off by the bounds.)
 */
function costOf(r: readonly number[], l: readonly number[], limit: number): number {
  return pathCostOf(r, l, pointDistance(r, 0, l, 0), false, limit);
}
const MARGIN = 1e-6;

/** The distance between point i of path r (mirrored) and point j of path l (MirrorMemo samples). */
function pointDistance(r: readonly number[], i: number, l: readonly number[], j: number): number {
  const dx = -r[2 * i]! - l[2 * j]!;
  const dy = r[2 * i + 1]! - l[2 * j + 1]!;
  return Math.sqrt(dx * dx + dy * dy);
}

/**
 * costOf with the end term given (`ends`) and, when `reversed`, path l taken the other way round
 * (r's point i against l's point MIRROR_SAMPLES - i); the same bounds.
 */
function pathCostOf(r: readonly number[], l: readonly number[], ends: number, reversed: boolean, limit: number): number {
  if (ends > limit + MARGIN) return Infinity;
  const mx = -r[2 * POINTS]! - l[2 * POINTS]!;
  const my = r[2 * POINTS + 1]! - l[2 * POINTS + 1]!;
  if (ends + Math.sqrt(mx * mx + my * my) > limit + MARGIN) return Infinity;
  const budget = (limit - ends) * POINTS + MARGIN;
  let sum = 0;
  for (let i = 0; i < POINTS; i++) {
    sum += pointDistance(r, i, l, reversed ? POINTS - 1 - i : i);
    if (sum > budget) return Infinity;
  }
  return ends + sum / POINTS;
}

/**
 * The pairing cost of two threads' memos (see above), or Infinity beyond `limit`. Two lifts from
 * one end: costOf. With a floating design, each floating thread's path is taken either way round
 * and the least cost kept: the paths as drawn (entries compared; with both floating, also both
 * reversed: far ends compared) and one of them reversed (the reversed thread's far end against the
 * other's entry). Reversing both compares the same points as reversing neither, and reversing
 * either one the same points as reversing the other, so only the end term differs: the least
 * over the ways allowed. As drawn wins a tie. Only pairs with a floating thread pay for this.
 */
function pairCostOf(r: MirrorMemo, l: MirrorMemo, limit: number): number {
  const a = r.samples;
  const b = l.samples;
  if (!r.floating && !l.floating) return costOf(a, b, limit);
  const last = POINTS - 1;
  let drawnEnds = pointDistance(a, 0, b, 0);
  if (r.floating && l.floating) drawnEnds = Math.min(drawnEnds, pointDistance(a, last, b, last));
  let reversedEnds = Infinity;
  if (r.floating) reversedEnds = pointDistance(a, last, b, 0);
  if (l.floating) reversedEnds = Math.min(reversedEnds, pointDistance(a, 0, b, last));
  const drawn = pathCostOf(a, b, drawnEnds, false, limit);
  const reversed = pathCostOf(a, b, reversedEnds, true, Math.min(limit, drawn));
  return reversed < drawn ? reversed : drawn;
}

/** The pairing cost of a right and a left thread, millimetres (see above). */
export function mirrorPairCost(right: ThreadGeometry, left: ThreadGeometry): number {
  return pairCostOf(mirrorMemo(right), mirrorMemo(left), Infinity);
}

/** The pairs a row thread may make: the other side's indices (ascending) and their costs, each at most the limit. */
interface Row {
  readonly left: number[];
  readonly cost: number[];
}

/** Pairings made so far (any analyzer): stamps which pairing saw a geometry first and last. */
let pairingCount = 0;

/**
 * Every allowed pair (cost at most MAX_MIRROR_PAIR_COST), per row thread (`right` here is the rows'
 * side and `left` the other, whichever sides pairMirrored chose). A row thread keeps
 * its allowed pairs on its geometry (memo.mirror.row, with the pairing they are as of), so a drag
 * costs only the moved thread against the other side: a kept row is still right for every left
 * thread it was costed against, and a left thread is new to it when the pairing that first saw
 * that thread came after the row's. (Geometry only ever outlives one analysis into the next, so
 * a left thread present now and seen first no later than the row was present when the row was
 * made.) The memo is per geometry, so each analyzer keeps its own.
 */
function allowedPairs(right: readonly ThreadGeometry[], left: readonly ThreadGeometry[]): Row[] {
  const run = ++pairingCount;
  const max = MAX_MIRROR_PAIR_COST.value;
  const l = left.map((g, j) => {
    const m = mirrorMemo(g);
    m.firstSeen ??= run;
    m.seen = run;
    m.index = j;
    return m;
  });
  return right.map((g): Row => {
    const m = mirrorMemo(g);
    m.firstSeen ??= run;
    m.seen = run;
    const r = m;
    const kept = m.row;
    const columns: number[] = [];
    const costs: number[] = [];
    // (the kept pairs come first, in their order: the columns are sorted below when that breaks the ascending order)
    let ascending = true;
    if (kept !== undefined) {
      for (let e = 0; e < kept.left.length; e++) {
        const other = kept.left[e]!.memo.mirror!;
        if (other.seen !== run) continue;
        if (columns.length > 0 && other.index < columns[columns.length - 1]!) ascending = false;
        columns.push(other.index);
        costs.push(kept.cost[e]!);
      }
      for (let j = 0; j < left.length; j++) {
        if (left[j]!.memo.mirror!.firstSeen! <= kept.asOf) continue;
        const c = pairCostOf(r, l[j]!, max);
        if (c > max) continue;
        if (columns.length > 0 && j < columns[columns.length - 1]!) ascending = false;
        columns.push(j);
        costs.push(c);
      }
    } else {
      // (a row made afresh: columns come in ascending order)
      for (let j = 0; j < left.length; j++) {
        const c = pairCostOf(r, l[j]!, max);
        if (c > max) continue;
        columns.push(j);
        costs.push(c);
      }
    }
    let row: Row = { left: columns, cost: costs };
    if (!ascending) {
      const order = columns.map((_, e) => e).sort((a, b) => columns[a]! - columns[b]!);
      row = { left: order.map((e) => columns[e]!), cost: order.map((e) => costs[e]!) };
    }
    m.row = { asOf: run, left: row.left.map((j) => left[j]!), cost: row.cost };
    return row;
  });
}

/**
 * Pair the two sides' threads (each list in plan order) by mirrored geometry.
 *
 * Which side gives the assignment its rows must not depend on which side is which: several
 * assignments can share the least cost (threads drawn alike), the method breaks those ties by
 * row and column order, and a mirrored plan swaps the sides. So the rows are the side holding the
 * plan's earliest thread, whichever side that is; the costs are the same either way round (one
 * side mirrored onto the other), so a plan and its mirror image get the same pairs.
 */
export function pairMirrored(right: readonly ThreadGeometry[], left: readonly ThreadGeometry[]): MirrorPairing {
  const rightLeads = right.length > 0 && (left.length === 0 || right[0]!.number < left[0]!.number);
  const leading = rightLeads ? right : left;
  const other = rightLeads ? left : right;
  const rows = allowedPairs(leading, other);
  const assigned = minimumAssignment(
    rows.map((row) => ({ columns: row.left, weights: row.cost.map((c) => c * c) })),
    other.length,
  );
  const usedOther = new Uint8Array(other.length);
  const pairs: MirrorPair[] = [];
  const unpairedLeading: ThreadGeometry[] = [];
  assigned.forEach((e, i) => {
    if (e < 0) {
      unpairedLeading.push(leading[i]!);
      return;
    }
    const j = rows[i]!.left[e]!;
    usedOther[j] = 1;
    const costMm = rows[i]!.cost[e]!;
    pairs.push(rightLeads ? { right: leading[i]!, left: other[j]!, costMm } : { right: other[j]!, left: leading[i]!, costMm });
  });
  const unpairedOther = other.filter((_, j) => usedOther[j] === 0);
  return rightLeads
    ? { pairs, unpairedRight: unpairedLeading, unpairedLeft: unpairedOther }
    : { pairs, unpairedRight: unpairedOther, unpairedLeft: unpairedLeading };
}

/** The columns a row may be assigned to (ascending) and what each costs. */
export interface AssignmentRow {
  readonly columns: readonly number[];
  readonly weights: readonly number[];
}

/**
 * The assignment of rows to columns that pairs as many rows as the allowed pairs permit and, among
 * those, has the least total weight: result[row] is the index INTO THAT ROW'S `columns` of its
 * column, or -1 for a row left unpaired. Each row also has a column of its own ("unpaired") that
 * costs more than any set of allowed pairs, so leaving a row out is always possible and always
 * the last resort: that is the same optimum as the dense Hungarian method over a matrix whose
 * disallowed cells cost that much, but it only walks the allowed pairs, which grow with each
 * thread's neighbours, not with the product of the sides.
 *
 * Method: shortest augmenting paths with potentials (Jonker-Volgenant, as in Crouse 2016, "On
 * implementing 2D rectangular assignment algorithms"), one row at a time, Dijkstra over the allowed
 * pairs with a binary heap. Deterministic: equal distances prefer a free column, then the lower
 * column index.
 */
export function minimumAssignment(rows: readonly AssignmentRow[], columnCount: number): number[] {
  const n = rows.length;
  const out = new Array<number>(n).fill(-1);
  if (n === 0) return out;
  let maxWeight = 0;
  for (const row of rows) for (const w of row.weights) if (w > maxWeight) maxWeight = w;
  // Leaving a row out costs more than any sum of allowed weights (at most n of them).
  const unpaired = (maxWeight + 1) * (n + 1);
  const m = columnCount + n; // real columns, then one "unpaired" column per row
  // Plain arrays: a few dozen entries, allocated per pairing (small typed arrays cost more to make).
  const u: number[] = new Array<number>(n).fill(0);
  const v: number[] = new Array<number>(m).fill(0);
  const col4row: number[] = new Array<number>(n).fill(-1);
  const row4col: number[] = new Array<number>(m).fill(-1);
  const dist: number[] = new Array<number>(m).fill(Infinity);
  const path: number[] = new Array<number>(m).fill(0);
  const done: number[] = new Array<number>(m).fill(0);
  // Lists reused from row to row, each with its count (emptied by setting the count: setting an
  // array's length to 0 is a runtime call, and a pairing of 1,000 threads made 2,500 of them).
  const touched: number[] = [];
  const visitedRows: number[] = [];
  const doneCols: number[] = [];
  let touchedCount = 0;
  const heap = new ColumnHeap(row4col);
  for (let cur = 0; cur < n; cur++) {
    for (let k = 0; k < touchedCount; k++) {
      const j = touched[k]!;
      dist[j] = Infinity;
      done[j] = 0;
    }
    touchedCount = 0;
    let visitedCount = 0;
    let doneCount = 0;
    heap.clear();
    let i = cur;
    let minVal = 0;
    let sink = -1;
    while (sink < 0) {
      visitedRows[visitedCount++] = i;
      const row = rows[i]!;
      const base = minVal - u[i]!;
      // The row's allowed columns, then its own "unpaired" column (index e === length).
      for (let e = 0; e <= row.columns.length; e++) {
        const j = e < row.columns.length ? row.columns[e]! : columnCount + i;
        if (done[j] === 1) continue;
        const r = base + (e < row.columns.length ? row.weights[e]! : unpaired) - v[j]!;
        if (r < dist[j]!) {
          if (dist[j] === Infinity) touched[touchedCount++] = j;
          dist[j] = r;
          path[j] = i;
          heap.push(r, j);
        }
      }
      let j = heap.pop();
      while (done[j] === 1 || heap.poppedKey !== dist[j]) j = heap.pop();
      minVal = dist[j]!;
      done[j] = 1;
      doneCols[doneCount++] = j;
      if (row4col[j]! < 0) sink = j;
      else i = row4col[j]!;
    }
    u[cur] = u[cur]! + minVal;
    for (let k = 0; k < visitedCount; k++) {
      const r = visitedRows[k]!;
      if (r !== cur) u[r] = u[r]! + minVal - dist[col4row[r]!]!;
    }
    for (let k = 0; k < doneCount; k++) {
      const j = doneCols[k]!;
      v[j] = v[j]! - (minVal - dist[j]!);
    }
    let j = sink;
    for (;;) {
      const r = path[j]!;
      row4col[j] = r;
      const previous = col4row[r]!;
      col4row[r] = j;
      j = previous;
      if (r === cur) break;
    }
  }
  for (let r = 0; r < n; r++) {
    const j = col4row[r]!;
    out[r] = j < columnCount ? rows[r]!.columns.indexOf(j) : -1;
  }
  return out;
}

/** A binary min-heap of columns by distance; ties prefer a free column, then the lower index. */
class ColumnHeap {
  private keys: number[] = [];
  private cols: number[] = [];
  /** Entries in use (keys and cols keep their room between rows). */
  private size = 0;
  /** The key of the column the last pop returned. */
  poppedKey = 0;

  constructor(private readonly row4col: readonly number[]) {}

  clear(): void {
    this.size = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    if (ka !== kb) return ka < kb;
    const fa = this.row4col[this.cols[a]!]! < 0;
    const fb = this.row4col[this.cols[b]!]! < 0;
    if (fa !== fb) return fa;
    return this.cols[a]! < this.cols[b]!;
  }

  private swap(a: number, b: number): void {
    const k = this.keys[a]!;
    this.keys[a] = this.keys[b]!;
    this.keys[b] = k;
    const c = this.cols[a]!;
    this.cols[a] = this.cols[b]!;
    this.cols[b] = c;
  }

  push(key: number, col: number): void {
    let k = this.size++;
    this.keys[k] = key;
    this.cols[k] = col;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!this.less(k, parent)) break;
      this.swap(k, parent);
      k = parent;
    }
  }

  /** The least column (the caller skips stale entries: their key is no longer the column's distance). */
  pop(): number {
    const top = this.cols[0]!;
    this.poppedKey = this.keys[0]!;
    const size = --this.size;
    const lastKey = this.keys[size]!;
    const lastCol = this.cols[size]!;
    if (size > 0) {
      this.keys[0] = lastKey;
      this.cols[0] = lastCol;
      let k = 0;
      for (;;) {
        const a = 2 * k + 1;
        const b = a + 1;
        let least = k;
        if (a < size && this.less(a, least)) least = a;
        if (b < size && this.less(b, least)) least = b;
        if (least === k) break;
        this.swap(k, least);
        k = least;
      }
    }
    return top;
  }
}
