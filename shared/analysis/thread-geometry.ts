import type { Region, TissueLayers } from '../atlas/types';
import type { ThreadType } from '../catalogue/types';
import type { FacePoint, FaceVector } from '../geometry/types';
import type { Side, Thread } from '../plan/types';
import type { AtlasLookup } from './atlas-lookup';

/**
 * Everything the rules need to know about one thread, computed ONCE per analysis and shared by
 * every rule: its length, samples along the path with depth, region and tissue, its barbed
 * section, its fixation point and its traction vector.
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
  /** Distance along the path from the entry point, millimetres. */
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
  /** The declared barbed section clamped to the path, millimetres from the entry point. */
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
}

export interface ThreadGeometry {
  readonly thread: Thread;
  /** 1-based position in the plan: findings call it "thread <number>". */
  readonly number: number;
  /** The catalogue type, or null when the catalogue does not know `thread.typeId`. */
  readonly type: ThreadType | null;
  readonly side: Side;
  readonly lengthMm: number;
  /** Every ~SAMPLE_STEP_MM along the path, plus both ends of the barbed section. Sorted by s. */
  readonly samples: readonly PathSample[];
  /** Null for smooth types, threads without a barbed section, or a section entirely off the path. */
  readonly barbed: BarbedGeometry | null;
  readonly entry: FacePoint;
  /** The far end of the path. */
  readonly exit: FacePoint;
  /** Path start when fixationEnd is 'entry', else the path end. */
  readonly fixationPoint: FacePoint;
  /** The atlas region at the fixation point. */
  readonly fixationRegion: Region | null;
  /** A barbed thread made for lifting (cog or cone). Smooth threads never count as lifting. */
  readonly isLifting: boolean;
  /** Null when the thread has no barbed section or its pull has no direction. */
  readonly traction: Traction | null;
}

/** Smooth configurations have no barbs: nothing grips, so nothing is pulled. */
export const isSmoothType = (type: ThreadType | null): boolean =>
  type !== null && (type.configuration === 'mono' || type.configuration === 'screw');

/** Degrees above the lateral horizontal on `side`: mirrored vectors get equal angles. */
export function elevationDeg(side: Side, x: number, y: number): number {
  const lateral = side === 'right' ? -x : x;
  return (Math.atan2(-y, lateral) * 180) / Math.PI;
}

const EPS = 1e-9;
const NO_TISSUE: TissueLayers = { skinMm: 0, fatMm: 0, smasMm: 0 };

/** A plain {x, y} copy of a sample's position (for findings and drawing). */
export const pointOf = (p: FacePoint): FacePoint => ({ x: p.x, y: p.y });

export function computeThreadGeometry(
  thread: Thread,
  number: number,
  type: ThreadType | null,
  lookup: AtlasLookup,
): ThreadGeometry {
  const path = thread.path;
  const n = path.length;
  // Cumulative length and depth at every vertex.
  const cum: number[] = new Array<number>(n);
  const depth: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    if (i === 0) cum[0] = 0;
    else {
      const dx = path[i]!.x - path[i - 1]!.x;
      const dy = path[i]!.y - path[i - 1]!.y;
      cum[i] = cum[i - 1]! + Math.sqrt(dx * dx + dy * dy);
    }
    const d = thread.pointDepthsMm[i];
    depth[i] = d === null || d === undefined ? thread.depthMm : d;
  }
  // A path with a non-finite coordinate (never in a valid plan) is treated as having no length.
  const rawLength = n > 0 ? cum[n - 1]! : 0;
  const lengthMm = Number.isFinite(rawLength) ? rawLength : 0;
  const entry = path[0] ?? { x: 0, y: 0 };
  const exit = path[n - 1] ?? entry;

  // The barbed section, clamped to the path. Smooth types have none whatever the file says.
  const declared = isSmoothType(type) ? null : thread.barbed;
  let barbStart = -1;
  let barbEnd = -1;
  if (declared !== null) {
    barbStart = Math.max(0, Math.min(declared.startMm, lengthMm));
    barbEnd = Math.max(0, Math.min(declared.endMm, lengthMm));
    if (!(barbEnd > barbStart)) barbStart = barbEnd = -1;
  }
  const hasBarbs = barbStart >= 0;

  // Sample positions: a uniform grid plus both barb ends, in increasing order.
  const steps = Math.min(MAX_SAMPLES, Math.max(1, Math.ceil(lengthMm / SAMPLE_STEP_MM)));
  const positions: number[] = [];
  for (let i = 0; i <= steps; i++) {
    const s = (lengthMm * i) / steps;
    if (hasBarbs) {
      const prev = positions.length > 0 ? positions[positions.length - 1]! : -1;
      if (barbStart > prev + EPS && barbStart < s - EPS) positions.push(barbStart);
      if (barbEnd > prev + EPS && barbEnd < s - EPS && barbEnd > barbStart) positions.push(barbEnd);
    }
    positions.push(s);
  }

  const samples: PathSample[] = [];
  let seg = 1;
  let cx = 0;
  let cy = 0;
  let barbedCount = 0;
  for (const s of positions) {
    while (seg < n - 1 && cum[seg]! < s) seg++;
    let x: number;
    let y: number;
    let d: number;
    if (n < 2) {
      x = entry.x;
      y = entry.y;
      d = depth[0] ?? thread.depthMm;
    } else {
      const a = path[seg - 1]!;
      const b = path[seg]!;
      const segLen = cum[seg]! - cum[seg - 1]!;
      const t = segLen > 0 ? Math.min(1, Math.max(0, (s - cum[seg - 1]!) / segLen)) : 0;
      x = t === 1 ? b.x : a.x + (b.x - a.x) * t;
      y = t === 1 ? b.y : a.y + (b.y - a.y) * t;
      d = depth[seg - 1]! + (depth[seg]! - depth[seg - 1]!) * t;
    }
    const sample = { x, y, s, depthMm: d, region: null as Region | null, tissue: NO_TISSUE, barbed: hasBarbs && s >= barbStart - EPS && s <= barbEnd + EPS };
    sample.region = lookup.regionAt(sample);
    sample.tissue = sample.region !== null ? sample.region.tissue : lookup.tissueAt(sample);
    if (sample.barbed) {
      cx += x;
      cy += y;
      barbedCount++;
    }
    samples.push(sample);
  }

  let barbed: BarbedGeometry | null = null;
  if (hasBarbs && barbedCount > 0) {
    const first = sampleAt(samples, barbStart);
    const last = sampleAt(samples, barbEnd);
    barbed = {
      startMm: barbStart,
      endMm: barbEnd,
      startPoint: pointOf(first),
      endPoint: pointOf(last),
      centroid: { x: cx / barbedCount, y: cy / barbedCount },
      startRegion: first.region,
      endRegion: last.region,
    };
  }

  const atEntry = thread.fixationEnd === 'entry';
  const fixationPoint = atEntry ? entry : exit;
  const fixationRegion = (atEntry ? samples[0] : samples[samples.length - 1])?.region ?? null;
  const isLifting = barbed !== null && (type === null || type.purpose === 'lifting');
  const traction = barbed !== null ? tractionOf(thread, type, barbed.centroid, fixationPoint) : null;

  return { thread, number, type, side: thread.side, lengthMm, samples, barbed, entry, exit, fixationPoint, fixationRegion, isLifting, traction };
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
  };
}

/** The sample at distance s (the barb ends are always samples themselves). */
function sampleAt(samples: readonly PathSample[], s: number): PathSample {
  let best = samples[0]!;
  for (const sample of samples) if (Math.abs(sample.s - s) < Math.abs(best.s - s)) best = sample;
  return best;
}
