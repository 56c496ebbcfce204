import type { FacePoint } from '../../geometry/types';
import type { Point3 } from '../../surface/types';
import type { AtlasLookup } from '../atlas-lookup';
import type { Rule, ThreadRuleContext } from '../context';
import { makeFinding } from '../findings';
import { barbedMiddle } from '../highlight';
import { FLOATING_TENSION_MAX, rulePull, type RulePull } from '../holding';
import type { ThreadGeometry } from '../thread-geometry';
import type { FindingParam } from '../finding-text';
import type { Finding, Threshold } from '../types';

/**
 * Which way each lifting thread pulls: the pull holding.ts's rulePull gives every direction rule.
 * For a lift pulled from one end that is its traction, from the barbed section toward the fixation
 * point; a floating design (holding.ts) has no pull toward either end, so it is judged by the
 * axis of its barbed section oriented like a lift (upward): it never pulls "downward", and its
 * area notes come out the same whichever end it was entered from.
 *
 * 1. Against gravity (warning). Sagging tissue has descended: a lift pulls it back up. A vector
 *    that points down pulls tissue further down (domain.md lists "vector pointing with gravity
 *    instead of against it" among the failure modes). +y is down on the canonical face.
 * 2. The usual vector of its area (info, with the angle it is off by), from the designs
 *    practitioners use (issue 10, "Direction"):
 *    - midface: superolateral (up and out), or at a right angle to the nasolabial fold, which on
 *      the frontal face is also up and out; a pull that leans toward the midline drags the cheek
 *      toward the nose and the nasolabial fold;
 *    - jowl (jowl, jawline, marionette regions): across the jowl and the lower border of the jaw,
 *      up and back toward the fixed tissue in front of the ear, lifting the jowl off the jaw;
 *    - neck: along the jaw, parallel to its lower border.
 *    A thread belongs to the area where most of its barbed section lies. The jaw line is the
 *    chord from the gonion to the menton (atlas landmarks), and angles to it are measured on the
 *    skin (both lines lifted onto the face surface): in the frontal drawing the side of the face
 *    is foreshortened, so a pull up and back toward the ear looks vertical there.
 */

const BELOW_HORIZONTAL_MAX: Threshold = {
  name: 'belowHorizontalMaxDeg',
  value: 10,
  unit: 'deg',
  description: 'A lifting pull may point at most this far below the horizontal.',
  source:
    'design choice: a nearly horizontal pull (e.g. a jawline thread drawn slightly downward toward the ear) still tightens without dragging tissue down; beyond 10 degrees the downward part of the pull (sin 10 = 17%) starts to work with gravity.',
};

const MIDFACE_MEDIAL_MAX: Threshold = {
  name: 'midfaceMedialLeanMaxDeg',
  value: 10,
  unit: 'deg',
  description: 'A midface pull may lean this far past vertical toward the midline before it gets a note; superolateral pulls (up and out) are the usual midface vectors.',
  source:
    'issue 10 (vectors practitioners use): midface vectors superolateral or perpendicular to the nasolabial fold. 10 degrees is a design choice: about the precision with which a vector is drawn freehand, so a vertical vector drawn slightly off is not noted.',
};

const JOWL_JAW_ANGLE_MIN: Threshold = {
  name: 'jowlAngleToJawMinDeg',
  value: 25,
  unit: 'deg',
  description: 'A jowl pull should cross the jaw line (gonion to menton, on the skin), not run along it; below this angle it gets a note.',
  source:
    "issue 10 (vectors practitioners use): jowl vectors at a right angle to the jowl, i.e. across its fold and the jaw's lower border, up and back toward the fixed tissue in front of the ear (domain.md: pre-auricular fixation for jowl threads). Such a pull meets the gonion-menton chord at roughly 30-60 degrees on the skin, so a right angle to the jaw line itself is not the norm. 25 degrees is a design choice: below it the part of the pull that lifts off the jaw (sin 25 = 42%) is less than half the pull, and the rest slides the jowl along the jaw. The jaw border curves between the angle and the chin, so a thread laid exactly along the border near the angle measures about 18-20 degrees against the straight chord; 25 leaves room for that.",
};

