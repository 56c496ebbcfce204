import { describe, expect, it } from 'vitest';
import { MIDFACE_FAN, TEMPLE, bilateral, findingsOf, midfaceVector, oneSide, ray, run } from '../helpers';

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

  // Temple skin 2.1 + fat 4.0 (tissue table): the fat ends at 6.1 mm, where the temporal branch's
  // fascia begins, so with the 1 mm margin a path up to 5 mm passes.
  for (const depth of [4, 4.5, 5]) {
    it(`lets the standard midface fan pass in the subcutaneous fat at ${depth} mm`, () => {
      const fan = MIDFACE_FAN.map((v) => ({ ...v, depth }));
      expect(findingsOf(run(bilateral(TEMPLE, fan)), rule)).toEqual([]);
    });
  }

  // Above the brow the temporal branch lies under the frontalis: brow skin 1.8 + fat 2.2 +
  // frontalis 1.5 = 5.5 mm (tissue table), shallower than in the temple. A brow thread from the
  // temporal scalp crossing the band (x 50-58 at y -30..-18 on the left) is at risk from 4.5 mm.
  const browThread = (depth: number) => ({ type: 'pdo-cog-uni-19g-100', to: [[55, -30] as const, [50, -18] as const], depth, barbs: null });
  it('is critical for a brow stretch laid at 5 mm where the temporal branch crosses above the brow', () => {
    const found = findingsOf(run(oneSide('left', [65, -68], [browThread(5)])), rule);
    expect(found.map((f) => [f.severity, f.aspect])).toEqual([['critical', 'temporal-branch']]);
    // The depth the text states is the brow's, not the temple's 6.1 mm.
    expect(found[0]!.message).toContain('5.5 mm');
  });

  it('lets a brow thread in the brow fat (3.5 mm) cross the temporal branch band', () => {
    expect(findingsOf(run(oneSide('left', [65, -68], [browThread(3.5)])), rule)).toEqual([]);
  });

  for (const bite of [7, 8]) {
    it(`allows a ${bite} mm anchor bite in the deep temporal fascia at the entry`, () => {
      // The bite: deep at the entry, back in the fat 4 mm along the path (inside the fixation zone).
      const fan = MIDFACE_FAN.map((v) => {
        const end = v.to[0]!;
        const angle = (Math.atan2(TEMPLE[0] - end[0], end[1] - TEMPLE[1]) * 180) / Math.PI;
        return { ...v, to: [ray(TEMPLE, angle, 4), end], pointDepths: [bite, 4.5, null] };
      });
      expect(findingsOf(run(bilateral(TEMPLE, fan)), rule)).toEqual([]);
    });
  }

  it('still flags the same anchored path laid at 8 mm along its whole length', () => {
    const fan = MIDFACE_FAN.map((v) => ({ ...v, depth: 8 }));
    const found = findingsOf(run(bilateral(TEMPLE, fan)), rule);
    expect(found.every((f) => f.severity === 'critical')).toBe(true);
    expect(new Set(found.map((f) => f.aspect))).toEqual(new Set(['temporal-branch', 'zygomatic-buccal-branches', 'parotid-duct']));
  });

  it('flags a deep path without a declared fixation zone', () => {
    const fan = [{ ...midfaceVector(23, 65), zone: null, depth: 8 }];
    expect(findingsOf(run(oneSide('left', TEMPLE, fan)), rule).length).toBeGreaterThan(0);
  });

  it('never says a path above the layer reaches it', () => {
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { depth: 5.5 })])), rule);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.message).toMatch(/^At 5\.5 mm deep the path comes within 1 mm of the layer of the /);
  });

  it('names the great auricular nerve as sensory: numbness, not weakness', () => {
    // Down the side of the neck over McKinney's point, under the platysma (neck: 1.5 + 4.4 + 1.0 mm).
    const found = findingsOf(run(oneSide('left', [62, 72], [{ type: 'pdo-cog-uni-19g-100', to: [[60, 102]], depth: 7, barbs: [5, 25], zone: null, tension: 0.5 }])), rule);
    const gan = found.find((f) => f.aspect === 'great-auricular-nerve')!;
    expect(gan.message).toContain('numbs');
    expect(gan.message).not.toContain('weaken');
  });

  it('leaves an ordinary subcutaneous jowl thread ending near the angle of the jaw alone', () => {
    const jowl = { type: 'pdo-cog-bi-19g-100', to: [[57, 94]] as const, depth: 5, barbs: [20, 50] as const, zone: 'zygomatic-arch', tension: 1 };
    expect(findingsOf(run(oneSide('left', [68, 19], [jowl])), rule)).toEqual([]);
  });
});
