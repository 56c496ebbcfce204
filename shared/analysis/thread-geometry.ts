import type { FaceArea, Region, TissueLayers } from '../atlas/types';
import type { ThreadType } from '../catalogue/types';
import { reserveFloats } from '../geometry/float-slabs';
import type { FacePoint, FaceVector } from '../geometry/types';
import type { Side, Thread } from '../plan/types';
import { SKIN_DISTANCE, SKIN_STRIDE, SKIN_X, SKIN_Y, SKIN_Z, SkinPath } from '../surface/measure';
import type { FaceSurface } from '../surface/types';
import type { AtlasLookup } from './atlas-lookup';
import type { RulePull } from './holding';
import type { MirrorMemo } from './mirror-pairs';
import type { Finding } from './types';

/**
 * Everything the rules need to know about one thread, computed ONCE per analysis and shared by
 * every rule: its length, samples along the path with depth, region and tissue, its barbed
 * section, its fixation point and its traction vector.
 *
 * Every length and distance along a path is measured ON THE SKIN (the atlas's face surface,
 * shared/surface): the drawn frontal path is lifted onto the surface (measure.ts subdivides it so
 * the length is within 1 % of the exact skin length) and samples are spaced by skin distance.
 * Depths are below the skin along its normal, the way tissue layers are measured. Atlases without
 * a surface are measured on the flat diagram (FLAT_SURFACE), where skin and drawn lengths agree.
 */

/** Spacing of the samples along a path. Small enough that no danger zone or region is skipped. */
export const SAMPLE_STEP_MM = 2;

/**
 * Most samples per path. Real threads are at most 200 mm long (100 samples); a valid plan may
 * still hold a path of many metres (500 points, each up to 400 mm from the origin), which is
 * then sampled more coarsely rather than letting one absurd path stall the editor.
 */
export const MAX_SAMPLES = 1000;

/**
 * A point along a path. It is itself a FacePoint (x, y), so it can be passed to any function
 * that takes one; the analysis makes thousands of these per run and saves an object each.
 */
export interface PathSample extends FacePoint {
  readonly x: number;
  readonly y: number;
  /** Height of the skin here (shared/surface/types.ts: z toward the viewer), millimetres. */
  readonly z: number;
  /** Distance along the path from the entry point, on the skin, millimetres. */
  readonly s: number;
  /** Depth below the skin surface, interpolated between the path's points, millimetres. */
  readonly depthMm: number;
  /** The atlas region at this point, or null outside every region. */
  readonly region: Region | null;
  readonly tissue: TissueLayers;
  /** Inside the thread's barbed (cog or cone) section. */
  readonly barbed: boolean;
}

export interface BarbedGeometry {
  /** The declared barbed section clamped to the path, skin millimetres from the entry point. */
  readonly startMm: number;
  readonly endMm: number;
  readonly startPoint: FacePoint;
  readonly endPoint: FacePoint;
  /** Mean position of the barbed samples: where the thread's grip is centred. */
  readonly centroid: FacePoint;
  /** Atlas regions at the two ends of the barbed section. */
  readonly startRegion: Region | null;
  readonly endRegion: Region | null;
}

export interface Traction {
  /** Where the pull starts (the barbed centroid) and where it points (the fixation point). */
  readonly from: FacePoint;
  readonly to: FacePoint;
  /** Unit direction on the face (+y is down). */
  readonly direction: FaceVector;
  /** Tension applied, capped by what the thread type can hold, newtons. */
  readonly magnitudeN: number;
  /** direction x magnitude, newtons. */
  readonly x: number;
  readonly y: number;
  /** Degrees above the patient's lateral horizontal on the thread's side (positive = upward). */
  readonly elevationDeg: number;
  /**
   * False: a traction is a pull toward the fixation end. holding.ts's rulePull gives a floating
   * design's axis in this same shape with true (one shape: the rules read either without a copy).
   */
  readonly axis: boolean;
}

