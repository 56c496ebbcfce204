/**
 * The raster index behind every region, zone and muscle look-up (shared/analysis/atlas-raster.ts)
 * against the plain even-odd test it stands for (pointInPolygon), on made-up outlines: convex,
 * concave, overlapping, touching a cell's edge, and far from the origin. first(), all() and
 * allUpTo() must give exactly what testing every outline would give, at every point of a fine
 * lattice, at the outlines' own corners and edge midpoints, outside the raster and at NaN. The
 * analysis tests reach the raster only through the canonical atlas, and allUpTo (the danger
 * zones reached at a depth) was never compared at its limit (a partial Stryker run of the file
 * with the look-up tests: 78.3%). Each raster is made inside its test.
 */
import { describe, expect, it } from 'vitest';
import { OutlineRaster } from '../../../../shared/analysis/atlas-raster';
import { pointInPolygon } from '../../../../shared/geometry/polyline';
import type { FacePoint, FacePolygon } from '../../../../shared/geometry/types';

interface Item {
  readonly name: string;
  readonly depth: number;
}

const poly = (...xy: number[]): FacePolygon => Array.from({ length: xy.length / 2 }, (_, i) => ({ x: xy[2 * i]!, y: xy[2 * i + 1]! }));

/** Outlines that overlap, nest, bend inward and sit on whole millimetres (cell edges). */
const OUTLINES: readonly FacePolygon[] = [
  poly(-20, -20, 10, -20, 10, 10, -20, 10), // a square with corners on cell edges
  poly(-5, -30, 25, 5, -12, 22), // a triangle across it
  poly(0, 0, 30, 0, 30, 30, 20, 30, 20, 8, 8, 8, 8, 30, 0, 30), // a U, concave
  poly(-3.3, -3.7, 4.1, -2.9, 3.6, 4.4, -2.2, 3.9), // a small quadrilateral inside the square
  poly(140, 160, 152.5, 161, 147, 175.25), // far from the origin
];
const ITEMS: readonly Item[] = OUTLINES.map((_, i) => ({ name: `o${i}`, depth: [2, 5.5, 1, 5.5, 8][i]! }));

/** Points to ask about: a lattice over every outline's surroundings, their corners and edge midpoints. */
function probes(): FacePoint[] {
  const out: FacePoint[] = [];
  for (let x = -35; x <= 40; x += 0.7) for (let y = -40; y <= 40; y += 0.7) out.push({ x, y });
  for (let x = 130; x <= 160; x += 0.9) for (let y = 150; y <= 185; y += 0.9) out.push({ x, y });
  for (const o of OUTLINES) {
    o.forEach((p, i) => {
      const q = o[(i + 1) % o.length]!;
      out.push(p, { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 });
    });
  }
  return out;
}

const containing = (p: FacePoint): Item[] => ITEMS.filter((_, i) => pointInPolygon(p, OUTLINES[i]!));

describe('OutlineRaster answers as testing every outline would', () => {
  it('first(): the first containing item in the given order, or null', () => {
    const raster = new OutlineRaster(ITEMS, OUTLINES);
    for (const p of probes()) expect(raster.first(p), `${p.x}, ${p.y}`).toBe(containing(p)[0] ?? null);
  });

  it('all(): every containing item, in the given order', () => {
    const raster = new OutlineRaster(ITEMS, OUTLINES);
    for (const p of probes()) expect(raster.all(p), `${p.x}, ${p.y}`).toEqual(containing(p));
  });

  it('allUpTo(): the containing items whose value is at most the limit, exactly at each value and just under it', () => {
    const raster = new OutlineRaster(ITEMS, OUTLINES);
    const depth = (item: Item) => item.depth;
    const limits = [...new Set(ITEMS.map(depth))].flatMap((d) => [d, d - 1e-9]);
    for (const p of probes()) {
      for (const limit of limits) expect(raster.allUpTo(p, depth, limit), `${p.x}, ${p.y} up to ${limit}`).toEqual(containing(p).filter((item) => item.depth <= limit));
    }
  });

  it('is empty outside the raster and at coordinates that are not numbers', () => {
    const raster = new OutlineRaster(ITEMS, OUTLINES);
    for (const p of [
      { x: -1e4, y: 0 },
      { x: 1e4, y: 0 },
      { x: 0, y: -1e4 },
      { x: 0, y: 1e4 },
      { x: Number.NaN, y: 0 },
      { x: 0, y: Number.NaN },
    ]) {
      expect(raster.first(p)).toBeNull();
      expect(raster.all(p)).toEqual([]);
      expect(raster.allUpTo(p, (item) => item.depth, 100)).toEqual([]);
    }
  });

  it('gives the same answers from a copy of its index (what the command line ships)', () => {
    const built = new OutlineRaster(ITEMS, OUTLINES);
    const copy = structuredClone(built.index);
    const fromCopy = new OutlineRaster(ITEMS, OUTLINES, copy);
    for (const p of probes()) expect(fromCopy.all(p)).toEqual(built.all(p));
  });
});