const NECK_JAW_ANGLE_MAX: Threshold = {
  name: 'neckAngleToJawMaxDeg',
  value: 45,
  unit: 'deg',
  description: 'A neck thread should run parallel to the jaw line (gonion to menton, on the skin); above this angle it gets a note.',
  source:
    'issue 10 (vectors practitioners use): neck threads parallel to the mandible. 45 degrees is a design choice: the midpoint between parallel and perpendicular, beyond which the thread runs more across the neck than along the jaw.',
};

export const gravityDirection: Rule = {
  description: {
    id: 'gravity-direction',
    title: 'Pull direction',
    description:
      "Warns about lifting threads whose traction (from the barbs toward the fixation point) points downward beyond a small tolerance. Notes (info) a pull off the usual vector of its area, with the angle it is off by: midface pulls leaning toward the midline (superolateral is usual), jowl pulls running along the jaw line instead of across it, neck threads running across the jaw line instead of along it. A floating design (a bidirectional cog or cone thread with no fixation zone and at most floatingTensionMaxN of tension) pulls toward neither end: it is judged by the line of its barbed section, taken as pointing upward like a lift, so it never pulls downward and the end it was entered from does not change its notes.",
    thresholds: [BELOW_HORIZONTAL_MAX, MIDFACE_MEDIAL_MAX, JOWL_JAW_ANGLE_MIN, NECK_JAW_ANGLE_MAX, FLOATING_TENSION_MAX],
  },
  checkThread(g: ThreadGeometry, context: ThreadRuleContext): Finding[] {
    const out: Finding[] = [];
    const pull = rulePull(g);
    if (!g.isLifting || pull === null) return out;
    // (a floating design's axis points upward: never below the horizontal, never a downward warning)
    const below = (Math.asin(Math.max(-1, Math.min(1, pull.direction.y))) * 180) / Math.PI;
    if (below <= BELOW_HORIZONTAL_MAX.value) {
      const advice = areaAdvice(g, pull, context.lookup);
      if (advice) out.push(advice);
      return out;
    }
    out.push(
      makeFinding('gravity-direction', 'warning', {
        text: {
          id: 'gravity-direction.downward',
          params: {
            thread: { threads: [g.number], start: true },
            below: { deg: below },
            fix: { text: g.thread.fixationEnd === 'distal' ? 'gravity-direction.downward.anchorUpper' : 'gravity-direction.downward.fixAbove' },
          },
        },
        threads: [g.thread.id],
        // On the thread where its grip is centred (the traction starts at the barbed centroid,
        // which a bent path leaves off the thread).
        location: barbedMiddle(g) ?? pull.from,
        side: g.side,
        aspect: 'downward',
      }),
    );
    return out;
  },
};

type Area = 'midface' | 'jowl' | 'neck';

/** The area of the usual vectors where most of the thread's barbed section lies, if any. */
function areaOf(g: ThreadGeometry): Area | null {
  let midface = 0;
  let jowl = 0;
  let neck = 0;
  let total = 0;
  const samples = g.samples;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i]!;
    if (!s.barbed) continue;
    total++;
    const r = s.region;
    if (r === null) continue;
    if (r.kind === 'neck') neck++;
    else if (r.kind === 'jowl' || r.kind === 'jawline' || r.kind === 'marionette') jowl++;
    else if (r.area === 'midface') midface++;
  }
  // The most counted, the earlier of midface, jowl and neck on a tie.
  let best: Area = 'midface';
  let most = midface;
  if (jowl > most) {
    best = 'jowl';
    most = jowl;
  }
  if (neck > most) {
    best = 'neck';
    most = neck;
  }
  return most * 2 > total ? best : null;
}

/**
 * The note on a pull off its area's usual vector. Its fix tells a lift to move its fixation end,
 * a floating design (which has none) to lay its line differently.
 */
