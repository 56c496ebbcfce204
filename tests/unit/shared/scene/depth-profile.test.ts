import { describe, expect, it } from 'vitest';
import { depthAlong, depthProfile } from '../../../../shared/scene/depth-profile';
import { cumulativeLengths } from '../../../../shared/geometry/polyline';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { CANONICAL_SURFACE, surfaceLength } from '../../../../shared/surface';
import { cog, thread, tinyAtlas } from './fixtures';

// A straight 40 mm path inside the tiny atlas's only region (skin 1.5, fat 5, SMAS 1 mm).
const straight = (over: Parameters<typeof thread>[1] = {}) =>
  thread('t', { path: [{ x: 20, y: 25 }, { x: 40, y: 25 }, { x: 60, y: 25 }], pointDepthsMm: [null, null, null], ...over });

describe('depthAlong', () => {
  it('interpolates the per-point depths, falling back to the thread depth', () => {
    const t = straight({ depthMm: 5, pointDepthsMm: [1, null, 3] });
    const cum = cumulativeLengths(t.path);
    expect(depthAlong(t, cum, 0)).toBe(1);
    expect(depthAlong(t, cum, 10)).toBeCloseTo(3); // halfway from 1 to the default 5
    expect(depthAlong(t, cum, 20)).toBe(5);
    expect(depthAlong(t, cum, 30)).toBeCloseTo(4);
    expect(depthAlong(t, cum, 40)).toBe(3);
    expect(depthAlong(t, cum, 99)).toBe(3);
  });
});

describe('depthProfile', () => {
  it('samples the path every millimetre with the tissue layers from the atlas', () => {
    const p = depthProfile(straight(), tinyAtlas, cog);
    expect(p.lengthMm).toBeCloseTo(40);
    expect(p.samples).toHaveLength(41);
    expect(p.samples[0]!.s).toBe(0);
    expect(p.samples[40]!.s).toBeCloseTo(40);
    expect(p.samples[10]!.tissue).toEqual({ skinMm: 1.5, fatMm: 5, smasMm: 1 });
    expect(p.layer).toBe('subcutaneous');
    expect(p.shallowRuns).toEqual([]);
  });

  it('marks the stretch that runs inside the skin as too shallow for a subcutaneous thread', () => {
    // 0.5 mm at the first point, 5 mm from the middle on: shallower than 1.5 mm skin for the
    // first ~4.4 mm of the path.
    const p = depthProfile(straight({ pointDepthsMm: [0.5, null, null] }), tinyAtlas, cog);
    expect(p.shallowRuns).toHaveLength(1);
    const [from, to] = p.shallowRuns[0]!;
    expect(from).toBe(0);
    expect(to).toBeGreaterThan(4);
    expect(to).toBeLessThan(5.5);
    expect(p.samples.filter((s) => s.tooShallow).every((s) => s.depthMm < 1.5)).toBe(true);
  });

  it('holds an SMAS thread to the top of the SMAS (skin + fat)', () => {
    const p = depthProfile(straight({ depthMm: 5 }), tinyAtlas, { ...cog, layer: 'smas' });
    expect(p.samples.every((s) => s.layerTopMm === 6.5 && s.tooShallow)).toBe(true);
    expect(p.shallowRuns).toEqual([[0, 40]]);
  });

  it('has no samples for a path of one point', () => {
    expect(depthProfile(straight({ path: [{ x: 0, y: 0 }], pointDepthsMm: [null] }), tinyAtlas, cog).samples).toEqual([]);
  });

  it('measures along the skin on an atlas with a surface, as the analysis does', () => {
    // From the temple down over the cheek: longer on the skin than in the drawing.
    const t = thread('t', { path: [{ x: 68, y: -10 }, { x: 58, y: 50 }], pointDepthsMm: [null, null] });
    const p = depthProfile(t, CANONICAL_ATLAS, cog);
    const skin = surfaceLength(CANONICAL_SURFACE, t.path);
    expect(p.lengthMm).toBeCloseTo(skin, 9);
    expect(p.lengthMm).toBeGreaterThan(Math.hypot(10, 60) + 2);
    expect(p.samples[p.samples.length - 1]!.s).toBeCloseTo(skin, 9);
    expect(p.samples[p.samples.length - 1]!.point.y).toBeCloseTo(50, 6);
  });
});
