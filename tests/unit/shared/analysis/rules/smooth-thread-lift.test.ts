import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../../shared/analysis/types';
import { mirrorSpec } from '../../../../../cli/examples/builder';
import { TEMPLE, findingsOf, oneSide, ray, run, type ThreadSpec } from '../helpers';

const rule = 'smooth-thread-lift' as const;
const FAR = ray(TEMPLE, 23, 58);
const mono = (extra: Partial<ThreadSpec>): ThreadSpec => ({ type: 'pdo-mono-27g-60', to: [FAR], depth: 3, barbs: null, ...extra });

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

const found = (extra: Partial<ThreadSpec>) => findingsOf(run(oneSide('left', TEMPLE, [mono(extra)])), rule);
const data = (f: Finding) => ({ severity: f.severity, aspect: f.aspect, side: f.side, threads: f.threads, id: f.text!.id, params: f.text!.params });
const THREAD = { threads: [1], start: true };

// The same rule read from the findings' data (severity, side, threads, text parameters), not their English.
describe('smooth-thread-lift, read from its data', () => {
  it('says whether the thread was tensioned, anchored or both, with the tension', () => {
    expect(found({ tension: 0.15 }).map(data)).toEqual([
      { severity: 'warning', aspect: 'tensioned', side: 'left', threads: ['t1'], id: 'smooth-thread-lift', params: { thread: THREAD, how: { text: 'smooth-thread-lift.how.tension', params: { tension: { newtons: 0.15 } } } } },
    ]);
    expect(found({ tension: 0.15, zone: 'deep-temporal-fascia' }).map(data)).toEqual([
      { severity: 'warning', aspect: 'tensioned', side: 'left', threads: ['t1'], id: 'smooth-thread-lift', params: { thread: THREAD, how: { text: 'smooth-thread-lift.how.both', params: { tension: { newtons: 0.15 } } } } },
    ]);
    expect(found({ zone: 'deep-temporal-fascia' }).map(data)).toEqual([
      { severity: 'warning', aspect: 'anchored', side: 'left', threads: ['t1'], id: 'smooth-thread-lift', params: { thread: THREAD, how: { text: 'smooth-thread-lift.how.anchor' } } },
    ]);
  });

  it('points at the fixation end, on the thread\'s side', () => {
    expect(found({ tension: 0.15 })[0]!.location).toEqual({ x: TEMPLE[0], y: TEMPLE[1] });
    const [x, y] = FAR;
    expect(found({ tension: 0.15, fixationEnd: 'distal' })[0]!.location).toEqual({ x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 });
    const right = findingsOf(run(oneSide('right', [-TEMPLE[0], TEMPLE[1]], [mirrorSpec(mono({ tension: 0.15 }))])), rule);
    expect(right.map((f) => [f.side, f.location])).toEqual([['right', { x: -TEMPLE[0], y: TEMPLE[1] }]]);
  });
});
