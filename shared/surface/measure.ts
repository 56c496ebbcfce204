import { closeFloats, growFloats, openFloats, type FloatRun } from '../geometry/float-slabs';
import type { FacePoint } from '../geometry/types';
import type { HeightFieldSurface } from './height-field';
import type { FaceSurface, MutablePoint3, Point3 } from './types';

/**
 * Lengths and distances on the skin.
 *
 * A frontal polyline is lifted onto the surface by walking each segment in frontal steps of at
 * most SUB_STEP_MM, lifting every step, and splitting any step whose lifted chord is longer than
 * REFINE_CHORD_MM again: the chords then follow the skin closely even where it turns away from
 * the viewer (in front of the ear one frontal millimetre can be five of skin). The error against
 * the exact length on the surface stays well under 1 % (tests/unit/shared/surface/measure.test.ts).
 */

/** Frontal step when lifting a segment, millimetres (design choice, see above). */
export const SUB_STEP_MM = 1;
/** A lifted step longer than this is split again, millimetres (design choice, see above). */
export const REFINE_CHORD_MM = 1.5;
/** Most splits of one step (a step over a near-vertical edge of the surface). */
const MAX_SPLIT = 16;

/**
 * Numbers per lifted sample, in this order: frontal x, y, height z, skin distance, drawn distance
 * (SkinPath.numbers; the analysis's sampling loop reads them there directly).
 */
export const SKIN_STRIDE = 5;
const STRIDE = SKIN_STRIDE;
export const SKIN_X = 0;
export const SKIN_Y = 1;
export const SKIN_Z = 2;
export const SKIN_DISTANCE = 3;
const X = SKIN_X;
const Y = SKIN_Y;
const Z = SKIN_Z;
const CUM = SKIN_DISTANCE;
const DRAWN = 4;

/**
 * A frontal polyline lifted onto the skin: sample points (frontal x, y and height z) along it
 * with the skin distance from its start, plus where each of the polyline's own vertices falls.
 * Everything the analysis, the scene and the report need to place things "so many millimetres
 * along the thread" comes from here.
 *
 * Its numbers are one run cut from a shared slab (geometry/float-slabs.ts): each sample's five
 * (STRIDE) side by side, then the sample index of each polyline vertex. One run instead of a typed
 * array per column: making typed arrays and views (six per path) was about a third of lifting.
 */
export class SkinPath {
  private constructor(
    /** Shared with other paths: read only this path's run (see SKIN_STRIDE). */
    readonly numbers: Float64Array,
    /** Where this path's samples start in `numbers`. */
    readonly at: number,
    /** Samples; they include every polyline vertex. */
    readonly sampleCount: number,
    /** Where the vertices' sample indices start in `numbers`. */
    readonly vertexAt: number,
  ) {}

  static of(surface: FaceSurface, path: readonly FacePoint[]): SkinPath {
    const out = lifting;
    const vertices = vertexScratch.length >= path.length ? vertexScratch : (vertexScratch = new Float64Array(2 * path.length));
    const field = surface.heightField?.() ?? null;
    // Room for a step's samples per frontal millimetre and the vertices' indices, guessed from
    // the drawn length: steep skin splits steps, and the run grows when the guess is short.
    let frontal = 0;
    for (let v = 1; v < path.length; v++) frontal += Math.sqrt((path[v]!.x - path[v - 1]!.x) ** 2 + (path[v]!.y - path[v - 1]!.y) ** 2);
    const guess = Number.isFinite(frontal) && frontal < 1e6 ? Math.ceil(1.25 * (frontal / SUB_STEP_MM + path.length)) : 0;
    openFloats(out, STRIDE * (guess + MAX_SPLIT + 1) + path.length);
    out.n = 0;
    if (path.length > 0) {
      const first = path[0]!;
      const o = out.array;
      const i = out.at;
      o[i + X] = first.x;
      o[i + Y] = first.y;
      o[i + Z] = surface.heightAt(first.x, first.y);
      o[i + CUM] = 0;
      o[i + DRAWN] = 0;
      out.n = 1;
      for (let v = 1; v < path.length; v++) {
        appendSegment(surface, field, path[v - 1]!, path[v]!, out);
        vertices[v] = out.n - 1;
      }
    }
    // The vertices' sample indices follow the samples in the same run.
    const n = out.n;
    if (out.at + STRIDE * n + path.length > out.end) growFloats(out, STRIDE * n, STRIDE * n + path.length);
    const array = out.array;
    const at = out.at;
    const vertexAt = at + STRIDE * n;
    if (path.length > 0) array[vertexAt] = 0;
    for (let v = 1; v < path.length; v++) array[vertexAt + v] = vertices[v]!;
    closeFloats(out, STRIDE * n + path.length);
    return new SkinPath(array, at, n, vertexAt);
  }

