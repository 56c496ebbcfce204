import { fixationZoneAt, indexAtlas } from '../atlas/queries';
import type { ThreadType } from '../catalogue/types';
import { polylineLength } from '../geometry/polyline';
import type { FacePoint } from '../geometry/types';
import type { PlanDocument, Thread } from '../plan/types';
import { locate, nodesNear, type Location } from './mesh';
import type { TissueModel } from './model';

/**
 * What a plan does to the tissue: nodal forces and the nodes its anchors pin.
 *
 * A thread under tension T grips the tissue with its barbs or cones and pulls it toward its
 * fixation end. Along the path the tension in the thread rises from 0 beyond the last barb (on
 * the side away from the anchor) to T between the barbs and the anchor: evenly along a barbed
 * section, in equal steps at the cones of a cone thread. Wherever the tension changes, or the
 * path bends, the thread pushes on the tissue; at each point of the path the force on the tissue
 * is T_out * e_out - T_in * e_in (the tensions and directions of the two pieces of thread meeting
 * there). So the barbs pull the tissue they hold toward the anchor and a curve in the thread
 * presses on the tissue on the inside of the bend.
 *
 * At the fixation end:
 * - in a fixation zone (deep temporal fascia, zygomatic arch, lateral orbital rim) the thread is
 *   held by the fascia or periosteum: the anchor force goes to bone, and the tissue at the
 *   anchor is pinned (the anchoring bite holds it);
 * - anywhere else the anchor is soft tissue: the thread pulls that tissue back toward the barbs,
 *   spread over the last ANCHOR_HOLD_MM of the path. The forces on the tissue then add up to
 *   zero: the thread only squeezes the tissue between its barbs and its anchor.
 * Smooth threads (mono, screw) hold nothing and add no load; tension beyond what the thread
 * type holds tears the barbs through, so the load is capped at the type's holding force (as in
 * the analysis' traction).
 */

/** Path resolution of the load, millimetres. Design choice: well under the mesh spacing. */
export const LOAD_STEP_MM = 1;

/**
 * Length over which a soft-tissue anchor grips, millimetres. Design choice: about one mesh
 * spacing plus the bite of a knot or the last barbs; it keeps a floating anchor from acting on
 * a single mesh point, whose strain would then depend on the mesh rather than the plan.
 */
export const ANCHOR_HOLD_MM = 5;

/**
 * Smallest radius a thread's course can bend with, millimetres. A thread is laid through a needle
 * or cannula, which cannot turn a sharp corner: each corner of the drawn path is taken as an arc
 * of this radius (or the largest that fits between its neighbours). Design choice; without it the
 * whole push of a bend would act on one point of the mesh.
 */
export const BEND_RADIUS_MM = 10;

/** Tissue within this distance of an anchor in a fixation zone is pinned. Design choice: one bite. */
export const ANCHOR_PIN_RADIUS_MM = 3;

export interface PlanLoads {
  /** Generalised nodal forces on the diagram degrees of freedom (x, y per node), newtons. */
  readonly forces: Float64Array;
  /** Nodes pinned by anchors in fixation zones, ascending, no duplicates. */
  readonly anchorPins: Int32Array;
  /** Threads that load the tissue (lifting, with a barbed section and tension). */
  readonly loadedThreadIds: readonly string[];
  /** The pull those threads apply on each side (tension, capped at what each type holds), newtons. */
  readonly pullN: { readonly right: number; readonly left: number };
}

const isSmooth = (type: ThreadType | null): boolean => type !== null && (type.configuration === 'mono' || type.configuration === 'screw');

export function planLoads(model: TissueModel, plan: PlanDocument, catalogue: readonly ThreadType[]): PlanLoads {
  const forces = new Float64Array(model.mesh.nodeCount * 2);
  const pins = new Set<number>();
  const loaded: string[] = [];
  const pullN = { right: 0, left: 0 };
  const types = new Map(catalogue.map((t) => [t.id, t]));
  for (const thread of plan.threads) {
    const type = types.get(thread.typeId) ?? null;
    const pull = addThreadLoad(model, thread, type, forces, pins);
    if (pull > 0) {
      loaded.push(thread.id);
      pullN[thread.side] += pull;
    }
  }
  return { forces, anchorPins: Int32Array.from([...pins].sort((a, b) => a - b)), loadedThreadIds: loaded, pullN };
}

