import { pointAtLength, polylineLength } from '../geometry/polyline';
import type { FacePoint } from '../geometry/types';
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

const mirror = (p: FacePoint): FacePoint => ({ x: -p.x, y: p.y });

function resample(path: readonly FacePoint[]): FacePoint[] {
  const total = polylineLength(path);
  return Array.from({ length: MIRROR_SAMPLES + 1 }, (_, i) => pointAtLength(path, (total * i) / MIRROR_SAMPLES));
}

/**
 * Each thread's resampled path, plain and mirrored, kept per geometry (immutable): the cost matrix
 * compares every right thread with every left one, so resampling inside each comparison made an
 * analysis redo it for every pair (issue 15: analyze() runs on every drag step).
 */
const resampled = new WeakMap<ThreadGeometry, { plain?: FacePoint[]; mirrored?: FacePoint[] }>();

function resampledOf(g: ThreadGeometry, mirrored: boolean): FacePoint[] {
  let entry = resampled.get(g);
  if (entry === undefined) {
    entry = {};
    resampled.set(g, entry);
  }
  if (mirrored) return (entry.mirrored ??= resample(g.thread.path.map(mirror)));
  return (entry.plain ??= resample(g.thread.path));
}

/** Costs already computed, per right and left geometry (weak both ways: nothing outlives a thread). */
const costs = new WeakMap<ThreadGeometry, WeakMap<ThreadGeometry, number>>();

function cachedCost(right: ThreadGeometry, left: ThreadGeometry): number {
  let byLeft = costs.get(right);
  if (byLeft === undefined) {
    byLeft = new WeakMap();
    costs.set(right, byLeft);
  }
  let cost = byLeft.get(left);
  if (cost === undefined) {
    cost = mirrorPairCost(right, left);
    byLeft.set(left, cost);
  }
  return cost;
}

/** The pairing cost of a right and a left thread, millimetres (see above). */
export function mirrorPairCost(right: ThreadGeometry, left: ThreadGeometry): number {
  const r = resampledOf(right, true);
  const l = resampledOf(left, false);
  let sum = 0;
  for (let i = 0; i < r.length; i++) sum += Math.hypot(r[i]!.x - l[i]!.x, r[i]!.y - l[i]!.y);
  return Math.hypot(r[0]!.x - l[0]!.x, r[0]!.y - l[0]!.y) + sum / r.length;
}

/** Pair the two sides' threads (each list in plan order) by mirrored geometry. */
export function pairMirrored(right: readonly ThreadGeometry[], left: readonly ThreadGeometry[]): MirrorPairing {
  const max = MAX_MIRROR_PAIR_COST.value;
  // The cost is at least the distance between the entry points (one mirrored): a pair whose
  // entries are farther apart than the limit can never be made, whatever its paths, so its full
  // cost is not computed (the entry distance stands in for it: over the limit either way).
  const cost = right.map((r) =>
    left.map((l) => {
      const a = r.thread.path[0];
      const b = l.thread.path[0];
      const entries = a !== undefined && b !== undefined ? Math.hypot(-a.x - b.x, a.y - b.y) : 0;
      return entries > max ? entries : cachedCost(r, l);
    }),
  );
  // A pair over the limit costs more than any set of allowed pairs, so the assignment only takes
  // it when nothing else is left; it is dropped below.
  const forbidden = (max * max + 1) * (Math.min(right.length, left.length) + 1);
  const weight = cost.map((row) => row.map((c) => (c <= max ? c * c : forbidden)));
  const assigned = minimumAssignment(weight);
  const usedRight = new Set<number>();
  const usedLeft = new Set<number>();
  const pairs: MirrorPair[] = [];
  assigned.forEach((j, i) => {
    if (j < 0 || cost[i]![j]! > max) return;
    usedRight.add(i);
    usedLeft.add(j);
    pairs.push({ right: right[i]!, left: left[j]!, costMm: cost[i]![j]! });
  });
  return {
    pairs,
    unpairedRight: right.filter((_, i) => !usedRight.has(i)),
    unpairedLeft: left.filter((_, j) => !usedLeft.has(j)),
  };
}

/**
 * The assignment of rows to columns with the least total weight (Hungarian method, O(n^2 m)),
 * for a rectangular matrix: result[row] is the column, or -1 for rows left over when there are
 * more rows than columns. Deterministic: equal totals resolve the same way every run.
 */
export function minimumAssignment(weight: readonly (readonly number[])[]): number[] {
  const rows = weight.length;
  const cols = rows === 0 ? 0 : weight[0]!.length;
  if (rows === 0 || cols === 0) return new Array<number>(rows).fill(-1);
  // The method wants rows <= columns: solve the transpose otherwise.
  if (rows > cols) {
    const byCol = minimumAssignment(Array.from({ length: cols }, (_, j) => weight.map((row) => row[j]!)));
    const out = new Array<number>(rows).fill(-1);
    byCol.forEach((i, j) => {
      if (i >= 0) out[i] = j;
    });
    return out;
  }
  const n = rows;
  const m = cols;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0); // p[j]: row (1-based) assigned to column j
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = weight[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]! > 0) out[p[j]! - 1] = j - 1;
  return out;
}
