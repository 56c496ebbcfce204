/**
 * The malar summary of one side (shared/analysis/malar.ts) that the cheekbone rule and the
 * metrics read: each lifting thread's midface pull, the traction lines that cross on the
 * prominence, and the share of the midface pull that ends there. The cheekbone tests reach it
 * through their findings only (a partial Stryker run of malar.ts with them: 70.8%; the box that
 * lets lines far from the prominence skip the crossing test, and which threads take part, were
 * never stated). Geometries are real (computeThreadGeometry on the canonical atlas), made inside
 * each test.
 */
import { describe, expect, it } from 'vitest';
import { atlasLookup } from '../../../../shared/analysis/atlas-lookup';
import { analyzeMalarSide } from '../../../../shared/analysis/malar';
import { computeThreadGeometry, type ThreadGeometry } from '../../../../shared/analysis/thread-geometry';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { pointInPolygon } from '../../../../shared/geometry/polyline';
import type { Side } from '../../../../shared/plan/types';
import { threadAlong, type XY } from './helpers';

const COG = THREAD_CATALOGUE.find((t) => t.id === 'pdo-cog-uni-19g-100')!;

/**
 * A cog (on the patient's left unless told) anchored at its entry, drawn from `from` to `to`, barbed over the
 * drawn millimetres `barbs` (the whole path by default), pulling 1 N.
 */
function cog(number: number, from: XY, to: XY, barbs?: readonly [number, number], side: Side = 'left'): ThreadGeometry {
  const drawn = Math.hypot(to[0] - from[0], to[1] - from[1]);
  const t = threadAlong(`t${number}`, side, [from, to], { barbed: { startMm: barbs?.[0] ?? 0, endMm: barbs?.[1] ?? drawn }, fixationEnd: 'entry' });
  return computeThreadGeometry(t, number, COG, atlasLookup(CANONICAL_ATLAS));
}

/**
 * The side's summary, with a lookup of its own (a copy of the atlas): the lookup keeps the box
 * around the malar regions once made, and a box made under one test would hide a change to how
 * it is made from the next (Stryker runs every mutant in one process).
 */
const side = (threads: readonly ThreadGeometry[], which: Side = 'left') => analyzeMalarSide(which, threads, atlasLookup({ ...CANONICAL_ATLAS }));

describe('analyzeMalarSide: midface pull', () => {
  it('is the thread’s pull times the share of its barbed samples that lie in the midface', () => {
    // From the temple (upper face) down into the malar region (midface), barbed over its middle.
    const g = cog(1, [66, -40], [48, 30], [10, 65]);
    const barbed = g.samples.filter((s) => s.barbed);
    const inMidface = barbed.filter((s) => s.region?.area === 'midface').length;
    expect(inMidface).toBeGreaterThan(0);
    expect(inMidface).toBeLessThan(barbed.length);
    const pull = side([g]).midfacePullN.get('t1')!;
    expect(pull).toBeCloseTo((g.traction!.magnitudeN * inMidface) / barbed.length, 12);
    // Samples outside the barbed section do not count, wherever they lie.
    const whole = cog(2, [66, -40], [48, 30]);
    const wholeBarbed = whole.samples.filter((s) => s.barbed);
    expect(side([whole]).midfacePullN.get('t2')!).toBeCloseTo((whole.traction!.magnitudeN * wholeBarbed.filter((s) => s.region?.area === 'midface').length) / wholeBarbed.length, 12);
    expect(side([whole]).midfacePullN.get('t2')).not.toBeCloseTo(pull, 3);
  });

  it('states the share of the midface pull whose thread ends on the prominence', () => {
    // Anchored on the prominence (entry inside it, 1 N all in the midface) and one anchored in front of the ear.
    const onIt = cog(1, [45, 25], [30, 60]);
    const besideIt = cog(2, [70, 30], [40, 60]);
    const s = side([onIt, besideIt]);
    expect(s.anchored).toEqual([onIt]);
    const a = s.midfacePullN.get('t1')!;
    const b = s.midfacePullN.get('t2')!;
    expect(s.totalMidfacePullN).toBeCloseTo(a + b, 12);
    expect(s.share).toBeCloseTo(a / (a + b), 12);
    expect(side([]).share).toBeNull();
  });

  it('leaves out threads that do not lift: a smooth thread wherever it is anchored, and a barbed type made for tightening', () => {
    const smoothType = THREAD_CATALOGUE.find((t) => t.configuration === 'mono')!;
    const smooth = (number: number, from: XY, to: XY) =>
      computeThreadGeometry(threadAlong(`t${number}`, 'left', [from, to], { typeId: smoothType.id, fixationEnd: 'entry' }), number, smoothType, atlasLookup(CANONICAL_ATLAS));
    const lifting = cog(1, [45, 25], [30, 60]);
    // One smooth thread anchored on the prominence, one in front of the ear.
    const s = side([lifting, smooth(2, [45, 26], [30, 61]), smooth(3, [70, 30], [40, 60])]);
    expect([...s.midfacePullN.keys()]).toEqual(['t1']);
    expect(s.anchored).toEqual([lifting]);
    expect(s.share).toBe(1);
    // A user catalogue's barbed type whose purpose is tightening: barbs, but no lift.
    const tightening = { ...COG, id: 'test-tightening-cog', purpose: 'tightening' as const };
    const barbedTightening = computeThreadGeometry(
      threadAlong('t4', 'left', [[44, 24], [29, 59]], { typeId: tightening.id, barbed: { startMm: 0, endMm: 30 }, fixationEnd: 'entry' }),
      4,
      tightening,
      atlasLookup(CANONICAL_ATLAS),
    );
    expect(barbedTightening.barbed).not.toBeNull();
    expect([...side([lifting, barbedTightening]).midfacePullN.keys()]).toEqual(['t1']);
  });
});

