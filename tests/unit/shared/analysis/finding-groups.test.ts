/**
 * Issue 8, "at the limits": findings grow with the plan, not with its pairs of threads, and
 * lists say "and N more" past a readable length.
 */
import { describe, expect, it } from 'vitest';
import { analyze, worstSeverityByThread } from '../../../../shared/analysis';
import { MAX_LISTED_FINDINGS, REPEATS_KEPT_PER_THREAD, groupRepeatedFindings, listFindings } from '../../../../shared/analysis/finding-groups';
import { makeFinding } from '../../../../shared/analysis/findings';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { MAX_THREADS } from '../../../../shared/plan/limits';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';

const pair = (a: string, b: string, severity: 'warning' | 'critical' = 'warning', aspect = 'crossing') =>
  makeFinding('crowding', severity, { title: `${a} and ${b} cross`, message: 'm', fix: 'f', threads: [a, b], location: { x: 1, y: 2 }, side: 'left', aspect });

describe('groupRepeatedFindings', () => {
  const plan = makeLargePlan(6);
  const [t1, t2, t3, t4, t5] = plan.threads.map((t) => t.id) as [string, string, string, string, string];

  it('folds the findings of one rule, severity and check led by one thread into the first, naming every thread', () => {
    const grouped = groupRepeatedFindings([pair(t1, t2), pair(t1, t3), pair(t1, t4), pair(t2, t3)], plan);
    expect(grouped).toHaveLength(2);
    expect(grouped[0]).toEqual({ ...pair(t1, t2), threads: [t1, t2, t3, t4], folded: { count: 2 } });
    // The first one's words and place are kept untouched.
    expect(grouped[0]!.title).toBe(`${t1} and ${t2} cross`);
    expect(grouped[1]).toEqual(pair(t2, t3));
  });

  it('keeps different checks, severities and whole-plan findings apart, and loses no thread’s worst severity', () => {
    const whole = makeFinding('asymmetry', 'info', { title: 'w', message: 'm', fix: 'f', threads: [], location: null, side: null, aspect: 'count' });
    const input = [pair(t1, t2, 'critical'), pair(t1, t5, 'warning'), pair(t1, t3, 'warning', 'close'), pair(t1, t4, 'warning', 'close'), whole, whole];
    const grouped = groupRepeatedFindings(input, plan);
    expect(grouped.map((f) => [f.severity, f.aspect, f.threads.length])).toEqual([
      ['critical', 'crossing', 2],
      ['warning', 'crossing', 2],
      ['warning', 'close', 3],
      ['info', 'count', 0],
      ['info', 'count', 0],
    ]);
    expect(worstSeverityByThread(grouped)).toEqual(worstSeverityByThread(input));
  });
});

describe('groupRepeatedFindings: what counts as a repeat, and the folded finding', () => {
  const plan = makeLargePlan(6);
  const [t1, t2, t3, t4, t5, t6] = plan.threads.map((t) => t.id) as [string, string, string, string, string, string];
  const finding = (rule: 'crowding' | 'asymmetry', threads: string[], side: 'left' | 'right' | null = 'left') =>
    makeFinding(rule, 'warning', { title: threads.join(' '), message: 'm', fix: 'f', threads, location: { x: 1, y: 2 }, side, aspect: 'crossing' });

  it('keeps findings of different rules, or about different sides, apart even when one thread leads them', () => {
    const input = [finding('crowding', [t1, t2]), finding('asymmetry', [t1, t3]), finding('crowding', [t1, t4], 'right'), finding('crowding', [t1, t5], null)];
    expect(groupRepeatedFindings(input, plan)).toEqual(input);
  });

  it('names the folded threads in plan order after the kept finding’s own, whatever order they came in', () => {
    const [folded] = groupRepeatedFindings([finding('crowding', [t1, t5]), finding('crowding', [t1, t4]), finding('crowding', [t1, t2]), finding('crowding', [t1, t3])], plan);
    expect(folded!.threads).toEqual([t1, t5, t2, t3, t4]);
    expect(folded!.folded).toEqual({ count: 3 });
  });

  it('adds to the count of a finding folded before, and makes a new copy only when its threads or count change', () => {
    const first = finding('crowding', [t1, t2]);
    const again = [first, finding('crowding', [t1, t3])];
    const [once] = groupRepeatedFindings(again, plan);
    // The same findings again (a drag that moved something else): the same folded object.
    expect(groupRepeatedFindings(again, plan)[0]).toBe(once);
    // One repeat more: a new copy with the new count and threads.
    const [more] = groupRepeatedFindings([first, finding('crowding', [t1, t3]), finding('crowding', [t1, t4])], plan);
    expect(more).not.toBe(once);
    expect(more!.folded).toEqual({ count: 2 });
    expect(more!.threads).toEqual([t1, t2, t3, t4]);
    // Each part of the memo's key alone: the same threads with a count one more,
    const [recounted] = groupRepeatedFindings([first, finding('crowding', [t1, t3]), finding('crowding', [t1, t4]), finding('crowding', [t1, t2])], plan);
    expect(recounted!.folded).toEqual({ count: 3 });
    expect(recounted!.threads).toEqual([t1, t2, t3, t4]);
    // the same count with one thread more after the same ones,
    const [widened] = groupRepeatedFindings([first, finding('crowding', [t1, t3]), finding('crowding', [t1, t4]), finding('crowding', [t1, t5])], plan);
    expect(widened!.folded).toEqual({ count: 3 });
    expect(widened!.threads).toEqual([t1, t2, t3, t4, t5]);
    // and the same count and number of threads with the last one another.
    const [swapped] = groupRepeatedFindings([first, finding('crowding', [t1, t3]), finding('crowding', [t1, t4]), finding('crowding', [t1, t6])], plan);
    expect(swapped!.folded).toEqual({ count: 3 });
    expect(swapped!.threads).toEqual([t1, t2, t3, t4, t6]);
    // A folded finding grouped again with a repeat of its own counts what it stood for too.
    const [twice] = groupRepeatedFindings([once!, finding('crowding', [t1, t5])], plan);
    expect(twice!.folded).toEqual({ count: 2 });
    expect(twice!.threads).toEqual([t1, t2, t3, t5]);
  });
});

