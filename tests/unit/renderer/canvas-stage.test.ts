import { describe, expect, it } from 'vitest';
import { generatedPlan } from '../../../cli/examples/generated';
import { analyze } from '../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../shared/atlas/canonical';
import { THREAD_CATALOGUE } from '../../../shared/catalogue';
import { PALETTES } from '../../../shared/scene/palette';
import type { PlanDocument } from '../../../shared/plan/types';
import { buildScene, sceneLayer } from '../../../shared/scene/build-scene';
import { OVERLAY_LAYERS, type OverlayLayerId, type Scene, type SceneLayerId } from '../../../shared/scene/types';
import { StoredLayers, sameStageProps, type CanvasStageProps } from '../../../renderer/canvas/CanvasStage';
import { LiveLayerSplit } from '../../../renderer/canvas/live-split';

/**
 * A pointer move of a drag re-renders only the moving layer (renderer/canvas/CanvasStage.tsx):
 * the stage's props, rebuilt from each new scene the way FaceCanvas builds them, compare equal
 * from move to move, while the moving-layer store takes each move's new layers and tells its
 * subscriber.
 */
const STATIC: readonly SceneLayerId[] = ['face', 'regions', 'muscles', 'fixation', 'danger-zones', 'fixed-mobile-line'];
const LIVE: readonly SceneLayerId[] = ['threads', 'entry-points', 'highlight'];
const layers = Object.fromEntries(OVERLAY_LAYERS.map((l) => [l, true])) as Record<OverlayLayerId, boolean>;
const plan = generatedPlan(20);
const dragged = plan.threads[5]!;

const sceneOf = (p: PlanDocument): Scene =>
  buildScene({ plan: p, atlas: CANONICAL_ATLAS, analysis: analyze(p, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE }), layers, catalogue: THREAD_CATALOGUE, handlesOnAllThreads: true });

const moved = (dx: number): PlanDocument => ({
  ...plan,
  threads: plan.threads.map((t) => (t !== dragged ? t : { ...t, path: t.path.map((q, i) => (i === 1 ? { x: q.x + dx, y: q.y } : q)) })),
});

/** The stage's props for a scene, as FaceCanvas builds them at a fixed view. */
const tissueStore = new StoredLayers();
const stagePropsOf = (scene: Scene, restLayers: CanvasStageProps['restLayers'], moving: StoredLayers): CanvasStageProps => ({
  width: 800,
  height: 600,
  zoom: 3,
  panX: 0,
  panY: 0,
  palette: PALETTES.light,
  underlay: null,
  staticLayers: STATIC.map((id) => sceneLayer(scene, id)),
  tissue: tissueStore,
  restLayers,
  moving,
});

describe('canvas stage during a drag', () => {
  it('keeps the stage props equal from move to move and hands each move to the moving layer', () => {
    const split = new LiveLayerSplit();
    const store = new StoredLayers();
    let notified = 0;
    store.subscribe(() => notified++);
    const propsOf = (scene: Scene, gesture: boolean): CanvasStageProps => {
      const live = split.split(LIVE.map((id) => sceneLayer(scene, id)), gesture);
      store.set(live.moving);
      return stagePropsOf(scene, live.rest, store);
    };
    propsOf(sceneOf(plan), false);
    const first = propsOf(sceneOf(moved(1)), true);
    const notifiedAtFirst = notified;
    for (const dx of [2, 3, 4]) {
      const before = store.get();
      const next = propsOf(sceneOf(moved(dx)), true);
      expect(sameStageProps(first, next)).toBe(true);
      expect(store.get()).not.toBe(before);
      expect(store.get().flatMap((l) => l.items).some((item) => item.ref?.kind === 'thread' && item.ref.id === dragged.id)).toBe(true);
    }
    expect(notified).toBe(notifiedAtFirst + 3);
    // Released: everything is at rest again, so the stage re-renders once and the moving layer empties.
    const released = propsOf(sceneOf(moved(4)), false);
    expect(sameStageProps(first, released)).toBe(false);
    expect(store.get().flatMap((l) => l.items)).toEqual([]);
  });

  it('tells a change of any stage prop', () => {
    const store = new StoredLayers();
    const scene = sceneOf(plan);
    const base = stagePropsOf(scene, LIVE.map((id) => sceneLayer(scene, id)), store);
    expect(sameStageProps(base, { ...base, staticLayers: [...base.staticLayers] })).toBe(true);
    expect(sameStageProps(base, { ...base, zoom: 4 })).toBe(false);
    expect(sameStageProps(base, { ...base, palette: PALETTES.dark })).toBe(false);
    // The map is drawn from its store: a new map changes the store's layers, not the stage's props.
    expect(sameStageProps(base, { ...base, tissue: new StoredLayers() })).toBe(false);
    expect(sameStageProps(base, { ...base, restLayers: base.restLayers.slice(1) })).toBe(false);
  });
});