/** Adds one thread's load; returns the tension it applies (0 when it loads nothing). */
export function addThreadLoad(model: TissueModel, thread: Thread, type: ThreadType | null, forces: Float64Array, pins: Set<number>): number {
  if (isSmooth(type) || thread.barbed === null || thread.path.length < 2) return 0;
  if (type !== null && type.purpose !== 'lifting') return 0;
  const tension = Math.min(Math.max(0, thread.tensionN), type?.holdingForceN ?? Infinity);
  if (!(tension > 0)) return 0;

  const drawnLength = polylineLength(thread.path);
  if (!(drawnLength > 0) || !Number.isFinite(drawnLength)) return 0;
  const path = roundCorners(thread.path, BEND_RADIUS_MM);
  const cum = [0];
  for (let i = 1; i < path.length; i++) cum.push(cum[i - 1]! + Math.hypot(path[i]!.x - path[i - 1]!.x, path[i]!.y - path[i - 1]!.y));
  const length = cum[cum.length - 1]!;
  // The barbed section is given along the drawn path; rounding the corners shortens it a little.
  const k = length / drawnLength;
  const barbStart = Math.max(0, Math.min(thread.barbed.startMm * k, length));
  const barbEnd = Math.max(0, Math.min(thread.barbed.endMm * k, length));
  if (!(barbEnd > barbStart)) return 0;

  const anchorAtEntry = thread.fixationEnd === 'entry';
  const anchorPoint = anchorAtEntry ? path[0]! : path[path.length - 1]!;
  const anchoredToBone = fixationZoneAt(indexAtlas(model.atlas), anchorPoint) !== null;
  const cones = type?.configuration === 'cone' && type.coneCount !== null && type.coneCount > 0 ? type.coneCount : 0;

  // Distance from the anchor, and the barbed section in those terms (near edge, far edge).
  const fromAnchor = (s: number): number => (anchorAtEntry ? s : length - s);
  const near = Math.min(fromAnchor(barbStart), fromAnchor(barbEnd));
  const far = Math.max(fromAnchor(barbStart), fromAnchor(barbEnd));
  /** Share of the tension carried by the thread at distance a from the anchor. */
  const carried = (a: number): number => {
    let share: number;
    if (a <= near) share = 1;
    else if (a >= far) share = 0;
    else if (cones > 0) {
      // Cones sit at the centres of `cones` equal stretches; count those beyond a.
      const beyond = Math.ceil(((far - a) / (far - near)) * cones - 0.5);
      share = Math.max(0, Math.min(cones, beyond)) / cones;
    } else share = (far - a) / (far - near);
    if (!anchoredToBone) share = Math.min(share, a / ANCHOR_HOLD_MM);
    return share;
  };

  // Break points where the tension steps: the barb ends, the cones, the end of a soft anchor's hold.
  const breaks: number[] = [barbStart, barbEnd];
  if (!anchoredToBone) breaks.push(anchorAtEntry ? Math.min(ANCHOR_HOLD_MM, length) : Math.max(0, length - ANCHOR_HOLD_MM));
  for (let c = 0; c < cones; c++) {
    const a = near + ((far - near) * (c + 0.5)) / cones;
    breaks.push(anchorAtEntry ? a : length - a);
  }
  breaks.sort((a, b) => a - b);
  const { s, points } = samplePath(path, cum, breaks);

  // Each piece's pull, as a generalised force on the diagram unknowns (x, y per piece).
  const last = s.length - 1;
  const pull = new Float64Array(2 * last);
  const located: (Location | null | undefined)[] = new Array(s.length);
  const at = (i: number): Location | null => (located[i] === undefined ? (located[i] = locate(model.mesh, points[i]!)) : located[i]!);
  let any = false;
  for (let i = 0; i < last; i++) {
    const t = tension * carried(fromAnchor((s[i]! + s[i + 1]!) / 2));
    if (t === 0) continue;
    const where = at(i) ?? at(i + 1);
    if (!where) continue;
    const [gx, gy] = alongSkin(model, where.triangle, points[i]!, points[i + 1]!, t);
    pull[2 * i] = gx;
    pull[2 * i + 1] = gy;
    any = true;
  }
  if (!any) return tension;
  // The net force at each point: the piece after it pulls the tissue forward, the piece before it back.
  for (let i = 0; i <= last; i++) {
    const fx = (i < last ? pull[2 * i]! : 0) - (i > 0 ? pull[2 * i - 2]! : 0);
    const fy = (i < last ? pull[2 * i + 1]! : 0) - (i > 0 ? pull[2 * i - 1]! : 0);
    if (fx === 0 && fy === 0) continue;
    // At a bone anchor the thread's pull goes into the fascia or periosteum, not the membrane.
    if (anchoredToBone && i === (anchorAtEntry ? 0 : last)) continue;
    spread(model, at(i), fx, fy, forces);
  }

  if (anchoredToBone) {
    const near = nodesNear(model.mesh, anchorPoint, ANCHOR_PIN_RADIUS_MM);
    for (const n of near) pins.add(n);
    if (near.length === 0) {
      const hit = at(anchorAtEntry ? 0 : last);
      if (hit) pins.add(model.mesh.triangles[3 * hit.triangle + (hit.w0 >= hit.w1 && hit.w0 >= hit.w2 ? 0 : hit.w1 >= hit.w2 ? 1 : 2)]!);
    }
  }
  return tension;
}

