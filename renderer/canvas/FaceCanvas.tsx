/**
 * The face diagram: a react-konva Stage (CanvasStage.tsx) sized to its container and drawn from
 * the scene only.
 * Konva layers: the static face and overlays (redrawn only when zoom, theme or layer toggles
 * change), the tissue map (at the simulation's pace), and the live threads, entry points and
 * highlights, in two layers: at rest and moving (live-split.ts), so a drag redraws only what moved.
 * The stage transform maps millimetres to pixels, so everything stays sharp at any zoom.
 */
import { snapTargetName } from '../../shared/atlas/snap';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { buildScene, sceneLayer } from '../../shared/scene/build-scene';
import { projectScene } from '../../shared/scene/view-projection';
import { triangleCount } from '../../shared/scene/layers/tissue';
import { PALETTES, type PaletteName } from '../../shared/scene/palette';
import type { SceneItem, SceneLayerId, SceneRef } from '../../shared/scene/types';
import type { FacePoint } from '../../shared/geometry/types';
import { entryPointCaption, threadNumbers } from '../../shared/scene/numbering';
import { currentLocale, t } from '../i18n';
import { sceneLabels } from '../ui/training/scene-options';
import { useCommitCount, useEnvironment, useSnapshot } from '../ui/editor-context';
import { LiveLayerSplit } from './live-split';
import { CanvasStage, MovingLayers } from './CanvasStage';
import { useCanvasInput, type CanvasState } from './use-canvas-input';
import { useKeyboardCursor } from './use-keyboard-cursor';
import { useElementSize } from './use-element-size';
import { usePhotoOnCanvas } from '../photo/use-photo-on-canvas';
import { usePrewarmedViews } from './use-prewarmed-views';

const STATIC_LAYERS: readonly SceneLayerId[] = ['face', 'regions', 'muscles', 'fixation', 'danger-zones', 'fixed-mobile-line'];
const LIVE_LAYERS: readonly SceneLayerId[] = ['threads', 'entry-points', 'highlight'];
/** The simulated tissue map has a Konva layer of its own: it changes at the Worker's pace, not on every edit. */
const TISSUE_LAYERS: readonly SceneLayerId[] = ['tissue'];

/** How many triangles each band of the tissue map in the view shown fills (e2e reads it to see the map change). */
function tissueDigest(items: readonly SceneItem[]): string {
  return items.map((i) => (i.type === 'triangles' ? `${i.style.fill}:${triangleCount(i)}` : '')).filter(Boolean).join(' ');
}

/** Reads out the keyboard cursor's position and what lies under it. */
function CursorAnnouncer({ cursor, target }: { readonly cursor: FacePoint | null; readonly target: SceneRef | null }) {
  const { plan } = useSnapshot();
  let over = '';
  if (target?.kind === 'entry-point') {
    const i = plan.entryPoints.findIndex((e) => e.id === target.id);
    if (i >= 0) over = t('canvas.cursorOver', { what: t('objects.entryPoint', { label: entryPointCaption(plan.entryPoints[i]!.label, i) }) });
  } else if (target?.kind === 'thread' || target?.kind === 'thread-point') {
    const n = threadNumbers(plan).get(target.id);
    if (n) over = t('canvas.cursorOver', { what: t('inspector.thread', { number: n }) });
  }
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="canvas-cursor">
      {cursor ? `${t('canvas.cursorAt', { x: cursor.x.toFixed(0), y: cursor.y.toFixed(0) })}${over}` : ''}
    </div>
  );
}

