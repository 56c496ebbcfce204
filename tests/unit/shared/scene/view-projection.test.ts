import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas/canonical';
import type { FacePoint } from '../../../../shared/geometry/types';
import { buildScene, sceneLayer } from '../../../../shared/scene/build-scene';
import type { Scene, SceneItem } from '../../../../shared/scene/types';
import { viewBounds, viewSilhouette } from '../../../../shared/scene/view-outline';
import { projectScene, projectVisible } from '../../../../shared/scene/view-projection';
import { pointInPolygon } from '../../../../shared/geometry/polyline';
import { CANONICAL_SURFACE, VIEWS, VIEW_IDS, isVisibleInView, projectFrontal } from '../../../../shared/surface';
import { allLayersOn, analysis, plan, thread, tinyCatalogue } from './fixtures';

const LABELS = { patientRight: 'RIGHT', patientLeft: 'LEFT', fixed: 'fixed', mobile: 'mobile' };

function sceneOf(threads = [thread('t1'), thread('t2', { path: [{ x: -20, y: 40 }, { x: -40, y: 10 }, { x: -60, y: -20 }], side: 'right', entryPointId: 'e2' })]): Scene {
  return buildScene({ plan: plan(threads), atlas: CANONICAL_ATLAS, analysis: analysis([]), layers: allLayersOn, catalogue: tinyCatalogue, labels: LABELS });
}

/** A point of the patient's right cheek beside the nose that the left oblique cannot see. */
function hiddenByNose(): FacePoint {
  for (let x = -4; x > -40; x -= 0.5) {
    const p = { x, y: 22 };
    if (CANONICAL_SURFACE.onSurfaceAt(x, 22) && !isVisibleInView(CANONICAL_SURFACE, p, VIEWS['left-oblique'])) return { x: x - 1, y: 22 };
  }
  throw new Error('no point hidden by the nose');
}

const circle = (centre: FacePoint): SceneItem => ({ type: 'circle', centre, radiusMm: 2, style: { fill: 'entry.fill' }, ref: { kind: 'entry-point', id: 'x' } });
const single = (item: SceneItem): Scene => ({ bounds: CANONICAL_ATLAS.bounds, layers: [{ id: 'entry-points', items: [item] }] });

