import fc from 'fast-check';
import type { FacePoint } from '../../../../shared/geometry/types';
import * as L from '../../../../shared/plan/limits';
import {
  PLAN_FORMAT,
  PLAN_SCHEMA_VERSION,
  type AgeBand,
  type EntryPoint,
  type PlanDocument,
  type PlanMeta,
  type Side,
  type SkinThickness,
  type Thread,
} from '../../../../shared/plan/types';

/**
 * fast-check arbitraries for VALID plan documents (they pass validatePlan), for property tests
 * anywhere in the project: loader, serialization, analysis determinism, mirroring.
 *
 *   import { validPlanArb, makeValidPlanArb } from '../plan/arbitraries';
 *   fc.assert(fc.property(validPlanArb, (plan) => ...));
 */

/** The thread type ids plan fixtures use (from the built-in catalogue). */
export const FIXTURE_THREAD_TYPE_IDS = ['pdo-cog-bi-19g-100', 'pdo-mono-29g-38', 'plla-cone-8'] as const;

export interface ValidPlanArbOptions {
  readonly maxEntryPoints?: number;
  readonly maxThreads?: number;
  readonly maxPathPoints?: number;
  /** Coordinates are drawn within +/- this, millimetres (default: the loader's full range). */
  readonly coordinateRangeMm?: number;
  readonly threadTypeIds?: readonly string[];
  /** Free text drawn from all of Unicode, lone surrogates included (default true). */
  readonly wildText?: boolean;
}

/** A finite double in [min, max] with -0 turned into 0 (JSON cannot keep -0). */
export const finiteIn = (min: number, max: number): fc.Arbitrary<number> =>
  fc.oneof(
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
  ).map((v) => v + 0);

const text = (maxLength: number, wild: boolean): fc.Arbitrary<string> =>
  wild ? fc.string({ maxLength: Math.min(maxLength, 60), unit: 'binary' }) : fc.string({ maxLength: Math.min(maxLength, 60) });

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const idChars = fc.constantFrom(...'abcxyzABC0189._:-'.split(''));
export const idArb: fc.Arbitrary<string> = fc.string({ unit: idChars, minLength: 1, maxLength: 12 });

const side: fc.Arbitrary<Side> = fc.constantFrom('left', 'right');

function metaArb(wild: boolean): fc.Arbitrary<PlanMeta> {
  return fc.record({
    title: text(L.MAX_TITLE_LENGTH, wild),
    date: isoDate,
    practitioner: text(L.MAX_PRACTITIONER_LENGTH, wild),
    patientId: text(L.MAX_PATIENT_ID_LENGTH, wild),
    ageBand: fc.constantFrom<AgeBand | null>(null, 'under-30', '30-39', '40-49', '50-59', '60-69', '70-plus'),
    skinThickness: fc.constantFrom<SkinThickness>('thin', 'normal', 'thick'),
    saggingGrade: fc.option(fc.integer({ min: L.MIN_SAGGING_GRADE, max: L.MAX_SAGGING_GRADE }), { nil: null }),
    notes: text(L.MAX_PLAN_NOTES_LENGTH, wild),
  });
}

const pathLength = (path: readonly FacePoint[]): number => {
  let total = 0;
  for (let i = 1; i < path.length; i++) total += Math.hypot(path[i]!.x - path[i - 1]!.x, path[i]!.y - path[i - 1]!.y);
  return total;
};

