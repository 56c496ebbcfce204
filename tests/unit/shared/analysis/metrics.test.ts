/**
 * The plan metrics (shared/analysis/metrics.ts) that the findings panel, the PDF and the asymmetry
 * rule show: each side's resultant pull, the pull by region, and the symmetry figure, the product
 * of three likenesses (count, force, direction). No test stated the symmetry figure before (a
 * partial Stryker run of metrics.ts with the analysis and asymmetry tests: 72.7%, every mutant of
 * the figure surviving). Geometries are real (computeThreadGeometry on the canonical atlas) and
 * made inside each test; expected figures are worked out by hand from the threads' design.
 */
import { describe, expect, it } from 'vitest';
import { atlasLookup } from '../../../../shared/analysis/atlas-lookup';
import { analyzeMalarSide } from '../../../../shared/analysis/malar';
import { angleDifferenceDeg, computeMetrics } from '../../../../shared/analysis/metrics';
import { computeThreadGeometry, type ThreadGeometry } from '../../../../shared/analysis/thread-geometry';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import type { Metrics } from '../../../../shared/analysis/types';
import type { Side } from '../../../../shared/plan/types';
import { threadAlong } from './helpers';

// A lift from one end (a floating bidirectional cog pulls toward neither end: floating-direction.test.ts).
const COG = THREAD_CATALOGUE.find((t) => t.id === 'pdo-cog-uni-19g-100')!;
const SMOOTH = THREAD_CATALOGUE.find((t) => t.configuration === 'mono')!;

/**
 * A thread on `side` anchored at its entry (x, y), running `length` mm away from it at `angle`
 * degrees (0 = medially level, 90 = straight down), barbed over its last two thirds: its pull
 * runs from the barbs back to the entry, so a thread running straight down pulls straight up
 * (elevation 90) and one running medially pulls laterally (elevation 0).
 */
function thread(number: number, side: Side, entry: readonly [number, number], angle: number, tensionN = 1, type = COG): ThreadGeometry {
  const medial = side === 'right' ? 1 : -1; // the patient's right is at negative x
  const a = (angle * Math.PI) / 180;
  const length = 45;
  const t = threadAlong(`t${number}`, side, [entry, [entry[0] + medial * length * Math.cos(a), entry[1] + length * Math.sin(a)]], {
    typeId: type.id,
    barbed: { startMm: 15, endMm: 45 },
    fixationEnd: 'entry',
    tensionN,
  });
  return computeThreadGeometry(t, number, type, atlasLookup(CANONICAL_ATLAS));
}

/** The metrics of these threads, with the real malar analysis of each side. */
function metricsOf(threads: readonly ThreadGeometry[]): Metrics {
  const lookup = atlasLookup(CANONICAL_ATLAS);
  const bySide = { right: threads.filter((g) => g.side === 'right'), left: threads.filter((g) => g.side === 'left') };
  return computeMetrics(bySide, { right: analyzeMalarSide('right', bySide.right, lookup), left: analyzeMalarSide('left', bySide.left, lookup) });
}

// Entries over the cheeks, one per side, mirror images of each other.
const RIGHT_ENTRY = [-55, 0] as const;
const LEFT_ENTRY = [55, 0] as const;

describe('angleDifferenceDeg', () => {
  it('is the smaller way round, 0 to 180 degrees, whichever angle comes first', () => {
    expect(angleDifferenceDeg(350, 10)).toBeCloseTo(20, 12);
    expect(angleDifferenceDeg(10, 350)).toBeCloseTo(20, 12);
    expect(angleDifferenceDeg(0, 180)).toBe(180);
    expect(angleDifferenceDeg(0, 190)).toBe(170);
    expect(angleDifferenceDeg(-30, 30)).toBe(60);
    expect(angleDifferenceDeg(725, 0)).toBe(5);
  });
});

describe('computeMetrics: each side’s pull', () => {
  it('sums the threads’ pulls into the side’s resultant and total', () => {
    const a = thread(1, 'right', RIGHT_ENTRY, 90, 1);
    const b = thread(2, 'right', [-55, 20], 0, 0.5);
    const m = metricsOf([a, b, thread(3, 'left', LEFT_ENTRY, 90)]);
    expect(m.resultant.right.x).toBeCloseTo(a.traction!.x + b.traction!.x, 12);
    expect(m.resultant.right.y).toBeCloseTo(a.traction!.y + b.traction!.y, 12);
    // Straight up (1 N) plus laterally level (0.5 N) on the patient's right: x -0.5, y -1.
    expect(m.resultant.right.x).toBeCloseTo(-0.5, 6);
    expect(m.resultant.right.y).toBeCloseTo(-1, 6);
    expect(m.resultant.right.magnitudeN).toBeCloseTo(Math.hypot(0.5, 1), 6);
    expect(m.resultant.right.elevationDeg!).toBeCloseTo((Math.atan2(1, 0.5) * 180) / Math.PI, 4);
    expect(m.tractionBySide).toEqual({ right: 1.5, left: 1 });
    expect(m.threadCount).toEqual({ right: 2, left: 1 });
  });

  it('leaves a side whose threads pull nothing (smooth, or no tension) with no direction', () => {
    const m = metricsOf([thread(1, 'right', RIGHT_ENTRY, 90, 1, SMOOTH), thread(2, 'right', [-55, 20], 90, 0), thread(3, 'left', LEFT_ENTRY, 90)]);
    expect(m.resultant.right).toEqual({ x: 0, y: 0, magnitudeN: 0, elevationDeg: null });
    expect(m.tractionBySide.right).toBe(0);
    expect(m.tractionByRegion.filter((r) => r.side === 'right')).toEqual([]);
  });

  it('spreads each pull over its barbed samples by region, the right side first', () => {
    const a = thread(1, 'right', RIGHT_ENTRY, 90, 1);
    const b = thread(2, 'left', LEFT_ENTRY, 60, 0.8);
    const m = metricsOf([a, b]);
    for (const g of [a, b]) {
      const barbed = g.samples.filter((s) => s.barbed);
      const expected = new Map<string, number>();
      for (const s of barbed) if (s.region !== null) expected.set(s.region.kind, (expected.get(s.region.kind) ?? 0) + g.traction!.magnitudeN / barbed.length);
      const got = m.tractionByRegion.filter((r) => r.side === g.side);
      expect(got.map((r) => r.region).sort()).toEqual([...expected.keys()].sort());
      for (const r of got) expect(r.forceN).toBeCloseTo(expected.get(r.region)!, 12);
      // Every barbed sample of these threads lies in a region: the regions add up to the pull.
      expect(got.reduce((sum, r) => sum + r.forceN, 0)).toBeCloseTo(g.traction!.magnitudeN, 12);
    }
    // The right side's regions come first, then the left's.
    const sides = m.tractionByRegion.map((r) => r.side);
    expect(sides.indexOf('left')).toBeGreaterThan(sides.lastIndexOf('right'));
  });
});

