import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../../shared/analysis/types';
import type { PlanMeta } from '../../../../../shared/plan/types';
import { TEMPLE, findingsOf, midfaceVector, oneSide, ray, run, type ThreadSpec } from '../helpers';

/**
 * Superficial-path read from the findings' data (severity, threads, text key and parameters),
 * not their English. The fixtures are the 65 mm (drawn) midface vector at 23 degrees from the
 * temple, which runs from the temple (skin 2.1 mm) over the malar region (1.8 mm) into the
 * submalar cheek (1.7 mm), at the normal skin and age of the builder's patient unless stated.
 */

const rule = 'superficial-path' as const;
const params = (f: Finding) => f.text!.params as Record<string, unknown>;
const found = (spec: Partial<ThreadSpec>, meta: Partial<PlanMeta> = {}) => findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, spec)], meta)), rule);
/** The same vector with a middle point, so a depth can be given at its middle. */
const throughMiddle = (pointDepths: readonly number[]): Partial<ThreadSpec> => ({ to: [ray(TEMPLE, 23, 32.5), ray(TEMPLE, 23, 65)], pointDepths });
const mmOf = (f: Finding, name: string) => (params(f)[name] as { mm: number }).mm;

describe('superficial-path, read from its data', () => {
  it('a path in the dermis all along: the critical finding names its first shallowest point (the temple\'s skin) and the depth that clears it', () => {
    const [f, ...rest] = found({ depth: 1.5 });
    expect(rest).toEqual([]);
    expect([f!.severity, f!.aspect, f!.side, f!.threads, f!.text!.id]).toEqual(['critical', 'intradermal', 'left', ['t1'], 'superficial-path.intradermal']);
    // Every sample is at 1.5 mm: the first of them, in the temple (skin 2.1 mm), is named.
    expect(params(f!)).toMatchObject({ thread: { threads: [1], start: true }, depth: { mm: 1.5 }, skin: { mm: 2.1 }, others: '', thin: '', older: '' });
    // Skin + 1 mm of subcutaneous margin, at the thickest skin the path crosses.
    expect(mmOf(f!, 'required')).toBeCloseTo(3.1, 9);
  });

  it('the depth that clears the path is read only where it is too shallow', () => {
    // Deep in the temple (where 3.1 mm would be needed), rising to 1.2 mm in the cheek: only the
    // malar and submalar part is too shallow, and the malar skin (1.8 mm) + 1 mm clears it.
    const [f] = found({ depth: 6, pointDepths: [null, 1.2] });
    expect(mmOf(f!, 'required')).toBeCloseTo(2.8, 9);
  });

  it('names the shallowest point of the stretch, not one of its ends', () => {
    // 6 mm at both ends and 1.2 mm at the middle point: the stretch in the dermis is around it.
    const [f] = found(throughMiddle([6, 1.2, 6]));
    expect(f!.severity).toBe('critical');
    expect(mmOf(f!, 'depth')).toBeLessThan(1.3);
    expect(mmOf(f!, 'skin')).toBe(1.8);
  });

  it('one stretch has no "others" clause; two give their count and total length', () => {
    expect(params(found({ depth: 2.4 })[0]!).others).toBe('');
    // Too shallow at both ends, deep in the middle: two stretches, the longer one named.
    const [f] = found(throughMiddle([2.4, 6, 2.4]));
    expect([f!.severity, f!.aspect, f!.threads, f!.text!.id]).toEqual(['warning', 'too-shallow', ['t1'], 'superficial-path.too-shallow']);
    const others = params(f!).others as { text: string; params: { total: { mm: number }; count: number } };
    expect(others.text).toBe('superficial-path.others');
    expect(others.params.count).toBe(2);
    expect(others.params.total.mm).toBeGreaterThan(mmOf(f!, 'length'));
    expect(others.params.total.mm).toBeLessThan(2 * mmOf(f!, 'length'));
  });

  it('says when thin skin and an age of 50 or over raised the margin', () => {
    const [f] = found({ depth: 2.4 }, { skinThickness: 'thin', ageBand: '60-69' });
    expect(params(f!)).toMatchObject({ thin: { text: 'superficial-path.thinSkin' }, older: { text: 'superficial-path.older', params: { age: 50 } } });
    // 2.1 mm skin + 1 mm + 0.5 mm for thin skin + 0.5 mm for the age.
    expect(mmOf(f!, 'required')).toBeCloseTo(4.1, 9);
  });

  it('a type the catalogue does not know is held to the subcutaneous layer', () => {
    // 2.8 mm in the temple is below the skin but above skin + 1 mm.
    const [f, ...rest] = found({ depth: 2.8, type: 'unknown-cog' });
    expect(rest).toEqual([]);
    expect([f!.severity, f!.aspect]).toEqual(['warning', 'too-shallow']);
    expect(mmOf(f!, 'required')).toBeCloseTo(3.1, 9);
  });
});

describe('superficial-path: what a shallow thread does, by whether it has barbs', () => {
  it('a barbed thread is told of its barbs (dimpling and folds), a smooth one is not', () => {
    // Both just under the skin (the cog at 2.8 mm: under the skin, above skin + 1 mm), the mono
    // thread at 2.4 mm for a patient with thin skin, whose subdermal margin is then 0.5 mm (the
    // temple's 2.1 mm skin + 0.5: too shallow there; age adds nothing for a smooth thread).
    const [cog] = found({ depth: 2.8 });
    expect([cog!.aspect, (params(cog!).why as { text: string }).text]).toEqual(['too-shallow', 'superficial-path.why.barbed']);
    expect(cog!.message).toMatch(/barbs/);
    const [mono] = found({ type: 'pdo-mono-27g-60', depth: 2.4, barbs: null, tension: 0 }, { ageBand: '60-69', skinThickness: 'thin' });
    expect([mono!.aspect, (params(mono!).why as { text: string }).text]).toEqual(['too-shallow', 'superficial-path.why.smooth']);
    expect(mono!.message).not.toMatch(/barb/);
  });
});
