import { describe, expect, it } from 'vitest';
import { generatedPlan } from '../../../cli/examples/generated';
import { analyze } from '../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../shared/atlas/canonical';
import { THREAD_CATALOGUE } from '../../../shared/catalogue';
import type { PlanDocument } from '../../../shared/plan/types';
import { buildScene, sceneLayer } from '../../../shared/scene/build-scene';
import { OVERLAY_LAYERS, type OverlayLayerId, type SceneLayer, type SceneLayerId } from '../../../shared/scene/types';
import { LiveLayerSplit } from '../../../renderer/canvas/live-split';

/**
 * The canvas redraws only what moved during a drag (renderer/canvas/live-split.ts): the items at
 * rest keep their layers' identity from move to move (their Konva layer is not redrawn), the
 * moving layer holds the dragged thread's items, and together they are exactly the scene's.
 */
const LIVE: readonly SceneLayerId[] = ['threads', 'entry-points', 'highlight'];
const layers = Object.fromEntries(OVERLAY_LAYERS.map((l) => [l, true])) as Record<OverlayLayerId, boolean>;
const plan = generatedPlan(30);
const dragged = plan.threads[7]!;

function liveOf(p: PlanDocument): SceneLayer[] {
  const scene = buildScene({
    plan: p,
    atlas: CANONICAL_ATLAS,
    analysis: analyze(p, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE }),
    layers,
    catalogue: THREAD_CATALOGUE,
    selection: { threadIds: [dragged.id], entryPointIds: [] },
    handlesOnAllThreads: true,
  });
  return LIVE.map((id) => sceneLayer(scene, id));
}

/** The plan with the dragged thread's last point moved by (dx, dy) mm; every other thread object kept. */
const moved = (dx: number, dy: number): PlanDocument => ({
  ...plan,
  threads: plan.threads.map((t) => (t !== dragged ? t : { ...t, path: t.path.map((q, i) => (i === t.path.length - 1 ? { x: q.x + dx, y: q.y + dy } : q)) })),
});

const itemsOf = (ls: readonly SceneLayer[]) => ls.flatMap((l) => l.items);

describe('live layer split', () => {
  it('outside a drag everything is at rest, in the scene order', () => {
    const split = new LiveLayerSplit();
    const live = liveOf(plan);
    const { rest, moving } = split.split(live, false);
    expect(rest).toBe(live);
    expect(itemsOf(moving)).toEqual([]);
  });

  it('during a drag the moving layer holds only the dragged thread, and the rest keeps its identity', () => {
    const split = new LiveLayerSplit();
    split.split(liveOf(plan), false);
    const frames = [moved(1, 0), moved(2, 1), moved(3, 2)].map((p) => ({ live: liveOf(p), ...split.split(liveOf(p), true) }));
    for (const f of frames) {
      // Together exactly the scene's items, each once.
      const all = [...itemsOf(f.rest), ...itemsOf(f.moving)];
      expect(new Set(all).size).toBe(all.length);
      expect(new Set(all)).toEqual(new Set(itemsOf(f.live)));
      // Every moving item with a ref is the dragged thread's (the selection halo has none).
      const refs = itemsOf(f.moving).flatMap((i) => (i.ref ? [i.ref] : []));
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect(ref.id).toBe(dragged.id);
      // Its handles moved with it; nothing of the dragged thread stays at rest.
      expect(refs.some((r) => r.kind === 'thread-point')).toBe(true);
      expect(itemsOf(f.rest).some((i) => i.ref?.id === dragged.id)).toBe(false);
    }
    // From the second move on, the layers at rest are the same objects (no redraw).
    frames.slice(2).forEach((f, i) => f.rest.forEach((l, k) => expect(l).toBe(frames[i + 1]!.rest[k])));
  });

  it('after the drag everything is at rest again', () => {
    const split = new LiveLayerSplit();
    split.split(liveOf(plan), false);
    split.split(liveOf(moved(2, 2)), true);
    const end = liveOf(moved(2, 2));
    const { rest, moving } = split.split(end, false);
    expect(rest).toBe(end);
    expect(itemsOf(moving)).toEqual([]);
  });
});