export interface ThreadGeometry {
  readonly thread: Thread;
  /** 1-based position in the plan: findings call it "thread <number>". */
  readonly number: number;
  /** The catalogue type, or null when the catalogue does not know `thread.typeId`. */
  readonly type: ThreadType | null;
  readonly side: Side;
  /** Length of the path on the skin, millimetres: the length of thread it takes. */
  readonly lengthMm: number;
  /** Length of the path as drawn in the frontal diagram, millimetres (shorter where the skin turns away). */
  readonly drawnLengthMm: number;
  /** The path lifted onto the skin (shared with anything that places things along it). */
  readonly skin: SkinPath;
  /** The surface `skin` lies on. */
  readonly surface: FaceSurface;
  /** Every ~SAMPLE_STEP_MM of skin along the path, plus both ends of the barbed section. Sorted by s. */
  readonly samples: readonly PathSample[];
  /** The samples' numbers: sample i's at sampleNumbersAt + SAMPLE_NUMBERS * i (see SAMPLE_NUMBERS). */
  readonly sampleNumbers: Float64Array;
  readonly sampleNumbersAt: number;
  /** Null for smooth types, threads without a barbed section, or a section entirely off the path. */
  readonly barbed: BarbedGeometry | null;
  /**
   * Where the plan's barbed section ends, skin millimetres from the entry, NOT clamped to the path
   * (so the length rule can say how far it overruns); null when the plan declares none.
   */
  readonly declaredBarbedEndMm: number | null;
  readonly entry: FacePoint;
  /** The far end of the path (the plan format's `distal` end; "far end" in every text). */
  readonly distal: FacePoint;
  /** Path start when fixationEnd is 'entry', else the path end. */
  readonly fixationPoint: FacePoint;
  /** The atlas region at the fixation point. */
  readonly fixationRegion: Region | null;
  /** A barbed thread made for lifting (cog or cone). Smooth threads never count as lifting. */
  readonly isLifting: boolean;
  /** Null when the thread has no barbed section or its pull has no direction. */
  readonly traction: Traction | null;
  /** What later stages derived from this geometry (see GeometryMemo). */
  readonly memo: GeometryMemo;
}

/**
 * What later stages of the analysis derive from one geometry, kept on the geometry itself: it is
 * immutable, and each analyzer makes its own. A slot on the object costs nothing to find, where a
 * WeakMap entry per geometry cost more than most of what it saved (issue 15's profile of a full
 * run: WeakMap insertions and the garbage collector's work on them). Each slot belongs to one
 * module and is undefined until that module first asks.
 */
export interface GeometryMemo {
  /** mirror-pairs.ts: the drawn path resampled for pairing, and the thread's allowed pairs. */
  mirror: MirrorMemo | undefined;
  /** metrics.ts: the region of each barbed sample and the pull per barbed sample. */
  metrics: { readonly regions: readonly number[]; readonly perSample: number } | undefined;
  /** malar.ts: the thread's midface pull and where it ends. */
  malar: { readonly lookup: AtlasLookup; readonly pull: number; readonly place: 'anchored' | 'barb-end' | null; crossesMalar: boolean | undefined } | undefined;
  /** main-area.ts: the face area most of the barbed section lies in (null: none). */
  mainArea: FaceArea | null | undefined;
  /** rules/crowding.ts: where the barbed samples are (null: none), their box and longest step. */
  barbedSpan: BarbedSpan | null | undefined;
  /** rules/crowding.ts: the barbed samples' boxes, chunk by chunk (grown by the reach). */
  barbedChunks: readonly number[] | undefined;
  /** holding.ts: the pull the direction rules judge (rulePull; null: none). */
  pull: RulePull | null | undefined;
  /** analyze.ts: every thread rule's findings and the plan fields they were made under. */
  findings: { readonly fields: object; readonly findings: readonly (readonly Finding[])[] } | undefined;
}