describe('computeMetrics: symmetry, the product of the count, force and direction likenesses', () => {
  it('is 1 for mirror-image sides', () => {
    expect(metricsOf([thread(1, 'right', RIGHT_ENTRY, 70), thread(2, 'left', LEFT_ENTRY, 70)]).symmetry).toBeCloseTo(1, 9);
  });

  it('is null when a side has no thread', () => {
    expect(metricsOf([thread(1, 'right', RIGHT_ENTRY, 70)]).symmetry).toBeNull();
    expect(metricsOf([thread(1, 'left', LEFT_ENTRY, 70)]).symmetry).toBeNull();
  });

  it('takes the count likeness: two threads against one, each pulling alike, halve it once for count and once for force', () => {
    const m = metricsOf([thread(1, 'right', RIGHT_ENTRY, 90), thread(2, 'right', [-55, 10], 90), thread(3, 'left', LEFT_ENTRY, 90)]);
    expect(m.symmetry).toBeCloseTo(0.5 * 0.5, 9);
  });

  it('takes the force likeness: the weaker side’s pull over the stronger’s', () => {
    expect(metricsOf([thread(1, 'right', RIGHT_ENTRY, 90, 0.4), thread(2, 'left', LEFT_ENTRY, 90, 1)]).symmetry).toBeCloseTo(0.4, 9);
    expect(metricsOf([thread(1, 'right', RIGHT_ENTRY, 90, 1), thread(2, 'left', LEFT_ENTRY, 90, 0.4)]).symmetry).toBeCloseTo(0.4, 9);
  });

  it('takes the direction likeness: 1 less the angle between the resultants over 180', () => {
    // Straight up against laterally level: 90 degrees apart, so 0.5; a third of a right angle: 1 - 30/180.
    expect(metricsOf([thread(1, 'right', RIGHT_ENTRY, 90), thread(2, 'left', LEFT_ENTRY, 0)]).symmetry).toBeCloseTo(0.5, 6);
    expect(metricsOf([thread(1, 'right', RIGHT_ENTRY, 60), thread(2, 'left', LEFT_ENTRY, 90)]).symmetry).toBeCloseTo(1 - 30 / 180, 6);
  });

  it('counts a side that pulls nothing as unlike in force (0) but not in direction, and two such sides as alike', () => {
    expect(metricsOf([thread(1, 'right', RIGHT_ENTRY, 90, 1, SMOOTH), thread(2, 'left', LEFT_ENTRY, 20)]).symmetry).toBe(0);
    expect(metricsOf([thread(1, 'right', RIGHT_ENTRY, 90, 1, SMOOTH), thread(2, 'left', LEFT_ENTRY, 20, 1, SMOOTH)]).symmetry).toBe(1);
  });

  it('counts a side whose pulls cancel out (no resultant direction) as alike in direction, when the forces match', () => {
    // Right: one thread pulling straight up and one straight down, 1 N each (2 N, no direction);
    // left: two pulling straight up (2 N, straight up).
    const m = metricsOf([thread(1, 'right', RIGHT_ENTRY, 90), thread(2, 'right', [-55, 10], -90), thread(3, 'left', LEFT_ENTRY, 90), thread(4, 'left', [55, 10], 90)]);
    expect(m.resultant.right.elevationDeg).toBeNull();
    expect(m.resultant.left.elevationDeg!).toBeCloseTo(90, 6);
    expect(m.symmetry).toBeCloseTo(1, 9);
    // The same with the sides swapped: the left's pulls cancel out.
    const swapped = metricsOf([thread(1, 'left', LEFT_ENTRY, 90), thread(2, 'left', [55, 10], -90), thread(3, 'right', RIGHT_ENTRY, 90), thread(4, 'right', [-55, 10], 90)]);
    expect(swapped.resultant.left.elevationDeg).toBeNull();
    expect(swapped.symmetry).toBeCloseTo(1, 9);
  });
});