  /** Frontal x of sample i. */
  xAt(i: number): number {
    return this.numbers[this.at + STRIDE * i + X]!;
  }

  /** Frontal y of sample i. */
  yAt(i: number): number {
    return this.numbers[this.at + STRIDE * i + Y]!;
  }

  /** Height of the skin at sample i. */
  zAt(i: number): number {
    return this.numbers[this.at + STRIDE * i + Z]!;
  }

  /** Skin distance from the start to sample i, millimetres. */
  distanceAt(i: number): number {
    return this.numbers[this.at + STRIDE * i + CUM]!;
  }

  /** Drawn (frontal) distance from the start to sample i, millimetres. */
  drawnAt(i: number): number {
    return this.numbers[this.at + STRIDE * i + DRAWN]!;
  }

  /** Sample index of polyline vertex i. */
  vertexSample(i: number): number {
    return this.numbers[this.vertexAt + i]!;
  }

  get length(): number {
    const n = this.sampleCount;
    return n === 0 ? 0 : this.distanceAt(n - 1);
  }

  /** Length of the polyline as drawn (frontal), millimetres. */
  get drawnLength(): number {
    const n = this.sampleCount;
    return n === 0 ? 0 : this.drawnAt(n - 1);
  }

  /** Skin distance from the start to polyline vertex i. */
  vertexDistance(i: number): number {
    return this.distanceAt(this.vertexSample(i));
  }

  /** Index of the sample segment holding skin distance s (binary search); clamps to the ends. */
  private segmentAt(s: number): number {
    let lo = 0;
    let hi = this.sampleCount - 1;
    if (hi <= 0) return 0;
    if (s <= 0) return 0;
    if (s >= this.distanceAt(hi)) return hi - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (this.distanceAt(mid) <= s) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  /** The frontal point at skin distance s from the start (clamped to the ends). */
  pointAt(s: number): FacePoint {
    const n = this.sampleCount;
    if (n === 0) return { x: 0, y: 0 };
    if (n === 1) return { x: this.xAt(0), y: this.yAt(0) };
    const i = this.segmentAt(s);
    const a = this.distanceAt(i);
    const b = this.distanceAt(i + 1);
    const t = b > a ? Math.min(1, Math.max(0, (s - a) / (b - a))) : 0;
    return { x: this.xAt(i) + t * (this.xAt(i + 1) - this.xAt(i)), y: this.yAt(i) + t * (this.yAt(i + 1) - this.yAt(i)) };
  }

  /** The point on the skin (with height) at skin distance s from the start. */
  point3At(s: number): Point3 {
    const n = this.sampleCount;
    if (n === 0) return { x: 0, y: 0, z: 0 };
    if (n === 1) return { x: this.xAt(0), y: this.yAt(0), z: this.zAt(0) };
    const i = this.segmentAt(s);
    const a = this.distanceAt(i);
    const b = this.distanceAt(i + 1);
    const t = b > a ? Math.min(1, Math.max(0, (s - a) / (b - a))) : 0;
    return {
      x: this.xAt(i) + t * (this.xAt(i + 1) - this.xAt(i)),
      y: this.yAt(i) + t * (this.yAt(i + 1) - this.yAt(i)),
      z: this.zAt(i) + t * (this.zAt(i + 1) - this.zAt(i)),
    };
  }

  /**
   * Skin distance along the path to the point that lies `frontalMm` along it in the frontal
   * diagram (what older plan files measured barbed sections in; see plan/migrations.ts).
   */
  skinDistanceAtFrontal(frontalMm: number): number {
    const n = this.sampleCount;
    if (n === 0) return 0;
    if (!(frontalMm > 0)) return 0;
    if (frontalMm >= this.drawnAt(n - 1)) return this.length;
    // Binary search for the sample segment holding the drawn distance; linear within it.
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (this.drawnAt(mid) < frontalMm) lo = mid;
      else hi = mid;
    }
    const seg = this.drawnAt(hi) - this.drawnAt(lo);
    const t = seg > 0 ? (frontalMm - this.drawnAt(lo)) / seg : 0;
    return this.distanceAt(lo) + t * (this.distanceAt(hi) - this.distanceAt(lo));
  }

