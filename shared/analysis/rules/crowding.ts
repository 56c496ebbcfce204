import type { FacePoint } from '../../geometry/types';
import type { Rule } from '../context';
import { makeFinding } from '../findings';
import { SAMPLE_STEP_MM, pointOf, type ThreadGeometry } from '../thread-geometry';
import type { Finding, Threshold } from '../types';

/**
 * Threads crowded together or laid unevenly give lumps and irregularities (domain.md). Checked
 * between the barbed sections of threads on the same side: crossing, or running closer than a
 * safe spacing over some length. Threads that share an entry point (fan technique) necessarily
 * start together, so the first millimetres around a shared entry are ignored.
 *
 * Distances are between the threads' points on the skin (3-D, thread-geometry.ts), so spacing
 * on the side of the face is not read short by the frontal drawing. Crossings are found in the
 * drawing: the skin is one sheet over it, so two paths cross on the skin exactly where their
 * drawings cross.
 *
 * Cost: a pair check (analyze.ts finds the pairs within reach with a spatial grid, and reuses
 * the results of pairs that did not change since the last analysis).
 */

const SAFE_SPACING: Threshold = {
  name: 'safeSpacingMm',
  value: 4,
  unit: 'mm',
  description: 'Barbed sections of two threads closer than this are crowded.',
  source:
    'design choice: about twice the superficial fat thickness over the nasal root and less than the fat of the cheek (domain.md); barbs closer than this gather the same strip of fat and raise a ridge.',
};

/**
 * The spacing the designer shows around neighbouring threads while a new one is drawn
 * (shared/scene/layers/highlight.ts): the same value the rule checks, so what the band shows is
 * what the rule will say.
 */
export const CROWDING_SPACING_MM = SAFE_SPACING.value;

const MIN_CLOSE_RUN: Threshold = {
  name: 'minCrowdedLengthMm',
  value: 10,
  unit: 'mm',
  description: 'Two barbed sections must stay within the safe spacing for at least this length to count.',
  source: 'design choice: a brief approach is harmless; a centimetre of barbs side by side is felt as a cord or lump.',
};

const FAN_RADIUS: Threshold = {
  name: 'sharedEntryRadiusMm',
  value: 10,
  unit: 'mm',
  description: 'Around an entry point that threads share, closeness and crossings within this radius are ignored.',
  source: 'design choice: fanned threads leave one puncture together; 10 mm lets threads 20 degrees apart separate to the safe spacing.',
};

/** What most pairs checked give: one list shared by all of them, not a new one per pair (a full run checks thousands). */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

export const crowding: Rule = {
  description: {
    id: 'crowding',
    title: 'Crowded or crossing threads',
    description:
      'Flags barbed sections of two threads on the same side that cross each other, or run closer than a safe spacing over a minimum length. The area around an entry point the threads share (fan technique) is ignored.',
    thresholds: [SAFE_SPACING, MIN_CLOSE_RUN, FAN_RADIUS],
  },
  pairs: {
    sameSide: true,
    reachMm: Math.max(SAFE_SPACING.value, 2 * SAMPLE_STEP_MM),
    points: (g) => (g.barbed === null ? [] : g.samples.filter((s) => s.barbed)),
    check(a, b) {
      const pair = crowdedPair(a, b);
      return pair === null ? NO_FINDINGS : [toFinding(pair)];
    },
  },
};

interface Pair {
  readonly a: ThreadGeometry;
  readonly b: ThreadGeometry;
  /** Longest stretch of a's barbs within the safe spacing of b's barbs, mm, and its middle. */
  readonly closeRunMm: number;
  readonly closeAt: FacePoint | null;
  readonly crossing: FacePoint | null;
}

/**
 * Samples are at most 2 mm apart on any path shorter than 2 m (thread-geometry.ts), so two
 * crossing barbed segments start within 4 mm of each other; sample pairs farther apart need no
 * crossing test.
 */
const CROSS_REACH_MM = 2 * SAMPLE_STEP_MM;

/**
 * How the barbed sections of a and b (a before b in the plan, same side) crowd each other: the
 * longest run of a's barbed samples within the safe spacing of some barbed sample of b, and the
 * first crossing of their barbed segments along a; null when they neither cross nor stay close
 * for the minimum length (no finding: most pairs, so nothing is allocated for them). The analysis
 * calls this only for pairs that come within reach of each other somewhere (a spatial grid,
 * analyze.ts), so a plan's cost grows with its neighbours, not its pairs; within a pair, a's
 * samples outside b's box (grown by the reach) are skipped at once.
 */
