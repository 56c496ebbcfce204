import { describe, expect, it } from 'vitest';
import { MIDFACE_FAN, PlanBuilder, TEMPLE, bilateral, findingsOf, meta, midfaceVector, oneSide, run } from '../helpers';
import { convergingOnProminence } from './cheekbone-fixtures';

const rule = 'cheekbone-concentration' as const;
const COG_UNI = 'pdo-cog-uni-19g-100';

describe('cheekbone-concentration', () => {
  it('flags a side where most midface pull ends on the malar prominence, in one summary per side', () => {
    // Short vectors from the temple whose barbs stop on the cheekbone.
    const plan = bilateral(TEMPLE, [12, 22, 32].map((a) => midfaceVector(a, 50, { type: COG_UNI })));
    const result = run(plan);
    const found = findingsOf(result, rule);
    expect(found.map((f) => [f.side, f.aspect])).toEqual([
      ['right', 'malar-share'],
      ['left', 'malar-share'],
    ]);
    expect(found[0]!.threads).toEqual(['t1', 't2', 't3']);
    expect(result.metrics.malarShare).toEqual({ right: 1, left: 1 });
  });

  it('clears when the same vectors are long enough for the barbs to end below the cheekbone', () => {
    const result = run(bilateral(TEMPLE, MIDFACE_FAN));
    expect(findingsOf(result, rule)).toEqual([]);
    expect(result.metrics.malarShare).toEqual({ right: 0, left: 0 });
  });

  it('names one thread whose barbs stop on the cheekbone when the rest of the side is sound', () => {
    const plan = bilateral(TEMPLE, [midfaceVector(9, 65), midfaceVector(23, 65), midfaceVector(32, 50, { type: COG_UNI })]);
    const found = findingsOf(run(plan), rule);
    expect(found.map((f) => [f.aspect, f.threads])).toEqual([
      ['barb-end', ['t3']],
      ['barb-end', ['t6']],
    ]);
  });

  it('flags a thread anchored on the prominence outside any fixation zone', () => {
    const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
    b.side('left', 'A', TEMPLE, [midfaceVector(9, 65, { tension: 1.2 }), midfaceVector(23, 65, { tension: 1.2 })]);
    b.side('left', 'B', [44, 26], [{ type: COG_UNI, to: [[50, 86]], barbs: [22, 54], tension: 0.6 }]);
    const found = findingsOf(run(b.build()), rule);
    expect(found.map((f) => [f.aspect, f.threads])).toEqual([['anchored', ['t3']]]);
    expect(found[0]!.location).toEqual({ x: 44, y: 26 });
  });

  it('does not count anchoring in the zygomatic arch zone, which overlaps the lateral malar region, as ending on the cheekbone', () => {
    const plan = oneSide('left', [62, 18], [{ type: COG_UNI, to: [[56, 72]], barbs: [24, 48], zone: 'zygomatic-arch', tension: 0.8 }]);
    const result = run(plan);
    expect(result.metrics.malarShare.left).toBe(0);
    expect(findingsOf(result, rule).map((f) => f.aspect)).toEqual(['single-thread']);
  });

  it('flags traction lines of two threads crossing on the prominence', () => {
    // Two vectors that end below the cheekbone while a third pair pulls across each other over
    // it: one from the temple into the cheek, one from the lateral orbital rim down and inward.
    const result = run(convergingOnProminence());
    const converging = findingsOf(result, rule).filter((f) => f.aspect === 'converging');
    expect(converging.map((f) => f.threads)).toEqual([['t3', 't4']]);
    expect(result.metrics.malarShare.left).toBeGreaterThan(0);
    expect(result.metrics.malarShare.left).toBeLessThanOrEqual(0.5);
  });

  it('flags one thread carrying all of a side\'s midface pull, and clears when the pull is shared', () => {
    const single = run(oneSide('left', TEMPLE, [midfaceVector(23, 65)]));
    expect(findingsOf(single, rule).map((f) => f.aspect)).toEqual(['single-thread']);
    const shared = run(oneSide('left', TEMPLE, MIDFACE_FAN));
    expect(findingsOf(shared, rule)).toEqual([]);
  });

  it('flags one thread pulling much harder than the others on its side', () => {
    const plan = oneSide('left', TEMPLE, [midfaceVector(9, 65, { tension: 0.2 }), midfaceVector(23, 65, { tension: 1.6 }), midfaceVector(37, 62, { tension: 0.2 })]);
    const found = findingsOf(run(plan), rule);
    expect(found.map((f) => [f.aspect, f.threads])).toEqual([['single-thread', ['t2']]]);
  });

  it('ignores a weak side: the one-thread check needs some midface pull', () => {
    expect(findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { tension: 0.3 })])), rule)).toEqual([]);
  });

  it('states a single thread of a summary in the singular, with the share of its title', () => {
    // One short vector whose barbs stop on the cheekbone carries more than half the side's pull.
    const plan = oneSide('left', TEMPLE, [midfaceVector(22, 52, { type: COG_UNI, tension: 1.6 }), midfaceVector(37, 62, { tension: 0.4 })]);
    const summary = findingsOf(run(plan), rule).find((f) => f.aspect === 'malar-share')!;
    expect(summary.threads).toEqual(['t1']);
    const share = /^(\d+%) of the midface pull/.exec(summary.title)![1]!;
    expect(summary.message).toMatch(new RegExp(`^Thread 1 ends or meets on the malar prominence, and it gives ${share} of the pull`));
  });

  it("speaks of a dominant thread's force as the inspector shows it: its tension, not the part of it acting in the midface", () => {
    // The thread's barbs reach out of the midface, so only part of its 1 N acts there.
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65)])), rule)[0]!;
    expect(found.message).toContain('Thread 1, tensioned at 1 N, gives 100% of the pull');
    expect(found.message).not.toMatch(/0\.\d+ N/);
  });
});
