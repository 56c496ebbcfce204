import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../shared/analysis';
import type { Finding } from '../../../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import type { PlanDocument } from '../../../../../shared/plan/types';
import { mirrorSpec } from '../../../../../cli/examples/builder';
import { TEMPLE, findingsOf, midfaceVector, oneSide, run } from '../helpers';
import { BELOW_ENTRY, JOWL_ENTRY, MEDIAL_ENTRY, NECK_ENTRY, fixedBelow, jowlAlong, midfaceMedial, neckAcross } from './gravity-direction-fixtures';

/**
 * Gravity-direction read from the findings' data (severity, side, threads, text parameters),
 * not their English: the downward warning's angle and advice for each fixation end, the angle
 * each area's note states, and what happens without the jaw landmarks or a barbed lay.
 */

const rule = 'gravity-direction' as const;
const found = (plan: PlanDocument) => findingsOf(run(plan), rule);
const params = (f: Finding) => f.text!.params as Record<string, unknown>;
const deg = (f: Finding, name: string) => (params(f)[name] as { deg: number }).deg;
const head = (f: Finding) => [f.severity, f.aspect, f.side, f.threads, f.text!.id];
const FIRST = { threads: [1], start: true };

describe('gravity-direction, read from its data', () => {
  it('a downward pull: its angle below the horizontal, and the advice for the end it is fixed at, on its own side', () => {
    const entryFixed = found(oneSide('left', BELOW_ENTRY, [fixedBelow]));
    expect(entryFixed.map(head)).toEqual([['warning', 'downward', 'left', ['t1'], 'gravity-direction.downward']]);
    expect(params(entryFixed[0]!)).toMatchObject({ thread: FIRST, fix: { text: 'gravity-direction.downward.fixAbove' } });
    // From the barbs on the arch down to the entry below them: nearly straight down.
    expect(deg(entryFixed[0]!, 'below')).toBeGreaterThan(80);
    expect(deg(entryFixed[0]!, 'below')).toBeLessThan(90);
    const distal = midfaceVector(23, 65, { fixationEnd: 'distal' });
    const right = found(oneSide('right', [-TEMPLE[0], TEMPLE[1]], [mirrorSpec(distal)]));
    expect(right.map(head)).toEqual([['warning', 'downward', 'right', ['t1'], 'gravity-direction.downward']]);
    expect(params(right[0]!)).toMatchObject({ thread: FIRST, fix: { text: 'gravity-direction.downward.anchorUpper' } });
    // 23 degrees from straight down on the drawing; steeper on the skin, at about 67 degrees below the horizontal.
    expect(deg(right[0]!, 'below')).toBeCloseTo(67, 0);
  });

  it('each area\'s note states its angle', () => {
    const medial = found(oneSide('left', MEDIAL_ENTRY, [midfaceMedial]));
    expect(medial.map(head)).toEqual([['info', 'midface-medial', 'left', ['t1'], 'gravity-direction.midface-medial']]);
    expect(params(medial[0]!).thread).toEqual(FIRST);
    expect(deg(medial[0]!, 'off')).toBeCloseTo(25.5, 1);
    const jowl = found(oneSide('left', JOWL_ENTRY, [jowlAlong]));
    expect(jowl.map(head)).toEqual([['info', 'jowl-along-jaw', 'left', ['t1'], 'gravity-direction.jowl-along-jaw']]);
    expect(params(jowl[0]!).thread).toEqual(FIRST);
    expect(deg(jowl[0]!, 'at')).toBeCloseTo(18.2, 1);
    const neck = found(oneSide('left', NECK_ENTRY, [neckAcross()]));
    expect(neck.map(head)).toEqual([['info', 'neck-across-jaw', 'left', ['t1'], 'gravity-direction.neck-across']]);
    expect(params(neck[0]!).thread).toEqual(FIRST);
    expect(deg(neck[0]!, 'at')).toBeCloseTo(64.8, 1);
  });

  it('the jowl and neck notes are the same on the patient\'s right, measured against the right jaw line', () => {
    // The canonical face is mirror-symmetric, so the mirrored thread makes the same angle with
    // the right side's gonion-menton line as the left one does with the left side's.
    const mirrored = (entry: readonly [number, number]) => [-entry[0], entry[1]] as const;
    const jowl = found(oneSide('right', mirrored(JOWL_ENTRY), [mirrorSpec(jowlAlong)]));
    expect(jowl.map(head)).toEqual([['info', 'jowl-along-jaw', 'right', ['t1'], 'gravity-direction.jowl-along-jaw']]);
    expect(deg(jowl[0]!, 'at')).toBeCloseTo(deg(found(oneSide('left', JOWL_ENTRY, [jowlAlong]))[0]!, 'at'), 9);
    const neck = found(oneSide('right', mirrored(NECK_ENTRY), [mirrorSpec(neckAcross())]));
    expect(neck.map(head)).toEqual([['info', 'neck-across-jaw', 'right', ['t1'], 'gravity-direction.neck-across']]);
    expect(deg(neck[0]!, 'at')).toBeCloseTo(deg(found(oneSide('left', NECK_ENTRY, [neckAcross()]))[0]!, 'at'), 9);
  });

  it('a neck thread with too few barbed samples for a lay is judged by its pull instead', () => {
    // Barbs over 1 mm: no barbed chord, so the pull toward the entry (straight up) is measured.
    const [f] = found(oneSide('left', NECK_ENTRY, [neckAcross([8, 9])]));
    expect(f!.aspect).toBe('neck-across-jaw');
    expect(deg(f!, 'at')).toBeGreaterThan(80);
  });

  it('without the gonion in the atlas there is no jaw line, so no jowl or neck note', () => {
    const landmarks = Object.fromEntries(Object.entries(CANONICAL_ATLAS.landmarks).filter(([id]) => id !== 'gonion-left'));
    const atlas = { ...CANONICAL_ATLAS, landmarks } as typeof CANONICAL_ATLAS;
    expect(findingsOf(analyze(oneSide('left', JOWL_ENTRY, [jowlAlong]), atlas), rule)).toEqual([]);
    expect(findingsOf(analyze(oneSide('left', NECK_ENTRY, [neckAcross()]), atlas), rule)).toEqual([]);
  });
});