function crowdedPair(ga: ThreadGeometry, gb: ThreadGeometry): Pair | null {
  const spacing2 = SAFE_SPACING.value ** 2;
  const reach = Math.max(SAFE_SPACING.value, CROSS_REACH_MM);
  const reach2 = reach * reach;
  if (ga.barbed === null || gb.barbed === null) return null;
  const sa = ga.samples;
  const sb = gb.samples;
  // b's barbed samples, and their box grown by the reach.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let firstB = -1;
  let lastB = -1;
  // The longest step between b's samples: a sample at distance D from p lets the next
  // (D - reach) / step samples be skipped, none of them can be within reach (chord <= skin step).
  let stepB = 0;
  for (let m = 0; m < sb.length; m++) {
    const s = sb[m]!;
    if (!s.barbed) continue;
    if (firstB < 0) firstB = m;
    else stepB = Math.max(stepB, s.s - sb[lastB]!.s);
    lastB = m;
    if (s.x < minX) minX = s.x;
    if (s.y < minY) minY = s.y;
    if (s.x > maxX) maxX = s.x;
    if (s.y > maxY) maxY = s.y;
  }
  if (firstB < 0) return null;
  const skipStep = stepB * (1 + 1e-9) + 1e-9;
  minX -= reach;
  minY -= reach;
  maxX += reach;
  maxY += reach;

  // Threads that share an entry point (same id, or within 1 mm): a fan starts together, so
  // closeness and crossings near the entry are ignored.
  const ea = ga.entry;
  const eaz = sa[0]?.z ?? 0;
  const ebz = sb[0]?.z ?? 0;
  const fan =
    ga.thread.entryPointId === gb.thread.entryPointId ||
    (ea.x - gb.entry.x) ** 2 + (ea.y - gb.entry.y) ** 2 + (eaz - ebz) ** 2 < 1;

  let lastSeen = -2;
  let runStart = 0;
  let bestRun = 0;
  let bestAt = 0;
  let crossX = NaN;
  let crossY = NaN;
  let crossI = 0;
  let crossT = 0;
  for (let i = 0; i < sa.length; i++) {
    const p = sa[i]!;
    if (!p.barbed || p.x < minX || p.x > maxX || p.y < minY || p.y > maxY) continue;
    const next = sa[i + 1];
    const hasNext = next !== undefined && next.barbed;
    let counted = false;
    for (let m = firstB; m <= lastB; m++) {
      const q = sb[m]!;
      const ddx = q.x - p.x;
      const ddy = q.y - p.y;
      const ddz = q.z - p.z;
      const d2 = ddx * ddx + ddy * ddy + ddz * ddz;
      if (d2 >= reach2) {
        const skip = Math.floor((Math.sqrt(d2) - reach) / skipStep);
        if (skip > 1) m += skip - 1;
        continue;
      }
      if (d2 < spacing2 && !counted && !(fan && (nearEntry(ea, eaz, p.x, p.y, p.z) || nearEntry(ea, eaz, q.x, q.y, q.z)))) {
        counted = true;
        if (lastSeen !== i - 1) runStart = i;
        lastSeen = i;
        const length = p.s - sa[runStart]!.s;
        if (length >= bestRun) {
          bestRun = length;
          bestAt = (runStart + i) >> 1;
        }
      }
      // Crossing of the barbed segments starting at these two samples. The first along a is kept
      // (a's samples come in order; within one segment, the nearest its start), so a mirrored
      // plan reports the mirrored point.
      const qn = sb[m + 1];
      if (!hasNext || qn === undefined || !qn.barbed || (!Number.isNaN(crossX) && crossI < i)) continue;
      const t = crossingParameter(p.x, p.y, next.x, next.y, q.x, q.y, qn.x, qn.y);
      if (t === null || (!Number.isNaN(crossX) && t >= crossT)) continue;
      const hx = p.x + t * (next.x - p.x);
      const hy = p.y + t * (next.y - p.y);
      // (the height at the segment start: within one sample step of the crossing)
      if (fan && nearEntry(ea, eaz, hx, hy, p.z)) continue;
      crossX = hx;
      crossY = hy;
      crossI = i;
      crossT = t;
    }
  }
  if (Number.isNaN(crossX) && bestRun < MIN_CLOSE_RUN.value) return null;
  const crossing = Number.isNaN(crossX) ? null : { x: crossX, y: crossY };
  return { a: ga, b: gb, closeRunMm: bestRun, closeAt: bestRun > 0 ? pointOf(sa[bestAt]!) : null, crossing };
}

const FAN_RADIUS2 = FAN_RADIUS.value ** 2;

/** Whether (x, y, z) is within the fan radius of entry point e (height ez), on the skin. */
const nearEntry = (e: FacePoint, ez: number, x: number, y: number, z: number): boolean => (x - e.x) ** 2 + (y - e.y) ** 2 + (z - ez) ** 2 < FAN_RADIUS2;

/**
 * Where along segment p-q (0..1) it crosses segment m-n (touching counts), or null; parallel
 * segments never cross.
 */
function crossingParameter(px: number, py: number, qx: number, qy: number, mx: number, my: number, nx: number, ny: number): number | null {
  const rx = qx - px;
  const ry = qy - py;
  const sx = nx - mx;
  const sy = ny - my;
  const denom = rx * sy - ry * sx;
  if (denom === 0) return null;
  const t = ((mx - px) * sy - (my - py) * sx) / denom;
  const u = ((mx - px) * ry - (my - py) * rx) / denom;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return t;
}

function toFinding(pair: Pair): Finding {
  const { a: ga, b: gb } = pair;
  const threads = { threads: [ga.number, gb.number], start: true };
  if (pair.crossing !== null) {
    return makeFinding('crowding', 'warning', {
      threads: [ga.thread.id, gb.thread.id],
      side: ga.side,
      text: { id: 'crowding.crossing', params: { threads } },
      location: pair.crossing,
      aspect: 'crossing',
    });
  }
  return makeFinding('crowding', 'warning', {
    threads: [ga.thread.id, gb.thread.id],
    side: ga.side,
    text: { id: 'crowding.close', params: { threads, spacingMm: { mm: SAFE_SPACING.value }, runMm: { mm: pair.closeRunMm } } },
    location: pair.closeAt,
    aspect: 'close',
  });
}
