import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exceededCapacity, pathPointCount } from '../../../../shared/plan/capacity';
import { MAX_ENTRY_POINTS, MAX_PLAN_PATH_POINTS, MAX_THREADS } from '../../../../shared/plan/limits';
import { parsePlanText } from '../../../../shared/plan/parse';
import type { FinalRevision, PlanDocument, Thread } from '../../../../shared/plan/types';

/**
 * The editor's capacity check at each count limit: a plan exactly at a limit is within it, one
 * more is not, and the kept final revisions count against the same budget as the current design.
 * (The loader's own checks of the same limits are in validate-boundaries.test.ts.)
 */

const loaded = parsePlanText(readFileSync(new URL('../../../../assets/examples/good-midface.vlift', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error(loaded.error.message);
const base = loaded.plan;
const thread0 = base.threads[0]!;
const entry0 = base.entryPoints[0]!;

const threadsWith = (count: number, points = 2): Thread[] =>
  Array.from({ length: count }, (_, i) => ({
    ...thread0,
    id: `t${i + 1}`,
    path: Array.from({ length: points }, (_, k) => ({ x: 10 + k, y: 20 })),
    pointDepthsMm: Array.from({ length: points }, () => null),
  }));
const entriesWith = (count: number) => Array.from({ length: count }, (_, i) => ({ ...entry0, id: `e${i + 1}` }));
const kept = (threads: Thread[], entryPoints = base.entryPoints): FinalRevision => ({
  revision: 1,
  signOff: { by: 'Dr K', on: '2025-03-14' },
  meta: base.meta,
  entryPoints,
  threads,
});
const plan = (over: Partial<PlanDocument>): PlanDocument => ({ ...base, ...over });

describe('pathPointCount', () => {
  it('adds up every thread’s path points, the kept revisions’ included', () => {
    expect(pathPointCount(plan({ threads: [], finalRevisions: [] }))).toBe(0);
    expect(pathPointCount(plan({ threads: threadsWith(3, 4), finalRevisions: [] }))).toBe(12);
    expect(pathPointCount(plan({ threads: threadsWith(3, 4), finalRevisions: [kept(threadsWith(2, 5)), kept(threadsWith(1, 7))] }))).toBe(12 + 10 + 7);
  });
});

describe('exceededCapacity at each limit', () => {
  it('threads: exactly the limit is within it, one more is not, counted across kept revisions', () => {
    expect(exceededCapacity(plan({ threads: threadsWith(MAX_THREADS), finalRevisions: [] }))).toBeNull();
    expect(exceededCapacity(plan({ threads: threadsWith(MAX_THREADS + 1), finalRevisions: [] }))).toEqual({ kind: 'threads', limit: MAX_THREADS });
    expect(exceededCapacity(plan({ threads: threadsWith(MAX_THREADS - 10), finalRevisions: [kept(threadsWith(10))] }))).toBeNull();
    expect(exceededCapacity(plan({ threads: threadsWith(MAX_THREADS - 10), finalRevisions: [kept(threadsWith(11))] }))).toEqual({ kind: 'threads', limit: MAX_THREADS });
  });

  it('entry points: exactly the limit is within it, one more is not, counted across kept revisions', () => {
    const few = { threads: threadsWith(1), finalRevisions: [] };
    expect(exceededCapacity(plan({ ...few, entryPoints: entriesWith(MAX_ENTRY_POINTS) }))).toBeNull();
    expect(exceededCapacity(plan({ ...few, entryPoints: entriesWith(MAX_ENTRY_POINTS + 1) }))).toEqual({ kind: 'entryPoints', limit: MAX_ENTRY_POINTS });
    expect(exceededCapacity(plan({ threads: threadsWith(1), entryPoints: entriesWith(MAX_ENTRY_POINTS - 1), finalRevisions: [kept(threadsWith(1), entriesWith(2))] }))).toEqual({
      kind: 'entryPoints',
      limit: MAX_ENTRY_POINTS,
    });
  });

  it('path points: exactly the limit is within it, one more is not, counted across kept revisions', () => {
    // 100 threads of 100 points is the limit exactly, under the thread limit.
    const perThread = MAX_PLAN_PATH_POINTS / 100;
    expect(exceededCapacity(plan({ threads: threadsWith(100, perThread), finalRevisions: [] }))).toBeNull();
    const oneMore = [...threadsWith(99, perThread), ...threadsWith(1, perThread + 1)];
    expect(exceededCapacity(plan({ threads: oneMore, finalRevisions: [] }))).toEqual({ kind: 'pathPoints', limit: MAX_PLAN_PATH_POINTS });
    expect(exceededCapacity(plan({ threads: threadsWith(99, perThread), finalRevisions: [kept(threadsWith(1, perThread + 1))] }))).toEqual({
      kind: 'pathPoints',
      limit: MAX_PLAN_PATH_POINTS,
    });
  });
});