function threadArb(
  threadId: string,
  entry: EntryPoint,
  o: Required<ValidPlanArbOptions>,
): fc.Arbitrary<Thread> {
  const coord = finiteIn(-o.coordinateRangeMm, o.coordinateRangeMm);
  const depth = finiteIn(L.MIN_DEPTH_MM, L.MAX_DEPTH_MM);
  return fc
    .record({
      rest: fc.array(fc.record({ x: coord, y: coord }), { minLength: 1, maxLength: o.maxPathPoints - 1 }),
      typeId: fc.constantFrom(...o.threadTypeIds),
      depthMm: depth,
      overrides: fc.array(fc.option(depth, { nil: null }), { minLength: o.maxPathPoints, maxLength: o.maxPathPoints }),
      barbFractions: fc.option(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { nil: null }),
      fixationEnd: fc.constantFrom('entry' as const, 'distal' as const),
      fixationZoneId: fc.option(fc.constantFrom('deep-temporal-fascia-left', 'zygomatic-arch-right', 'lateral-orbital-rim-left'), { nil: null }),
      tensionN: finiteIn(L.MIN_TENSION_N, L.MAX_TENSION_N),
      lot: fc.option(fc.record({ number: text(L.MAX_LOT_NUMBER_LENGTH, o.wildText), expiry: fc.oneof(fc.constant(''), isoDate) }), { nil: null }),
      notes: text(L.MAX_THREAD_NOTES_LENGTH, o.wildText),
    })
    .map(({ rest, overrides, barbFractions, ...t }) => {
      const path: FacePoint[] = [{ x: entry.position.x, y: entry.position.y }, ...rest];
      const length = pathLength(path);
      const barbed = barbFractions
        ? { startMm: Math.min(...barbFractions) * length + 0, endMm: Math.max(...barbFractions) * length + 0 }
        : null;
      return {
        id: threadId,
        side: entry.side, // a thread lies on its entry point's side (the validator checks)
        typeId: t.typeId,
        entryPointId: entry.id,
        path,
        depthMm: t.depthMm,
        pointDepthsMm: overrides.slice(0, path.length),
        barbed,
        fixationEnd: t.fixationEnd,
        fixationZoneId: t.fixationZoneId,
        tensionN: t.tensionN,
        lot: t.lot,
        notes: t.notes,
      };
    });
}

export function makeValidPlanArb(options: ValidPlanArbOptions = {}): fc.Arbitrary<PlanDocument> {
  const o: Required<ValidPlanArbOptions> = {
    maxEntryPoints: 4,
    maxThreads: 6,
    maxPathPoints: 6,
    coordinateRangeMm: L.MAX_COORDINATE_MM,
    threadTypeIds: FIXTURE_THREAD_TYPE_IDS,
    wildText: true,
    ...options,
  };
  const coord = finiteIn(-o.coordinateRangeMm, o.coordinateRangeMm);
  const entryPointsArb = fc.uniqueArray(idArb, { minLength: 0, maxLength: o.maxEntryPoints }).chain((ids) =>
    fc.tuple(
      ...ids.map((epId) =>
        fc.record({ id: fc.constant(epId), label: text(L.MAX_LABEL_LENGTH, o.wildText), position: fc.record({ x: coord, y: coord }), side }),
      ),
    ),
  );
  return fc.record({ meta: metaArb(o.wildText), entryPoints: entryPointsArb }).chain(({ meta, entryPoints }) => {
    const threadsArb: fc.Arbitrary<Thread[]> =
      entryPoints.length === 0
        ? fc.constant([])
        : fc
            .uniqueArray(fc.tuple(idArb, fc.nat({ max: entryPoints.length - 1 })), {
              maxLength: o.maxThreads,
              selector: ([threadId]) => threadId,
            })
            .chain((picks) => fc.tuple(...picks.map(([threadId, i]) => threadArb(threadId, entryPoints[i]!, o))));
    return threadsArb.map(
      (threads): PlanDocument => ({ format: PLAN_FORMAT, schemaVersion: PLAN_SCHEMA_VERSION, meta, entryPoints, threads, photos: [], photoScale: null, revision: 1, signOff: null, finalRevisions: [] }),
    );
  });
}

/** Valid plans with the default sizes (up to 4 entry points, 6 threads, 6 points per path). */
export const validPlanArb: fc.Arbitrary<PlanDocument> = makeValidPlanArb();
