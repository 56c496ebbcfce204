import { describe, expect, it } from 'vitest';
import { predictedDisplacementMm } from '../../../../../shared/analysis';
import { tensionForDisplacementN } from '../../../../../shared/analysis/rules/over-tension';
import { THREAD_CATALOGUE, findThreadType } from '../../../../../shared/catalogue';
import { TEMPLE, findingsOf, midfaceVector, oneSide, run } from '../helpers';

const rule = 'over-tension' as const;
const at = (tension: number) => findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { tension })])), rule);

describe('over-tension', () => {
  it('is critical above the cog thread holding force (1.9 N)', () => {
    expect(at(2.4).map((f) => [f.severity, f.aspect])).toEqual([['critical', 'beyond-hold']]);
  });

  it('at exactly the holding force is not critical (the limit itself is held), just above it is', () => {
    const hold = findThreadType(THREAD_CATALOGUE, 'pdo-cog-bi-19g-100')!.holdingForceN;
    expect(hold).toBe(1.9);
    // 1.9 N still predicts more than the intended overcorrection: a warning, not the tear-through.
    expect(at(hold).map((f) => [f.severity, f.aspect])).toEqual([['warning', 'overcorrection']]);
    expect(at(hold + 0.01).map((f) => [f.severity, f.aspect])).toEqual([['critical', 'beyond-hold']]);
  });

  it('warns for more overcorrection than intended (above ~1.6 N on the model curve)', () => {
    const found = at(1.8);
    expect(found.map((f) => [f.severity, f.aspect])).toEqual([['warning', 'overcorrection']]);
    // The fix's tension is the curve's inverse at the displacement limit it names, so it warns
    // just above that tension and not just below it.
    const [, limitMm, limitN] = /under ([\d.]+) mm \(about ([\d.]+) N\)/.exec(found[0]!.fix)!;
    expect(Number(limitN)).toBeCloseTo(tensionForDisplacementN(Number(limitMm)), 1);
    expect(at(tensionForDisplacementN(Number(limitMm)) + 0.02)).toHaveLength(1);
    expect(at(tensionForDisplacementN(Number(limitMm)) - 0.02)).toEqual([]);
  });

  it('inverts the tension-displacement curve on both of its pieces', () => {
    for (const n of [0, 0.5, 1, 1.6, 2, 2.7, 4, 5]) expect(tensionForDisplacementN(predictedDisplacementMm(n))).toBeCloseTo(n, 10);
  });

  it('clears at a moderate tension', () => {
    expect(at(1.2)).toEqual([]);
  });

  it('holds smooth threads to their own 0.2 N', () => {
    const mono = { type: 'pdo-mono-27g-60', to: [[40, 40] as const], depth: 2.8, barbs: null, tension: 0.5 };
    expect(findingsOf(run(oneSide('left', TEMPLE, [mono])), rule).map((f) => f.severity)).toEqual(['critical']);
  });

  it('reads displacement off the finite-element figures (2 N -> 4.4 mm, 4 N -> 7.6 mm)', () => {
    expect(predictedDisplacementMm(0)).toBe(0);
    expect(predictedDisplacementMm(2)).toBeCloseTo(4.4, 10);
    expect(predictedDisplacementMm(4)).toBeCloseTo(7.6, 10);
    expect(predictedDisplacementMm(1)).toBeCloseTo(2.2, 10);
    expect(predictedDisplacementMm(3)).toBeCloseTo(6.0, 10);
    expect(predictedDisplacementMm(5)).toBeCloseTo(9.2, 10);
  });
});