  /**
   * Skin distance from the start of a point given in millimetres along the DRAWN path (how plans
   * store the barbed section): 0 before the start; past the end of the drawing (a barbed section
   * that overruns its path) the path's own skin-per-drawn ratio carries on, so the overrun can
   * still be stated in skin millimetres.
   */
  skinDistanceOfDrawn(drawnMm: number): number {
    if (!(drawnMm > 0)) return 0;
    const drawn = this.drawnLength;
    if (drawnMm <= drawn) return this.skinDistanceAtFrontal(drawnMm);
    return drawn > 0 ? (drawnMm * this.length) / drawn : drawnMm;
  }

  /** The part of the path between skin distances `from` and `to`, as a frontal polyline. */
  subPath(from: number, to: number): FacePoint[] {
    const a = Math.max(0, Math.min(from, this.length));
    const b = Math.max(a, Math.min(to, this.length));
    const out: FacePoint[] = [this.pointAt(a)];
    for (let i = 0; i < this.sampleCount; i++) if (this.distanceAt(i) > a && this.distanceAt(i) < b) out.push({ x: this.xAt(i), y: this.yAt(i) });
    out.push(this.pointAt(b));
    return out;
  }
}

/**
 * The path being lifted: its samples (STRIDE numbers each, side by side) written straight into
 * the run of a shared slab the SkinPath keeps (geometry/float-slabs.ts), which grows when a path
 * needs more room than was guessed. A scratch array copied into the slab afterwards cost a copy
 * of every number (about 6 % of the geometry of a full analysis).
 */
interface LiftRun extends FloatRun {
  /** Samples written. */
  n: number;
}

/** The run being lifted into, reused by every SkinPath.of (single-threaded: nothing interleaves). */
const lifting: LiftRun = { array: new Float64Array(0), at: 0, end: 0, n: 0 };
/** Sample index of each vertex of the path being lifted (index 0 is always sample 0). */
let vertexScratch = new Float64Array(512);

/** Makes room in the open run for `more` samples after its n. */
function roomFor(out: LiftRun, more: number): void {
  if (out.at + STRIDE * (out.n + more) > out.end) growFloats(out, STRIDE * out.n, STRIDE * (out.n + more));
}

/**
 * Lift one frontal segment a -> b and append its samples (not a itself). `field` is the surface's
 * height grid when it is one, asked directly (see FaceSurface.heightField); the samples are
 * written straight into the run, room for the most a step can make ensured before each step:
 * a call per sample and its five numbers as arguments was most of lifting's allocation (each
 * double passed on is a heap number).
 */
