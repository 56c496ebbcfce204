import { describe, expect, it } from 'vitest';
import { createEmptyPlan } from '../../../../shared/plan/factory';
import * as L from '../../../../shared/plan/limits';
import { validatePlan } from '../../../../shared/plan/validate';
import type { PlanDocument, Thread } from '../../../../shared/plan/types';

/**
 * Per-field boundary fixtures for the plan validator: each bounded field accepted at its limits
 * and refused just past them, with the pointer naming the field. A bound that is removed or off
 * by one (a 500 mm depth loading, a 201-character title) fails here by name.
 */

const thread: Thread = {
  id: 't1', side: 'right', typeId: 'pdo-mono-29g-38', entryPointId: 'e1',
  path: [{ x: -50, y: 10 }, { x: -30, y: 40 }], depthMm: 2, pointDepthsMm: [null, null],
  barbed: null, fixationEnd: 'entry', fixationZoneId: null, tensionN: 0, lot: null, notes: '',
};
const base: PlanDocument = {
  ...createEmptyPlan({}, '2025-01-01'),
  entryPoints: [{ id: 'e1', label: '', position: { x: -50, y: 10 }, side: 'right' }],
  threads: [thread],
};
const pathLength = Math.hypot(20, 30);

type Patch = (value: unknown) => unknown;
const inThread = (key: string): Patch => (value) => ({ ...base, threads: [{ ...thread, [key]: value }] });
const inMeta = (key: string): Patch => (value) => ({ ...base, meta: { ...base.meta, [key]: value } });
const pointDepth = (index: number): Patch => (value) => {
  const depths: unknown[] = [null, null];
  depths[index] = value;
  return { ...base, threads: [{ ...thread, pointDepthsMm: depths }] };
};
/** Entry point and path start moved together, so only the coordinate bound is in play. */
const entryX: Patch = (x) => ({
  ...base,
  entryPoints: [{ ...base.entryPoints[0]!, position: { x, y: 10 } }],
  threads: [{ ...thread, path: [{ x, y: 10 }, { x: -30, y: 40 }] }],
});
const pathY: Patch = (y) => ({ ...base, threads: [{ ...thread, path: [{ x: -50, y: 10 }, { x: -30, y }] }] });
const barbedEnd: Patch = (endMm) => ({ ...base, threads: [{ ...thread, barbed: { startMm: 0, endMm } }] });
const lotNumber: Patch = (number) => ({ ...base, threads: [{ ...thread, lot: { number, expiry: '' } }] });
const entryLabel: Patch = (label) => ({ ...base, entryPoints: [{ ...base.entryPoints[0]!, label }] });
const threadId: Patch = (id) => ({ ...base, threads: [{ ...thread, id }] });

const text = (n: number): string => 'x'.repeat(n);

interface Bound {
  readonly field: string;
  readonly pointer: string;
  readonly patch: Patch;
  readonly accepted: readonly unknown[];
  readonly refused: readonly unknown[];
}