describe('analyzeMalarSide: traction lines that cross on the prominence', () => {
  /** Two threads whose pulls (barbed centre to anchor, straight lines) cross at p, in an X. */
  const crossingAt = (p: XY, which: Side): [ThreadGeometry, ThreadGeometry] => [
    cog(1, [p[0] - 6, p[1] - 6], [p[0] + 18, p[1] + 18], undefined, which),
    cog(2, [p[0] + 6, p[1] - 6], [p[0] - 18, p[1] + 18], undefined, which),
  ];

  it.each(['left', 'right'] as const)('finds a crossing anywhere on the prominence, out to its edges (%s side)', (which) => {
    // (Lines far from both prominences skip the crossing test: each edge of each side is tried.)
    const outline = CANONICAL_ATLAS.regions.find((r) => r.id === `malar-${which}`)!.outline;
    const centre = { x: outline.reduce((s, q) => s + q.x, 0) / outline.length, y: outline.reduce((s, q) => s + q.y, 0) / outline.length };
    // Each corner of the region moved 3 mm toward its centre, and the centre itself.
    const places: XY[] = outline.map((q) => {
      const d = Math.hypot(centre.x - q.x, centre.y - q.y);
      return [q.x + (3 * (centre.x - q.x)) / d, q.y + (3 * (centre.y - q.y)) / d] as const;
    });
    places.push([centre.x, centre.y]);
    for (const p of places) {
      expect(pointInPolygon({ x: p[0], y: p[1] }, outline), `${p}`).toBe(true);
      const [a, b] = crossingAt(p, which);
      const s = side([a, b], which);
      expect(s.convergences.length, `crossing at ${p}`).toBe(1);
      expect(s.convergences[0]!.point.x).toBeCloseTo(p[0], 6);
      expect(s.convergences[0]!.point.y).toBeCloseTo(p[1], 6);
      expect([...s.malarThreadIds].sort()).toEqual(['t1', 't2']);
    }
  });

  it('leaves out a thread with no pull in the midface, even when its line crosses another on the prominence', () => {
    // A: from in front of the ear straight across the prominence (all its pull in the midface).
    const a = cog(1, [66, 25], [36, 25]);
    // B: from the jowl up to the temple, barbed only in its last 20 mm, in the temple: its line
    // (temple to jowl) crosses A's on the prominence, but none of its pull is in the midface.
    const drawn = Math.hypot(66 - 50, -30 - 95);
    const b = cog(2, [50, 95], [66, -30], [drawn - 20, drawn]);
    const s = side([a, b]);
    expect(s.midfacePullN.get('t2')).toBe(0);
    expect(s.convergences).toEqual([]);
  });
});
