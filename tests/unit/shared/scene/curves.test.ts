import { describe, expect, it } from 'vitest';
import { catmullRomToBezier, cubicPoint, flattenBezier } from '../../../../shared/scene/curves';

const pts = [
  { x: 0, y: 0 },
  { x: 10, y: 5 },
  { x: 20, y: -3 },
  { x: 30, y: 8 },
];

describe('catmullRomToBezier', () => {
  it('passes through every point, one segment per gap on an open curve', () => {
    const path = catmullRomToBezier(pts, false);
    expect(path.start).toEqual(pts[0]);
    expect(path.segments).toHaveLength(3);
    expect(path.segments.map((s) => s.to)).toEqual(pts.slice(1));
  });

  it('is smooth at the joins: the tangents either side of a point line up', () => {
    const path = catmullRomToBezier(pts, false);
    for (let i = 0; i + 1 < path.segments.length; i++) {
      const joint = path.segments[i]!.to;
      const inT = { x: joint.x - path.segments[i]!.c2.x, y: joint.y - path.segments[i]!.c2.y };
      const outT = { x: path.segments[i + 1]!.c1.x - joint.x, y: path.segments[i + 1]!.c1.y - joint.y };
      // Uniform Catmull–Rom is C1: equal incoming and outgoing tangents.
      expect(outT.x).toBeCloseTo(inT.x, 9);
      expect(outT.y).toBeCloseTo(inT.y, 9);
    }
  });

  it('keeps collinear points on a straight line', () => {
    const line = [{ x: 0, y: 0 }, { x: 5, y: 5 }, { x: 10, y: 10 }];
    for (const p of flattenBezier(catmullRomToBezier(line, false), 10)) expect(p.y).toBeCloseTo(p.x, 9);
  });

  it('wraps around on a closed curve and ends where it started', () => {
    const path = catmullRomToBezier(pts, true);
    expect(path.segments).toHaveLength(4);
    expect(path.segments[3]!.to).toEqual(pts[0]);
    const flat = flattenBezier(path, 4);
    expect(flat[flat.length - 1]).toEqual(pts[0]);
    expect(flat).toHaveLength(1 + 4 * 4);
  });

  it('evaluates a cubic at its ends and midpoint', () => {
    const seg = { c1: { x: 0, y: 10 }, c2: { x: 10, y: 10 }, to: { x: 10, y: 0 } };
    expect(cubicPoint({ x: 0, y: 0 }, seg, 0)).toEqual({ x: 0, y: 0 });
    expect(cubicPoint({ x: 0, y: 0 }, seg, 1)).toEqual({ x: 10, y: 0 });
    expect(cubicPoint({ x: 0, y: 0 }, seg, 0.5)).toEqual({ x: 5, y: 7.5 });
  });

  it('refuses an empty point list', () => {
    expect(() => catmullRomToBezier([], false)).toThrow();
  });
});
