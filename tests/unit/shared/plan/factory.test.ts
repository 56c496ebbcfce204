import { describe, expect, it } from 'vitest';
import { createEmptyPlan, nextId, todayIso } from '../../../../shared/plan/factory';
import { validatePlan } from '../../../../shared/plan/validate';

describe('createEmptyPlan', () => {
  it('makes a valid plan with the given date and sensible defaults', () => {
    const plan = createEmptyPlan({}, '2025-07-08');
    expect(validatePlan(plan)).toEqual({ ok: true, plan });
    expect(plan.meta).toEqual({
      title: 'Untitled plan',
      date: '2025-07-08',
      practitioner: '',
      patientId: '',
      ageBand: null,
      skinThickness: 'normal',
      saggingGrade: null,
      notes: '',
    });
    expect(plan.entryPoints).toEqual([]);
    expect(plan.threads).toEqual([]);
  });

  it('applies overrides to the details', () => {
    const plan = createEmptyPlan({ title: 'Jawline', skinThickness: 'thin', practitioner: 'Dr B' }, '2025-07-08');
    expect(plan.meta).toMatchObject({ title: 'Jawline', skinThickness: 'thin', practitioner: 'Dr B', date: '2025-07-08' });
  });

  it("defaults the date to today's local date", () => {
    expect(createEmptyPlan().meta.date).toBe(todayIso());
    expect(todayIso(new Date(2024, 1, 9))).toBe('2024-02-09');
  });
});

describe('nextId', () => {
  it('counts from 1 per prefix', () => {
    expect(nextId('t', [])).toBe('t1');
    expect(nextId('t', ['t1', 't2', 'e7'])).toBe('t3');
    expect(nextId('e', ['t1', 't2', 'e7'])).toBe('e8');
  });

  it('never reuses a gap, so old references cannot point at a new item', () => {
    expect(nextId('t', ['t1', 't5'])).toBe('t6');
  });

  it('ignores ids that only look similar, and is deterministic', () => {
    const ids = ['t01', 'tx3', 't2a', 'thread9', 't4'];
    expect(nextId('t', ids)).toBe('t5');
    expect(nextId('t', new Set(ids))).toBe(nextId('t', ids));
  });
});
