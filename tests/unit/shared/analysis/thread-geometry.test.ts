/**
 * The per-thread geometry every rule reads (shared/analysis/thread-geometry.ts), worked out by
 * hand on the flat diagram (the canonical atlas without its surface), where skin and drawn
 * distances agree: a thread 30 mm straight down and then 30 mm straight across, so the point s mm
 * along it is known exactly. surface-geometry.test.ts checks the same geometry on the skin, where
 * only tolerances can be stated; here the samples' places, depths and barbed flags, the barbed
 * section's centroid and the pull are exact (a partial Stryker run of the file with the geometry
 * and rule tests: 78.6%, the interpolation of places and depths and the centroid's y alive).
 */
import { describe, expect, it } from 'vitest';
import { atlasLookup } from '../../../../shared/analysis/atlas-lookup';
import { computeThreadGeometry, SAMPLE_STEP_MM, type ThreadGeometry } from '../../../../shared/analysis/thread-geometry';
import { CANONICAL_ATLAS, indexAtlas, regionAt } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import type { ThreadType } from '../../../../shared/catalogue/types';
import type { Thread } from '../../../../shared/plan/types';
import { threadAlong, type XY } from './helpers';

const COG = THREAD_CATALOGUE.find((t) => t.id === 'pdo-cog-bi-19g-100')!;

// Down from (50, -10) to (50, 20.3), then medially to (20.9, 20.3): 30.3 + 29.1 = 59.4 mm. The
// lengths are not whole millimetres, so the 2 mm samples fall between the path's lifted points
// (1 mm apart per segment) and have to be interpolated.
const DOWN = 30.3;
const LENGTH = 59.4;
const BENT: readonly XY[] = [
  [50, -10],
  [50, -10 + DOWN],
  [50 - (LENGTH - DOWN), -10 + DOWN],
];
/** The point s mm along BENT. */
const along = (s: number): { x: number; y: number } => (s <= DOWN ? { x: 50, y: -10 + s } : { x: 50 - (s - DOWN), y: -10 + DOWN });

const flat = (fields: Partial<Thread>): ThreadGeometry =>
  computeThreadGeometry(threadAlong('t1', 'left', BENT, { typeId: COG.id, ...fields }), 1, COG, atlasLookup({ ...CANONICAL_ATLAS, surface: undefined }));

describe('computeThreadGeometry on the flat diagram', () => {
  it('samples the path about every 2 mm (an equal step), plus both barb ends, each at its place along the path', () => {
    const g = flat({ barbed: { startMm: 15, endMm: 45 } });
    expect(SAMPLE_STEP_MM).toBe(2);
    expect(g.lengthMm).toBeCloseTo(LENGTH, 9);
    // 30 equal steps of 1.98 mm (the fewest no longer than 2 mm).
    const grid = Array.from({ length: 31 }, (_, i) => (LENGTH * i) / 30);
    const expected = [...grid, 15, 45].sort((a, b) => a - b);
    expect(g.samples.map((p) => p.s)).toEqual(expected.map((s) => expect.closeTo(s, 9)));
    for (const p of g.samples) {
      const at = along(p.s);
      expect(p.x, `x at ${p.s}`).toBeCloseTo(at.x, 9);
      expect(p.y, `y at ${p.s}`).toBeCloseTo(at.y, 9);
      expect(p.barbed, `barbed at ${p.s}`).toBe(p.s >= 15 && p.s <= 45);
    }
  });

  it('interpolates per-point depths along the path, between the drawn points on either side', () => {
    // 3 mm at the entry, the thread's 6 mm at the bend (no override), 4 mm at the far end.
    const g = flat({ barbed: null, depthMm: 6, pointDepthsMm: [3, null, 4] });
    for (const p of g.samples) {
      const expected = p.s <= DOWN ? 3 + (3 * p.s) / DOWN : 6 - (2 * (p.s - DOWN)) / (LENGTH - DOWN);
      expect(p.depthMm, `depth at ${p.s}`).toBeCloseTo(expected, 9);
    }
    // One depth all along when nothing is overridden.
    expect(flat({ barbed: null, depthMm: 5.5 }).samples.every((p) => p.depthMm === 5.5)).toBe(true);
  });

  it('centres the barbed section’s grip at its samples’ mean, and pulls from there to the fixation point', () => {
    const g = flat({ barbed: { startMm: 15, endMm: 45 }, fixationEnd: 'distal', tensionN: 1.2 });
    // The barbed samples: 15 mm, the grid's between (8 to 22 steps of 1.98 mm), 45 mm.
    const barbedS = [15, ...Array.from({ length: 15 }, (_, i) => (LENGTH * (8 + i)) / 30), 45];
    const cx = barbedS.reduce((sum, s) => sum + along(s).x, 0) / barbedS.length;
    const cy = barbedS.reduce((sum, s) => sum + along(s).y, 0) / barbedS.length;
    expect(g.barbed!.centroid.x).toBeCloseTo(cx, 9);
    expect(g.barbed!.centroid.y).toBeCloseTo(cy, 9);
    expect(g.barbed!.startPoint.x).toBeCloseTo(along(15).x, 9);
    expect(g.barbed!.startPoint.y).toBeCloseTo(along(15).y, 9);
    expect(g.barbed!.endPoint.x).toBeCloseTo(along(45).x, 9);
    expect(g.barbed!.endPoint.y).toBeCloseTo(along(45).y, 9);
    const t = g.traction!;
    const end = along(LENGTH);
    const dx = end.x - cx;
    const dy = end.y - cy;
    const len = Math.hypot(dx, dy);
    expect(t.from).toEqual(g.barbed!.centroid);
    expect(t.to.x).toBeCloseTo(end.x, 9);
    expect(t.to.y).toBeCloseTo(end.y, 9);
    expect(t.direction.x).toBeCloseTo(dx / len, 12);
    expect(t.direction.y).toBeCloseTo(dy / len, 12);
    expect(t.magnitudeN).toBe(1.2);
    expect(t.x).toBeCloseTo((1.2 * dx) / len, 12);
    expect(t.y).toBeCloseTo((1.2 * dy) / len, 12);
    // Pulled at more than the type holds, the pull is what the barbs hold.
    expect(flat({ barbed: { startMm: 15, endMm: 45 }, tensionN: COG.holdingForceN + 1 }).traction!.magnitudeN).toBe(COG.holdingForceN);
  });

  it('has no barbed section, and so no pull, when the declared one lies wholly past the path, and keeps its declared end', () => {
    expect(flat({ barbed: { startMm: 70, endMm: 90 } }).barbed).toBeNull();
    expect(flat({ barbed: { startMm: 70, endMm: 90 } }).traction).toBeNull();
    expect(flat({ barbed: { startMm: 70, endMm: 90 } }).declaredBarbedEndMm).toBeCloseTo(90, 9);
  });
});

