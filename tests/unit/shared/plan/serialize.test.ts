import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmptyPlan } from '../../../../shared/plan/factory';
import { parsePlanText } from '../../../../shared/plan/parse';
import { serializePlan } from '../../../../shared/plan/serialize';
import type { PlanDocument } from '../../../../shared/plan/types';
import { validPlanArb } from './arbitraries';

/** Reverse the key order of every object, to show the output does not depend on it. */
function shuffleKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffleKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, shuffleKeys(v)]));
  }
  return value;
}

describe('serializePlan', () => {
  const plan = createEmptyPlan({ title: 'A' }, '2025-06-01');

  it('writes 2-space indented JSON with a trailing newline, keys in the declared order', () => {
    const text = serializePlan(plan);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "vectorlift-plan",');
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'schemaVersion', 'meta', 'entryPoints', 'threads', 'photos', 'photoScale', 'revision', 'signOff', 'finalRevisions']);
    expect(Object.keys(JSON.parse(text).meta)).toEqual(['title', 'date', 'practitioner', 'patientId', 'ageBand', 'skinThickness', 'saggingGrade', 'notes']);
  });

  it('gives the same bytes whatever the key order of the objects it was handed', () => {
    fc.assert(
      fc.property(validPlanArb, (p) => {
        expect(serializePlan(shuffleKeys(p) as PlanDocument)).toBe(serializePlan(p));
      }),
      { numRuns: 100 },
    );
  });

  it('drops properties that are not part of the format', () => {
    const withJunk = { ...plan, selection: ['t1'], meta: { ...plan.meta, hovered: true } } as unknown as PlanDocument;
    expect(serializePlan(withJunk)).toBe(serializePlan(plan));
  });

  it('round-trips: parse(serialize(p)) deep-equals p, and serializing again gives the same text', () => {
    fc.assert(
      fc.property(validPlanArb, (p) => {
        const text = serializePlan(p);
        const back = parsePlanText(text);
        expect(back.ok && back.plan).toEqual(p);
        expect(back.ok && serializePlan(back.plan)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});