function appendSegment(surface: FaceSurface, field: HeightFieldSurface | null, a: FacePoint, b: FacePoint, out: LiftRun): void {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const frontal = Math.sqrt(dx * dx + dy * dy);
  let o = out.array;
  const last = out.at + STRIDE * (out.n - 1); // the sample before this segment
  const f0 = o[last + DRAWN]!;
  if (!Number.isFinite(frontal)) {
    // Never in a valid plan: keep the sample count sane and the lengths unchanged.
    roomFor(out, 1);
    o = out.array;
    const before = out.at + STRIDE * (out.n - 1);
    const i = before + STRIDE;
    o[i + X] = b.x;
    o[i + Y] = b.y;
    o[i + Z] = o[before + Z]!;
    o[i + CUM] = o[before + CUM]!;
    o[i + DRAWN] = f0;
    out.n++;
    return;
  }
  const steps = Math.max(1, Math.ceil(frontal / SUB_STEP_MM));
  let w = out.at + STRIDE * out.n; // where the next sample goes
  let px = a.x;
  let py = a.y;
  let pz = o[last + Z]!;
  let s = o[last + CUM]!;
  for (let k = 1; k <= steps; k++) {
    if (w + STRIDE * MAX_SPLIT > out.end) {
      out.n = (w - out.at) / STRIDE;
      roomFor(out, MAX_SPLIT);
      o = out.array;
      w = out.at + STRIDE * out.n;
    }
    const t = k / steps;
    const qx = k === steps ? b.x : a.x + dx * t;
    const qy = k === steps ? b.y : a.y + dy * t;
    const qz = field !== null ? field.heightAt(qx, qy) : surface.heightAt(qx, qy);
    const ex = qx - px;
    const ey = qy - py;
    const ez = qz - pz;
    const chord = Math.sqrt(ex * ex + ey * ey + ez * ez);
    if (chord > REFINE_CHORD_MM) {
      // Steep skin: split this step so the chords follow its curve.
      const parts = Math.min(MAX_SPLIT, Math.ceil(chord / REFINE_CHORD_MM));
      let rx = px;
      let ry = py;
      let rz = pz;
      for (let m = 1; m <= parts; m++) {
        const u = m / parts;
        const sx = m === parts ? qx : px + ex * u;
        const sy = m === parts ? qy : py + ey * u;
        const sz = m === parts ? qz : field !== null ? field.heightAt(sx, sy) : surface.heightAt(sx, sy);
        s += Math.sqrt((sx - rx) ** 2 + (sy - ry) ** 2 + (sz - rz) ** 2);
        o[w + X] = sx;
        o[w + Y] = sy;
        o[w + Z] = sz;
        o[w + CUM] = s;
        o[w + DRAWN] = f0 + frontal * ((k - 1 + u) / steps);
        w += STRIDE;
        rx = sx;
        ry = sy;
        rz = sz;
      }
    } else {
      s += chord;
      o[w + X] = qx;
      o[w + Y] = qy;
      o[w + Z] = qz;
      o[w + CUM] = s;
      o[w + DRAWN] = f0 + frontal * t;
      w += STRIDE;
    }
    px = qx;
    py = qy;
    pz = qz;
  }
  out.n = (w - out.at) / STRIDE;
}

/** Skin length of a frontal polyline, millimetres. */
export function surfaceLength(surface: FaceSurface, path: readonly FacePoint[]): number {
  return SkinPath.of(surface, path).length;
}

/** Straight-line (3-D) distance between the skin points over two frontal points, millimetres. */
export function chordDistance(surface: FaceSurface, a: FacePoint, b: FacePoint): number {
  return Math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2 + (surface.heightAt(a.x, a.y) - surface.heightAt(b.x, b.y)) ** 2);
}

/**
 * The shortest way over the skin between two frontal points, as a ruler or tape laid on the
 * skin would take it: a polyline pulled taut over the surface (each inner point moved to its
 * neighbours' midpoint, then back onto the skin along the normal), first coarse, then refined
 * to points about GEODESIC_SPACING_MM apart. Returns the frontal polyline and its skin length.
 * "Geodesic-ish": a local shortest path, started from the straight frontal line, which is what a
 * tape laid from one mark to the other finds too.
 */
