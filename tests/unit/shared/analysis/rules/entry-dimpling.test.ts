import { describe, expect, it } from 'vitest';
import { TEMPLE, findingsOf, midfaceVector, oneSide, run } from '../helpers';

const rule = 'entry-dimpling' as const;
/** A double-needle cone thread: passed from the entry to an exit point. */
const CONE = 'plla-cone-8';

describe('entry-dimpling', () => {
  it('flags barbs starting 2 mm from the entry at a normal depth', () => {
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { barbs: [2, 58] })])), rule);
    expect(found.map((f) => [f.aspect, f.threads])).toEqual([['entry', ['t1']]]);
  });

  it('clears when the barbs start 15 mm in', () => {
    expect(findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { barbs: [15, 58] })])), rule)).toEqual([]);
  });

  it('clears when the first part of the path is deep enough, barbs or not', () => {
    // Temple skin 2.1 + 3 mm: at 5.5 mm a barb near the entry is below the upper fat.
    expect(findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { barbs: [2, 58], depth: 5.5 })])), rule)).toEqual([]);
  });

  it('flags barbs running to the far end of a cone thread, which comes out through the skin there', () => {
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { type: CONE, barbs: [15, 65] })])), rule);
    expect(found.map((f) => f.aspect)).toEqual(['exit']);
  });

  it("leaves a cog's far end alone: it stays buried in the fat, no puncture (the same barbs, the same depth)", () => {
    expect(findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { barbs: [15, 65] })])), rule)).toEqual([]);
    // The entry is still a puncture for a cog.
    const atEntry = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { barbs: [2, 65] })])), rule);
    expect(atEntry.map((f) => f.aspect)).toEqual(['entry']);
  });

  it('checks both ends of a thread whose type the catalogue does not know: nothing says how it is laid', () => {
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { type: 'not-in-the-catalogue', barbs: [2, 65] })])), rule);
    expect(found.map((f) => f.aspect)).toEqual(['entry', 'exit']);
  });

  it('ignores smooth threads, which have no barbs', () => {
    const mono = { type: 'pdo-mono-27g-60', to: [[40, 40] as const], depth: 2.8, barbs: [0, 50] as const };
    expect(findingsOf(run(oneSide('left', TEMPLE, [mono])), rule)).toEqual([]);
  });

  it('states the depth limit it applied (local skin + 3 mm of fat), and a path deeper than it clears', () => {
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { barbs: [2, 58] })])), rule);
    const stated = /lies ([\d.]+) mm deep, less than the skin plus 3 mm of fat below the surface \(([\d.]+) mm here, where the skin is about ([\d.]+) mm\)/.exec(found[0]!.message);
    expect(stated).not.toBeNull();
    const [depth, limit, skin] = [Number(stated![1]), Number(stated![2]), Number(stated![3])];
    expect(depth).toBe(4.5);
    expect(limit).toBeCloseTo(skin + 3, 1);
    expect(depth).toBeLessThan(limit);
    expect(found[0]!.fix).toContain(`at least ${limit} mm deep`);
    // Laid just below the stated limit, the same barbs raise nothing.
    expect(findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { barbs: [2, 58], depth: limit + 0.1 })])), rule)).toEqual([]);
  });

  it('adds the thin-skin margin to the stated limit', () => {
    const plan = oneSide('left', TEMPLE, [midfaceVector(23, 65, { barbs: [2, 58] })], { skinThickness: 'thin' });
    const message = findingsOf(run(plan), rule)[0]!.message;
    const stated = /\(([\d.]+) mm here, where the skin is about ([\d.]+) mm, plus a margin for thin skin\)/.exec(message);
    expect(stated).not.toBeNull();
    expect(Number(stated![1])).toBeCloseTo(Number(stated![2]) + 3.5, 1);
  });

  it('raises the limit for a patient aged 50 or over (dimpling 16% over 50 against 5.6% below): a depth that clears at 40-49 is flagged at 50-59', () => {
    // Temple skin 2.1 mm + 3 mm of fat = 5.1 mm at 40-49; 5.6 mm at 50 or over. 5.3 mm lies between.
    const at = (ageBand: '40-49' | '50-59' | '70-plus' | null) =>
      findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { barbs: [2, 58], depth: 5.3 })], { ageBand })), rule);
    expect(at('40-49')).toEqual([]);
    expect(at(null)).toEqual([]);
    for (const older of ['50-59', '70-plus'] as const) {
      const found = at(older);
      expect(found.map((f) => f.aspect)).toEqual(['entry']);
      const stated = /\(([\d.]+) mm here, where the skin is about ([\d.]+) mm, plus a margin for a patient aged 50 or over\)/.exec(found[0]!.message);
      expect(stated).not.toBeNull();
      expect(Number(stated![1])).toBeCloseTo(Number(stated![2]) + 3.5, 1);
      expect(found[0]!.fix).toContain(`at least ${stated![1]} mm deep`);
    }
  });

  it('adds the thin-skin and the age margins together', () => {
    const plan = oneSide('left', TEMPLE, [midfaceVector(23, 65, { barbs: [2, 58] })], { skinThickness: 'thin', ageBand: '60-69' });
    const stated = /\(([\d.]+) mm here, where the skin is about ([\d.]+) mm, plus a margin for thin skin and for a patient aged 50 or over\)/.exec(findingsOf(run(plan), rule)[0]!.message);
    expect(stated).not.toBeNull();
    expect(Number(stated![1])).toBeCloseTo(Number(stated![2]) + 4, 1);
  });
});