describe('the scene in the oblique and profile views', () => {
  it('the frontal view is the scene itself', () => {
    const scene = sceneOf();
    expect(projectScene(scene, CANONICAL_ATLAS, 'frontal')).toBe(scene);
  });

  it('puts each item where the skin under it is seen: a circle at the projection of its frontal centre', () => {
    const centre = { x: 40, y: 20 };
    for (const id of VIEW_IDS) {
      if (id === 'right-profile') continue; // the patient's left cheek is out of sight there
      const out = projectScene(single(circle(centre)), CANONICAL_ATLAS, id).layers[0]!.items;
      expect(out).toHaveLength(1);
      const v = projectFrontal(CANONICAL_SURFACE, centre, VIEWS[id]);
      expect(out[0]).toMatchObject({ type: 'circle', centre: { x: v.x, y: v.y }, radiusMm: 2 });
    }
    expect(projectScene(single(circle(centre)), CANONICAL_ATLAS, 'right-profile').layers[0]!.items).toHaveLength(0);
  });

  it('leaves out what the nose hides, and keeps it where the view sees it', () => {
    const hidden = hiddenByNose();
    expect(projectVisible(CANONICAL_SURFACE, VIEWS['left-oblique'], hidden)).toBeNull();
    expect(projectScene(single(circle(hidden)), CANONICAL_ATLAS, 'left-oblique').layers[0]!.items).toHaveLength(0);
    expect(projectScene(single(circle(hidden)), CANONICAL_ATLAS, 'right-oblique').layers[0]!.items).toHaveLength(1);
  });

  it('splits a path into the runs the view can see, each on the skin and inside the view’s outline', () => {
    // Across the face below the nose tip: the nose hides a stretch of the far cheek beside it.
    const across: SceneItem = { type: 'path', points: [{ x: -45, y: 22 }, { x: 45, y: 22 }], closed: false, smooth: false, style: { stroke: 'thread.ok', strokeWidth: 0.6 }, ref: { kind: 'thread', id: 't' } };
    const out = projectScene(single(across), CANONICAL_ATLAS, 'left-oblique').layers[0]!.items;
    expect(out.length).toBeGreaterThanOrEqual(2);
    const outline = viewSilhouette(CANONICAL_SURFACE, 'left-oblique');
    for (const item of out) {
      expect(item).toMatchObject({ type: 'path', closed: false, ref: { kind: 'thread', id: 't' } });
      for (const p of (item as { points: readonly FacePoint[] }).points) expect(pointInPolygon(p, outline)).toBe(true);
    }
    // On the cheek turned toward the viewer, nothing is in the way: one piece.
    const near: SceneItem = { ...across, points: [{ x: 25, y: 22 }, { x: 55, y: 22 }] };
    expect(projectScene(single(near), CANONICAL_ATLAS, 'left-oblique').layers[0]!.items).toHaveLength(1);
  });

  it('keeps the layers, their order and the refs; the bounds are the view’s', () => {
    const scene = sceneOf();
    for (const id of VIEW_IDS) {
      const shown = projectScene(scene, CANONICAL_ATLAS, id);
      expect(shown.layers.map((l) => l.id)).toEqual(scene.layers.map((l) => l.id));
      expect(shown.bounds).toEqual(viewBounds(CANONICAL_ATLAS, id));
      const refs = new Set(sceneLayer(shown, 'threads').items.map((i) => i.ref?.id));
      // Each thread is on one side: the profile of the other side cannot see it.
      if (id === 'left-profile') expect([...refs]).toEqual(['t1']);
      else if (id === 'right-profile') expect([...refs]).toEqual(['t2']);
      else expect(refs).toEqual(new Set(['t1', 't2']));
    }
  });

  it('moves the captions with the frame and drops the far side’s caption in a profile', () => {
    const texts = (id: 'left-oblique' | 'left-profile') =>
      sceneLayer(projectScene(sceneOf(), CANONICAL_ATLAS, id), 'face').items.flatMap((i) => (i.type === 'text' ? [i.text] : []));
    expect(texts('left-oblique')).toEqual(['RIGHT', 'LEFT']);
    expect(texts('left-profile')).toEqual(['LEFT']);
  });

  it('hides what lies off the skin on the far side in a profile: a badge below the other jaw does not float over the near one', () => {
    // Below the jaw angles, off the surface: the ray from the side misses the skin either way.
    const right = { x: -70, y: 100 };
    const left = { x: 70, y: 100 };
    expect(CANONICAL_SURFACE.onSurfaceAt(left.x, left.y)).toBe(false);
    for (const [view, near, far] of [['right-profile', right, left], ['left-profile', left, right]] as const) {
      expect(projectVisible(CANONICAL_SURFACE, VIEWS[view], near), view).not.toBeNull();
      expect(projectVisible(CANONICAL_SURFACE, VIEWS[view], far), view).toBeNull();
      expect(sceneLayer(projectScene(single(circle(far)), CANONICAL_ATLAS, view), 'entry-points').items, view).toHaveLength(0);
    }
  });

  it('projects the atlas layers once per view and unchanged threads once: a drag re-projects only what moved', () => {
    const t1 = thread('t1');
    const t2 = thread('t2', { path: [{ x: 20, y: 40 }, { x: 30, y: 0 }, { x: 50, y: -30 }] });
    const build = (threads: ReturnType<typeof thread>[]) =>
      buildScene({ plan: plan(threads), atlas: CANONICAL_ATLAS, analysis: analysis([]), layers: allLayersOn, catalogue: tinyCatalogue, labels: LABELS });
    const first = projectScene(build([t1, t2]), CANONICAL_ATLAS, 'left-oblique');
    // Thread t1 dragged: the face, the overlays and thread t2 keep their projected items.
    const second = projectScene(build([{ ...t1, path: [{ x: 22, y: 40 }, ...t1.path.slice(1)] }, t2]), CANONICAL_ATLAS, 'left-oblique');
    expect(sceneLayer(second, 'face')).toBe(sceneLayer(first, 'face'));
    expect(sceneLayer(second, 'regions')).toBe(sceneLayer(first, 'regions'));
    const of = (s: Scene, id: string) => sceneLayer(s, 'threads').items.filter((i) => i.ref?.id === id);
    expect(of(second, 't2').length).toBeGreaterThan(0);
    of(second, 't2').forEach((item, k) => expect(item).toBe(of(first, 't2')[k]));
    expect(of(second, 't1')[0]).not.toBe(of(first, 't1')[0]);
  });
});