const BOUNDS: readonly Bound[] = [
  { field: 'thread depth', pointer: '/threads/0/depthMm', patch: inThread('depthMm'), accepted: [L.MIN_DEPTH_MM, L.MAX_DEPTH_MM], refused: [-0.01, L.MAX_DEPTH_MM + 0.01, 500] },
  { field: 'first point depth', pointer: '/threads/0/pointDepthsMm/0', patch: pointDepth(0), accepted: [L.MIN_DEPTH_MM, L.MAX_DEPTH_MM, null], refused: [-0.01, L.MAX_DEPTH_MM + 0.01, 500, NaN, '5'] },
  { field: 'last point depth', pointer: '/threads/0/pointDepthsMm/1', patch: pointDepth(1), accepted: [L.MIN_DEPTH_MM, L.MAX_DEPTH_MM], refused: [-0.01, L.MAX_DEPTH_MM + 0.01, 500, Infinity] },
  { field: 'tension', pointer: '/threads/0/tensionN', patch: inThread('tensionN'), accepted: [L.MIN_TENSION_N, L.MAX_TENSION_N], refused: [-0.01, L.MAX_TENSION_N + 0.01] },
  { field: 'entry x', pointer: '/entryPoints/0/position/x', patch: entryX, accepted: [-L.MAX_COORDINATE_MM, L.MAX_COORDINATE_MM], refused: [-L.MAX_COORDINATE_MM - 0.01, L.MAX_COORDINATE_MM + 0.01] },
  { field: 'path y', pointer: '/threads/0/path/1/y', patch: pathY, accepted: [-L.MAX_COORDINATE_MM, L.MAX_COORDINATE_MM], refused: [-L.MAX_COORDINATE_MM - 0.01, L.MAX_COORDINATE_MM + 0.01] },
  { field: 'barbed end', pointer: '/threads/0/barbed/endMm', patch: barbedEnd, accepted: [0, pathLength + L.BARBED_LENGTH_TOLERANCE_MM], refused: [-0.01, pathLength + L.BARBED_LENGTH_TOLERANCE_MM + 0.01] },
  { field: 'sagging grade', pointer: '/meta/saggingGrade', patch: inMeta('saggingGrade'), accepted: [L.MIN_SAGGING_GRADE, L.MAX_SAGGING_GRADE, null], refused: [L.MIN_SAGGING_GRADE - 1, L.MAX_SAGGING_GRADE + 1, 2.5] },
  { field: 'title', pointer: '/meta/title', patch: inMeta('title'), accepted: ['', text(L.MAX_TITLE_LENGTH)], refused: [text(L.MAX_TITLE_LENGTH + 1)] },
  { field: 'practitioner', pointer: '/meta/practitioner', patch: inMeta('practitioner'), accepted: [text(L.MAX_PRACTITIONER_LENGTH)], refused: [text(L.MAX_PRACTITIONER_LENGTH + 1)] },
  { field: 'patient id', pointer: '/meta/patientId', patch: inMeta('patientId'), accepted: [text(L.MAX_PATIENT_ID_LENGTH)], refused: [text(L.MAX_PATIENT_ID_LENGTH + 1)] },
  { field: 'plan notes', pointer: '/meta/notes', patch: inMeta('notes'), accepted: [text(L.MAX_PLAN_NOTES_LENGTH)], refused: [text(L.MAX_PLAN_NOTES_LENGTH + 1)] },
  { field: 'plan date', pointer: '/meta/date', patch: inMeta('date'), accepted: ['2024-02-29', '2025-12-31'], refused: ['2025-02-29', '2025-13-01', '2025-00-10', '2025-1-01', ''] },
  { field: 'thread notes', pointer: '/threads/0/notes', patch: inThread('notes'), accepted: [text(L.MAX_THREAD_NOTES_LENGTH)], refused: [text(L.MAX_THREAD_NOTES_LENGTH + 1)] },
  { field: 'lot number', pointer: '/threads/0/lot/number', patch: lotNumber, accepted: ['', text(L.MAX_LOT_NUMBER_LENGTH)], refused: [text(L.MAX_LOT_NUMBER_LENGTH + 1)] },
  { field: 'entry label', pointer: '/entryPoints/0/label', patch: entryLabel, accepted: [text(L.MAX_LABEL_LENGTH)], refused: [text(L.MAX_LABEL_LENGTH + 1)] },
  { field: 'thread id', pointer: '/threads/0/id', patch: threadId, accepted: ['a', 'A.z_0:9-', text(L.MAX_ID_LENGTH)], refused: ['', text(L.MAX_ID_LENGTH + 1), 'a b', 'a/b'] },
  { field: 'revision', pointer: '/revision', patch: (revision) => ({ ...base, revision }), accepted: [1, L.MAX_REVISION], refused: [0, L.MAX_REVISION + 1, 1.5] },
];

describe('plan validation at each bound', () => {
  it('refuses a per-point depth beyond the maximum (a 500 mm depth never loads)', () => {
    expect(validatePlan(pointDepth(1)(500))).toMatchObject({ ok: false, error: { path: '/threads/0/pointDepthsMm/1', message: expect.stringContaining(`between ${L.MIN_DEPTH_MM} and ${L.MAX_DEPTH_MM}`) } });
  });

  for (const bound of BOUNDS) {
    it(`${bound.field}: accepted at its limits, refused just past them at ${bound.pointer}`, () => {
      for (const value of bound.accepted) {
        const result = validatePlan(bound.patch(value));
        expect(result.ok, `${bound.field} = ${String(value).slice(0, 20)}`).toBe(true);
        // and carried through unchanged
        if (result.ok) expect(JSON.stringify(result.plan)).toBe(JSON.stringify(bound.patch(value)));
      }
      for (const value of bound.refused) {
        const result = validatePlan(bound.patch(value));
        expect(result.ok, `${bound.field} = ${String(value).slice(0, 20)}`).toBe(false);
        if (!result.ok) expect(result.error.path).toBe(bound.pointer);
      }
    });
  }

  it('needs at least two path points and one depth per point', () => {
    expect(validatePlan(inThread('path')([{ x: -50, y: 10 }]))).toMatchObject({ ok: false, error: { path: '/threads/0/path' } });
    expect(validatePlan(inThread('pointDepthsMm')([null]))).toMatchObject({ ok: false, error: { path: '/threads/0/pointDepthsMm' } });
    expect(validatePlan(inThread('pointDepthsMm')([null, null, null]))).toMatchObject({ ok: false, error: { path: '/threads/0/pointDepthsMm' } });
  });
});
