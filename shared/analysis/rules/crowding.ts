import type { FacePoint } from '../../geometry/types';
import type { Rule } from '../context';
import { makeFinding } from '../findings';
import { SAMPLE_NUMBERS, SAMPLE_S, SAMPLE_STEP_MM, SAMPLE_X, SAMPLE_Y, SAMPLE_Z, pointOf, type BarbedSpan, type ThreadGeometry } from '../thread-geometry';
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
 * Cost: a pair check (pair-index.ts finds the pairs whose boxes meet, and analyze.ts reuses
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
    box: barbedSpanOf,
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

/** How far apart two samples can be and still count for closeness or a crossing. */
const CROWDING_REACH_MM = Math.max(SAFE_SPACING.value, CROSS_REACH_MM);

/**
 * How the barbed sections of a and b (a before b in the plan, same side) crowd each other: the
 * longest run of a's barbed samples within the safe spacing of some barbed sample of b, and the
 * first crossing of their barbed segments along a; null when they neither cross nor stay close
 * for the minimum length (no finding: most pairs, so nothing is allocated for them). The analysis
 * calls this only for pairs whose barbed boxes come within reach of each other (pair-index.ts), so
 * a plan's cost grows with its neighbours, not its pairs; within a pair, a's samples outside b's
 * box (grown by the reach) are skipped at once, and those inside skip ahead along b (below), so a
 * pair whose boxes meet but whose samples stay apart costs little.
 */
function crowdedPair(ga: ThreadGeometry, gb: ThreadGeometry): Pair | null {
  const spacing2 = SAFE_SPACING.value ** 2;
  const reach = CROWDING_REACH_MM;
  const reach2 = reach * reach;
  if (ga.barbed === null || gb.barbed === null) return null;
  const sa = ga.samples;
  const sb = gb.samples;
  // The samples' numbers, read in place (thread-geometry.ts SAMPLE_NUMBERS): the loops below run
  // over every sample pair of every pair of threads within reach, most of a large plan's crowding.
  const na = ga.sampleNumbers;
  const nb = gb.sampleNumbers;
  const a0 = ga.sampleNumbersAt;
  const b0 = gb.sampleNumbersAt;
  // b's barbed samples and their box grown by the reach; a's barbed samples (kept per geometry:
  // a thread takes part in many pairs).
  const spanA = barbedSpanOf(ga);
  const spanB = barbedSpanOf(gb);
  if (spanA === null || spanB === null) return null;
  const firstB = spanB.first;
  const lastB = spanB.last;
  // (skips are counted with the step's inverse, rounded up as the step is: a multiplication, not a division per sample)
  const perStep = 1 / (spanB.step * (1 + 1e-9) + 1e-9);
  const minX = spanB.minX - reach;
  const minY = spanB.minY - reach;
  const maxX = spanB.maxX + reach;
  const maxY = spanB.maxY + reach;
  const chunks = barbedChunksOf(gb, spanB);

  // Threads that share an entry point (same id, or within 1 mm): a fan starts together, so
  // closeness and crossings near the entry are ignored.
  const ea = ga.entry;
  const eaz = sa.length > 0 ? na[a0 + SAMPLE_Z]! : 0;
  const ebz = sb.length > 0 ? nb[b0 + SAMPLE_Z]! : 0;
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
  // a's barbed samples in chunks (barbedChunksOf): a chunk whose grown box misses b's box has no
  // sample within reach of b's, and is passed over at once.
  const chunksA = barbedChunksOf(ga, spanA);
  // (a thread's barbed samples are consecutive: samples are in order of s, the section one interval of s)
  const chunkCountB = chunks.length / CHUNK_NUMBERS;
  // b's samples a sample of the current chunk of a is compared with: from the first to the last
  // chunk of b whose grown box a's chunk's own box meets (below).
  let fromB = firstB;
  let toB = lastB;
  for (let i = spanA.first, chunkEnd = spanA.first - 1; i <= spanA.last; i++) {
    if (i > chunkEnd) {
      const chunkA = (i - spanA.first) >> CHUNK_SHIFT;
      const c = CHUNK_NUMBERS * chunkA;
      chunkEnd = Math.min(spanA.last, spanA.first + ((chunkA + 1) << CHUNK_SHIFT) - 1);
      if (chunksA[c + 2]! < spanB.minX || chunksA[c + 3]! < spanB.minY || chunksA[c]! > spanB.maxX || chunksA[c + 1]! > spanB.maxY) {
        i = chunkEnd;
        continue;
      }
      // The chunks of b that some sample of this chunk of a can be inside (the test at the top
      // of the loop over b, for every sample of the chunk at once: a chunk of b whose grown box
      // a's chunk's box lies on or beyond one edge of is skipped there for each of its samples).
      // Only those from the first to the last such chunk are visited; the chunks outside that
      // range are the ones the loop over b would pass over one by one.
      const minAX = chunksA[c + 4]!;
      const minAY = chunksA[c + 5]!;
      const maxAX = chunksA[c + 6]!;
      const maxAY = chunksA[c + 7]!;
      let firstChunk = -1;
      let lastChunk = -1;
      for (let k = 0; k < chunkCountB; k++) {
        const b = CHUNK_NUMBERS * k;
        if (maxAX <= chunks[b]! || maxAY <= chunks[b + 1]! || minAX >= chunks[b + 2]! || minAY >= chunks[b + 3]!) continue;
        if (firstChunk < 0) firstChunk = k;
        lastChunk = k;
      }
      if (firstChunk < 0) {
        i = chunkEnd;
        continue;
      }
      fromB = firstB + (firstChunk << CHUNK_SHIFT);
      toB = Math.min(lastB, firstB + ((lastChunk + 1) << CHUNK_SHIFT) - 1);
    }
    const p = a0 + SAMPLE_NUMBERS * i;
    const px = na[p + SAMPLE_X]!;
    const py = na[p + SAMPLE_Y]!;
    if (px < minX || px > maxX || py < minY || py > maxY) continue;
    const pz = na[p + SAMPLE_Z]!;
    const hasNext = i < spanA.last;
    let counted = false;
    for (let m = fromB, chunkEnd = fromB - 1; m <= toB; m++) {
      if (m > chunkEnd) {
        // Entering a chunk of b: none of its samples is within reach when p is outside its grown box.
        const k = (m - firstB) >> CHUNK_SHIFT;
        const c = CHUNK_NUMBERS * k;
        chunkEnd = Math.min(lastB, firstB + ((k + 1) << CHUNK_SHIFT) - 1);
        if (px <= chunks[c]! || py <= chunks[c + 1]! || px >= chunks[c + 2]! || py >= chunks[c + 3]!) {
          m = chunkEnd;
          continue;
        }
      }
      const q = b0 + SAMPLE_NUMBERS * m;
      const qx = nb[q + SAMPLE_X]!;
      const qy = nb[q + SAMPLE_Y]!;
      const qz = nb[q + SAMPLE_Z]!;
      const ddx = qx - px;
      const ddy = qy - py;
      const ddz = qz - pz;
      const d2 = ddx * ddx + ddy * ddy + ddz * ddz;
      if (d2 >= reach2) {
        const skip = Math.floor((Math.sqrt(d2) - reach) * perStep);
        if (skip > 1) m += skip - 1;
        continue;
      }
      if (d2 < spacing2 && !counted && !(fan && (nearEntry(ea, eaz, px, py, pz) || nearEntry(ea, eaz, qx, qy, qz)))) {
        counted = true;
        if (lastSeen !== i - 1) runStart = i;
        lastSeen = i;
        const length = na[p + SAMPLE_S]! - na[a0 + SAMPLE_NUMBERS * runStart + SAMPLE_S]!;
        if (length >= bestRun) {
          bestRun = length;
          bestAt = (runStart + i) >> 1;
        }
      }
      // Crossing of the barbed segments starting at these two samples. The first along a is kept
      // (a's samples come in order; within one segment, the nearest its start), so a mirrored
      // plan reports the mirrored point.
      if (!hasNext || m >= lastB || (!Number.isNaN(crossX) && crossI < i)) continue;
      const nx = na[p + SAMPLE_NUMBERS + SAMPLE_X]!;
      const ny = na[p + SAMPLE_NUMBERS + SAMPLE_Y]!;
      const t = crossingParameter(px, py, nx, ny, qx, qy, nb[q + SAMPLE_NUMBERS + SAMPLE_X]!, nb[q + SAMPLE_NUMBERS + SAMPLE_Y]!);
      if (t === null || (!Number.isNaN(crossX) && t >= crossT)) continue;
      const hx = px + t * (nx - px);
      const hy = py + t * (ny - py);
      // (the height at the segment start: within one sample step of the crossing)
      if (fan && nearEntry(ea, eaz, hx, hy, pz)) continue;
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

/**
 * Where g's barbed samples are: the first and last, the longest step in s from one to the next
 * (the skip in crowdedPair), and their frontal box; null when none. Kept on the geometry.
 */
function barbedSpanOf(g: ThreadGeometry): BarbedSpan | null {
  const kept = g.memo.barbedSpan;
  if (kept !== undefined) return kept;
  const samples = g.samples;
  const numbers = g.sampleNumbers;
  const base = g.sampleNumbersAt;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let first = -1;
  let last = -1;
  let step = 0;
  for (let m = 0; m < samples.length; m++) {
    if (!samples[m]!.barbed) continue;
    const q = base + SAMPLE_NUMBERS * m;
    const x = numbers[q + SAMPLE_X]!;
    const y = numbers[q + SAMPLE_Y]!;
    if (first < 0) first = m;
    else step = Math.max(step, numbers[q + SAMPLE_S]! - numbers[base + SAMPLE_NUMBERS * last + SAMPLE_S]!);
    last = m;
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  const span = first < 0 ? null : { first, last, step, minX, minY, maxX, maxY };
  g.memo.barbedSpan = span;
  return span;
}

/**
 * b's barbed samples in chunks of 2^CHUNK_SHIFT consecutive ones, each chunk's frontal box grown by
 * the reach (plus a margin far above rounding): most samples of a that come near b's box come near
 * only part of it, and one box test passes over a chunk. Design choice, measured at 1,000
 * generated threads (2026-12-07): chunks of 8 samples (16 mm of thread) cost least.
 */
const CHUNK_SHIFT = 3;
const CHUNK_MARGIN = CROWDING_REACH_MM * (1 + 1e-9) + 1e-9;

/** Numbers per chunk in barbedChunksOf: its box grown by the margin (minX, minY, maxX, maxY), then its own box. */
const CHUNK_NUMBERS = 8;

/** g's chunk boxes (see CHUNK_SHIFT and CHUNK_NUMBERS). Kept on the geometry. */
function barbedChunksOf(g: ThreadGeometry, span: BarbedSpan): readonly number[] {
  const kept = g.memo.barbedChunks;
  if (kept !== undefined) return kept;
  const numbers = g.sampleNumbers;
  const base = g.sampleNumbersAt;
  const out: number[] = [];
  for (let start = span.first; start <= span.last; start += 1 << CHUNK_SHIFT) {
    const end = Math.min(span.last, start + (1 << CHUNK_SHIFT) - 1);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let m = start; m <= end; m++) {
      const q = base + SAMPLE_NUMBERS * m;
      const x = numbers[q + SAMPLE_X]!;
      const y = numbers[q + SAMPLE_Y]!;
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
    out.push(minX - CHUNK_MARGIN, minY - CHUNK_MARGIN, maxX + CHUNK_MARGIN, maxY + CHUNK_MARGIN, minX, minY, maxX, maxY);
  }
  g.memo.barbedChunks = out;
  return out;
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
