import { describe, expect, it } from 'vitest';
import { polylineLength } from '../../../../shared/geometry/polyline';
import { LANDMARKS } from '../../../../shared/atlas/landmarks';
import { canonicalBuild, canonicalHeightField } from '../../../../shared/surface/canonical';
import { CANONICAL_SURFACE, FLAT_SURFACE, SkinPath, chordDistance, skinDistance, skinGeodesic, surfaceLength } from '../../../../shared/surface';
import { exactLength } from './exact-length';
import { syntheticSurface } from './synthetic';

const lm = (name: string) => LANDMARKS[name]!;

describe('surface length against hand calculation', () => {
  it('an inclined plane z = 0.75 x stretches every horizontal millimetre to 1.25', () => {
    const plane = syntheticSurface((x) => 0.75 * x);
    // Hand calculation: sqrt(1 + 0.75^2) = 1.25 per millimetre of x; y is unchanged.
    expect(surfaceLength(plane, [{ x: -40, y: 5 }, { x: 40, y: 5 }])).toBeCloseTo(100, 3);
    // A diagonal from (0, 0) to (30, 40): dz = 22.5, so sqrt(30^2 + 40^2 + 22.5^2) = 54.83.
    expect(surfaceLength(plane, [{ x: 0, y: 0 }, { x: 30, y: 40 }])).toBeCloseTo(Math.hypot(30, 40, 22.5), 2);
  });

  it('round a cylinder of radius 60 mm, a horizontal path is the arc R * angle (within 1%)', () => {
    const R = 60;
    const cylinder = syntheticSurface((x) => Math.sqrt(Math.max(0, R * R - x * x)));
    for (const [x1, x2] of [[-30, 30], [0, 50], [20, 57]] as const) {
      const arc = R * (Math.asin(x2 / R) - Math.asin(x1 / R));
      const measured = surfaceLength(cylinder, [{ x: x1, y: 0 }, { x: x2, y: 0 }]);
      expect(Math.abs(measured - arc) / arc).toBeLessThan(0.01);
    }
  });

  it('a helix on the cylinder (x 0 -> 50 while y 0 -> 40) is sqrt(arc^2 + 40^2) (within 1%)', () => {
    const R = 60;
    const cylinder = syntheticSurface((x) => Math.sqrt(Math.max(0, R * R - x * x)));
    // The straight frontal segment lifts to a curve whose length is the integral of
    // sqrt((R dθ)^2 + dy^2) with x = R sin θ and y = 40 x / 50: computed finely here by hand.
    let reference = 0;
    const n = 20000;
    for (let k = 0; k < n; k++) {
      const x1 = (50 * k) / n;
      const x2 = (50 * (k + 1)) / n;
      const darc = R * (Math.asin(x2 / R) - Math.asin(x1 / R));
      reference += Math.hypot(darc, (40 * (x2 - x1)) / 50);
    }
    const measured = surfaceLength(cylinder, [{ x: 0, y: 0 }, { x: 50, y: 40 }]);
    expect(Math.abs(measured - reference) / reference).toBeLessThan(0.01);
  });

  it('on the flat surface a length is the frontal length', () => {
    const path = [{ x: -68, y: -22 }, { x: -40, y: 10 }, { x: -30, y: 60 }];
    expect(surfaceLength(FLAT_SURFACE, path)).toBeCloseTo(polylineLength(path), 9);
  });
});

