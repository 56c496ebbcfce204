import type { Muscle, MuscleKind } from '../../atlas/types';
import type { FacePoint } from '../../geometry/types';
import { angleBetweenDeg, cross, dot, lineCrossingAngleDeg } from '../../geometry/vec';
import type { Rule, ThreadRuleContext } from '../context';
import { makeFinding } from '../findings';
import { rulePull } from '../holding';
import type { AtlasLookup } from '../atlas-lookup';
import { OutlineCells } from '../outline-cells';
import type { ThreadGeometry } from '../thread-geometry';
import type { Finding, Threshold } from '../types';
import type { FindingParam } from '../finding-text';

/**
 * Trajectories that do not follow the movement vectors of the mimetic muscles distort
 * expression: an uneven or restricted smile (domain.md). The risk is a barbed segment crossing a
 * mobile muscle steeply, a pull against the muscle's action, or barbs inside a ring muscle.
 * Line muscles are checked when the atlas marks them highly mobile (the masseter, platysma and
 * depressor move the skin less in expression, and lifting against the platysma is the point of a
 * neck lift); ring muscles whenever they are not marked low.
 */

const CROSSING_ANGLE: Threshold = {
  name: 'crossingAngleMaxDeg',
  value: 45,
  unit: 'deg',
  description: "Barbs crossing a mobile muscle's action line more steeply than this restrict its movement.",
  source:
    'design choice: beyond 45 degrees a segment runs more across the fibres than along them. Zygomaticus major runs at about 59 degrees to the Frankfort horizontal (range 41-72, domain.md), so midface vectors laid along it stay well inside the limit.',
};

const AGAINST_ANGLE: Threshold = {
  name: 'againstActionMinDeg',
  value: 120,
  unit: 'deg',
  description: "A pull whose direction differs from the muscle's action by more than this works against the muscle.",
  source: 'design choice: at 120 degrees half of the pull opposes the muscle (cos 120 = -0.5).',
};

const MIN_RUN: Threshold = {
  name: 'minConflictLengthMm',
  value: 5,
  unit: 'mm',
  description: 'Barbs must meet the muscle over at least this length (along the path) to count.',
  source: 'design choice: brushing the edge of a muscle outline, whose position varies between people, is not flagged; 5 mm is a few barbs.',
};

/** What each muscle does, for the explanation. */
/** What each muscle does, in words (messages/*.ts, muscle-conflict.action.*). */
const actionWords = (kind: MuscleKind): FindingParam => ({ text: `muscle-conflict.action.${kind}` });

interface Conflict {
  readonly muscle: Muscle;
  crossingMm: number;
  crossingAngle: number;
  crossingPoint: FacePoint | null;
  insideMm: number;
  insidePoint: FacePoint | null;
}

export const muscleConflict: Rule = {
  description: {
    id: 'muscle-conflict',
    title: 'Conflict with a facial muscle',
    description:
      'Flags barbed segments that cross a highly mobile mimetic muscle steeply, pulls that work against its action, and barbs inside a ring muscle (orbicularis oculi or oris). Muscle positions and mobility come from the atlas. A floating design (a bidirectional cog or cone thread with no fixation zone and the usual setting tension) pulls toward neither end, so it is never said to pull against a muscle; its barbs are checked like any other.',
    thresholds: [CROSSING_ANGLE, AGAINST_ANGLE, MIN_RUN],
  },
  checkThread(g: ThreadGeometry, context: ThreadRuleContext): Finding[] {
    const out: Finding[] = [];
    if (g.barbed === null) return out;
    for (const c of conflictsOf(g, context)) {
      const finding = toFinding(g, c);
      if (finding) out.push(finding);
    }
    return out;
  },
};

/** Ring muscles are checked whenever they move the face at all; line muscles when highly mobile. */
const isChecked = (muscle: Muscle): boolean => (muscle.ring ? muscle.mobility !== 'low' : muscle.mobility === 'high');

/**
 * A segment whose angle to the action line has a tangent below CROSSING_ANGLE's by this factor
 * is clearly along it and skips the exact angle: a margin far beyond the rounding of either
 * computation, so every segment skipped is one whose exact angle would not pass the limit.
 */
const CROSSING_TAN = Math.tan((CROSSING_ANGLE.value * Math.PI) / 180);
const ALONG_MARGIN = 1 + 1e-6;

/** The midpoint of the segment being checked; reused (the lookup does not keep it) and copied when stored. */
const mid = { x: 0, y: 0 };

/** Per atlas lookup: where a checked muscle may be (outline-cells.ts: 0 there, Infinity elsewhere). */
const checkedCells = new WeakMap<AtlasLookup, OutlineCells>();

