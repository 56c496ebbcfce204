import { describe, expect, it } from 'vitest';
import { LANDMARKS } from '../../../../shared/atlas/landmarks';
import { CANONICAL_SURFACE, VIEWS, VIEW_IDS, isVisibleInView, pickInView, projectFrontal, projectToView } from '../../../../shared/surface';

/** The test's stage scale: generous (the editor fits the face in far fewer pixels per mm). */
const PX_PER_MM = 10;

describe('views: project and pick', () => {
  it('the frontal view is the frontal diagram itself', () => {
    const p = { x: 31, y: 12 };
    const v = projectFrontal(CANONICAL_SURFACE, p, VIEWS.frontal);
    expect(v.x).toBe(31);
    expect(v.y).toBe(12);
    expect(pickInView(CANONICAL_SURFACE, v, VIEWS.frontal)).toEqual(p);
  });

  it('turning the head shows the patient’s left in the left views: the nose moves to the viewer’s left', () => {
    const nose = { x: 0, y: 40, z: CANONICAL_SURFACE.heightAt(0, 40) };
    expect(projectToView(nose, VIEWS['left-oblique']).x).toBeLessThan(-50);
    expect(projectToView(nose, VIEWS['left-profile']).x).toBeCloseTo(-nose.z, 9);
    expect(projectToView(nose, VIEWS['right-profile']).x).toBeCloseTo(nose.z, 9);
    // Depth: in the left profile the patient's left cheek is nearer than the right.
    expect(projectToView({ x: 60, y: 20, z: 0 }, VIEWS['left-profile']).depth).toBeGreaterThan(projectToView({ x: -60, y: 20, z: 0 }, VIEWS['left-profile']).depth);
  });

  it('pick then project round-trips within 0.5 px in every view, over a grid of visible skin', () => {
    for (const id of VIEW_IDS) {
      const view = VIEWS[id];
      let checked = 0;
      for (let y = -100; y <= 170; y += 7) {
        for (let x = -85; x <= 85; x += 7) {
          const p = { x, y };
          if (!isVisibleInView(CANONICAL_SURFACE, p, view)) continue;
          const v = projectFrontal(CANONICAL_SURFACE, p, view);
          const picked = pickInView(CANONICAL_SURFACE, v, view);
          expect(picked).not.toBeNull();
          const back = projectFrontal(CANONICAL_SURFACE, picked!, view);
          expect(Math.hypot(back.x - v.x, back.y - v.y) * PX_PER_MM).toBeLessThan(0.5);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(150);
    }
  });

  it('a pick lands on the front-most skin: the point picked is the one the viewer sees', () => {
    const view = VIEWS['left-oblique'];
    const cheek = LANDMARKS['malar-prominence-left']!;
    const v = projectFrontal(CANONICAL_SURFACE, cheek, view);
    const picked = pickInView(CANONICAL_SURFACE, v, view)!;
    expect(Math.hypot(picked.x - cheek.x, picked.y - cheek.y)).toBeLessThan(0.05);
    // Behind the picked point along the same ray there is more skin (the right side of the face)
    // which must not be picked.
    expect(projectFrontal(CANONICAL_SURFACE, picked, view).depth).toBeGreaterThanOrEqual(v.depth - 1e-6);
  });

  it('hidden skin cannot be picked: the far cheek in a profile, the skin behind the nose in an oblique', () => {
    expect(isVisibleInView(CANONICAL_SURFACE, LANDMARKS['malar-prominence-right']!, VIEWS['left-profile'])).toBe(false);
    expect(isVisibleInView(CANONICAL_SURFACE, LANDMARKS['tragus-right']!, VIEWS['left-oblique'])).toBe(false);
    expect(isVisibleInView(CANONICAL_SURFACE, LANDMARKS['tragus-left']!, VIEWS['left-profile'])).toBe(true);
    // The right alar groove sits behind the nose when the head turns to show the left side.
    expect(isVisibleInView(CANONICAL_SURFACE, { x: -19, y: 44 }, VIEWS['left-oblique'])).toBe(false);
    expect(isVisibleInView(CANONICAL_SURFACE, { x: 19, y: 44 }, VIEWS['left-oblique'])).toBe(true);
  });

  it('a click off the head picks nothing', () => {
    for (const id of VIEW_IDS) expect(pickInView(CANONICAL_SURFACE, { x: 0, y: -150 }, VIEWS[id])).toBeNull();
    expect(pickInView(CANONICAL_SURFACE, { x: 150, y: 0 }, VIEWS.frontal)).toBeNull();
    // In the left profile, behind the modelled side of the head there is no skin to pick.
    expect(pickInView(CANONICAL_SURFACE, { x: 60, y: -40 }, VIEWS['left-profile'])).toBeNull();
  });

  it('mirrored views are mirror images', () => {
    for (const [a, b] of [['left-oblique', 'right-oblique'], ['left-profile', 'right-profile']] as const) {
      const p = { x: 40, y: 20 };
      const q = { x: -40, y: 20 };
      const pa = projectFrontal(CANONICAL_SURFACE, p, VIEWS[a]);
      const qb = projectFrontal(CANONICAL_SURFACE, q, VIEWS[b]);
      expect(qb.x).toBeCloseTo(-pa.x, 9);
      expect(qb.depth).toBeCloseTo(pa.depth, 9);
      expect(isVisibleInView(CANONICAL_SURFACE, p, VIEWS[a])).toBe(isVisibleInView(CANONICAL_SURFACE, q, VIEWS[b]));
    }
  });
});
