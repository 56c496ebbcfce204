import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmptyPlan } from '../../../../shared/plan/factory';
import { parsePlanText } from '../../../../shared/plan/parse';
import { serializePlan } from '../../../../shared/plan/serialize';
import { validatePlan } from '../../../../shared/plan/validate';
import type { PlanDocument, Thread } from '../../../../shared/plan/types';
import { validPlanArb } from './arbitraries';

const thread: Thread = {
  id: 't1', side: 'right', typeId: 'pdo-mono-29g-38', entryPointId: 'e1',
  path: [{ x: -50, y: 10 }, { x: -30, y: 40 }], depthMm: 2, pointDepthsMm: [null, null],
  barbed: null, fixationEnd: 'entry', fixationZoneId: null, tensionN: 0, lot: null, notes: '',
};
const plan: PlanDocument = {
  ...createEmptyPlan({}, '2025-01-01'),
  entryPoints: [{ id: 'e1', label: '', position: { x: -50, y: 10 }, side: 'right' }],
  threads: [thread],
};
const withThread = (patch: Record<string, unknown>): unknown => ({ ...plan, threads: [{ ...thread, ...patch }] });

describe('validatePlan', () => {
  it('accepts a valid plan and returns a fresh copy', () => {
    const result = validatePlan(plan);
    expect(result).toEqual({ ok: true, plan });
    expect(result.ok && result.plan).not.toBe(plan);
    expect(result.ok && result.plan.threads[0]).not.toBe(plan.threads[0]);
  });

  it('refuses values JSON cannot hold but an IPC payload can', () => {
    for (const bad of [NaN, Infinity, -Infinity, undefined, 10n]) {
      const r = validatePlan(withThread({ depthMm: bad }));
      expect(r).toMatchObject({ ok: false, error: { path: '/threads/0/depthMm' } });
    }
  });

  it('normalizes -0 to 0', () => {
    const r = validatePlan(withThread({ tensionN: -0 }));
    expect(r.ok && Object.is(r.plan.threads[0]!.tensionN, 0)).toBe(true);
  });

  it('accepts a path start within 0.5 mm of its entry point and refuses beyond', () => {
    expect(validatePlan(withThread({ path: [{ x: -49.6, y: 10 }, { x: -30, y: 40 }] })).ok).toBe(true);
    expect(validatePlan(withThread({ path: [{ x: -49.4, y: 10 }, { x: -30, y: 40 }] }))).toMatchObject({
      ok: false,
      error: { path: '/threads/0/path/0' },
    });
  });

  it('accepts a barbed section up to the path end, and an empty one, but not beyond or reversed', () => {
    const length = Math.hypot(20, 30);
    expect(validatePlan(withThread({ barbed: { startMm: 0, endMm: length } })).ok).toBe(true);
    expect(validatePlan(withThread({ barbed: { startMm: 10, endMm: 10 } })).ok).toBe(true);
    expect(validatePlan(withThread({ barbed: { startMm: 0, endMm: length + 1 } }))).toMatchObject({ ok: false, error: { path: '/threads/0/barbed/endMm' } });
    expect(validatePlan(withThread({ barbed: { startMm: 11, endMm: 10 } }))).toMatchObject({ ok: false, error: { path: '/threads/0/barbed/startMm' } });
  });

  it('checks ids, references and nullable fields', () => {
    expect(validatePlan(withThread({ fixationZoneId: '' }))).toMatchObject({ ok: false, error: { path: '/threads/0/fixationZoneId' } });
    expect(validatePlan(withThread({ lot: { number: 'x', expiry: '2025-13-01' } }))).toMatchObject({ ok: false, error: { path: '/threads/0/lot/expiry' } });
    expect(validatePlan(withThread({ lot: 'L123' }))).toMatchObject({ ok: false, error: { message: expect.stringContaining('or null') } });
    expect(validatePlan({ ...plan, meta: { ...plan.meta, ageBand: '45' } })).toMatchObject({ ok: false, error: { path: '/meta/ageBand' } });
    expect(validatePlan({ ...plan, meta: { ...plan.meta, date: '2024-02-29' } }).ok).toBe(true);
    expect(validatePlan({ ...plan, meta: { ...plan.meta, date: '2023-02-29' } }).ok).toBe(false);
  });

  it('escapes odd field names in the pointer', () => {
    const r = validatePlan({ ...plan, meta: { ...plan.meta, 'a/b~c': 1 } });
    expect(r).toMatchObject({ ok: false, error: { path: '/meta/a~1b~0c' } });
  });

  it('refuses a "__proto__" key without being fooled by it', () => {
    const hostile = JSON.parse(JSON.stringify(plan).replace('"notes":""}', '"notes":"","__proto__":{"polluted":true}}'));
    expect(validatePlan(hostile)).toMatchObject({ ok: false, error: { message: expect.stringContaining('unknown field "__proto__"') } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('treats holes in sparse arrays as missing values, with a precise path', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the input under test
    const sparse = withThread({ path: [, { x: -30, y: 40 }] });
    expect(validatePlan(sparse)).toMatchObject({ ok: false, error: { path: '/threads/0/path/0', message: expect.stringContaining('must be a point') } });
  });

  it('never throws, even on payloads with throwing getters, proxies or cycles', () => {
    const getter = { ...plan };
    Object.defineProperty(getter, 'threads', { enumerable: true, get: () => { throw new Error('nope'); } });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    const cyclic: Record<string, unknown> = { ...plan, meta: { ...plan.meta } };
    (cyclic.meta as Record<string, unknown>).self = cyclic;
    for (const value of [getter, proxy, cyclic, null, 'plan', 42, [], new Date()]) {
      let result: ReturnType<typeof validatePlan> | undefined;
      expect(() => (result = validatePlan(value))).not.toThrow();
      expect(result!.ok).toBe(false);
      expect(result!.ok === false && result!.error.message.length).toBeGreaterThan(0);
    }
  });

  it('never throws on any JavaScript value; whatever it accepts keeps its meaning, is accepted again unchanged and re-reads the same from its file', () => {
    const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true, withTypedArray: true, withNullPrototype: true });
    // plant random values anywhere in a valid plan, the way a hostile IPC payload could
    const planted = fc.tuple(validPlanArb, fc.array(fc.tuple(fc.nat(), anything), { maxLength: 3 })).map(([plan, plants]) => {
      const copy = structuredClone(plan) as unknown as Record<string, unknown>;
      // every object and array of the clean plan (collected before planting anything)
      const holders: Record<string, unknown>[] = [];
      const stack: unknown[] = [copy];
      while (stack.length) {
        const v = stack.pop();
        if (v && typeof v === 'object') {
          holders.push(v as Record<string, unknown>);
          stack.push(...Object.values(v));
        }
      }
      for (const [pick, value] of plants) {
        const holder = holders[pick % holders.length]!;
        const keys = Object.keys(holder);
        holder[keys.length ? keys[pick % keys.length]! : 'x'] = value;
      }
      return copy;
    });
    fc.assert(
      fc.property(fc.oneof(anything, planted), (value) => {
        let result: ReturnType<typeof validatePlan> | undefined;
        expect(() => (result = validatePlan(value))).not.toThrow();
        if (result!.ok) {
          expect(validatePlan(result!.plan)).toEqual(result);
          // Same meaning: the accepted plan carries the input's values, none dropped or changed...
          expect(JSON.parse(JSON.stringify(result!.plan))).toEqual(JSON.parse(JSON.stringify(value)));
          // ...and written to a file it reads back as the same plan.
          const reread = parsePlanText(serializePlan(result!.plan));
          expect(reread.ok && reread.plan).toEqual(result!.plan);
        } else expect(result!.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('accepts a 200-thread plan (its speed is measured by bench/plan.bench.ts)', () => {
    const big: PlanDocument = {
      ...plan,
      threads: Array.from({ length: 200 }, (_, i) => ({
        ...thread,
        id: `t${i + 1}`,
        path: Array.from({ length: 20 }, (_, k) => ({ x: -50 + k * 0.001, y: 10 + k })),
        pointDepthsMm: Array.from({ length: 20 }, () => null),
      })),
    };
    expect(validatePlan(big).ok).toBe(true);
  });
});
