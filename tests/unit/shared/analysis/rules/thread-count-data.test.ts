import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../../shared/analysis/types';
import { ARCH, BROW_ENTRY, BROW_VECTOR, JAWLINE_PAIR, MIDFACE_FAN, PlanBuilder, TEMPLE, bilateral, findingsOf, meta, run } from '../helpers';

/**
 * Thread-count read from the findings' data (severity, side, threads, text parameters), not
 * their English: how many a side has, needs and should add, where and why, and in which order
 * a combined plan's threads are listed.
 */

const rule = 'thread-count' as const;
const FAN2 = [MIDFACE_FAN[0]!, MIDFACE_FAN[2]!];
const params = (f: Finding) => f.text!.params as Record<string, unknown>;
const gradeWhy = (grade: number, severity: 'severe' | 'mild') => ({ text: 'thread-count.why.grade', params: { grade, severity: { text: `thread-count.${severity}` } } });

describe('thread-count, read from its data', () => {
  it('too few midface threads at grade 3: have, needed, add, the area, the grade and each side\'s threads', () => {
    const found = findingsOf(run(bilateral(TEMPLE, FAN2, { saggingGrade: 3 })), rule);
    expect(found.map((f) => [f.severity, f.side, f.threads, f.text!.id])).toEqual([
      ['info', 'right', ['t1', 't2'], 'thread-count'],
      ['info', 'left', ['t3', 't4'], 'thread-count'],
    ]);
    expect(found.map(params)).toEqual([
      { have: 2, needed: 3, add: 1, where: { text: 'thread-count.area.midface' }, why: gradeWhy(3, 'severe'), side: { side: 'right' }, threads: { threads: [1, 2] } },
      { have: 2, needed: 3, add: 1, where: { text: 'thread-count.area.midface' }, why: gradeWhy(3, 'severe'), side: { side: 'left' }, threads: { threads: [3, 4] } },
    ]);
    // Placed in the middle of the first thread's barbs (from 15 mm in), not at its entry.
    const left = found[1]!.location!;
    expect(left.y - TEMPLE[1]).toBeGreaterThan(25);
  });

  it('one lower-face thread at grade 1 (the lowest graded sagging) needs the mild-to-moderate 2', () => {
    const [f] = findingsOf(run(bilateral(ARCH, JAWLINE_PAIR.slice(0, 1), { saggingGrade: 1 })), rule);
    expect(params(f!)).toEqual({ have: 1, needed: 2, add: 1, where: { text: 'thread-count.area.lower-face' }, why: gradeWhy(1, 'mild'), side: { side: 'right' }, threads: { threads: [1] } });
  });

  it('a combined plan lists its areas in the order first met and its threads in plan order', () => {
    // Left side only: a midface thread, a brow thread, another midface thread.
    const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1', saggingGrade: 2 }));
    b.side('left', 'A', TEMPLE, [FAN2[0]!]);
    b.side('left', 'B', BROW_ENTRY, [BROW_VECTOR]);
    b.side('left', 'C', TEMPLE, [FAN2[1]!]);
    const found = findingsOf(run(b.build()), rule);
    expect(found.map((f) => [f.severity, f.side, f.aspect, f.threads])).toEqual([['info', 'left', 'under:combined', ['t1', 't2', 't3']]]);
    expect(params(found[0]!)).toEqual({
      have: 3,
      needed: 4,
      add: 1,
      where: { text: 'thread-count.areasTogether', params: { areas: { list: [{ text: 'thread-count.area.midface' }, { text: 'thread-count.area.upper-face' }] } } },
      why: { text: 'thread-count.why.combined' },
      side: { side: 'left' },
      threads: { threads: [1, 2, 3] },
    });
  });
});
