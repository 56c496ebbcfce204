import { describe, expect, it } from 'vitest';
import { TEMPLE, findingsOf, oneSide, ray, run, type ThreadSpec } from '../helpers';

const rule = 'smooth-thread-lift' as const;
const mono = (extra: Partial<ThreadSpec>): ThreadSpec => ({ type: 'pdo-mono-27g-60', to: [ray(TEMPLE, 23, 58)], depth: 3, barbs: null, ...extra });

describe('smooth-thread-lift', () => {
  it('flags a tensioned smooth thread', () => {
    expect(findingsOf(run(oneSide('left', TEMPLE, [mono({ tension: 0.15 })])), rule).map((f) => f.aspect)).toEqual(['tensioned']);
  });

  it('flags an anchored smooth thread', () => {
    expect(findingsOf(run(oneSide('left', TEMPLE, [mono({ zone: 'deep-temporal-fascia' })])), rule).map((f) => f.aspect)).toEqual(['anchored']);
  });

  it('clears for an untensioned, unanchored smooth thread', () => {
    expect(findingsOf(run(oneSide('left', TEMPLE, [mono({})])), rule)).toEqual([]);
  });

  it('applies to screw threads too, and not to cog threads', () => {
    expect(findingsOf(run(oneSide('left', TEMPLE, [mono({ type: 'pdo-screw-26g-60', tension: 0.1 })])), rule)).toHaveLength(1);
    const cog = { type: 'pdo-cog-bi-19g-100', to: [ray(TEMPLE, 23, 65)], barbs: [15, 58] as const, zone: 'deep-temporal-fascia', tension: 1 };
    expect(findingsOf(run(oneSide('left', TEMPLE, [cog])), rule)).toEqual([]);
  });
});
