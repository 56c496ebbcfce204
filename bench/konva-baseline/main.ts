/**
 * The drag benchmark's baseline (bench/drag.bench.ts): the same diagram the editor draws for a
 * plan, on a Konva stage of the same size, zoom and pan, with the same layers and the same
 * drawing code (renderer/canvas/draw-item.ts), and nothing else: no React, no editor, no
 * analysis and no scene building while the pointer moves. The scenes for every position of the
 * scripted circular drag are built before the drag starts; a pointer move only picks the scene
 * nearest to the pointer and redraws the layer of what moves (the editor's live layers are split
 * the same way: what did not move is drawn once). Its main-thread work per frame is the floor the
 * editor's is compared with: the same drawing, nothing else.
 *
 * With every overlay on, the editor also draws the simulated tissue map, which follows a drag
 * at most once per TISSUE_MAP_DRAG_INTERVAL_MS (renderer/editor/editor-state.ts). So does this
 * page: each position's map is simulated before the drag (as the editor's Worker would, with its
 * float32 fields and the colour bands built off the frames) and its layer is redrawn when a
 * newer position's map may be shown. Until 7 December the baseline drew no map at all, while
 * the editor redrew its map on about one frame in three of the bench's drag.
 *
 * Query parameters (all required): threads, width, height, zoom, panX, panY (the editor's view),
 * thread and point (the dragged path point), radius (the circle's radius in CSS pixels).
 */
import Konva from 'konva/lib/Core';
import { drawItems } from '../../renderer/canvas/draw-item';
import { generatedPlan } from '../../cli/examples/generated';
import { analyze } from '../../shared/analysis';
import { CANONICAL_ATLAS } from '../../shared/atlas';
import { THREAD_CATALOGUE } from '../../shared/catalogue';
import type { PlanDocument } from '../../shared/plan/types';
import { TISSUE_MAP_DRAG_INTERVAL_MS } from '../../renderer/editor/editor-state';
import type { TissueMap } from '../../shared/simulation/map';
import { simulatePlan } from '../../shared/simulation/plan-simulation';
import { buildScene, sceneLayer } from '../../shared/scene/build-scene';
import { PALETTES } from '../../shared/scene/palette';
import { OVERLAY_LAYERS, type OverlayLayerId, type Scene, type SceneItem, type SceneLayerId } from '../../shared/scene/types';

const STATIC_LAYERS: readonly SceneLayerId[] = ['face', 'regions', 'muscles', 'fixation', 'danger-zones', 'fixed-mobile-line'];
const LIVE_LAYERS: readonly SceneLayerId[] = ['threads', 'entry-points', 'highlight'];
/** Scenes built ahead, one per 5 degrees of the circle. */
const STEPS = 72;

const params = new URLSearchParams(location.search);
const num = (name: string): number => {
  const value = Number(params.get(name));
  if (!Number.isFinite(value)) throw new Error(`baseline: query parameter ${name} is missing`);
  return value;
};
const [width, height, zoom, panX, panY] = ['width', 'height', 'zoom', 'panX', 'panY'].map(num) as [number, number, number, number, number];
const plan = generatedPlan(num('threads'));
const thread = plan.threads[num('thread')]!;
const pointIndex = num('point');
const radiusMm = num('radius') / zoom;
const start = thread.path[pointIndex]!;
const palette = PALETTES.light;
const layers = Object.fromEntries(OVERLAY_LAYERS.map((l) => [l, true])) as Record<OverlayLayerId, boolean>;

/** The point on the scripted circle at angle a (the same formula the bench drives the pointer with). */
const onCircle = (a: number) => ({ x: start.x + radiusMm * Math.sin(a), y: start.y - radiusMm * (1 - Math.cos(a)) });

function planWithPointAt(p: { x: number; y: number }): PlanDocument {
  const threads = plan.threads.map((t) => (t !== thread ? t : { ...t, path: t.path.map((q, i) => (i === pointIndex ? p : q)) }));
  return { ...plan, threads };
}

