import { pointAtLength, polylineLength } from '../geometry/polyline';
import type { FacePoint } from '../geometry/types';
import { distance } from '../geometry/vec';
import type { Thread } from '../plan/types';

/**
 * Pairing of threads whose ids do not match between two designs: the fallback diffPlans uses
 * after matching by id. Two designs drawn separately (a library case's poor and corrected design,
 * or a thread deleted and drawn again) give the same thread new ids; without this the compare
 * view would list every such thread as removed plus added and never as changed.
 *
 * Rules:
 * - only threads left unmatched by id take part; an id match always wins;
 * - a pair is always on the same side of the patient (a thread is never paired with its mirror);
 * - cost = distance between the two entry ends (path[0]) + mean distance between the two paths
 *   resampled at the same fractions of their length (PAIR_SAMPLES segments), millimetres;
 * - pairs costing more than MAX_PAIR_COST_MM are never made: those threads stay added/removed;
 * - assignment is greedy, cheapest pair first (ties: earlier thread in `before`, then in
 *   `after`), so the result is deterministic and a thread pairs with its closest counterpart.
 *   With the few threads per side a plan has this matches what the trainer would point at; an
 *   optimal assignment would only differ when two candidates are almost equally close.
 */

/** Segments each path is resampled into for the path term (17 points). Design choice: enough to follow a curved path. */
export const PAIR_SAMPLES = 16;

/**
 * Most a pair may cost to count as the same thread, millimetres. Design choice from the library
 * on the canonical face: a thread redirected within its own region costs up to about 175 mm (in
 * midface-converging-on-cheekbone the cheek entries move 100-120 mm up to a temple entry, plus
 * 45-55 mm between the paths), while a brow thread and a neck thread on the same side cost 275 mm
 * or more. 200 mm pairs the first kind and never the second.
 */
export const MAX_PAIR_COST_MM = 200;

function resample(path: readonly FacePoint[]): FacePoint[] {
  const total = polylineLength(path);
  return Array.from({ length: PAIR_SAMPLES + 1 }, (_, i) => pointAtLength(path, (total * i) / PAIR_SAMPLES));
}

/** The pairing cost of two threads, millimetres (see the rules above); Infinity across sides. */
export function threadPairCost(a: Thread, b: Thread): number {
  if (a.side !== b.side) return Infinity;
  const pa = resample(a.path);
  const pb = resample(b.path);
  const meanPath = pa.reduce((sum, p, i) => sum + distance(p, pb[i]!), 0) / pa.length;
  return distance(a.path[0]!, b.path[0]!) + meanPath;
}

export interface ThreadPair {
  readonly before: Thread;
  readonly after: Thread;
  readonly cost: number;
}

/** Pair unmatched threads of two designs by side and geometry (greedy, within MAX_PAIR_COST_MM). */
export function pairThreadsByGeometry(before: readonly Thread[], after: readonly Thread[]): ThreadPair[] {
  const candidates: { i: number; j: number; cost: number }[] = [];
  before.forEach((a, i) =>
    after.forEach((b, j) => {
      const cost = threadPairCost(a, b);
      if (cost <= MAX_PAIR_COST_MM) candidates.push({ i, j, cost });
    }),
  );
  candidates.sort((x, y) => x.cost - y.cost || x.i - y.i || x.j - y.j);
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  const pairs: ThreadPair[] = [];
  for (const c of candidates) {
    if (usedBefore.has(c.i) || usedAfter.has(c.j)) continue;
    usedBefore.add(c.i);
    usedAfter.add(c.j);
    pairs.push({ before: before[c.i]!, after: after[c.j]!, cost: c.cost });
  }
  return pairs;
}