function areaAdvice(g: ThreadGeometry, pull: RulePull, lookup: AtlasLookup): Finding | null {
  const area = areaOf(g);
  if (area === null) return null;
  const thread = { threads: [g.number], start: true };
  const fixOf = (id: 'midface-medial' | 'jowl-along-jaw' | 'neck-across'): FindingParam => ({
    text: `gravity-direction.${id}.fix.${pull.axis ? 'floating' : 'anchored'}`,
  });
  if (area === 'midface') {
    const lean = pull.elevationDeg - 90;
    if (lean <= MIDFACE_MEDIAL_MAX.value) return null;
    const off = { deg: lean };
    return makeFinding('gravity-direction', 'info', {
      text: { id: 'gravity-direction.midface-medial', params: { thread, off, fix: fixOf('midface-medial') } },
      threads: [g.thread.id],
      location: placeOf(g, pull),
      side: g.side,
      aspect: 'midface-medial',
    });
  }
  const jaw = jawLine(lookup, g.side);
  if (jaw === null) return null;
  const angle = lineAngleDeg(chord(lookup, pull.from, pull.to), jaw);
  if (area === 'jowl') {
    if (angle >= JOWL_JAW_ANGLE_MIN.value) return null;
    const at = { deg: angle };
    return makeFinding('gravity-direction', 'info', {
      text: { id: 'gravity-direction.jowl-along-jaw', params: { thread, at, fix: fixOf('jowl-along-jaw') } },
      threads: [g.thread.id],
      location: placeOf(g, pull),
      side: g.side,
      aspect: 'jowl-along-jaw',
    });
  }
  // A neck thread's lay is its barbed section's own direction: its pull toward a mastoid anchor
  // behind and above the ear is steep whichever way the barbs lie under the jaw.
  const lay = barbedChord(g);
  const layAngle = lay === null ? angle : lineAngleDeg(lay, jaw);
  if (layAngle <= NECK_JAW_ANGLE_MAX.value) return null;
  const at = { deg: layAngle };
  return makeFinding('gravity-direction', 'info', {
    text: { id: 'gravity-direction.neck-across', params: { thread, at, fix: fixOf('neck-across') } },
    threads: [g.thread.id],
    location: placeOf(g, pull),
    side: g.side,
    aspect: 'neck-across-jaw',
  });
}

/** Where an area finding is shown: the middle of the barbed section (the pull's start when none). Found only for a finding. */
const placeOf = (g: ThreadGeometry, pull: RulePull): FacePoint => barbedMiddle(g) ?? pull.from;

/** The jaw line on the skin, gonion to menton, or null when the atlas lacks the landmarks. */
function jawLine(lookup: AtlasLookup, side: 'right' | 'left'): Point3 | null {
  // Per atlas (its landmarks and surface): the same two lines for every thread.
  let lines = jawLines.get(lookup);
  if (lines === undefined) {
    lines = { right: jawLineOf(lookup, 'right'), left: jawLineOf(lookup, 'left') };
    jawLines.set(lookup, lines);
  }
  return lines[side];
}

const jawLines = new WeakMap<AtlasLookup, { readonly right: Point3 | null; readonly left: Point3 | null }>();

function jawLineOf(lookup: AtlasLookup, side: 'right' | 'left'): Point3 | null {
  const gonion = lookup.atlas.landmarks[`gonion-${side}`];
  const menton = lookup.atlas.landmarks['menton'];
  if (gonion === undefined || menton === undefined) return null;
  return chord(lookup, gonion, menton);
}

/** From the first to the last barbed sample, on the skin, or null for a thread without two. */
function barbedChord(g: ThreadGeometry): Point3 | null {
  const samples = g.samples;
  let first = -1;
  let last = -1;
  for (let i = 0; i < samples.length; i++) {
    if (!samples[i]!.barbed) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0 || last === first) return null;
  const a = samples[first]!;
  const b = samples[last]!;
  return { x: b.x - a.x, y: b.y - a.y, z: b.z - a.z };
}

/** From `a` to `b`, both lifted onto the skin. */
function chord(lookup: AtlasLookup, a: FacePoint, b: FacePoint): Point3 {
  // (a lifted point is the frontal point with the skin's height there: FaceSurface.lift)
  const surface = lookup.surface;
  return { x: b.x - a.x, y: b.y - a.y, z: surface.heightAt(b.x, b.y) - surface.heightAt(a.x, a.y) };
}

/** The angle between two lines (directions either way), 0-90 degrees. */
function lineAngleDeg(a: Point3, b: Point3): number {
  const la = Math.hypot(a.x, a.y, a.z);
  const lb = Math.hypot(b.x, b.y, b.z);
  if (la < 1e-9 || lb < 1e-9) return 90;
  const cos = Math.abs(a.x * b.x + a.y * b.y + a.z * b.z) / (la * lb);
  return (Math.acos(Math.min(1, cos)) * 180) / Math.PI;
}