/** The plan's simulated tissue map as the editor receives it from its Worker (float32 fields). */
function mapFor(p: PlanDocument): TissueMap {
  const { map } = simulatePlan(p, CANONICAL_ATLAS, THREAD_CATALOGUE);
  return { ...map, gathering: Float32Array.from(map.gathering), displacement: Float32Array.from(map.displacement) };
}

function sceneFor(p: PlanDocument): Scene {
  return buildScene({
    tissue: mapFor(p),
    plan: p,
    atlas: CANONICAL_ATLAS,
    analysis: analyze(p, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE }),
    layers,
    catalogue: THREAD_CATALOGUE,
    selection: { threadIds: [thread.id], entryPointIds: [] },
    handlesOnAllThreads: true,
  });
}

const scenes = Array.from({ length: STEPS }, (_, k) => sceneFor(planWithPointAt(onCircle((2 * Math.PI * k) / STEPS))));
let current = scenes[0]!;

// Only what moves is redrawn, as in the editor (renderer/canvas/live-split.ts): the live items
// every scene of the circle shares (by identity: the scene keeps an unchanged thread's items) are
// drawn once on a layer at rest; the rest of each scene's live items, on a layer redrawn per move.
const liveItems = (scene: Scene) => LIVE_LAYERS.flatMap((id) => sceneLayer(scene, id).items);
const sceneItems = scenes.map((s) => new Set(liveItems(s)));
const shared = new Set(liveItems(sceneFor(plan)).filter((item) => sceneItems.every((set) => set.has(item))));
const movingOf = new Map(scenes.map((s) => [s, LIVE_LAYERS.map((id) => sceneLayer(s, id).items.filter((item) => !shared.has(item)))]));

const stage = new Konva.Stage({ container: 'stage', width, height, scaleX: zoom, scaleY: zoom, x: panX, y: panY, listening: false });
const shape = (items: () => readonly SceneItem[]) =>
  new Konva.Shape({
    listening: false,
    perfectDrawEnabled: false,
    sceneFunc: (context) => drawItems(context._context, items(), { palette, zoom }),
  });
const staticLayer = new Konva.Layer({ listening: false });
for (const id of STATIC_LAYERS) staticLayer.add(shape(() => sceneLayer(scenes[0]!, id).items));
const restLayer = new Konva.Layer({ listening: false });
for (const id of LIVE_LAYERS) restLayer.add(shape(() => sceneLayer(scenes[0]!, id).items.filter((item) => shared.has(item))));
const movingLayer = new Konva.Layer({ listening: false });
LIVE_LAYERS.forEach((_, i) => movingLayer.add(shape(() => movingOf.get(current)![i]!)));
// The map's bands are built now, as the editor's Worker builds them, not in the drag's frames.
for (const s of scenes) void sceneLayer(s, 'tissue').items;
let mapShown = current;
let mapShownAt = Number.NEGATIVE_INFINITY;
const tissueLayer = new Konva.Layer({ listening: false });
tissueLayer.add(shape(() => sceneLayer(mapShown, 'tissue').items));
// The editor's order: face and overlays, the map, the threads at rest, what moves.
stage.add(staticLayer, tissueLayer, restLayer, movingLayer);

const host = document.getElementById('stage')!;
host.addEventListener('pointermove', (e) => {
  if (e.buttons === 0) return;
  const rect = host.getBoundingClientRect();
  const x = (e.clientX - rect.left - panX) / zoom;
  const y = (e.clientY - rect.top - panY) / zoom;
  const a = Math.atan2((x - start.x) / radiusMm, 1 + (y - start.y) / radiusMm);
  const k = ((Math.round((a / (2 * Math.PI)) * STEPS) % STEPS) + STEPS) % STEPS;
  current = scenes[k]!;
  movingLayer.batchDraw();
  const now = performance.now();
  if (current !== mapShown && now - mapShownAt >= TISSUE_MAP_DRAG_INTERVAL_MS) {
    mapShown = current;
    mapShownAt = now;
    tissueLayer.batchDraw();
  }
});

(window as unknown as { __baselineReady: boolean }).__baselineReady = true;
