import { describe, expect, it } from 'vitest';
import { MIDFACE_FAN, TEMPLE, bilateral, findingsOf, midfaceVector, oneSide, run } from '../helpers';

const rule = 'superficial-path' as const;

describe('superficial-path', () => {
  it('is critical for a cog thread in the dermis and names the place', () => {
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { depth: 1.5 })])), rule);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('critical');
    expect(found[0]!.aspect).toBe('intradermal');
    expect(found[0]!.title).toMatch(/^Thread 1 runs in the dermis in the /);
  });

  it('warns when a cog thread lies below the skin but above its layer (skin + 1 mm)', () => {
    // Temple skin 2.1 mm: 2.8 mm is under the dermis but inside the 1 mm margin.
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { depth: 2.8 })])), rule);
    expect(found.map((f) => [f.severity, f.aspect])).toEqual([['warning', 'too-shallow']]);
  });

  it('clears at the standard subcutaneous depth', () => {
    expect(findingsOf(run(bilateral(TEMPLE, MIDFACE_FAN)), rule)).toEqual([]);
  });

  it('raises the margin for thin skin and eases it a little for thick skin', () => {
    // 3.3 mm: clear of the temple's 2.1 mm skin + 1 mm with normal skin, not with thin skin.
    const spec = [midfaceVector(23, 65, { depth: 3.3 })];
    expect(findingsOf(run(oneSide('left', TEMPLE, spec, { skinThickness: 'normal' })), rule)).toEqual([]);
    expect(findingsOf(run(oneSide('left', TEMPLE, spec, { skinThickness: 'thin' })), rule).map((f) => f.aspect)).toEqual(['too-shallow']);
    // 3.0 mm: inside the normal margin, clear with the thick-skin relief (2.1 + 1 - 0.25 = 2.85).
    const shallower = [midfaceVector(23, 65, { depth: 3.0 })];
    expect(findingsOf(run(oneSide('left', TEMPLE, shallower, { skinThickness: 'normal' })), rule)).toHaveLength(1);
    expect(findingsOf(run(oneSide('left', TEMPLE, shallower, { skinThickness: 'thick' })), rule)).toEqual([]);
  });

  it('lets a subdermal mono thread lie just under the dermis but not in it', () => {
    const mono = (depth: number) => [{ type: 'pdo-mono-27g-60', to: [[40, 40] as const], depth, barbs: null }];
    expect(findingsOf(run(oneSide('left', TEMPLE, mono(2.8))), rule)).toEqual([]);
    expect(findingsOf(run(oneSide('left', TEMPLE, mono(1.5))), rule).map((f) => f.severity)).toEqual(['critical']);
  });

  it('uses the per-point depth overrides, interpolated along the path', () => {
    // Deep at the entry, 1.2 mm at the far end: the end of the path is in the dermis.
    const spec = midfaceVector(23, 65, { depth: 4.5, pointDepths: [null, 1.2] });
    const found = findingsOf(run(oneSide('left', TEMPLE, [spec])), rule);
    expect(found.map((f) => f.severity)).toEqual(['critical']);
    // The shallowest point is the far end of the path.
    const end = found[0]!.location!;
    expect(end.y).toBeGreaterThan(40);
  });
});
