import { describe, expect, it } from 'vitest';
import { MIDFACE_FAN, TEMPLE, bilateral, findingsOf, midfaceVector, oneSide, run, PlanBuilder, meta } from '../helpers';

const rule = 'crowding' as const;

describe('crowding', () => {
  it('flags two barbed threads running side by side', () => {
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(14, 65), midfaceVector(18, 65)])), rule);
    expect(found.map((f) => [f.aspect, f.threads])).toEqual([['close', ['t1', 't2']]]);
  });

  it('clears when the fan opens to 14 degrees', () => {
    expect(findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(9, 65), midfaceVector(23, 65)])), rule)).toEqual([]);
  });

  it('ignores the few millimetres around a shared entry point (fan technique)', () => {
    // The standard fan leaves one entry; its threads are within 4 mm of each other near it.
    expect(findingsOf(run(bilateral(TEMPLE, MIDFACE_FAN)), rule)).toEqual([]);
  });

  it('flags barbed sections that cross', () => {
    const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
    b.side('left', 'A', TEMPLE, [midfaceVector(9, 65)]);
    b.side('left', 'B', [64, 20], [{ type: 'pdo-cog-uni-19g-100', to: [[60, 46], [31, 46]], depth: 5, barbs: [10, 49], zone: 'zygomatic-arch', tension: 1 }]);
    const found = findingsOf(run(b.build()), rule);
    expect(found.map((f) => [f.aspect, f.threads])).toEqual([['crossing', ['t1', 't2']]]);
  });

  it('does not compare threads on opposite sides', () => {
    const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
    // Two chin threads crossing the midline; declared on different sides.
    b.side('left', 'A', [20, 100], [{ type: 'pdo-cog-bi-19g-100', to: [[-40, 100]], depth: 4.5, barbs: [10, 52], tension: 0.5 }]);
    b.side('right', 'B', [-20, 102], [{ type: 'pdo-cog-bi-19g-100', to: [[40, 102]], depth: 4.5, barbs: [10, 52], tension: 0.5 }]);
    expect(findingsOf(run(b.build()), rule)).toEqual([]);
  });
});
