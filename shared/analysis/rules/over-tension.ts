import type { Rule } from '../context';
import { isSmoothType, type ThreadGeometry } from '../thread-geometry';
import { makeFinding } from '../findings';
import { barbedMiddle } from '../highlight';
import type { Finding, Threshold } from '../types';

/**
 * Too much tension tears the barbs through the tissue or leaves persistent contour deformity and
 * dimpling. A small overcorrection that settles in 2-3 weeks is intended; a large one is not
 * (domain.md). The displacement a tension produces is read off the finite-element model of a
 * cone suture in domain.md (2 N moves tissue about 4.4 mm, 4 N about 7.6 mm), linearly between
 * those points, from zero at zero, and along the last slope beyond 4 N.
 */

const HOLD_RATIO_MAX: Threshold = {
  name: 'tensionToHoldingForceMax',
  value: 1,
  unit: 'x holding force',
  description: "Tension above the thread type's nominal holding force (from the catalogue) is critical.",
  source: 'domain.md: holding strength in cadaver tissue about 1.9 N for a cog thread and 0.2 N for a smooth monofilament; beyond it the barbs tear through.',
};

/** The tensions of the model's two points, newtons (domain.md). */
const FE_LOW_N = 2;
const FE_HIGH_N = 4;

const FE_LOW: Threshold = {
  name: 'feDisplacementAt2N',
  value: 4.4,
  unit: 'mm',
  description: `Tissue displacement the model predicts at ${FE_LOW_N} N (first point of the tension-displacement curve).`,
  params: { tensionN: FE_LOW_N },
  source: 'domain.md: finite-element model of a 4-cone suture, 2 N moves tissue about 4.4 mm.',
};

const FE_HIGH: Threshold = {
  name: 'feDisplacementAt4N',
  value: 7.6,
  unit: 'mm',
  description: `Tissue displacement the model predicts at ${FE_HIGH_N} N (second point of the curve).`,
  params: { tensionN: FE_HIGH_N },
  source: 'domain.md: finite-element model of a 4-cone suture, 4 N moves tissue about 7.6 mm.',
};

const INTENDED_DISPLACEMENT_MM = 3.5;
/** The tension the model curve gives for the intended maximum, to 0.1 N (the threshold's sentence names it). */
const INTENDED_TENSION_N = Math.round(tensionForDisplacementN(INTENDED_DISPLACEMENT_MM) * 10) / 10;

const INTENDED_OVERCORRECTION_MAX: Threshold = {
  name: 'intendedDisplacementMaxMm',
  value: INTENDED_DISPLACEMENT_MM,
  unit: 'mm',
  description: `Predicted displacement above this is more overcorrection than intended (a warning). About ${INTENDED_TENSION_N} N on the model curve.`,
  params: { tensionN: INTENDED_TENSION_N },
  source:
    'design choice: domain.md says a small overcorrection that settles in 2-3 weeks is intended and a large one is not; 3.5 mm (about 1.6 N) leaves room for the usual ~1 N per thread (about 2.2 mm) and stays below the 2 N point of the model.',
};

/** Displacement in millimetres the finite-element figures predict for a tension in newtons. */
export function predictedDisplacementMm(tensionN: number): number {
  const t = Math.max(0, tensionN);
  if (t <= FE_LOW_N) return (FE_LOW.value / FE_LOW_N) * t;
  return FE_LOW.value + ((FE_HIGH.value - FE_LOW.value) / (FE_HIGH_N - FE_LOW_N)) * (t - FE_LOW_N);
}

/** The tension the same curve says moves tissue by `displacementMm` (its inverse). */
export function tensionForDisplacementN(displacementMm: number): number {
  const d = Math.max(0, displacementMm);
  if (d <= FE_LOW.value) return (FE_LOW_N * d) / FE_LOW.value;
  return FE_LOW_N + ((FE_HIGH_N - FE_LOW_N) * (d - FE_LOW.value)) / (FE_HIGH.value - FE_LOW.value);
}

export const overTension: Rule = {
  description: {
    id: 'over-tension',
    title: 'Over-tension',
    description:
      "Critical when the planned tension exceeds what the thread type holds; a warning when the displacement the tension predicts is more than the small overcorrection that is intended.",
    thresholds: [HOLD_RATIO_MAX, FE_LOW, FE_HIGH, INTENDED_OVERCORRECTION_MAX],
  },
  checkThread(g: ThreadGeometry): Finding[] {
    const out: Finding[] = [];
    const tension = g.thread.tensionN;
    if (!(tension > 0)) return out;
    const thread = { threads: [g.number], start: true };
    const hold = g.type?.holdingForceN;
    const smooth = isSmoothType(g.type);
    if (hold !== undefined && tension > hold * HOLD_RATIO_MAX.value) {
      out.push(
        makeFinding('over-tension', 'critical', {
          threads: [g.thread.id],
          location: barbedMiddle(g) ?? g.fixationPoint,
          side: g.side,
          text: {
            id: 'over-tension.beyond-hold',
            params: {
              thread,
              tension: { newtons: tension },
              hold: { newtons: hold },
              // A smooth thread has no barbs to tear through: it is drawn through the tissue.
              why: { text: smooth ? 'over-tension.why.smooth' : 'over-tension.why.barbed' },
              instead: { text: smooth ? 'over-tension.instead.smooth' : 'over-tension.instead.barbed' },
            },
          },
          aspect: 'beyond-hold',
        }),
      );
      return out;
    }
    const displacement = predictedDisplacementMm(tension);
    if (displacement > INTENDED_OVERCORRECTION_MAX.value) {
      out.push(
        makeFinding('over-tension', 'warning', {
          threads: [g.thread.id],
          location: barbedMiddle(g) ?? g.fixationPoint,
          side: g.side,
          text: {
            id: 'over-tension.overcorrection',
            params: {
              thread,
              tension: { newtons: tension },
              displacement: { mm: displacement },
              maxMm: { mm: INTENDED_OVERCORRECTION_MAX.value },
              maxN: { newtons: tensionForDisplacementN(INTENDED_OVERCORRECTION_MAX.value) },
            },
          },
          aspect: 'overcorrection',
        }),
      );
    }
    return out;
  },
};
