import type { FacePoint } from '../../geometry/types';
import type { AnalysisContext, Rule } from '../context';
import { makeFinding } from '../findings';
import { SAMPLE_STEP_MM, pointOf, type ThreadGeometry } from '../thread-geometry';
import type { Finding, Threshold } from '../types';
import { ThreadList, mm } from '../words';

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
 * Cost: barbed samples and segments go into a uniform grid, so each is compared only with its
 * neighbours: linear in the number of threads, not quadratic.
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

export const crowding: Rule = {
  description: {
    id: 'crowding',
    title: 'Crowded or crossing threads',
    description:
      'Flags barbed sections of two threads on the same side that cross each other, or run closer than a safe spacing over a minimum length. The area around an entry point the threads share (fan technique) is ignored.',
    thresholds: [SAFE_SPACING, MIN_CLOSE_RUN, FAN_RADIUS],
  },
  check(context: AnalysisContext): Finding[] {
    const out: Finding[] = [];
    for (const side of ['right', 'left'] as const) {
      for (const pair of crowdedPairs(context.threadsBySide[side])) {
        const finding = toFinding(pair);
        if (finding) out.push(finding);
      }
    }
    return out;
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
 * Pairs of same-side threads whose barbed sections cross or run close. Barbed samples go into a
 * grid of cells one reach wide (the reach is the spacing, or the crossing reach if larger); each
 * sample is compared only with the later threads' samples in the 3 x 3 cells around it. Flat typed arrays keep the inner
 * loop free of allocation: the editor runs this on every drag.
 */
function crowdedPairs(threads: readonly ThreadGeometry[]): Pair[] {
  const spacing2 = SAFE_SPACING.value ** 2;
  const fan2 = FAN_RADIUS.value ** 2;
  const reach = Math.max(SAFE_SPACING.value, CROSS_REACH_MM);
  const reach2 = reach * reach;
  // Cells at least one reach wide: a sample's neighbours lie in the 3 x 3 block around its cell.
  let cellMm = reach;

  // Flatten the barbed samples: thread, sample index, position, the next barbed sample (or NaN).
  let count = 0;
  for (const g of threads) if (g.barbed) for (const s of g.samples) if (s.barbed) count++;
  if (count === 0) return [];
  const buf = scratch(count, threads.length);
  const { tOf, iOf, xs, ys, zs, nx, ny } = buf;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let k = 0;
  for (let t = 0; t < threads.length; t++) {
    const samples = threads[t]!.samples;
    let next = samples[0];
    for (let i = 0; i < samples.length; i++) {
      const s = next!;
      next = samples[i + 1];
      if (!s.barbed) continue;
      tOf[k] = t;
      iOf[k] = i;
      xs[k] = s.x;
      ys[k] = s.y;
      zs[k] = s.z;
      nx[k] = next !== undefined && next.barbed ? next.x : NaN;
      ny[k] = next !== undefined && next.barbed ? next.y : NaN;
      if (s.x < minX) minX = s.x;
      if (s.y < minY) minY = s.y;
      if (s.x > maxX) maxX = s.x;
      if (s.y > maxY) maxY = s.y;
      k++;
    }
  }

  // Threads that share an entry point (same id, or within 1 mm): a fan starts together.
  const entryX = threads.map((g) => g.entry.x);
  const entryY = threads.map((g) => g.entry.y);
  const entryZ = threads.map((g) => g.samples[0]?.z ?? 0);
  const sharesEntry = (a: number, b: number): boolean =>
    threads[a]!.thread.entryPointId === threads[b]!.thread.entryPointId ||
    (entryX[a]! - entryX[b]!) ** 2 + (entryY[a]! - entryY[b]!) ** 2 + (entryZ[a]! - entryZ[b]!) ** 2 < 1;
  const nearEntry = (a: number, x: number, y: number, z: number): boolean => (x - entryX[a]!) ** 2 + (y - entryY[a]!) ** 2 + (z - entryZ[a]!) ** 2 < fan2;

  // Non-finite positions (never in a valid plan) leave no box to grid: nothing to compare.
  if (!(maxX >= minX && maxY >= minY && Number.isFinite(maxX - minX) && Number.isFinite(maxY - minY))) return [];
  // Counting sort of the samples into grid cells (compressed rows: cellStart / order). Cells
  // grow for an unusually wide plan so the grid stays small; wider cells still hold every
  // neighbour within reach in the 3 x 3 block.
  cellMm = Math.max(cellMm, (maxX - minX) / 1024, (maxY - minY) / 1024);
  const cols = Math.floor((maxX - minX) / cellMm) + 1;
  const rows = Math.floor((maxY - minY) / cellMm) + 1;
  const { cellOf, order } = buf;
  const cellStart = new Int32Array(cols * rows + 1);
  for (let n = 0; n < count; n++) {
    const cell = Math.floor((ys[n]! - minY) / cellMm) * cols + Math.floor((xs[n]! - minX) / cellMm);
    cellOf[n] = cell;
    cellStart[cell + 1]!++;
  }
  for (let c = 0; c < cols * rows; c++) cellStart[c + 1]! += cellStart[c]!;
  const fill = cellStart.slice(0, cols * rows);
  for (let n = 0; n < count; n++) order[fill[cellOf[n]!]!++] = n;

  // State for the current thread a against every other thread b (reset when a changes).
  const { runStart, lastSeen, stamp, bestRun, bestAt, crossX, crossY, crossI, crossT, shared } = buf;
  const touched: number[] = [];
  const out: Pair[] = [];

  const flush = (a: number): void => {
    const ga = threads[a]!;
    for (const b of touched) {
      const crossing = Number.isNaN(crossX[b]!) ? null : { x: crossX[b]!, y: crossY[b]! };
      if (crossing !== null || bestRun[b]! >= MIN_CLOSE_RUN.value) {
        out.push({ a: ga, b: threads[b]!, closeRunMm: bestRun[b]!, closeAt: pointOf(ga.samples[bestAt[b]!]!), crossing });
      }
      lastSeen[b] = -2;
      stamp[b] = -1;
      bestRun[b] = 0;
      crossX[b] = NaN;
      shared[b] = -1;
    }
    touched.length = 0;
  };

  for (let n = 0; n < count; n++) {
    const a = tOf[n]!;
    if (n > 0 && tOf[n - 1] !== a) flush(tOf[n - 1]!);
    const i = iOf[n]!;
    const samplesA = threads[a]!.samples;
    const px = xs[n]!;
    const py = ys[n]!;
    const pz = zs[n]!;
    const qx = nx[n]!;
    const qy = ny[n]!;
    const col = Math.floor((px - minX) / cellMm);
    const row = Math.floor((py - minY) / cellMm);
    for (let r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
      for (let c = Math.max(0, col - 1); c <= Math.min(cols - 1, col + 1); c++) {
        const cell = r * cols + c;
        // A cell lists its samples in flattening order, so by thread: the samples of threads
        // after a are at its end. Walk back from the end and stop at thread a.
        for (let q = cellStart[cell + 1]! - 1, start = cellStart[cell]!; q >= start; q--) {
          const m = order[q]!;
          const b = tOf[m]!;
          if (b <= a) break;
          const mx = xs[m]!;
          const my = ys[m]!;
          const mz = zs[m]!;
          const ddx = mx - px;
          const ddy = my - py;
          const ddz = mz - pz;
          // Skin points: the 3-D distance is never less than the drawn one, so the frontal grid
          // still holds every neighbour within reach.
          const d2 = ddx * ddx + ddy * ddy + ddz * ddz;
          if (d2 >= reach2) continue;
          if (lastSeen[b] === -2) {
            touched.push(b);
            lastSeen[b] = -3;
          }
          if (shared[b] === -1) shared[b] = sharesEntry(a, b) ? 1 : 0;
          const fan = shared[b] === 1;
          if (d2 < spacing2 && stamp[b] !== n && !(fan && (nearEntry(a, px, py, pz) || nearEntry(a, mx, my, mz)))) {
            stamp[b] = n;
            if (lastSeen[b] !== i - 1) runStart[b] = i;
            lastSeen[b] = i;
            const length = samplesA[i]!.s - samplesA[runStart[b]!]!.s;
            if (length >= bestRun[b]!) {
              bestRun[b] = length;
              bestAt[b] = (runStart[b]! + i) >> 1;
            }
          }
          // Crossing of the barbed segments starting at these two samples. The first along a
          // is kept (a's samples come in order; within one segment, the nearest its start), so
          // the choice does not depend on the grid and a mirrored plan reports the mirrored point.
          if (Number.isNaN(qx) || Number.isNaN(nx[m]!) || (!Number.isNaN(crossX[b]!) && crossI[b]! < i)) continue;
          const t = crossingParameter(px, py, qx, qy, mx, my, nx[m]!, ny[m]!);
          if (t === null || (!Number.isNaN(crossX[b]!) && t >= crossT[b]!)) continue;
          const hx = px + t * (qx - px);
          const hy = py + t * (qy - py);
          // (the height at the segment start: within one sample step of the crossing)
          if (fan && nearEntry(a, hx, hy, pz)) continue;
          crossX[b] = hx;
          crossY[b] = hy;
          crossI[b] = i;
          crossT[b] = t;
        }
      }
    }
  }
  flush(tOf[count - 1]!);
  return out;
}

/**
 * Working arrays, kept between calls and grown when a plan needs more, so a drag does not
 * allocate them afresh. Per-thread state is left reset (lastSeen -2, stamp -1, shared -1,
 * crossX NaN, bestRun 0) by every flush, so nothing carries over from one call to the next.
 */
interface Scratch {
  tOf: Int32Array;
  iOf: Int32Array;
  xs: Float64Array;
  ys: Float64Array;
  zs: Float64Array;
  nx: Float64Array;
  ny: Float64Array;
  cellOf: Int32Array;
  order: Int32Array;
  runStart: Int32Array;
  lastSeen: Int32Array;
  stamp: Int32Array;
  bestRun: Float64Array;
  bestAt: Int32Array;
  crossX: Float64Array;
  crossY: Float64Array;
  crossI: Int32Array;
  crossT: Float64Array;
  shared: Int8Array;
}

let samplesScratch: Pick<Scratch, 'tOf' | 'iOf' | 'xs' | 'ys' | 'zs' | 'nx' | 'ny' | 'cellOf' | 'order'> | null = null;
let threadScratch: Omit<Scratch, 'tOf' | 'iOf' | 'xs' | 'ys' | 'zs' | 'nx' | 'ny' | 'cellOf' | 'order'> | null = null;

function scratch(samples: number, threads: number): Scratch {
  if (samplesScratch === null || samplesScratch.tOf.length < samples) {
    const n = Math.max(samples, 2 * (samplesScratch?.tOf.length ?? 0), 1024);
    samplesScratch = {
      tOf: new Int32Array(n),
      iOf: new Int32Array(n),
      xs: new Float64Array(n),
      ys: new Float64Array(n),
      zs: new Float64Array(n),
      nx: new Float64Array(n),
      ny: new Float64Array(n),
      cellOf: new Int32Array(n),
      order: new Int32Array(n),
    };
  }
  if (threadScratch === null || threadScratch.runStart.length < threads) {
    const n = Math.max(threads, 2 * (threadScratch?.runStart.length ?? 0), 64);
    threadScratch = {
      runStart: new Int32Array(n),
      lastSeen: new Int32Array(n).fill(-2),
      stamp: new Int32Array(n).fill(-1),
      bestRun: new Float64Array(n),
      bestAt: new Int32Array(n),
      crossX: new Float64Array(n).fill(NaN),
      crossY: new Float64Array(n),
      crossI: new Int32Array(n),
      crossT: new Float64Array(n),
      shared: new Int8Array(n).fill(-1),
    };
  }
  const a = samplesScratch;
  const b = threadScratch;
  return {
    tOf: a.tOf, iOf: a.iOf, xs: a.xs, ys: a.ys, zs: a.zs, nx: a.nx, ny: a.ny, cellOf: a.cellOf, order: a.order,
    runStart: b.runStart, lastSeen: b.lastSeen, stamp: b.stamp, bestRun: b.bestRun, bestAt: b.bestAt,
    crossX: b.crossX, crossY: b.crossY, crossI: b.crossI, crossT: b.crossT, shared: b.shared,
  };
}

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

function toFinding(pair: Pair): Finding | null {
  const { a: ga, b: gb } = pair;
  const numbers = [ga.number, gb.number];
  if (pair.crossing !== null) {
    return makeFinding('crowding', 'warning', {
      threads: [ga.thread.id, gb.thread.id],
      side: ga.side,
      title: `${ThreadList(numbers)} cross each other`,
      message:
        'Their barbed sections cross. Where two barbed threads cross, the tissue is gathered twice and a lump or an irregular contour forms; the threads can also rub and extrude.',
      fix: 'Fan the threads so they run side by side, or move one so the barbed sections no longer cross.',
      location: pair.crossing,
      aspect: 'crossing',
    });
  }
  if (pair.closeRunMm < MIN_CLOSE_RUN.value) return null;
  return makeFinding('crowding', 'warning', {
    threads: [ga.thread.id, gb.thread.id],
    side: ga.side,
    title: `${ThreadList(numbers)} run too close together`,
    message: `Their barbed sections stay within ${mm(SAFE_SPACING.value)} of each other for about ${mm(pair.closeRunMm)}. Barbs this close gather the same strip of tissue, which can show as a ridge, a lump or an uneven surface.`,
    fix: `Spread the threads to at least ${mm(SAFE_SPACING.value)} apart, or shorten one barbed section where they run together.`,
    location: pair.closeAt,
    aspect: 'close',
  });
}
