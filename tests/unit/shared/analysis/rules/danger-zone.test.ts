import { describe, expect, it } from 'vitest';
import { MIDFACE_FAN, TEMPLE, bilateral, findingsOf, midfaceVector, oneSide, run } from '../helpers';

const rule = 'danger-zone' as const;

describe('danger-zone', () => {
  it('is critical for a path into the nasolabial facial artery zone at the depth of the artery', () => {
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(37, 73)])), rule);
    expect(found.map((f) => [f.severity, f.aspect, f.threads])).toEqual([['critical', 'facial-artery', ['t1']]]);
    expect(found[0]!.title).toBe('Thread 1 passes through the facial artery zone');
  });

  it('clears when the path stops short of the zone', () => {
    expect(findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(37, 62)])), rule)).toEqual([]);
  });

  it('clears when the path stays above the artery (depth less the margin)', () => {
    // The fold artery starts 4.25 mm down; a subdermal mono thread at 2.8 mm passes above it.
    const mono = { type: 'pdo-mono-27g-60', to: [[26, 46] as const], depth: 2.8, barbs: null };
    expect(findingsOf(run(oneSide('left', [50, 10], [mono])), rule)).toEqual([]);
    expect(findingsOf(run(oneSide('left', [50, 10], [{ ...mono, depth: 4.5 }])), rule)).toHaveLength(1);
  });

  it('lets standard vectors pass above the temporal branch and the zygomatic and buccal branches', () => {
    expect(findingsOf(run(bilateral(TEMPLE, MIDFACE_FAN)), rule)).toEqual([]);
  });

  it('is critical for a deep path through the temple where the temporal branch runs', () => {
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { depth: 7 })])), rule);
    expect(found.map((f) => f.aspect)).toContain('temporal-branch');
  });
});
