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
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
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