/** The barbed samples of a thread: first and last index, the longest step in s between them, and their frontal box. */
export interface BarbedSpan {
  readonly first: number;
  readonly last: number;
  readonly step: number;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** Smooth configurations have no barbs: nothing grips, so nothing is pulled. */
export const isSmoothType = (type: ThreadType | null): boolean =>
  type !== null && (type.configuration === 'mono' || type.configuration === 'screw');

/** Degrees above the lateral horizontal on `side`: mirrored vectors get equal angles. */
export function elevationDeg(side: Side, x: number, y: number): number {
  const lateral = side === 'right' ? -x : x;
  return (Math.atan2(-y, lateral) * 180) / Math.PI;
}

/**
 * A sample's numbers in its thread's block of numbers (ThreadGeometry.sampleNumbers), SAMPLE_NUMBERS
 * each, sample after sample: x, y, z, s, depthMm (SAMPLE_X ...). A pair rule's inner loop reads
 * them there directly (crowding).
 */
export const SAMPLE_NUMBERS = 5;
export const SAMPLE_X = 0;
export const SAMPLE_Y = 1;
export const SAMPLE_Z = 2;
export const SAMPLE_S = 3;
const SAMPLE_DEPTH = 4;

/**
 * A sample as made by computeThreadGeometry: one class, so every sample has one shape from its
 * constructor on. Its five numbers live in a block of numbers shared by the thread's samples
 * (geometry/float-slabs.ts), not in fields: V8 keeps every number field of an object as a heap
 * number of its own, which made a sample about 180 bytes in six allocations and the samples the
 * largest share of what a full run allocates (a sampling allocation profile of 1,000 threads).
 */
class Sample implements PathSample {
  constructor(
    private readonly numbers: Float64Array,
    private readonly at: number,
    readonly region: Region | null,
    readonly tissue: TissueLayers,
    readonly barbed: boolean,
  ) {}

  get x(): number {
    return this.numbers[this.at + SAMPLE_X]!;
  }

  get y(): number {
    return this.numbers[this.at + SAMPLE_Y]!;
  }

  get z(): number {
    return this.numbers[this.at + SAMPLE_Z]!;
  }

  get s(): number {
    return this.numbers[this.at + SAMPLE_S]!;
  }

  get depthMm(): number {
    return this.numbers[this.at + SAMPLE_DEPTH]!;
  }
}

const EPS = 1e-9;
/** The point the atlas is asked about (the lookups keep no reference to it): one object, not one per sample. */
const probe = { x: 0, y: 0 };

/** A plain {x, y} copy of a sample's position (for findings and drawing). */
export const pointOf = (p: FacePoint): FacePoint => ({ x: p.x, y: p.y });

/**
 * `previous`: an earlier geometry of a thread at this place (e.g. before its tension changed); its
 * skin path is reused when it was lifted from the same path array onto the same surface (plans
 * are immutable, so the same array is the same path).
 */
export function computeThreadGeometry(
  thread: Thread,
  number: number,
  type: ThreadType | null,
  lookup: AtlasLookup,
  previous: ThreadGeometry | null = null,
): ThreadGeometry {
  const path = thread.path;
  const n = path.length;
  // The path on the skin: every length below is measured there (docs/rules.md, "Lengths on the
  // skin"). The frontal polyline is what the person drew; `skin` follows it over the surface.
  const skin = previous !== null && previous.thread.path === path && previous.surface === lookup.surface ? previous.skin : SkinPath.of(lookup.surface, path);
  const depth: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const d = thread.pointDepthsMm[i];
    depth[i] = d === null || d === undefined ? thread.depthMm : d;
  }
  // A path with a non-finite coordinate (never in a valid plan) is treated as having no length.
  const rawLength = skin.length;
  const lengthMm = Number.isFinite(rawLength) ? rawLength : 0;
  const drawnRaw = skin.drawnLength;
  const drawnLengthMm = Number.isFinite(drawnRaw) ? drawnRaw : 0;
  const entry = path[0] ?? { x: 0, y: 0 };
  const distal = path[n - 1] ?? entry;

  // The barbed section, clamped to the path. Smooth types have none whatever the file says.
  // The plan marks it in millimetres along the drawn (frontal) path; it covers the same stretch
  // of the drawing on the skin, so its ends are converted to skin distances here.
  const declared = isSmoothType(type) ? null : thread.barbed;
  let barbStart = -1;
  let barbEnd = -1;
  let declaredBarbedEndMm: number | null = null;
  if (declared !== null && lengthMm > 0) {
    declaredBarbedEndMm = skin.skinDistanceOfDrawn(declared.endMm);
    barbStart = Math.max(0, Math.min(skin.skinDistanceOfDrawn(declared.startMm), lengthMm));
    barbEnd = Math.max(0, Math.min(declaredBarbedEndMm, lengthMm));
    if (!(barbEnd > barbStart)) barbStart = barbEnd = -1;
  } else if (declared !== null) {
    declaredBarbedEndMm = declared.endMm;
  }
  const hasBarbs = barbStart >= 0;

