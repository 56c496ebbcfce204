/**
 * The raster index behind every region, zone and muscle look-up (shared/analysis/atlas-raster.ts)
 * against the plain even-odd test it stands for (pointInPolygon), on made-up outlines: convex,
 * concave, overlapping, touching a cell's edge, within a millionth of a millimetre of cells' edges
 * (where the index's margins matter), and far from the origin. first(), all() and
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

  it('answers exactly within a millionth of a millimetre of its cells\' edges', () => {
    // The raster's 2 mm cells have their edges on even millimetres. These rectangles have their
    // sides a millionth of a millimetre inside or outside such lines, so a side runs through the
    // thin strip at the edge of a row or column of cells, and a corner is the lowest, highest or
    // rightmost point just across a cell edge. The points to ask about surround every corner and
    // side midpoint by half and one and a half millionths: in those strips, and on each side of the
    // outlines' own sides.
    const e = 1e-6;
    const outlines: FacePolygon[] = [
      poly(2 + e, 2 + e, 12 - e, 2 + e, 12 - e, 12 - e, 2 + e, 12 - e),
      poly(20 - e, 20 - e, 30 + e, 20 - e, 30 + e, 30 + e, 20 - e, 30 + e),
    ];
    const items = outlines.map((_, i) => ({ name: `near${i}`, depth: 1 }));
    const raster = new OutlineRaster(items, outlines);
    const offsets = [-1.5 * e, -0.5 * e, 0, 0.5 * e, 1.5 * e];
    const points: FacePoint[] = [];
    for (const o of outlines) {
      o.forEach((p, i) => {
        const q = o[(i + 1) % o.length]!;
        for (const at of [p, { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 }]) for (const dx of offsets) for (const dy of offsets) points.push({ x: at.x + dx, y: at.y + dy });
      });
    }
    for (const p of points) {
      const expected = items.filter((_, i) => pointInPolygon(p, outlines[i]!));
      expect(raster.all(p), `${p.x}, ${p.y}`).toEqual(expected);
      expect(raster.first(p), `${p.x}, ${p.y}`).toBe(expected[0] ?? null);
    }
  });

  it('gives the same answers from a copy of its index (what the command line ships)', () => {
    const built = new OutlineRaster(ITEMS, OUTLINES);
    const copy = structuredClone(built.index);
    const fromCopy = new OutlineRaster(ITEMS, OUTLINES, copy);
    for (const p of probes()) expect(fromCopy.all(p)).toEqual(built.all(p));
  });
});