describe('folding findings worded as data', () => {
  const plan = makeLargePlan(6);
  const [t1, t2, t3, t4] = plan.threads.map((t) => t.id) as [string, string, string, string];
  const worded = (a: string, b: string) =>
    makeFinding('crowding', 'warning', {
      text: { id: 'crowding.close', params: { threads: { threads: [1, 2], start: true }, spacingMm: { mm: 3 }, runMm: { mm: 10 } } },
      threads: [a, b],
      location: { x: 1, y: 2 },
      side: 'left',
      aspect: 'close',
    });

  it('gives what a spread copy gives, field for field and in the same order, whatever was worded before', () => {
    for (const readFirst of [[], ['title'], ['title', 'message', 'fix']] as const) {
      const first = worded(t1, t2);
      for (const part of readFirst) void first[part];
      const [folded] = groupRepeatedFindings([first, worded(t1, t3), worded(t1, t4)], plan);
      const expected = { ...worded(t1, t2), threads: [t1, t2, t3, t4], folded: { count: 2 } };
      expect(JSON.stringify(folded)).toBe(JSON.stringify(expected));
      expect(folded).toEqual(expected);
    }
  });

  it('writes no words that were not read: the copy words each part on its first read', () => {
    const first = worded(t1, t2);
    const [folded] = groupRepeatedFindings([first, worded(t1, t3)], plan);
    for (const part of ['title', 'message', 'fix'] as const) expect(Object.getOwnPropertyDescriptor(folded, part)!.get).toBeTypeOf('function');
    expect(folded!.message).toBe(first.message);
    expect(folded!.message).not.toMatch(/\{\w+\}/);
  });
});

describe('findings at the thread limit', () => {
  it('grow with the threads, not with their pairs: each thread leads at most one finding per rule, severity and check', () => {
    const plan = makeLargePlan(MAX_THREADS); // dense fans: nearly every barbed thread crowds its neighbours
    const { findings } = analyze(plan, CANONICAL_ATLAS);
    const perKey = new Map<string, number>();
    for (const f of findings) {
      if (f.threads.length === 0) continue;
      const key = [f.rule, f.severity, f.aspect, f.side, f.threads[0]].join('|');
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perKey.values())).toBeLessThanOrEqual(REPEATS_KEPT_PER_THREAD);
    expect(findings.some((f) => (f.folded?.count ?? 0) > 0)).toBe(true);
    // Far below the pairs of a 200-thread plan (19,900), and linear in threads.
    expect(findings.length).toBeLessThan(4 * MAX_THREADS);
  });
});

describe('listFindings', () => {
  it('lists the first ones in order and counts the rest', () => {
    const many = Array.from({ length: MAX_LISTED_FINDINGS + 7 }, (_, i) => i);
    expect(listFindings(many)).toEqual({ listed: many.slice(0, MAX_LISTED_FINDINGS), more: 7 });
    expect(listFindings([1, 2], 5)).toEqual({ listed: [1, 2], more: 0 });
  });
});
