import { describe, expect, it } from 'vitest';
import { ARCH, JAWLINE_PAIR, TEMPLE, findingsOf, midfaceVector, oneSide, run, type ThreadSpec } from '../helpers';
import { BELOW_ENTRY, COG, JOWL_ENTRY, MEDIAL_ENTRY, NECK_ENTRY, fixedBelow, jowlAlong, midfaceMedial, neckAcross } from './gravity-direction-fixtures';

const rule = 'gravity-direction' as const;

describe('gravity-direction', () => {
  it('flags a pull pointing down toward an anchor below the barbs', () => {
    const found = findingsOf(run(oneSide('left', BELOW_ENTRY, [fixedBelow])), rule);
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
    // (Lying over the jowl and running along the jaw, it gets the info note about the jowl vector.)
    const flat: ThreadSpec = { type: 'pdo-cog-uni-19g-100', to: [[20, 72]], depth: 4.5, barbs: [10, 40], tension: 0.5 };
    const downward = (plan: ReturnType<typeof oneSide>) => findingsOf(run(plan), rule).filter((f) => f.aspect === 'downward');
    expect(downward(oneSide('left', [68, 76], [flat]))).toEqual([]);
    // Anchored 20 mm lower, it dips well past the tolerance.
    expect(downward(oneSide('left', [68, 92], [flat]))).toHaveLength(1);
  });
});

describe('gravity-direction: the usual vector of each area (info)', () => {
  const advice = (plan: ReturnType<typeof oneSide>) => findingsOf(run(plan), rule).filter((f) => f.severity === 'info');

  it('notes a midface pull leaning toward the midline, with the angle in title and text', () => {
    const found = advice(oneSide('left', MEDIAL_ENTRY, [midfaceMedial]));
    expect(found.map((f) => [f.aspect, f.threads])).toEqual([['midface-medial', ['t1']]]);
    const off = /\((\d+°) past vertical\)/.exec(found[0]!.title)![1]!;
    expect(Number.parseInt(off)).toBeGreaterThan(10);
    expect(found[0]!.message).toContain(`leans ${off} past vertical`);
    // The standard superolateral midface vectors get nothing.
    for (const angle of [9, 23, 37]) expect(advice(oneSide('left', TEMPLE, [midfaceVector(angle, 65)]))).toEqual([]);
  });

  it('notes a jowl pull running along the jaw line, measured on the skin', () => {
    const found = advice(oneSide('left', JOWL_ENTRY, [jowlAlong]));
    expect(found.map((f) => f.aspect)).toEqual(['jowl-along-jaw']);
    const at = /\(at (\d+°) to it\)/.exec(found[0]!.title)![1]!;
    expect(Number.parseInt(at)).toBeLessThan(25);
    expect(found[0]!.message).toContain(`meets the jaw line at ${at}`);
    // The jawline pair from the zygomatic arch pulls across the jaw: no note.
    expect(advice(oneSide('left', ARCH, JAWLINE_PAIR))).toEqual([]);
  });

  it('notes a neck thread laid across the jaw line, and not one laid along it', () => {
    const found = advice(oneSide('left', NECK_ENTRY, [neckAcross()]));
    expect(found.map((f) => f.aspect)).toEqual(['neck-across-jaw']);
    expect(found[0]!.message).toContain(`runs at ${/\(at (\d+°) to the jaw line\)/.exec(found[0]!.title)![1]} to the lower border of the jaw`);
    const along: ThreadSpec = { type: COG, to: [[16, 142]], depth: 4.5, barbs: [8, 40], tension: 0.8 };
    expect(advice(oneSide('left', [52, 124], [along]))).toEqual([]);
  });

  it('leaves smooth threads and a downward pull (already a warning) without a note', () => {
    const mono: ThreadSpec = { type: 'pdo-mono-27g-60', to: [[40, 168]], depth: 2.8, barbs: null };
    expect(advice(oneSide('left', [40, 122], [mono]))).toEqual([]);
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { fixationEnd: 'distal' })])), rule);
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });
});
