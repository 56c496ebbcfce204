import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { pointInPolygon } from '../../../../shared/geometry/polyline';
import { buildLatticeMesh, locate, spacingForNodeCount } from '../../../../shared/simulation/mesh';

const silhouette = CANONICAL_ATLAS.silhouette!;
const mesh = buildLatticeMesh(silhouette, spacingForNodeCount(silhouette, 3000));
const at = (n: number) => ({ x: mesh.xy[2 * n]!, y: mesh.xy[2 * n + 1]! });

describe('face mesh', () => {
  it('has about 3,000 nodes, all inside the face outline, in equilateral triangles of positive area', () => {
    expect(mesh.nodeCount).toBeGreaterThan(2700);
    expect(mesh.nodeCount).toBeLessThan(3300);
    for (let n = 0; n < mesh.nodeCount; n++) expect(pointInPolygon(at(n), silhouette)).toBe(true);
    for (let t = 0; t < mesh.triangleCount; t++) {
      const [a, b, c] = [0, 1, 2].map((k) => at(mesh.triangles[3 * t + k]!)) as [ReturnType<typeof at>, ReturnType<typeof at>, ReturnType<typeof at>];
      for (const [p, q] of [[a, b], [b, c], [c, a]] as const) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeCloseTo(mesh.spacingMm, 9);
      expect((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)).toBeGreaterThan(0);
    }
  });

  it('is its own mirror image across the midline', () => {
    const key = (x: number, y: number) => `${Math.round(x * 1e6)}|${Math.round(y * 1e6)}`;
    const byKey = new Map(Array.from({ length: mesh.nodeCount }, (_, n) => [key(at(n).x, at(n).y), n]));
    for (let n = 0; n < mesh.nodeCount; n++) {
      const twin = byKey.get(key(-at(n).x, at(n).y));
      expect(twin, `mirror of node ${n}`).toBeDefined();
      expect(mesh.boundary[twin!], `edge flag of node ${n}'s mirror`).toBe(mesh.boundary[n]);
    }
    expect([...mesh.boundary].filter(Boolean).length).toBeGreaterThan(100);
  });

  it('locates points in their triangle with barycentric weights that rebuild the point', () => {
    for (const p of [{ x: 30, y: 40 }, { x: -55.5, y: 12.25 }, { x: 0, y: 0 }, { x: 3.1, y: -80 }]) {
      const hit = locate(mesh, p)!;
      expect(hit).not.toBeNull();
      const nodes = [0, 1, 2].map((k) => at(mesh.triangles[3 * hit.triangle + k]!));
      const w = [hit.w0, hit.w1, hit.w2];
      expect(w.every((v) => v >= -1e-9)).toBe(true);
      expect(nodes.reduce((s, q, k) => s + w[k]! * q.x, 0)).toBeCloseTo(p.x, 9);
      expect(nodes.reduce((s, q, k) => s + w[k]! * q.y, 0)).toBeCloseTo(p.y, 9);
    }
    expect(locate(mesh, { x: 200, y: 0 })).toBeNull();
    expect(locate(mesh, { x: 0, y: -300 })).toBeNull();
  });
});
