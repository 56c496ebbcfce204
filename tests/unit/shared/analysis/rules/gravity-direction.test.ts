import { describe, expect, it } from 'vitest';
import { TEMPLE, findingsOf, midfaceVector, oneSide, run, type ThreadSpec } from '../helpers';

const rule = 'gravity-direction' as const;

describe('gravity-direction', () => {
  it('flags a pull pointing down toward an anchor below the barbs', () => {
    const temple: ThreadSpec = { type: 'pdo-cog-uni-19g-100', to: [[68, -36]], depth: 4.5, barbs: [15, 48], zone: 'zygomatic-arch', tension: 0.8 };
    const found = findingsOf(run(oneSide('left', [62, 18], [temple])), rule);
    expect(found.map((f) => [f.aspect, f.threads])).toEqual([['downward', ['t1']]]);
  });

  it('flags a midface vector anchored at its lower end', () => {
    expect(findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { fixationEnd: 'distal' })])), rule)).toHaveLength(1);
  });

  it('clears for the same vector anchored at its upper end', () => {
    expect(findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65)])), rule)).toEqual([]);
  });

  it('accepts a nearly horizontal pull (within 10 degrees below the horizontal)', () => {
    // Anchored at the ear end, 4 mm lower than the far end: the pull dips about 5 degrees.
    const flat: ThreadSpec = { type: 'pdo-cog-uni-19g-100', to: [[20, 72]], depth: 4.5, barbs: [10, 40], tension: 0.5 };
    expect(findingsOf(run(oneSide('left', [68, 76], [flat])), rule)).toEqual([]);
    // Anchored 20 mm lower, it dips well past the tolerance.
    expect(findingsOf(run(oneSide('left', [68, 92], [flat])), rule)).toHaveLength(1);
  });
});