describe('computeThreadGeometry at the edges', () => {
  const flatLookup = () => atlasLookup({ ...CANONICAL_ATLAS, surface: undefined });
  const on = (path: readonly XY[], fields: Partial<Thread>, lookup = flatLookup(), type: ThreadType | null = COG): ThreadGeometry =>
    computeThreadGeometry(threadAlong('t1', 'left', path, { typeId: COG.id, ...fields }), 1, type, lookup);

  it('samples a path shorter than a millimetre at both of its ends', () => {
    // Lifted onto the flat diagram as two points only.
    const g = on(
      [
        [50, -10],
        [50, -9.4],
      ],
      { pointDepthsMm: [3, 5] },
    );
    expect(g.samples.map((p) => [p.x, p.y, p.s, p.depthMm])).toEqual([
      [50, -10, 0, 3],
      [50, expect.closeTo(-9.4, 9), expect.closeTo(0.6, 9), expect.closeTo(5, 9)],
    ]);
  });

  it('places a one-point path on the skin at its point, at its own depth, and keeps the declared barbed end of a path with no length', () => {
    const skin = atlasLookup({ ...CANONICAL_ATLAS });
    const point = on([[50, -10]], { depthMm: 6, pointDepthsMm: [3], barbed: { startMm: 0, endMm: 5 } }, skin);
    const line = on(
      [
        [50, -10],
        [50, 10],
      ],
      {},
      skin,
    );
    expect(line.samples[0]!.z).toBeGreaterThan(10);
    for (const p of point.samples) expect([p.x, p.y, p.z, p.s, p.depthMm]).toEqual([50, -10, line.samples[0]!.z, 0, 3]);
    expect(point.barbed).toBeNull();
    expect(point.declaredBarbedEndMm).toBe(5);
  });

  it('reads the depth at the entry from the first point when the path starts with a repeated point', () => {
    const g = on(
      [
        [50, -10],
        [50, -10],
        [50, 0],
      ],
      { pointDepthsMm: [3, 5, 5] },
    );
    expect(g.samples[0]!.depthMm).toBe(3);
    expect(g.samples.slice(1).every((p) => p.depthMm === 5)).toBe(true);
    // The entry sample lies at the entry (the repeated point is a segment of no length).
    expect([g.samples[0]!.x, g.samples[0]!.y]).toEqual([50, -10]);
  });

  it('samples a thread without barbs on the grid alone', () => {
    const g = on(BENT, { barbed: null });
    expect(g.samples.map((p) => p.s)).toEqual(Array.from({ length: 31 }, (_, i) => expect.closeTo((LENGTH * i) / 30, 9)));
    expect(g.samples.some((p) => p.barbed)).toBe(false);
  });

  it('takes the thread’s depth where its list of point depths is shorter than its path (never so in a valid plan)', () => {
    const g = on(BENT, { barbed: null, depthMm: 6, pointDepthsMm: [3] });
    const last = g.samples[g.samples.length - 1]!;
    expect(g.samples[0]!.depthMm).toBe(3);
    expect(last.depthMm).toBeCloseTo(6, 9);
  });

  it('gives a smooth type (mono or screw) no barbed section whatever the plan declares', () => {
    for (const configuration of ['mono', 'screw'] as const) {
      const smooth = THREAD_CATALOGUE.find((t) => t.configuration === configuration)!;
      const g = on(BENT, { barbed: { startMm: 15, endMm: 45 } }, flatLookup(), smooth);
      expect(g.barbed, configuration).toBeNull();
      expect(g.isLifting, configuration).toBe(false);
      expect(g.traction, configuration).toBeNull();
      expect(g.declaredBarbedEndMm, configuration).toBeNull();
    }
  });

  it('has no barbed section when the declared one has no length', () => {
    const g = on(BENT, { barbed: { startMm: 20, endMm: 20 } });
    expect(g.barbed).toBeNull();
    expect(g.samples.some((p) => p.barbed)).toBe(false);
    expect(g.declaredBarbedEndMm).toBeCloseTo(20, 9);
  });

  it('names the region at the fixation end: the entry’s or the far end’s', () => {
    const index = indexAtlas(CANONICAL_ATLAS);
    const entryRegion = regionAt(index, along(0));
    const farRegion = regionAt(index, along(LENGTH));
    expect(entryRegion).not.toBeNull();
    expect(farRegion).not.toBeNull();
    expect(farRegion).not.toBe(entryRegion);
    expect(on(BENT, { fixationEnd: 'entry' }).fixationRegion).toBe(entryRegion);
    expect(on(BENT, { fixationEnd: 'distal' }).fixationRegion).toBe(farRegion);
  });

  it('counts a barbed thread as lifting unless its type is made for tightening', () => {
    const barbed = { barbed: { startMm: 15, endMm: 45 } };
    expect(on(BENT, barbed).isLifting).toBe(true);
    expect(on(BENT, barbed, flatLookup(), null).isLifting).toBe(true);
    expect(on(BENT, barbed, flatLookup(), { ...COG, purpose: 'tightening' }).isLifting).toBe(false);
    expect(on(BENT, { barbed: null }).isLifting).toBe(false);
  });

  it('has no pull when the barbed section’s grip is centred on the fixation point', () => {
    // Out 10 mm, back 20 mm, out 10 mm to the entry again: the samples lie evenly either side of it.
    const g = on(
      [
        [40, 0],
        [50, 0],
        [30, 0],
        [40, 0],
      ],
      { barbed: { startMm: 0, endMm: 40 }, fixationEnd: 'entry' },
    );
    expect(g.barbed).not.toBeNull();
    expect(Math.hypot(g.barbed!.centroid.x - 40, g.barbed!.centroid.y)).toBeLessThan(1e-9);
    expect(g.traction).toBeNull();
  });

  it('reuses an earlier geometry’s skin path only for the same path on the same surface', () => {
    const skin = atlasLookup({ ...CANONICAL_ATLAS });
    const thread = threadAlong('t1', 'left', BENT, { typeId: COG.id });
    const first = computeThreadGeometry(thread, 1, COG, skin);
    // Same path, same surface: the same skin path (a tension change, say).
    expect(computeThreadGeometry({ ...thread, tensionN: 2 }, 1, COG, skin, first).skin).toBe(first.skin);
    // Another path, or another surface: lifted afresh, as with no earlier geometry.
    const moved = { ...thread, path: thread.path.map((p) => ({ x: p.x - 5, y: p.y })) };
    const after = computeThreadGeometry(moved, 1, COG, skin, first);
    expect(after.skin).not.toBe(first.skin);
    expect(after.lengthMm).toBe(computeThreadGeometry(moved, 1, COG, skin).lengthMm);
    const flatAfter = computeThreadGeometry(thread, 1, COG, flatLookup(), first);
    expect(flatAfter.skin).not.toBe(first.skin);
    expect(flatAfter.lengthMm).toBeCloseTo(LENGTH, 9);
  });
});