  // Sample positions: a uniform grid (on the skin) plus both barb ends, in increasing order.
  const steps = Math.min(MAX_SAMPLES, Math.max(1, Math.ceil(lengthMm / SAMPLE_STEP_MM)));
  // Room for every sample made below (the grid positions and both barb ends), trimmed at the
  // end: pushing one by one regrew the array several times per path.
  const samples = new Array<PathSample>(steps + 3);
  let count = 0;
  // Room for every sample's numbers: the grid positions and both barb ends.
  const { array: numbers, at: firstAt } = reserveFloats(SAMPLE_NUMBERS * (steps + 3));
  let at = firstAt; // where the next sample's numbers go
  const last = skin.sampleCount - 1;
  // The lifted samples' numbers, read in place (SKIN_STRIDE per sample; the vertices' sample indices after them).
  const { numbers: lifted, at: base, vertexAt } = skin;
  let k = 0; // skin-path sample segment [k, k + 1] holding s
  let v = 1; // path vertex segment [v - 1, v] holding s (for the depth)
  let cx = 0;
  let cy = 0;
  let barbedCount = 0;
  let prev = -1; // the last position sampled
  // One loop, no closure: a closure over k, v, cx, cy and prev kept them in a context object,
  // where every new double is a heap number (three allocations per sample in a full run's
  // allocation profile); here they stay local.
  for (let i = 0; i <= steps; i++) {
    const grid = (lengthMm * i) / steps;
    // Before the grid position: a barb end that falls strictly between the last sample and it.
    let startHere = false;
    let endHere = false;
    if (hasBarbs) {
      startHere = barbStart > prev + EPS && barbStart < grid - EPS;
      endHere = barbEnd > prev + EPS && barbEnd < grid - EPS && barbEnd > barbStart;
    }
    for (let part = startHere ? 0 : endHere ? 1 : 2; part <= 2; part++) {
      if (part === 1 && !endHere) continue;
      const s = part === 0 ? barbStart : part === 1 ? barbEnd : grid;
      let x: number;
      let y: number;
      let z: number;
      let d: number;
      if (n < 2 || last < 1) {
        x = entry.x;
        y = entry.y;
        z = last >= 0 ? skin.zAt(0) : 0;
        d = depth[0] ?? thread.depthMm;
      } else {
        while (k < last - 1 && lifted[base + SKIN_STRIDE * (k + 1) + SKIN_DISTANCE]! < s) k++;
        const p = base + SKIN_STRIDE * k; // sample k; sample k + 1 follows at p + SKIN_STRIDE
        const q = p + SKIN_STRIDE;
        const a = lifted[p + SKIN_DISTANCE]!;
        const b = lifted[q + SKIN_DISTANCE]!;
        const t = b > a ? Math.min(1, Math.max(0, (s - a) / (b - a))) : 0;
        x = t === 1 ? lifted[q + SKIN_X]! : lifted[p + SKIN_X]! + (lifted[q + SKIN_X]! - lifted[p + SKIN_X]!) * t;
        y = t === 1 ? lifted[q + SKIN_Y]! : lifted[p + SKIN_Y]! + (lifted[q + SKIN_Y]! - lifted[p + SKIN_Y]!) * t;
        z = lifted[p + SKIN_Z]! + (lifted[q + SKIN_Z]! - lifted[p + SKIN_Z]!) * t;
        // (skin.vertexDistance(v), read in place)
        while (v < n - 1 && lifted[base + SKIN_STRIDE * lifted[vertexAt + v]! + SKIN_DISTANCE]! < s) v++;
        const d0 = depth[v - 1]!;
        const change = depth[v]! - d0;
        if (change === 0) {
          // Both vertices at one depth (most paths): d0 + 0 * u is d0 + 0 for every u the
          // interpolation can give (a number in [0, 1]), so the division is skipped.
          d = d0 + 0;
        } else {
          const va = lifted[base + SKIN_STRIDE * lifted[vertexAt + v - 1]! + SKIN_DISTANCE]!;
          const vb = lifted[base + SKIN_STRIDE * lifted[vertexAt + v]! + SKIN_DISTANCE]!;
          const u = vb > va ? Math.min(1, Math.max(0, (s - va) / (vb - va))) : 0;
          d = d0 + change * u;
        }
      }
      if (!Number.isFinite(z)) z = 0;
      const barbedHere = hasBarbs && s >= barbStart - EPS && s <= barbEnd + EPS;
      // The region is looked up before the sample is made, so every sample is made in one shape.
      probe.x = x;
      probe.y = y;
      const region = lookup.regionAt(probe);
      const tissue = region !== null ? region.tissue : lookup.tissueAt(probe);
      if (barbedHere) {
        cx += x;
        cy += y;
        barbedCount++;
      }
      numbers[at + SAMPLE_X] = x;
      numbers[at + SAMPLE_Y] = y;
      numbers[at + SAMPLE_Z] = z;
      numbers[at + SAMPLE_S] = s;
      numbers[at + SAMPLE_DEPTH] = d;
      samples[count++] = new Sample(numbers, at, region, tissue, barbedHere);
      at += SAMPLE_NUMBERS;
      prev = s;
    }
  }