export function FaceCanvas({ theme }: { readonly theme: PaletteName }) {
  const { editor, atlas, catalogue } = useEnvironment();
  const snap = useSnapshot();
  const hostRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(hostRef);
  useCommitCount(hostRef);

  // The views remount when the language changes (docs/languages.md), so the words are read once.
  const labels = useMemo(sceneLabels, []);
  // Input handlers (pointer and keyboard cursor) read the latest scene and view through this
  // ref, so they are bound once (null only before the first render has filled it in, when no
  // handler can run yet). The keyboard cursor is view state, not part of the plan.
  const latest = useRef<(CanvasState & { drafting: boolean }) | null>(null);
  const keyboard = useKeyboardCursor(hostRef, editor, latest);

  const snapHint = useMemo(
    () => (snap.snapHint ? { point: snap.snapHint.point, label: snapTargetName(snap.snapHint, atlas, currentLocale()) } : null),
    [snap.snapHint, atlas],
  );
  const scene = useMemo(
    () =>
      buildScene({
        plan: snap.plan,
        atlas,
        analysis: snap.analysis,
        layers: snap.layers,
        catalogue,
        selection: snap.selection,
        activeFinding: snap.activeFinding,
        draft: snap.draft,
        handlesOnAllThreads: snap.tool === 'edit',
        keyboardCursor: snap.tool === 'select' ? null : keyboard.cursor,
        snapHint,
        labels,
        locale: currentLocale(),
        // Thread numbers and entry circles keep a legible size on screen at any zoom.
        pixelsPerMm: snap.view.zoom,
        tissue: snap.tissue?.map ?? null,
      }),
    [snap.plan, atlas, snap.analysis, snap.layers, catalogue, snap.selection, snap.activeFinding, snap.draft, snap.tool, labels, keyboard.cursor, snapHint, snap.view.zoom, snap.tissue],
  );

  // The scene as the chosen view shows it (the frontal view draws the scene itself). Static
  // layers keep their identity per view, so their cached bitmaps survive edits in every view.
  const projected = useMemo(() => projectScene(scene, atlas, snap.faceView), [scene, atlas, snap.faceView]);
  usePrewarmedViews(scene, atlas, snap.faceView, snap.gestureInProgress === true);

  const palette = PALETTES[theme];
  const { zoom, panX, panY } = snap.view;
  // A photo of the view's angle under the plan (issue 11): the view's scene is drawn on it and the
  // pointer mapped back to the plan through its alignment (renderer/photo/photo-canvas.tsx).
  const photo = usePhotoOnCanvas(snap.plan.photos, atlas, snap.faceView, projected, palette, zoom);
  const shown = photo ? photo.scene : projected;
  // The map as the view shows it (in a turned view the frontal bands are never built: layers/tissue.ts).
  const tissueItems = sceneLayer(projected, 'tissue').items;
  const tissue = useMemo(() => (snap.layers.tissue ? tissueDigest(tissueItems) : undefined), [snap.layers.tissue, tissueItems]);
  // During a drag only the items that changed are redrawn (live-split.ts), on the moving Konva
  // layer, with no React render inside the stage on a move (CanvasStage.tsx).
  const splitter = useRef<LiveLayerSplit>(null);
  splitter.current ??= new LiveLayerSplit();
  const moving = useRef<MovingLayers>(null);
  moving.current ??= new MovingLayers();
  const gesture = snap.gestureInProgress === true;
  const live = useMemo(() => splitter.current!.split(LIVE_LAYERS.map((id) => sceneLayer(shown, id)), gesture), [shown, gesture]);
  useLayoutEffect(() => moving.current!.set(live.moving), [live]);
  latest.current = { scene: shown, view: snap.view, tool: snap.tool, faceView: snap.faceView, atlas, drafting: snap.draft !== null, toPlan: photo?.toPlan };
  useCanvasInput(hostRef, editor, latest);

  // Before the browser paints (a layout effect), so the first frame already shows the fitted view.
  useLayoutEffect(() => {
    if (size.width > 0 && size.height > 0) editor.setViewport(size.width, size.height);
  }, [editor, size.width, size.height]);

  return (
    <div
      ref={hostRef}
      className="face-canvas"
      data-tool={snap.tool}
      data-view={`${zoom} ${panX} ${panY}`}
      data-tissue={tissue}
      data-photo={photo ? photo.photoId : undefined}
      data-face-view={snap.faceView}
      tabIndex={0}
      role="application"
      aria-roledescription={t('canvas.roleDescription')}
      aria-label={t('canvas.label')}
      aria-describedby="canvas-description"
      onKeyDown={keyboard.onKeyDown}
    >
      <p id="canvas-description" className="visually-hidden">
        {t('canvas.description')} {t('canvas.keyboardHelp')}
      </p>
      <CursorAnnouncer cursor={snap.tool === 'select' ? null : keyboard.cursor} target={keyboard.target} />
      {size.width > 0 && size.height > 0 && (
        <CanvasStage
          width={size.width}
          height={size.height}
          zoom={zoom}
          panX={panX}
          panY={panY}
          palette={palette}
          underlay={photo?.underlay}
          staticLayers={STATIC_LAYERS.map((id) => sceneLayer(shown, id))}
          tissueLayers={TISSUE_LAYERS.map((id) => sceneLayer(shown, id))}
          restLayers={live.rest}
          moving={moving.current}
        />
      )}
    </div>
  );
}
