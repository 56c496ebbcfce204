import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../shared/analysis';
import type { Finding } from '../../../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import type { PlanDocument } from '../../../../../shared/plan/types';
import { TEMPLE, findingsOf, oneSide, run } from '../helpers';
import { ACROSS_ENTRY, COG_UNI, FOREHEAD_ENTRY, across, down, lid } from './muscle-conflict-fixtures';

/**
 * Muscle-conflict read from the findings' data (severity, side, threads, text parameters,
 * place), not their English: which muscles are checked, the 5 mm minimum run, the order of
 * several muscles on one thread, one muscle met on both sides of the midline.
 */

const rule = 'muscle-conflict' as const;
const found = (plan: PlanDocument) => findingsOf(run(plan), rule);
const params = (f: Finding) => f.text!.params as Record<string, unknown>;
const FIRST = { threads: [1], start: true };
const crossing = (muscle: string) => ({ muscle: { muscle }, action: { text: `muscle-conflict.action.${muscle}` }, maxAngle: { deg: 45 } });

describe('muscle-conflict, read from its data', () => {
  it('a steep crossing states its angle and length, and points where the barbs first meet the muscle', () => {
    // Horizontal at y = 46 from x = 60 toward the nose: zygomaticus major spans x 41-47.6 there.
    const [f, ...rest] = found(oneSide('left', ACROSS_ENTRY, [across([30, 49])]));
    expect(rest).toEqual([]);
    expect([f!.severity, f!.side, f!.threads, f!.text!.id]).toEqual(['warning', 'left', ['t1'], 'muscle-conflict.crossing']);
    expect(params(f!)).toMatchObject({ thread: FIRST, ...crossing('zygomaticus-major') });
    // The action line runs at about 59 degrees to the horizontal.
    expect((params(f!).angle as { deg: number }).deg).toBeCloseTo(59.4, 1);
    expect((params(f!).crossingMm as { mm: number }).mm).toBeGreaterThan(5);
    expect(f!.location!.y).toBe(46);
    expect(f!.location!.x).toBeGreaterThan(45.5);
  });

  it('names the steepest of the segments that cross', () => {
    // Horizontal from the arch, then turning down-inward across the muscle at about 90 degrees.
    const bend = { type: COG_UNI, to: [[60, 46], [50, 46], [40, 40]] as const, depth: 5, barbs: [28, 50] as const, zone: 'zygomatic-arch', tension: 1 };
    const [f] = found(oneSide('left', ACROSS_ENTRY, [bend]));
    expect((params(f!).angle as { deg: number }).deg).toBeGreaterThan(85);
  });

  it('a crossing shorter than 5 mm of barbs is not flagged', () => {
    // The barbs end about 3 mm into the muscle (at x = 44).
    expect(found(oneSide('left', ACROSS_ENTRY, [across([30, 42])]))).toEqual([]);
  });

  it('several muscles on one thread are reported in the order of their names', () => {
    // Horizontal at y = 40 from the cheek toward the nose: zygomaticus major, then minor, then levator labii superioris.
    const f = found(oneSide('left', [62, 40], [{ type: COG_UNI, to: [[8, 40]], depth: 5, barbs: [2, 52], tension: 1 }]));
    expect(f.map((x) => x.aspect)).toEqual(['crossing:levator-labii-superioris', 'crossing:zygomaticus-major', 'crossing:zygomaticus-minor']);
    expect(f.map((x) => (params(x).muscle as { muscle: string }).muscle)).toEqual(['levator-labii-superioris', 'zygomaticus-major', 'zygomaticus-minor']);
  });

  it('one muscle met on both sides of the midline is one finding over both halves', () => {
    // Across the forehead from x = 38 to x = -38: each half of the frontalis is about 32 mm of it.
    const f = found(oneSide('left', [40, -50], [{ type: COG_UNI, to: [[-40, -50]], depth: 3.5, barbs: [2, 78], tension: 1 }]));
    expect(f.map((x) => x.aspect)).toEqual(['crossing:frontalis']);
    expect((params(f[0]!).crossingMm as { mm: number }).mm).toBeGreaterThan(60);
    expect((params(f[0]!).angle as { deg: number }).deg).toBeCloseTo(90, 9);
  });

  it('a line muscle of medium mobility is not checked (risorius, crossed at right angles)', () => {
    expect(found(oneSide('left', [45, 58], [{ type: COG_UNI, to: [[45, 85]], depth: 5, barbs: [3, 24], tension: 1 }]))).toEqual([]);
  });

  it('barbs in a ring muscle: how far, and where they first enter it; under 5 mm, or in a ring of low mobility, is not flagged', () => {
    const [f, ...rest] = found(oneSide('left', TEMPLE, [lid([15, 20])]));
    expect(rest).toEqual([]);
    expect([f!.severity, f!.aspect, f!.side, f!.threads, f!.text!.id]).toEqual(['warning', 'ring:orbicularis-oculi', 'left', ['t1'], 'muscle-conflict.ring']);
    expect(params(f!)).toMatchObject({ thread: FIRST, muscle: { muscle: 'orbicularis-oculi' }, action: { text: 'muscle-conflict.action.orbicularis-oculi' } });
    const inside = (params(f!).insideMm as { mm: number }).mm;
    expect(inside).toBeGreaterThanOrEqual(5);
    expect(inside).toBeLessThan(7);
    // Its first barbed segment inside, at the outer edge of the ring (x 55-56 at y = -2).
    expect(f!.location!.x).toBeGreaterThan(53);
    expect(found(oneSide('left', TEMPLE, [lid([15, 19])]))).toEqual([]);
    const lowRing = { ...CANONICAL_ATLAS, muscles: CANONICAL_ATLAS.muscles.map((m) => (m.kind === 'orbicularis-oculi' ? { ...m, mobility: 'low' as const } : m)) };
    expect(findingsOf(analyze(oneSide('left', TEMPLE, [lid()]), lowRing), rule)).toEqual([]);
  });

  it('a pull against a muscle states the angle, on the thread\'s side, where its barbs first enter; with no tension nothing pulls, and under 5 mm inside nothing is flagged', () => {
    const right = found(oneSide('right', [-FOREHEAD_ENTRY[0], FOREHEAD_ENTRY[1]], [down({ to: [[-36, -80]] })]));
    expect(right.map((f) => [f.severity, f.aspect, f.side, f.threads, f.text!.id])).toEqual([['warning', 'against:frontalis', 'right', ['t1'], 'muscle-conflict.against']]);
    expect(params(right[0]!)).toEqual({ thread: FIRST, muscle: { muscle: 'frontalis' }, action: { text: 'muscle-conflict.action.frontalis' }, angle: { deg: 180 } });
    // The barbs start 15 mm up from the entry at y = -28.
    expect(right[0]!.location!.y).toBeGreaterThan(-45);
    expect(right[0]!.location!.y).toBeLessThan(-42);
    expect(found(oneSide('left', FOREHEAD_ENTRY, [down({ tension: 0 })]))).toEqual([]);
    // Barbs over only 3 mm (less than 5 mm inside the muscle): no finding, though they pull against it.
    expect(found(oneSide('left', FOREHEAD_ENTRY, [down({ barbs: [15, 18] })]))).toEqual([]);
  });
});
