import type { Atlas } from '../atlas/types';
import type { ThreadType } from '../catalogue/types';
import type { FacePoint } from '../geometry/types';
import { FIRST_REVISION } from '../plan/factory';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, type PlanDocument } from '../plan/types';
import { TISSUE_MATERIAL, type TissueMaterial } from './material';
import { TissueSimulator } from './simulator';

/**
 * The calibration bench: the case of Mousavi et al. 2023 (BioMed Eng OnLine 22:93, doi
 * 10.1186/s12938-023-01144-5), one straight 4-cone suture with a fixed anchor pulled with 2 N
 * and 4 N, on a flat patch of the same membrane the face uses. Their model is a 2D axisymmetric,
 * three-layer, hyperelastic finite-element model of the tissue around the suture, with contact
 * between cones and tissue; this one is a plane membrane. Only the two load-displacement points
 * are matched: 2 N moves the tissue 4.35 mm, 4 N 7.6 mm.
 *
 * A linear model cannot hit both (4 N would give twice the 2 N displacement, 8.7 mm), so the
 * response passes through the secant stiffening d = d_lin / (1 + k d_lin). With D1 = 4.35 mm at
 * F1 = 2 N and D2 = 7.6 mm at F2 = 4 N, and d_lin proportional to F:
 *   1/D1 = 1/a + k  and  1/D2 = 1/(2a) + k  (a = linear displacement at 2 N)
 * so a = 1 / (2 (1/D1 - 1/D2)) = 5.086 mm and k = 1/D1 - 1/a = 0.0333 per mm. The membrane
 * stiffness is then scaled so the linear bench gives a at 2 N.
 */

export const PUBLISHED_POINTS = [
  { forceN: 2, displacementMm: 4.35 },
  { forceN: 4, displacementMm: 7.6 },
] as const;

/** Distance between cones on the bench thread, millimetres: about 6.5 mm, as 8 cones need ~6 cm (shared/domain.md). */
export const BENCH_CONE_PITCH_MM = 6.5;

const HALF = 80;
const ANCHOR: FacePoint = { x: 40, y: 0 };
const p = (x: number, y: number): FacePoint => ({ x, y });

/** A flat square of tissue, edges held, with one fixation zone around the anchor; no regions or ligaments. */
export const BENCH_ATLAS: Atlas = {
  id: 'calibration-bench',
  version: 1,
  description: 'A flat 160 mm square of facial soft tissue for calibrating the tissue model.',
  bounds: { minX: -HALF, minY: -HALF, maxX: HALF, maxY: HALF },
  landmarks: {},
  drawing: [],
  regions: [],
  muscles: [],
  dangerZones: [],
  fixationZones: [
    {
      id: 'bench-anchor-left',
      kind: 'deep-temporal-fascia',
      side: 'left',
      name: 'Bench anchor',
      outline: [p(ANCHOR.x - 4, -4), p(ANCHOR.x + 4, -4), p(ANCHOR.x + 4, 4), p(ANCHOR.x - 4, 4)],
      layer: 'deep-fascia',
      usedFor: 'the calibration thread',
      source: 'calibration bench',
    },
  ],
  ligaments: [],
  // Far outside the patch: the whole bench is mobile face.
  fixedMobileLine: { right: [p(-1000, -1000), p(-1000, 1000)], left: [p(1000, -1000), p(1000, 1000)] },
  silhouette: [p(-HALF, -HALF), p(HALF, -HALF), p(HALF, HALF), p(-HALF, HALF)],
};

/** A cone thread type for the bench (not in the catalogue), holding more than the bench loads. */
export function benchThreadType(cones: number): ThreadType {
  return {
    id: `bench-cone-${cones}`,
    name: `Bench cone suture, ${cones} cones`,
    material: 'PLLA-PLGA',
    configuration: 'cone',
    barbStyle: null,
    coneCount: cones,
    lengthMm: 200,
    minPathMm: 0,
    gauge: '23G',
    usp: '3-0',
    absorptionMonths: 18,
    layer: 'subcutaneous',
    purpose: 'lifting',
    holdingForceN: 10,
    defaultDepthMm: 5,
    source: 'calibration bench (shared/simulation/calibration.ts)',
  };
}

/**
 * The bench plan: a straight thread from (-40, 0) to the anchor at (40, 0), its cones in the
 * first `cones` pitches from the free end, pulled with `forceN`.
 */
export function benchPlan(cones: number, forceN: number): PlanDocument {
  const section = cones * BENCH_CONE_PITCH_MM;
  return {
    format: PLAN_FORMAT,
    schemaVersion: PLAN_SCHEMA_VERSION,
    meta: { title: 'calibration bench', date: '2025-01-01', practitioner: '', patientId: '', ageBand: null, skinThickness: 'normal', saggingGrade: null, notes: '' },
    entryPoints: [{ id: 'e1', label: 'A', position: p(-40, 0), side: 'left' }],
    threads: [
      {
        id: 't1',
        side: 'left',
        typeId: benchThreadType(cones).id,
        entryPointId: 'e1',
        path: [p(-40, 0), ANCHOR],
        depthMm: 5,
        pointDepthsMm: [null, null],
        barbed: { startMm: 4, endMm: 4 + section },
        fixationEnd: 'distal',
        fixationZoneId: 'bench-anchor-left',
        tensionN: forceN,
        lot: null,
        notes: '',
      },
    ],
    photos: [],
    photoScale: null,
    ...FIRST_REVISION,
  };
}

export interface BenchResult {
  readonly cones: number;
  readonly forceN: number;
  readonly peakDisplacementMm: number;
  readonly peakEquivalentStrain: number;
  readonly peakMembraneStress: number;
}

/** The bench case run through the same pipeline as a face, at the face mesh's spacing. */
export function runBench(cones: number, forceN: number, material: TissueMaterial = TISSUE_MATERIAL, faceSpacingMm = defaultFaceSpacing()): BenchResult {
  const simulator = new TissueSimulator(BENCH_ATLAS, { material, spacingMm: faceSpacingMm });
  const { field } = simulator.simulate(benchPlan(cones, forceN), [benchThreadType(cones)]);
  return { cones, forceN, peakDisplacementMm: field.peakDisplacementMm, peakEquivalentStrain: field.peakEquivalentStrain, peakMembraneStress: field.peakMembraneStress };
}

/** The face mesh's spacing (the canonical silhouette at the default node count) is passed in by callers that know the atlas. */
function defaultFaceSpacing(): number {
  return FACE_SPACING_MM;
}

/**
 * Spacing of the canonical face mesh at DEFAULT_TARGET_NODES, millimetres, rounded; the bench uses
 * it so its discretisation matches the face's. (A test checks it against the canonical atlas.)
 */
export const FACE_SPACING_MM = 3.74;

/** Recomputes the two fitted constants from the published points and the linear bench. */
export function fitCalibration(base: TissueMaterial = TISSUE_MATERIAL): { membraneStiffnessNPerMm: number; stiffeningPerMm: number } {
  const [low, high] = PUBLISHED_POINTS;
  const ratio = high.forceN / low.forceN;
  // 1/D1 = 1/a + k, 1/D2 = 1/(ratio a) + k
  const a = (1 - 1 / ratio) / (1 / low.displacementMm - 1 / high.displacementMm);
  const k = 1 / low.displacementMm - 1 / a;
  const linear = runBench(4, low.forceN, { ...base, membraneStiffnessNPerMm: 1, stiffeningPerMm: 0 });
  return { membraneStiffnessNPerMm: linear.peakDisplacementMm / a, stiffeningPerMm: k };
}