/**
 * Points along the path: every vertex, every break, and enough in between that no piece is
 * longer than LOAD_STEP_MM. `breaks` must be sorted.
 */
function samplePath(path: readonly FacePoint[], cum: readonly number[], breaks: readonly number[]): { s: number[]; points: FacePoint[] } {
  const s: number[] = [0];
  const points: FacePoint[] = [path[0]!];
  let b = 0;
  const push = (v: number, p: FacePoint) => {
    if (v - s[s.length - 1]! > 1e-9) {
      s.push(v);
      points.push(p);
    }
  };
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!;
    const c = path[i]!;
    const from = cum[i - 1]!;
    const to = cum[i]!;
    const len = to - from;
    const cuts: number[] = [];
    while (b < breaks.length && breaks[b]! <= to) {
      if (breaks[b]! > from) cuts.push(breaks[b]!);
      b++;
    }
    const steps = Math.max(1, Math.ceil(len / LOAD_STEP_MM));
    let c0 = 0;
    for (let k = 1; k <= steps; k++) {
      const v = from + (len * k) / steps;
      while (c0 < cuts.length && cuts[c0]! < v - 1e-9) {
        const t = (cuts[c0]! - from) / len;
        push(cuts[c0]!, { x: a.x + (c.x - a.x) * t, y: a.y + (c.y - a.y) * t });
        c0++;
      }
      push(v, k === steps ? c : { x: a.x + ((c.x - a.x) * k) / steps, y: a.y + ((c.y - a.y) * k) / steps });
    }
  }
  return { s, points };
}

/** The path with each interior corner replaced by a circular arc of at most `radius` (LOAD_STEP_MM pieces). */
export function roundCorners(path: readonly FacePoint[], radius: number): FacePoint[] {
  if (path.length < 3) return [...path];
  const out: FacePoint[] = [path[0]!];
  for (let i = 1; i + 1 < path.length; i++) {
    const p = path[i - 1]!;
    const c = path[i]!;
    const q = path[i + 1]!;
    const l1 = Math.hypot(c.x - p.x, c.y - p.y);
    const l2 = Math.hypot(q.x - c.x, q.y - c.y);
    if (l1 === 0 || l2 === 0) continue;
    const u = { x: (c.x - p.x) / l1, y: (c.y - p.y) / l1 };
    const v = { x: (q.x - c.x) / l2, y: (q.y - c.y) / l2 };
    const turn = Math.acos(Math.max(-1, Math.min(1, u.x * v.x + u.y * v.y)));
    if (turn < 1e-6) {
      out.push(c);
      continue;
    }
    // Tangent length of the arc, limited to half of each neighbouring piece.
    const tangent = Math.min(radius * Math.tan(turn / 2), l1 / 2, l2 / 2);
    const r = tangent / Math.tan(turn / 2);
    const steps = Math.max(2, Math.ceil((r * turn) / LOAD_STEP_MM));
    const start = { x: c.x - u.x * tangent, y: c.y - u.y * tangent };
    const end = { x: c.x + v.x * tangent, y: c.y + v.y * tangent };
    // A quadratic Bezier with control point c is close to the arc for the turns threads make.
    for (let k = 0; k <= steps; k++) {
      const t = k / steps;
      const a = (1 - t) * (1 - t);
      const b = 2 * (1 - t) * t;
      const d = t * t;
      out.push({ x: a * start.x + b * c.x + d * end.x, y: a * start.y + b * c.y + d * end.y });
    }
  }
  out.push(path[path.length - 1]!);
  return out;
}

/**
 * A piece of thread from p to q under tension t pulls the tissue at p toward q (and at q toward
 * p). The pull acts along the skin: with the triangle's affine map A (diagram -> tangent plane),
 * the generalised force on the diagram unknowns is t * A^T e, e the unit direction of A (q - p).
 */
function alongSkin(model: TissueModel, triangle: number, p: FacePoint, q: FacePoint, t: number): [number, number] {
  const a = model.elements.affine;
  const o = 4 * triangle;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const lx = a[o]! * dx + a[o + 1]! * dy;
  const ly = a[o + 2]! * dx + a[o + 3]! * dy;
  const len = Math.hypot(lx, ly);
  if (len === 0) return [0, 0];
  return [(t * (a[o]! * lx + a[o + 2]! * ly)) / len, (t * (a[o + 1]! * lx + a[o + 3]! * ly)) / len];
}

/** A point force shared among its triangle's nodes by barycentric weight; off the mesh it loads nothing. */
function spread(model: TissueModel, at: Location | null, fx: number, fy: number, forces: Float64Array): void {
  if (!at) return;
  const tri = model.mesh.triangles;
  const weights = [at.w0, at.w1, at.w2];
  for (let k = 0; k < 3; k++) {
    const n = tri[3 * at.triangle + k]!;
    forces[2 * n]! += weights[k]! * fx;
    forces[2 * n + 1]! += weights[k]! * fy;
  }
}
