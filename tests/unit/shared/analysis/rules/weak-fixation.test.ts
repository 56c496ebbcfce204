import { describe, expect, it } from 'vitest';
import { TEMPLE, findingsOf, midfaceVector, oneSide, run, type ThreadSpec } from '../helpers';

const rule = 'weak-fixation' as const;

describe('weak-fixation', () => {
  it('flags a lifting thread anchored in the mobile face', () => {
    const brow: ThreadSpec = { type: 'pdo-cog-uni-19g-100', to: [[40, -22]], depth: 3.5, barbs: [15, 46], tension: 0.8 };
    const found = findingsOf(run(oneSide('left', [40, -75], [brow])), rule);
    expect(found.map((f) => [f.aspect, f.location])).toEqual([['mobile-face', { x: 40, y: -75 }]]);
  });

  it('flags a fixation point in the fixed face but outside every fixation zone', () => {
    const found = findingsOf(run(oneSide('left', [60, -18], [midfaceVector(12, 64, { zone: null })])), rule);
    expect(found.map((f) => f.aspect)).toEqual(['no-zone']);
  });

  it('flags a declared zone that does not contain the fixation point', () => {
    // Anchored in the temple band but declared on the zygomatic arch.
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { zone: 'zygomatic-arch' })])), rule);
    expect(found.map((f) => f.aspect)).toEqual(['zone-mismatch']);
  });

  it('flags a zone id the atlas does not know', () => {
    const plan = oneSide('left', TEMPLE, [midfaceVector(23, 65)]);
    const renamed = { ...plan, threads: plan.threads.map((t) => ({ ...t, fixationZoneId: 'mastoid-fascia-left' })) };
    const found = findingsOf(run(renamed), rule);
    expect(found.map((f) => f.aspect)).toEqual(['zone-mismatch']);
    expect(found[0]!.message).toContain('mastoid-fascia-left');
  });

  it('clears for a thread anchored in the deep temporal fascia band it names', () => {
    expect(findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65)])), rule)).toEqual([]);
  });

  it('accepts a fixation point within the edge tolerance of a zone', () => {
    // The band's medial edge at y = -10 lies at x = 66.5: 1.5 mm outside is still accepted.
    expect(findingsOf(run(oneSide('left', [65, -10], [midfaceVector(23, 65)])), rule)).toEqual([]);
  });

  it('uses the far end as the fixation point when the fixation end is distal', () => {
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { fixationEnd: 'distal', zone: null })])), rule);
    expect(found.map((f) => f.aspect)).toEqual(['mobile-face']);
  });

  it('ignores smooth threads, which do not lift', () => {
    const mono = { type: 'pdo-mono-27g-60', to: [[40, 40] as const], depth: 2.8, barbs: null };
    expect(findingsOf(run(oneSide('left', [40, -20], [mono])), rule)).toEqual([]);
  });
});