export const GEODESIC_SPACING_MM = 2;

/** Most points of a geodesic: 128 segments (see the refinement below). */
const GEODESIC_MAX_POINTS = 129;

export function skinGeodesic(surface: FaceSurface, a: FacePoint, b: FacePoint): { path: FacePoint[]; lengthMm: number } {
  const straight = Math.hypot(b.x - a.x, b.y - a.y);
  // The height grid itself when the surface is one (FaceSurface.heightField): the relaxation
  // asks it tens of thousands of times per geodesic, each through the canonical surface's lazy
  // wrapper otherwise. The same numbers either way.
  const skin: FaceSurface = surface.heightField?.() ?? surface;
  const normal: MutablePoint3 = { x: 0, y: 0, z: 1 };
  const target = Math.max(2, Math.min(128, Math.ceil((surfaceLength(surface, [a, b]) || straight) / GEODESIC_SPACING_MM)));
  // The points as columns, each with its height, asked once when the point is made or moved:
  // relaxing a point reads both neighbours' heights, which were asked three times per point
  // and sweep as objects (a marking sheet's landmark distances were about a tenth of an export).
  const xs = new Float64Array(GEODESIC_MAX_POINTS);
  const ys = new Float64Array(GEODESIC_MAX_POINTS);
  const zs = new Float64Array(GEODESIC_MAX_POINTS);
  xs[0] = a.x;
  ys[0] = a.y;
  zs[0] = skin.heightAt(a.x, a.y);
  xs[1] = b.x;
  ys[1] = b.y;
  zs[1] = skin.heightAt(b.x, b.y);
  let n = 2;
  while (n - 1 < target) {
    // Refine: a midpoint between each pair (on the straight frontal line between them), filled
    // in place from the end.
    for (let i = n - 1; i >= 1; i--) {
      const qx = xs[i]!;
      const qy = ys[i]!;
      const qz = zs[i]!;
      const mx = (xs[i - 1]! + qx) / 2;
      const my = (ys[i - 1]! + qy) / 2;
      xs[2 * i] = qx;
      ys[2 * i] = qy;
      zs[2 * i] = qz;
      xs[2 * i - 1] = mx;
      ys[2 * i - 1] = my;
      zs[2 * i - 1] = skin.heightAt(mx, my);
    }
    n = 2 * n - 1;
    // Relax: pull each inner point toward its neighbours' 3-D midpoint, then onto the skin.
    for (let iter = 0; iter < 24; iter++) {
      let moved = 0;
      for (let i = 1; i < n - 1; i++) {
        const mx = (xs[i - 1]! + xs[i + 1]!) / 2;
        const my = (ys[i - 1]! + ys[i + 1]!) / 2;
        const mz = (zs[i - 1]! + zs[i + 1]!) / 2;
        // Back onto the skin along the normal at the skin point under the midpoint.
        const sz = skin.heightAt(mx, my);
        skin.normalAt(mx, my, normal);
        const off = (mz - sz) * normal.z; // signed distance of the midpoint from the skin's tangent plane
        const nxp = mx - off * normal.x;
        const nyp = my - off * normal.y;
        moved = Math.max(moved, Math.abs(nxp - xs[i]!) + Math.abs(nyp - ys[i]!));
        xs[i] = nxp;
        ys[i] = nyp;
        zs[i] = skin.heightAt(nxp, nyp);
      }
      if (moved < 1e-4) break;
    }
  }
  const pts: FacePoint[] = [a];
  for (let i = 1; i < n - 1; i++) pts.push({ x: xs[i]!, y: ys[i]! });
  pts.push(b);
  return { path: pts, lengthMm: surfaceLength(surface, pts) };
}

/** Skin distance between two frontal points along the skin (see skinGeodesic), millimetres. */
export function skinDistance(surface: FaceSurface, a: FacePoint, b: FacePoint): number {
  return skinGeodesic(surface, a, b).lengthMm;
}
