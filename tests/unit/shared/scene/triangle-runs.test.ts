import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import type { FacePoint } from '../../../../shared/geometry/types';
import { parsePlanText } from '../../../../shared/plan';
import { tissueLayer } from '../../../../shared/scene/layers/tissue';
import { mergeTriangleRuns } from '../../../../shared/scene/triangle-runs';
import type { SceneTriangles } from '../../../../shared/scene/types';
import { simulatePlan } from '../../../../shared/simulation';

/** Even-odd point-in-polygon (the polygons here are simple, so any rule agrees). */
function inside(p: FacePoint, poly: readonly FacePoint[]): boolean {
  let odd = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i]!;
    const b = poly[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) odd = !odd;
  }
  return odd;
}

const area = (poly: readonly FacePoint[]) => {
  let sum = 0;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) sum += poly[j]!.x * poly[i]!.y - poly[i]!.x * poly[j]!.y;
  return Math.abs(sum) / 2;
};

function polygonsOf(merged: { points: readonly FacePoint[]; sizes: readonly number[] }): FacePoint[][] {
  const out: FacePoint[][] = [];
  let at = 0;
  for (const size of merged.sizes) {
    out.push(merged.points.slice(at, at + size));
    at += size;
  }
  return out;
}

function trianglesOf(points: readonly FacePoint[]): FacePoint[][] {
  const out: FacePoint[][] = [];
  for (let k = 0; k + 2 < points.length; k += 3) out.push([points[k]!, points[k + 1]!, points[k + 2]!]);
  return out;
}

/** A simulated map's bands (the tissue layer's triangles items) for a bundled example. */
function exampleBands(): SceneTriangles[] {
  const parsed = parsePlanText(readFileSync(new URL('../../../../assets/examples/good-midface.vlift', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return tissueLayer(simulatePlan(parsed.plan, CANONICAL_ATLAS, THREAD_CATALOGUE).map).items.filter((i): i is SceneTriangles => i.type === 'triangles');
}

describe('merging a run of triangles into polygons', () => {
  it('turns a row strip of a lattice into one polygon with every corner of the row', () => {
    // Six triangles of a row, alternating up and down, as the tissue mesh lists them.
    const row: FacePoint[] = [];
    for (let i = 0; i < 3; i++) {
      row.push({ x: i, y: 0 }, { x: i + 1, y: 0 }, { x: i, y: 1 });
      row.push({ x: i + 1, y: 0 }, { x: i + 1, y: 1 }, { x: i, y: 1 });
    }
    const merged = mergeTriangleRuns(row);
    expect(merged.sizes).toEqual([8]);
    expect(area(merged.points)).toBeCloseTo(3, 12);
  });

  it('starts a new polygon for a triangle that shares no edge with the one being grown', () => {
    const apart: FacePoint[] = [{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 0, y: 1 }, { x: 5, y: 5 }, { x: 6, y: 5 }, { x: 5, y: 6 }];
    expect(mergeTriangleRuns(apart).sizes).toEqual([3, 3]);
  });

  it('covers exactly what the triangles of a simulated tissue map cover, with far fewer polygons', () => {
    const bands = exampleBands();
    expect(bands.length).toBeGreaterThan(0);
    let triangles = 0;
    let polygons = 0;
    for (const band of bands) {
      const tris = trianglesOf(band.points);
      const merged = mergeTriangleRuns(band.points);
      const polys = polygonsOf(merged);
      triangles += tris.length;
      polygons += polys.length;
      // Same area, and each polygon is simple enough that its area is the sum of its parts.
      const triArea = tris.reduce((s, t) => s + area(t), 0);
      expect(polys.reduce((s, p) => s + area(p), 0)).toBeCloseTo(triArea, 6);
      // Same coverage at points spread over the band (each triangle's centroid and points near its corners).
      for (const t of tris.filter((_, k) => k % 7 === 0)) {
        const c = { x: (t[0]!.x + t[1]!.x + t[2]!.x) / 3, y: (t[0]!.y + t[1]!.y + t[2]!.y) / 3 };
        for (const probe of [c, ...t.map((q) => ({ x: q.x + 0.2 * (c.x - q.x), y: q.y + 0.2 * (c.y - q.y) }))]) {
          expect(polys.filter((p) => inside(probe, p)).length).toBe(1);
        }
      }
    }
    // good-midface: 884 triangles in 369 polygons (band edges cut the rows into shorter runs).
    expect(polygons).toBeLessThan(triangles / 2);
  });
});