  samples.length = count;

  let barbed: BarbedGeometry | null = null;
  if (hasBarbs && barbedCount > 0) {
    const first = samples[nearestSample(numbers, firstAt, count, barbStart)]!;
    const lastBarb = samples[nearestSample(numbers, firstAt, count, barbEnd)]!;
    barbed = {
      startMm: barbStart,
      endMm: barbEnd,
      startPoint: pointOf(first),
      endPoint: pointOf(lastBarb),
      centroid: { x: cx / barbedCount, y: cy / barbedCount },
      startRegion: first.region,
      endRegion: lastBarb.region,
    };
  }

  const atEntry = thread.fixationEnd === 'entry';
  const fixationPoint = atEntry ? entry : distal;
  const fixationRegion = (atEntry ? samples[0] : samples[samples.length - 1])?.region ?? null;
  const isLifting = barbed !== null && (type === null || type.purpose === 'lifting');
  const traction = barbed !== null ? tractionOf(thread, type, barbed.centroid, fixationPoint) : null;

  return {
    thread, number, type, side: thread.side, surface: lookup.surface, lengthMm, drawnLengthMm, skin, samples, sampleNumbers: numbers, sampleNumbersAt: firstAt, barbed, declaredBarbedEndMm,
    entry, distal, fixationPoint, fixationRegion, isLifting, traction,
    memo: { mirror: undefined, metrics: undefined, malar: undefined, mainArea: undefined, barbedSpan: undefined, barbedChunks: undefined, pull: undefined, findings: undefined },
  };
}

function tractionOf(thread: Thread, type: ThreadType | null, from: FacePoint, to: FacePoint): Traction | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len < 1e-6) return null;
  const direction = { x: dx / len, y: dy / len };
  // A thread cannot pull harder than its barbs hold: beyond that the barbs tear through.
  const tension = Math.max(0, thread.tensionN);
  const magnitudeN = type !== null ? Math.min(tension, type.holdingForceN) : tension;
  return {
    from,
    to,
    direction,
    magnitudeN,
    x: direction.x * magnitudeN,
    y: direction.y * magnitudeN,
    elevationDeg: elevationDeg(thread.side, direction.x, direction.y),
    axis: false,
  };
}

/**
 * Index of the sample nearest to distance s, the first of equally near ones (the barb ends are
 * always samples themselves). `count` samples' numbers start at `at` in `numbers`, sorted by s:
 * the distance to s falls (or stays) up to the first sample at or past s and rises (or stays)
 * after it, rounding included, so a binary search and a walk back over ties give what a scan of
 * every sample would.
 */
function nearestSample(numbers: Float64Array, at: number, count: number, s: number): number {
  // (sample i's s read in place: a helper closure over the block was made on every call)
  const first = at + SAMPLE_S;
  let lo = 0; // first index whose s is at or past s, or count
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (numbers[first + SAMPLE_NUMBERS * mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return 0;
  let best = lo - 1;
  const near = s - numbers[first + SAMPLE_NUMBERS * best]!;
  while (best > 0 && s - numbers[first + SAMPLE_NUMBERS * (best - 1)]! <= near) best--;
  return lo < count && numbers[first + SAMPLE_NUMBERS * lo]! - s < near ? lo : best;
}