describe('surface length on the canonical face', () => {
  const surface = canonicalHeightField();

  it('stays within 1% of the exact length on the surface, also where the skin turns away in front of the ear', () => {
    const paths = [
      [lm('tragus-left'), lm('mouth-corner-left')],
      [{ x: 74, y: -20 }, { x: 62, y: 10 }, { x: 45, y: 45 }],
      [{ x: 75.5, y: 0 }, { x: 75.5, y: 40 }], // along the steep skin just in front of the ear
      [{ x: -70, y: 30 }, { x: -20, y: 110 }, { x: 10, y: 140 }],
      [lm('nasion'), lm('nose-tip'), lm('subnasale')],
      [{ x: 0, y: -100 }, { x: 60, y: -60 }],
    ];
    for (const path of paths) {
      const exact = exactLength(surface, path);
      const fast = surfaceLength(CANONICAL_SURFACE, path);
      expect(Math.abs(fast - exact) / exact).toBeLessThan(0.01);
    }
  });

  it('tragus to mouth corner is about 10 cm of skin, not the 71 mm of the frontal diagram (issue 9)', () => {
    const t = lm('tragus-left');
    const m = lm('mouth-corner-left');
    expect(Math.hypot(t.x - m.x, t.y - m.y)).toBeCloseTo(71.4, 1);
    const skin = skinDistance(CANONICAL_SURFACE, t, m);
    expect(skin).toBeGreaterThan(95);
    expect(skin).toBeLessThan(115);
  });

  it('the midline from nasion to subnasale matches the sum of the fitted model edges along it', () => {
    // Hand calculation: nasion (168), 6, 197, 195, 5, 4, 1, 19, 94, 2 are consecutive midline
    // vertices of the model; the skin between them is the straight edge joining them.
    const v = canonicalBuild().face.vertices;
    const chain = [168, 6, 197, 195, 5, 4, 1, 19, 94, 2];
    let byHand = 0;
    for (let k = 1; k < chain.length; k++) {
      const a = chain[k - 1]!;
      const b = chain[k]!;
      byHand += Math.hypot(v[3 * b]! - v[3 * a]!, v[3 * b + 1]! - v[3 * a + 1]!, v[3 * b + 2]! - v[3 * a + 2]!);
    }
    const measured = surfaceLength(CANONICAL_SURFACE, chain.map((i) => ({ x: v[3 * i]!, y: v[3 * i + 1]! })));
    expect(Math.abs(measured - byHand) / byHand).toBeLessThan(0.01);
  });

  it('a skin path knows where its vertices fall and maps skin distance back to frontal points', () => {
    const path = [{ x: 70, y: -10 }, { x: 55, y: 30 }, { x: 40, y: 60 }];
    const skin = SkinPath.of(CANONICAL_SURFACE, path);
    expect(skin.vertexDistance(0)).toBe(0);
    expect(skin.vertexDistance(2)).toBeCloseTo(skin.length, 9);
    expect(skin.vertexDistance(1)).toBeCloseTo(surfaceLength(CANONICAL_SURFACE, path.slice(0, 2)), 9);
    const at = skin.pointAt(skin.vertexDistance(1));
    expect(at.x).toBeCloseTo(55, 9);
    expect(at.y).toBeCloseTo(30, 9);
    // Half way along the skin is not half way along the frontal line: the first segment climbs
    // the side of the face, so the skin midpoint lies nearer its start than the frontal midpoint.
    const frontalHalf = polylineLength(path) / 2;
    const skinAtFrontalHalf = skin.skinDistanceAtFrontal(frontalHalf);
    expect(skinAtFrontalHalf).toBeGreaterThan(0);
    expect(skinAtFrontalHalf).toBeLessThan(skin.length);
    const sub = skin.subPath(10, 30);
    expect(surfaceLength(CANONICAL_SURFACE, sub)).toBeCloseTo(20, 0);
  });

  it('the skin distance between two points is no longer than the lifted straight line and no shorter than the chord', () => {
    const a = lm('tragus-left');
    const b = lm('subnasale');
    const geodesic = skinGeodesic(CANONICAL_SURFACE, a, b);
    expect(geodesic.lengthMm).toBeLessThanOrEqual(surfaceLength(CANONICAL_SURFACE, [a, b]) + 1e-9);
    expect(geodesic.lengthMm).toBeGreaterThan(chordDistance(CANONICAL_SURFACE, a, b));
    expect(geodesic.path[0]).toEqual(a);
    expect(geodesic.path[geodesic.path.length - 1]).toEqual(b);
  });
});

describe('lifted paths in shared slabs', () => {
  it('keeps every lifted path\'s numbers while later paths fill slab after slab, steep paths that outgrow their room among them', () => {
    // In front of the ear a frontal millimetre is several of skin, so a path zigzagging there
    // makes more samples than lifting guesses from its drawn length and its run moves to a new
    // slab while it is lifted; the other paths fill the slabs around it.
    const paths = Array.from({ length: 240 }, (_, i) => {
      const y = -40 + (i % 60) * 2;
      return i % 4 === 0
        ? [{ x: 95, y }, { x: 60, y: y + 5 }, { x: 96, y: y + 10 }, { x: 60, y: y + 15 }, { x: 96, y: y + 20 }]
        : [{ x: 20 + (i % 7), y }, { x: 60, y: y + 30 }];
    });
    const read = (skin: SkinPath, vertices: number): number[] => {
      const out: number[] = [];
      for (let k = 0; k < skin.sampleCount; k++) out.push(skin.xAt(k), skin.yAt(k), skin.zAt(k), skin.distanceAt(k), skin.drawnAt(k));
      for (let v = 0; v < vertices; v++) out.push(skin.vertexSample(v));
      return out;
    };
    const lifted = paths.map((p) => SkinPath.of(CANONICAL_SURFACE, p));
    const justLifted = paths.map((p) => read(SkinPath.of(CANONICAL_SURFACE, p), p.length));
    const steep = lifted[0]!;
    const segments = paths[0]!.slice(1).reduce((sum, p, i) => sum + surfaceLength(CANONICAL_SURFACE, [paths[0]![i]!, p]), 0);
    expect(steep.length).toBeCloseTo(segments, 9);
    expect(steep.drawnLength).toBeCloseTo(polylineLength(paths[0]!), 9);
    expect(steep.sampleCount).toBeGreaterThan(2 * polylineLength(paths[0]!));
    expect(steep.vertexSample(0)).toBe(0);
    expect(steep.vertexSample(4)).toBe(steep.sampleCount - 1);
    // No later path wrote over an earlier one's numbers: each reads back as it was lifted, and
    // as the same path lifted again elsewhere in the slabs.
    paths.forEach((p, i) => expect(read(lifted[i]!, p.length), `path ${i}`).toEqual(justLifted[i]));
  });
});
