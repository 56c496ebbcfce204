import type { FacePoint } from '../geometry/types';
import { englishSidedName } from './names';
import { mirrorId, mirrorPoints, mirrorX, withMirrors } from './mirror';
import { ellipse, spindle } from './shapes';
import type { Mobility, Muscle, MuscleKind } from './types';

/**
 * Mimetic muscles (and masseter) of the patient's left side; the right side is their mirror.
 * Each `action` runs from the insertion (the soft tissue the muscle moves) toward its origin, so
 * it is the direction the muscle pulls the skin. Outlines are schematic bands around that line.
 * Action lines: shared/domain.md (key action lines of the mimetic muscles). Mobility is a design
 * choice: high for the muscles of smiling and brow movement, medium for the sphincters, depressor
 * and platysma, low for the masticatory masseter under the fixed lateral face.
 */

const p = (x: number, y: number): FacePoint => ({ x, y });

interface MuscleSpec {
  readonly kind: MuscleKind;
  readonly outline: readonly FacePoint[];
  readonly from: FacePoint;
  readonly to: FacePoint;
  readonly ring?: boolean;
  readonly mobility: Mobility;
  readonly source: string;
}

const ZYG_MAJOR_FROM = p(27, 71);
// 59 deg to the horizontal (published mean, range 41-72): dx 26, dy -44 -> atan(44/26) = 59.4 deg
const ZYG_MAJOR_TO = p(53, 27);

const LEFT_SPECS: readonly MuscleSpec[] = [
  {
    kind: 'zygomaticus-major',
    from: ZYG_MAJOR_FROM,
    to: ZYG_MAJOR_TO,
    outline: spindle(ZYG_MAJOR_FROM, ZYG_MAJOR_TO, 4.5),
    mobility: 'high',
    source: 'Action from the mouth corner up and out to the zygoma at about 59 deg to the Frankfort horizontal (range 41-72): shared/domain.md. Drawn at 59.4 deg from the modiolus to the zygomatic body.',
  },
  {
    kind: 'zygomaticus-minor',
    from: p(19, 61),
    to: p(40, 21),
    outline: spindle(p(19, 61), p(40, 21), 3),
    mobility: 'high',
    source: 'Lifts the upper lip toward the zygoma, medial to and a little steeper than zygomaticus major: shared/domain.md (key action lines). Position: design choice.',
  },
  {
    kind: 'levator-labii-superioris',
    from: p(13, 59),
    to: p(23, 16),
    outline: spindle(p(13, 59), p(23, 16), 3.5),
    mobility: 'high',
    source: 'Lifts the upper lip toward the infra-orbital rim: shared/domain.md (key action lines). Position: design choice.',
  },
  {
    kind: 'risorius',
    // Modiolus (just lateral to the mouth corner, 25,72) to the parotid-masseteric fascia over
    // the masseter (front border x ~52): nearly horizontal, rising about 6 deg laterally.
    from: p(27, 72),
    to: p(57, 69),
    outline: spindle(p(27, 72), p(57, 69), 1.8),
    mobility: 'medium',
    source: 'Draws the mouth corner laterally: shared/domain.md (key action lines). A thin, variable muscle (slender, sometimes absent) running roughly horizontally at mouth-corner level from the masseteric / parotid fascia to the modiolus: drawn as a narrow band on that line. Mobility medium: design choice: being thin and variable it moves the corner far less than zygomaticus major, so the muscle-conflict rule does not treat a vector crossing it like one crossing the smile muscles.',
  },
  {
    kind: 'depressor-anguli-oris',
    from: p(26, 75),
    to: p(33, 113),
    outline: [p(23, 74), p(29, 74), p(35, 92), p(42, 113), p(35, 118), p(24, 117), p(24, 96)],
    mobility: 'medium',
    source: 'Pulls the mouth corner down toward its origin on the mandible: shared/domain.md (key action lines). Triangular outline: design choice.',
  },
  {
    kind: 'orbicularis-oculi',
    from: p(53, 3),
    to: p(20, 2),
    outline: ellipse(31.5, 1, 24, 19, 28),
    ring: true,
    mobility: 'medium',
    source: 'A ring that closes the eye: shared/domain.md. The representative action line draws the lateral canthus medially, as the lateral fibres do in a squint. Extent: design choice, orbital rim.',
  },
  {
    kind: 'frontalis',
    from: p(36, -22),
    to: p(36, -72),
    outline: [p(6, -16), p(6, -82), p(26, -86), p(46, -78), p(56, -52), p(55, -26), p(46, -22), p(36, -26), p(24, -22), p(14, -16)],
    mobility: 'high',
    source: 'Lifts the brow: shared/domain.md. The forehead moves in two directions meeting at about 61% of its height; the action line here is the brow-lifting lower part. Extent: design choice.',
  },
  {
    kind: 'platysma',
    from: p(38, 100),
    to: p(44, 170),
    outline: [p(18, 106), p(30, 96), p(46, 86), p(60, 84), p(58, 98), p(53, 110), p(51, 130), p(52, 152), p(56, 175), p(26, 175), p(12, 140)],
    mobility: 'medium',
    source: 'Draws the jaw line and lower face toward the chest: shared/domain.md. Sheet over the neck reaching above the mandibular border; extent: design choice.',
  },
  {
    kind: 'masseter',
    from: p(58, 90),
    to: p(62, 21),
    outline: [p(54, 18), p(71, 21), p(68, 50), p(63, 80), p(58, 94), p(52, 92), p(51, 60), p(52, 30)],
    mobility: 'low',
    source: 'Masticatory muscle from the zygomatic arch to the mandibular angle; moves with chewing, not expression. Mobility low: design choice (it lies under the fixed lateral face).',
  },
];

/** Orbicularis oris is one ring around the mouth; each side holds its half, mirrored exactly. */
const ORIS_HALF: readonly FacePoint[] = (() => {
  const ring = ellipse(0, 71, 34, 21, 32);
  // quarter from the top (x=0, y=50) through the lateral point to the bottom (x=0, y=92)
  const right = ring.filter((q) => q.x >= 0);
  const ordered = [...right].sort((a, b) => a.y - b.y);
  return [p(0, 50), ...ordered.filter((q) => q.x > 0.01), p(0, 92)];
})();

const ORIS: MuscleSpec = {
  kind: 'orbicularis-oris',
  from: p(26, 72),
  to: p(6, 72),
  outline: ORIS_HALF,
  ring: true,
  mobility: 'medium',
  source: 'A ring that closes and purses the lips: shared/domain.md. The action line draws the mouth corner toward the midline. Each side holds half the ring.',
};

function toMuscle(s: MuscleSpec): Muscle {
  return {
    id: `${s.kind}-left`,
    kind: s.kind,
    side: 'left',
    name: englishSidedName('muscle', s.kind, 'left'),
    outline: s.outline,
    action: { from: s.from, to: s.to },
    ring: s.ring ?? false,
    mobility: s.mobility,
    source: s.source,
  };
}

function mirrorMuscle(m: Muscle): Muscle {
  return {
    ...m,
    id: mirrorId(m.id),
    side: 'right',
    name: englishSidedName('muscle', m.kind, 'right'),
    outline: mirrorPoints(m.outline),
    action: { from: mirrorX(m.action.from), to: mirrorX(m.action.to) },
  };
}

export const MUSCLES: readonly Muscle[] = withMirrors([...LEFT_SPECS, ORIS].map(toMuscle), mirrorMuscle);
