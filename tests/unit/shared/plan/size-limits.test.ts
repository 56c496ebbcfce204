/**
 * Issue 8, defect 2: whatever the loader accepts must save and reopen. The file cap, the content
 * limits and the serializer are sized together: the largest plan the limits allow, written the
 * largest way serializePlan can write it, still fits the cap the loader and every writer use.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePlanText } from '../../../../shared/ipc/validate';
import { utf8ByteLength } from '../../../../shared/plan/json-text';
import * as L from '../../../../shared/plan/limits';
import { parsePlanText } from '../../../../shared/plan/parse';
import { canonicalPlan, serializePlan } from '../../../../shared/plan/serialize';
import { validatePlan } from '../../../../shared/plan/validate';
import type { PlanDocument } from '../../../../shared/plan/types';
import { finiteIn } from './arbitraries';
import { worstCasePlan, worstCasePlanWithPhotos } from './limit-plans';

/** Load -> save -> reopen: the loader accepts `text`, so the saved text must pass every writer's cap and reload equal. */
function expectSavesAndReopens(text: string): PlanDocument | null {
  const loaded = parsePlanText(text);
  if (!loaded.ok) return null;
  const saved = serializePlan(loaded.plan);
  expect(validatePlanText(saved).ok, `saved text is ${utf8ByteLength(saved)} bytes`).toBe(true);
  const reopened = parsePlanText(saved);
  expect(reopened.ok).toBe(true);
  if (reopened.ok) expect(reopened.plan).toEqual(loaded.plan);
  return loaded.plan;
}

describe('the loader, the limits and the serializer', () => {
  it('the issue’s 2 MB compact plan (330 threads x 200 points) either is refused with the limit named, or saves', () => {
    const entryPoints = Array.from({ length: 330 }, (_, i) => ({ id: `e${i}`, label: '', position: { x: 40 + (i % 30), y: (i % 11) * 3 }, side: 'left' }));
    const threads = entryPoints.map((e, i) => ({
      id: `t${i}`,
      side: 'left',
      typeId: 'pdo-cog-bi-19g-100',
      entryPointId: e.id,
      path: Array.from({ length: 200 }, (_, k) => ({ x: e.position.x + k * 0.071, y: e.position.y + k * 0.113 })),
      depthMm: 5,
      pointDepthsMm: Array.from({ length: 200 }, () => null),
      barbed: null,
      fixationEnd: 'entry',
      fixationZoneId: null,
      tensionN: 1,
      lot: null,
      notes: '',
    }));
    const meta = { title: 'Big', date: '2025-01-01', practitioner: '', patientId: '', ageBand: null, skinThickness: 'normal', saggingGrade: null, notes: '' };
    const compact = JSON.stringify({ format: 'vectorlift-plan', schemaVersion: 1, meta, entryPoints, threads });
    expect(compact.length).toBeLessThan(L.MAX_PLAN_FILE_BYTES);
    const loaded = expectSavesAndReopens(compact);
    if (loaded === null) {
      const refused = parsePlanText(compact);
      expect(refused.ok ? '' : refused.error.message).toContain(`the most VectorLift accepts is ${L.MAX_THREADS}`);
    }
  });

  it('the largest plan the limits allow is a valid plan whose written form fits the file cap', () => {
    const plan = worstCasePlan();
    expect(validatePlan(plan).ok).toBe(true);
    const text = serializePlan(plan);
    const bytes = utf8ByteLength(text);
    expect(bytes).toBeLessThanOrEqual(L.MAX_PLAN_CONTENT_BYTES);
    expect(L.MAX_PLAN_CONTENT_BYTES).toBeLessThanOrEqual(L.MAX_PLAN_FILE_BYTES);
    // ...and it loads, saves and reopens to the same plan.
    expect(expectSavesAndReopens(text)).toEqual(canonicalPlan(plan));
  });

  it('the largest plan with the most and largest photos fits the file cap and loads, saves and reopens the same', () => {
    const plan = worstCasePlanWithPhotos();
    expect(validatePlan(plan).ok).toBe(true);
    const text = serializePlan(plan);
    expect(utf8ByteLength(text)).toBeLessThanOrEqual(L.MAX_PLAN_FILE_BYTES);
    expect(expectSavesAndReopens(text)).toEqual(canonicalPlan(plan));
    // one photo more is refused with the limit named
    const tooMany = validatePlan({ ...plan, photos: [...plan.photos, { ...plan.photos[0]!, id: 'extra' }] });
    expect(tooMany.ok ? '' : tooMany.error.message).toContain(`the most VectorLift accepts is ${L.MAX_PHOTOS}`);
  });

  it('one thread or one path point more than the limits allow is refused with the limit named', () => {
    const plan = worstCasePlan();
    const extraThread = { ...plan.threads[0]!, id: 'one-more' };
    const tooMany = { ...plan, threads: [...plan.threads, extraThread] };
    const refusedThreads = validatePlan(tooMany);
    expect(refusedThreads.ok).toBe(false);
    expect(refusedThreads.ok ? '' : refusedThreads.error.message).toMatch(/at most|the most VectorLift accepts/);

    const last = plan.threads.at(-1)!;
    const longer = { ...last, path: [...last.path, last.path.at(-1)!], pointDepthsMm: [...last.pointDepthsMm, null] };
    const tooManyPoints = validatePlan({ ...plan, threads: [...plan.threads.slice(0, -1), longer] });
    expect(tooManyPoints.ok).toBe(false);
    expect(tooManyPoints.ok ? '' : tooManyPoints.error.message).toContain(`${L.MAX_PLAN_PATH_POINTS}`);
  });

  it('property: plans near the limits, written compactly, load -> save -> reopen to the same plan', () => {
    // A few thousand path points over many threads with long numbers and escape-heavy notes.
    const coord = finiteIn(-L.MAX_COORDINATE_MM, L.MAX_COORDINATE_MM);
    const planArb = fc
      .record({
        threads: fc.integer({ min: Math.floor(L.MAX_THREADS * 0.8), max: L.MAX_THREADS }),
        pointsPerThread: fc.integer({ min: 2, max: Math.floor(L.MAX_PLAN_PATH_POINTS / L.MAX_THREADS) }),
        x: coord,
        y: coord,
        step: finiteIn(-1, 1),
        notes: fc.string({ unit: 'binary', maxLength: 60 }),
      })
      .map(({ threads, pointsPerThread, x, y, step, notes }) => {
        const plan = worstCasePlan();
        const kept = plan.threads.slice(0, threads).map((t, i) => {
          const path = Array.from({ length: pointsPerThread }, (_, k) => ({ x: k === 0 ? x : x + k * step, y: k === 0 ? y : y - k * step }));
          return { ...t, path, pointDepthsMm: path.map((_, k) => (k % 2 ? null : t.depthMm)), barbed: null, notes: notes.repeat(1 + (i % 30)).slice(0, L.MAX_THREAD_NOTES_LENGTH) };
        });
        const entryPoints = plan.entryPoints.map((e, i) => (i < kept.length ? { ...e, position: { x, y } } : e));
        return { ...plan, entryPoints, threads: kept };
      });
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(validatePlan(plan).ok).toBe(true);
        expectSavesAndReopens(JSON.stringify(plan));
      }),
      { numRuns: 6, seed: 8 },
    );
  });
});
