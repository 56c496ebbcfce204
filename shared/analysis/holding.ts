import type { ThreadType } from '../catalogue/types';
import type { Thread } from '../plan/types';
import { elevationDeg, type ThreadGeometry, type Traction } from './thread-geometry';
import type { Threshold } from './types';

/**
 * How a thread holds (domain.md, fixation): bidirectional cogs and two-way cone threads grip
 * against themselves, so placed with no anchor and the usual setting tension they are a floating
 * design, not an anchored lift. Shared by the rules that ask what a thread's fixation end does:
 * weak-fixation (a floating design is a note, not a fault) and the cheekbone rule (a floating
 * design is not anchored where its fixation end happens to lie), and rulePull below, the direction
 * every direction rule judges.
 */

export const FLOATING_TENSION_MAX: Threshold = {
  name: 'floatingTensionMaxN',
  value: 1,
  unit: 'N',
  description:
    'A self-anchoring (bidirectional cog or cone) thread with no fixation zone and at most this tension is a floating design: it pulls toward neither end, so weak-fixation gives it an info note and the direction rules judge the line of its barbed section, taken as pointing upward like a lift, whichever end it was entered from. With more tension it is a lift pulled from one end: its fixation end must hold, and its direction is that pull.',
  source:
    "design choice: the usual setting tension of about 1 N per thread (over-tension rule: about 2.2 mm of displacement) is what gathers tissue onto opposed barbs; more than that pulls the tissue toward one end, and the far barb group alone, in mobile tissue, has to carry it. The self-holding of bidirectional barbs and the higher complication rate of floating designs: shared/domain.md (fixation). Taking a floating thread's line as pointing upward is also a design choice: the practitioner advances the tissue up onto the opposed barbs, so the line holds a lift, and no verdict may depend on the end the thread was entered from.",
};

/**
 * Barbs that hold both ways: bidirectional cogs, and cone threads (the catalogue's cone threads
 * are double-needle sutures whose cones face the middle from both ends).
 */
export const holdsBothWays = (type: ThreadType | null): boolean =>
  type !== null && (type.configuration === 'cog-bi' || type.configuration === 'cone');

/** A self-anchoring thread placed with no anchor and no more than the usual setting tension (the drawing asks too). */
export const isFloatingThread = (thread: Thread, type: ThreadType | null): boolean =>
  holdsBothWays(type) && thread.fixationZoneId === null && thread.tensionN <= FLOATING_TENSION_MAX.value;

/** isFloatingThread of a thread's geometry. */
export const isFloatingDesign = (g: ThreadGeometry): boolean => isFloatingThread(g.thread, g.type);

/**
 * The pull a DIRECTION rule judges, one way for all of them (gravity-direction, asymmetry, the
 * sides' resultants in metrics.ts, muscle-conflict's against-the-action check, the cheekbone
 * rule's traction lines in malar.ts). Kept on the geometry: it is immutable and asked for by
 * several rules.
 *
 * - A lift pulled from one end (a unidirectional cog, or a self-anchoring thread with a fixation
 *   zone or tensioned above FLOATING_TENSION_MAX): its traction, from the barbed centroid toward
 *   the fixation point. Which end is fixed decides the direction.
 * - A floating design (isFloatingDesign): its barbs grip the tissue against each other, so it has
 *   no pull toward either end and the end it was entered from says nothing about its direction.
 *   What it has is an AXIS, the line its barbed section lies on (first barbed point to last): the
 *   tissue is gathered onto the barbs along that line. A line has no sense, so it is given the
 *   one of a lift: pointing UPWARD (a horizontal one laterally), because the practitioner
 *   advances the tissue up onto the barbs (nobody sets a thread to hold tissue lowered). So it is
 *   never "below the horizontal", the area vectors judge its line, and entering the same thread
 *   from the other end changes nothing. A rule that must not treat a line as a pull (a sum of
 *   pulls, a pull against a muscle) reads `axis` (true for an axis, false for a traction). Its strength is the same capped tension as its
 *   traction. Null when its barbed section has no length in the frontal view.
 */
export type RulePull = Traction;

export function rulePull(g: ThreadGeometry): RulePull | null {
  let pull = g.memo.pull;
  if (pull === undefined) {
    pull = pullOf(g);
    g.memo.pull = pull;
  }
  return pull;
}

function pullOf(g: ThreadGeometry): RulePull | null {
  const traction = g.traction;
  if (traction === null) return null;
  // (the traction itself, not a copy: a copy of each thread's traction was a measurable share of a 10-thread run)
  if (!isFloatingDesign(g)) return traction;
  const barbed = g.barbed!;
  let from = barbed.startPoint;
  let to = barbed.endPoint;
  let dx = to.x - from.x;
  let dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len < 1e-6) return null;
  // Upward (+y is down); a horizontal axis points laterally (+x on the left, -x on the right).
  const lateral = g.side === 'right' ? -dx : dx;
  if (dy > 0 || (dy === 0 && lateral < 0)) {
    [from, to] = [to, from];
    dx = -dx;
    dy = -dy;
  }
  const direction = { x: dx / len, y: dy / len };
  return {
    from,
    to,
    direction,
    magnitudeN: traction.magnitudeN,
    x: direction.x * traction.magnitudeN,
    y: direction.y * traction.magnitudeN,
    elevationDeg: elevationDeg(g.side, direction.x, direction.y),
    axis: true,
  };
}
