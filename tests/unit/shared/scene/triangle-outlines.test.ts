import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import type { FacePoint } from '../../../../shared/geometry/types';
import { parsePlanText } from '../../../../shared/plan';
import { tissueLayer } from '../../../../shared/scene/layers/tissue';
import { outlinesOf, triangleOutlines, type OutlinePolygons } from '../../../../shared/scene/triangle-outlines';
import type { SceneTriangles } from '../../../../shared/scene/types';
import { simulatePlan } from '../../../../shared/simulation';

/** How many times the loops wind around `p` (the non-zero rule fills where this is not 0). */
function winding(p: FacePoint, outlines: OutlinePolygons): number {
  let w = 0;
  let at = 0;
  for (const size of outlines.sizes) {
    for (let i = 0; i < size; i++) {
      const a = outlines.points[at + i]!;
      const b = outlines.points[at + ((i + 1) % size)]!;
      const side = (b.x - a.x) * (p.y - a.y) - (p.x - a.x) * (b.y - a.y);
      if (a.y <= p.y && b.y > p.y && side > 0) w++;
      else if (a.y > p.y && b.y <= p.y && side < 0) w--;
    }
    at += size;
  }
  return w;
}

function trianglesOf(points: readonly FacePoint[]): FacePoint[][] {
  const out: FacePoint[][] = [];
  for (let k = 0; k + 2 < points.length; k += 3) out.push([points[k]!, points[k + 1]!, points[k + 2]!]);
  return out;
}

const centroid = (t: readonly FacePoint[]): FacePoint => ({ x: (t[0]!.x + t[1]!.x + t[2]!.x) / 3, y: (t[0]!.y + t[1]!.y + t[2]!.y) / 3 });

/** A simulated map's bands (the tissue layer's triangles items) for a bundled example. */
function exampleBands(): SceneTriangles[] {
  const parsed = parsePlanText(readFileSync(new URL('../../../../assets/examples/good-midface.vlift', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return tissueLayer(simulatePlan(parsed.plan, CANONICAL_ATLAS, THREAD_CATALOGUE).map).items.filter((i): i is SceneTriangles => i.type === 'triangles');
}

describe('the outlines of a set of triangles', () => {
  it('leaves out the edges neighbouring triangles share: a row strip of a lattice is one loop round its border', () => {
    // Six triangles of a row, alternating up and down, as the tissue mesh lists them.
    const row: FacePoint[] = [];
    for (let i = 0; i < 3; i++) {
      row.push({ x: i, y: 0 }, { x: i, y: 1 }, { x: i + 1, y: 0 });
      row.push({ x: i + 1, y: 0 }, { x: i, y: 1 }, { x: i + 1, y: 1 });
    }
    const outlines = triangleOutlines(row);
    expect(outlines.sizes).toEqual([8]);
    expect(winding({ x: 1.5, y: 0.5 }, outlines)).not.toBe(0);
    expect(winding({ x: 3.5, y: 0.5 }, outlines)).toBe(0);
  });

  it('gives a triangle that shares no edge a loop of its own', () => {
    const apart: FacePoint[] = [{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 0, y: 1 }, { x: 5, y: 5 }, { x: 6, y: 5 }, { x: 5, y: 6 }];
    expect(triangleOutlines(apart).sizes).toEqual([3, 3]);
  });

  it('covers a hole-less ring of triangles with the hole left out', () => {
    // A square ring: eight triangles round the unit square hole from (1,1) to (2,2), all the same way round.
    const p = (x: number, y: number): FacePoint => ({ x, y });
    const quads: [FacePoint, FacePoint, FacePoint, FacePoint][] = [
      [p(0, 0), p(1, 0), p(1, 1), p(0, 1)], [p(1, 0), p(2, 0), p(2, 1), p(1, 1)], [p(2, 0), p(3, 0), p(3, 1), p(2, 1)],
      [p(0, 1), p(1, 1), p(1, 2), p(0, 2)], [p(2, 1), p(3, 1), p(3, 2), p(2, 2)],
      [p(0, 2), p(1, 2), p(1, 3), p(0, 3)], [p(1, 2), p(2, 2), p(2, 3), p(1, 3)], [p(2, 2), p(3, 2), p(3, 3), p(2, 3)],
    ];
    const ring = quads.flatMap(([a, b, c, d]) => [a, b, c, a, c, d]);
    const outlines = triangleOutlines(ring);
    expect(outlines.points.length).toBe(16);
    expect(winding(p(1.5, 1.5), outlines)).toBe(0);
    for (const q of quads) expect(winding(centroid([q[0], q[1], q[2]]), outlines)).not.toBe(0);
  });

  it("covers exactly a simulated tissue map's bands, with far fewer corners than their triangles", () => {
    const bands = exampleBands();
    expect(bands.length).toBeGreaterThan(1);
    for (const band of bands) {
      const tris = trianglesOf(band.points);
      // The layer's own outlines (corners numbered from the mesh) and those matched by value.
      for (const outlines of [outlinesOf(band), triangleOutlines(band.points)]) {
        // Inside: every triangle's centroid and points near its corners.
        for (const t of tris) {
          const c = centroid(t);
          for (const probe of [c, ...t.map((q) => ({ x: q.x + 0.2 * (c.x - q.x), y: q.y + 0.2 * (c.y - q.y) }))]) {
            expect(Math.abs(winding(probe, outlines))).toBe(1);
          }
        }
        // Outside: the other bands' triangles.
        for (const other of bands.filter((b) => b !== band)) {
          for (const t of trianglesOf(other.points)) expect(winding(centroid(t), outlines)).toBe(0);
        }
        expect(outlines.points.length).toBeLessThan(band.points.length / 2);
      }
      // Numbered from the mesh, the corners two triangles cut on their shared edge are one corner
      // even where their values differ in the last bits, so no more edges are left than by value.
      expect(outlinesOf(band).points.length).toBeLessThanOrEqual(triangleOutlines(band.points).points.length);
    }
  });
});