function checkedCellsOf(lookup: AtlasLookup): OutlineCells {
  let cells = checkedCells.get(lookup);
  if (cells === undefined) {
    cells = new OutlineCells(
      lookup.outlineIndex('muscles'),
      lookup.atlas.muscles.map((m) => (isChecked(m) ? 0 : Infinity)),
    );
    checkedCells.set(lookup, cells);
  }
  return cells;
}

function conflictsOf(g: ThreadGeometry, context: ThreadRuleContext): Conflict[] {
  // One per muscle kind met, in the order met: a path across the midline meets both halves of a
  // muscle as one muscle. A thread meets a handful at most.
  let found: Conflict[] | null = null;
  const cells = checkedCellsOf(context.lookup);
  const samples = g.samples;
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    if (!a.barbed || !b.barbed) continue;
    const length = b.s - a.s;
    if (length <= 0) continue;
    mid.x = (a.x + b.x) / 2;
    mid.y = (a.y + b.y) / 2;
    // No checked muscle can hold the midpoint: most barbed segments stop here.
    if (cells.leastAt(mid) === Infinity) continue;
    const muscles = context.lookup.musclesAt(mid);
    for (let m = 0; m < muscles.length; m++) {
      const muscle = muscles[m]!;
      if (!isChecked(muscle)) continue;
      found ??= [];
      let c: Conflict | undefined;
      for (let k = 0; k < found.length; k++) if (found[k]!.muscle.kind === muscle.kind) c = found[k];
      if (!c) {
        c = { muscle, crossingMm: 0, crossingAngle: 0, crossingPoint: null, insideMm: 0, insidePoint: null };
        found.push(c);
      }
      c.insideMm += length;
      c.insidePoint ??= { x: mid.x, y: mid.y };
      if (muscle.ring) continue;
      const action = { x: muscle.action.to.x - muscle.action.from.x, y: muscle.action.to.y - muscle.action.from.y };
      const along = { x: b.x - a.x, y: b.y - a.y };
      // Clearly along the action line (tan of the angle well under the limit's): no crossing,
      // and the exact angle is not needed.
      if (Math.abs(cross(along, action)) * ALONG_MARGIN < Math.abs(dot(along, action)) * CROSSING_TAN) continue;
      const angle = lineCrossingAngleDeg(along, action) ?? 0;
      if (angle > CROSSING_ANGLE.value) {
        c.crossingMm += length;
        c.crossingAngle = Math.max(c.crossingAngle, angle);
        c.crossingPoint ??= { x: mid.x, y: mid.y };
      }
    }
  }
  if (found === null) return [];
  return found.sort((x, y) => (x.muscle.kind < y.muscle.kind ? -1 : x.muscle.kind > y.muscle.kind ? 1 : 0));
}

function toFinding(g: ThreadGeometry, c: Conflict): Finding | null {
  const muscle = { muscle: c.muscle.kind };
  const action = actionWords(c.muscle.kind);
  const thread = { threads: [g.number], start: true };
  if (c.muscle.ring) {
    if (c.insideMm < MIN_RUN.value) return null;
    return makeFinding('muscle-conflict', 'warning', {
      threads: [g.thread.id],
      side: g.side,
      text: { id: 'muscle-conflict.ring', params: { thread, muscle, action, insideMm: { mm: c.insideMm } } },
      location: c.insidePoint,
      aspect: `ring:${c.muscle.kind}`,
    });
  }
  if (c.crossingMm >= MIN_RUN.value) {
    return makeFinding('muscle-conflict', 'warning', {
      threads: [g.thread.id],
      side: g.side,
      text: {
        id: 'muscle-conflict.crossing',
        params: { thread, muscle, action, angle: { deg: c.crossingAngle }, crossingMm: { mm: c.crossingMm }, maxAngle: { deg: CROSSING_ANGLE.value } },
      },
      location: c.crossingPoint,
      aspect: `crossing:${c.muscle.kind}`,
    });
  }
  // The pull every direction rule judges (holding.ts). A floating design's is a line with no
  // sense: it pulls toward neither end, so it cannot pull against the action (a line is at most
  // 90 degrees from it); its barbs' lay is still checked above.
  const pull = rulePull(g);
  if (pull === null || pull.axis || pull.magnitudeN === 0 || c.insideMm < MIN_RUN.value) return null;
  const actionLine = { x: c.muscle.action.to.x - c.muscle.action.from.x, y: c.muscle.action.to.y - c.muscle.action.from.y };
  const angle = angleBetweenDeg(pull.direction, actionLine);
  if (angle === null || angle <= AGAINST_ANGLE.value) return null;
  return makeFinding('muscle-conflict', 'warning', {
    threads: [g.thread.id],
    side: g.side,
    text: { id: 'muscle-conflict.against', params: { thread, muscle, action, angle: { deg: angle } } },
    location: c.insidePoint,
    aspect: `against:${c.muscle.kind}`,
  });
}
