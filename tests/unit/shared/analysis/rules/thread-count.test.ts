import { describe, expect, it } from 'vitest';
import { ARCH, BROW_ENTRY, BROW_VECTOR, JAWLINE_PAIR, MIDFACE_FAN, TEMPLE, bilateral, bilateralGroups, findingsOf, oneSide, run } from '../helpers';

const rule = 'thread-count' as const;
const FAN2 = [MIDFACE_FAN[0]!, MIDFACE_FAN[2]!];

describe('thread-count', () => {
  it('is silent for 2 midface threads per side at mild to moderate sagging (grade 1-2)', () => {
    for (const grade of [1, 2]) expect(findingsOf(run(bilateral(TEMPLE, FAN2, { saggingGrade: grade })), rule)).toEqual([]);
  });

  it('notes 2 midface threads per side at moderate to severe sagging (grade 3-4), as info, once per side', () => {
    for (const grade of [3, 4]) {
      const found = findingsOf(run(bilateral(TEMPLE, FAN2, { saggingGrade: grade })), rule);
      expect(found.map((f) => [f.severity, f.side, f.aspect, f.threads])).toEqual([
        ['info', 'right', 'under:midface', ['t1', 't2']],
        ['info', 'left', 'under:midface', ['t3', 't4']],
      ]);
      expect(found[0]!.title).toBe("Only 2 lifting threads for the midface on the patient's right");
      expect(found[0]!.message).toContain(`sagging grade ${grade} of 4, moderate to severe, at least 3 lifting threads per side`);
    }
    expect(findingsOf(run(bilateral(TEMPLE, MIDFACE_FAN, { saggingGrade: 4 })), rule)).toEqual([]);
  });

  it('notes a single lower-face thread at grade 2, in singular words', () => {
    const found = findingsOf(run(bilateral(ARCH, JAWLINE_PAIR.slice(0, 1), { saggingGrade: 2 })), rule);
    expect(found.map((f) => f.aspect)).toEqual(['under:lower-face', 'under:lower-face']);
    expect(found[0]!.title).toBe("Only 1 lifting thread for the lower face (jowl and jawline) on the patient's right");
    expect(found[0]!.fix).toMatch(/^Add a thread /);
  });

  it('asks for at least 4 on a side that lifts several areas, counting brow threads', () => {
    // Brow (1) + midface (2) = 3 per side: each counted area has its minimum, the combined plan does not.
    const plan = bilateralGroups([{ at: TEMPLE, specs: FAN2 }, { at: BROW_ENTRY, specs: [BROW_VECTOR] }], { saggingGrade: 2 });
    const found = findingsOf(run(plan), rule);
    expect(found.map((f) => [f.side, f.aspect, f.threads.length])).toEqual([
      ['right', 'under:combined', 3],
      ['left', 'under:combined', 3],
    ]);
    expect(found[0]!.message).toContain('at least 4 lifting threads per side');
    const full = bilateralGroups([{ at: TEMPLE, specs: MIDFACE_FAN }, { at: BROW_ENTRY, specs: [BROW_VECTOR] }], { saggingGrade: 2 });
    expect(findingsOf(run(full), rule)).toEqual([]);
  });

  it('says nothing without a sagging grade, at grade 0, for smooth threads, or for a side with no threads', () => {
    expect(findingsOf(run(bilateral(TEMPLE, FAN2.slice(0, 1), { saggingGrade: null })), rule)).toEqual([]);
    expect(findingsOf(run(bilateral(TEMPLE, FAN2.slice(0, 1), { saggingGrade: 0 })), rule)).toEqual([]);
    const mono = { type: 'pdo-mono-27g-60', to: [[40, 40] as const], depth: 2.8, barbs: null };
    expect(findingsOf(run(bilateral(TEMPLE, [mono], { saggingGrade: 4 })), rule)).toEqual([]);
    expect(findingsOf(run(oneSide('left', TEMPLE, MIDFACE_FAN, { saggingGrade: 4 })), rule)).toEqual([]);
  });
});
