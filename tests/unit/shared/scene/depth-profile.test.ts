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

  it("marks the stretch above the superficial-path rule's limit (skin + 1 mm) as too shallow", () => {
    // 0.5 mm at the first point, 5 mm from the middle on: shallower than 1.5 mm skin + 1 mm for
    // the first ~8.9 mm of the path (depth reaches 2.5 mm at 20 x 2 / 4.5).
    const p = depthProfile(straight({ pointDepthsMm: [0.5, null, null] }), tinyAtlas, cog);
    expect(p.shallowRuns).toHaveLength(1);
    const [from, to] = p.shallowRuns[0]!;
    expect(from).toBe(0);
    expect(to).toBeGreaterThan(8);
    expect(to).toBeLessThan(9.5);
    expect(p.samples.filter((s) => s.tooShallow).every((s) => s.depthMm < 2.5)).toBe(true);
    expect(p.deepRuns).toEqual([]);
  });

  it('raises the shallow limit by the patient-factor adjustment, as the rule does', () => {
    expect(depthProfile(straight({ depthMm: 2.8 }), tinyAtlas, cog).shallowRuns).toEqual([]);
    expect(depthProfile(straight({ depthMm: 2.8 }), tinyAtlas, cog, 0.5).shallowRuns).toEqual([[0, 40]]);
  });

  it('holds an SMAS thread to near the top of the SMAS (skin + fat - 1 mm)', () => {
    const p = depthProfile(straight({ depthMm: 5 }), tinyAtlas, { ...cog, layer: 'smas' });
    expect(p.samples.every((s) => s.layerTopMm === 5.5 && s.tooShallow)).toBe(true);
    expect(p.shallowRuns).toEqual([[0, 40]]);
  });

  it('marks a subcutaneous path below the fat (+ 0.5 mm) as too deep, as the deep-path rule does', () => {
    // Tiny atlas: skin 1.5 + fat 5 = 6.5 mm; 7.5 mm is in the SMAS.
    const deep = depthProfile(straight({ depthMm: 7.5 }), tinyAtlas, cog);
    expect(deep.deepRuns).toEqual([[0, 40]]);
    expect(deep.samples.every((s) => s.layerBottomMm === 7 && s.tooDeep && !s.tooShallow)).toBe(true);
    expect(depthProfile(straight({ depthMm: 6.9 }), tinyAtlas, cog).deepRuns).toEqual([]);
    // An SMAS thread may lie down to the bottom of the SMAS (7.5 mm) + 0.5 mm.
    expect(depthProfile(straight({ depthMm: 7.5 }), tinyAtlas, { ...cog, layer: 'smas' }).deepRuns).toEqual([]);
  });

  it('lets a lifting thread bite down into the deep temporal fascia inside its anchor zone', () => {
    // 9 mm at the temple entry (in the fascia band), 4.5 mm from 20 mm on.
    const t = thread('t', { path: [{ x: 68, y: -10 }, { x: 64, y: 9 }, { x: 58, y: 50 }], depthMm: 4.5, pointDepthsMm: [9, null, null] });
    const p = depthProfile(t, CANONICAL_ATLAS, cog);
    expect(p.samples[0]!.tooDeep).toBe(false);
    expect(p.samples[0]!.layerBottomMm).toBe(Infinity);
    // The same bite outside any zone, in the cheek, is too deep.
    const cheek = thread('t', { path: [{ x: 40, y: 40 }, { x: 44, y: 60 }], depthMm: 4.5, pointDepthsMm: [9, null] });
    expect(depthProfile(cheek, CANONICAL_ATLAS, cog).deepRuns.length).toBe(1);
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
