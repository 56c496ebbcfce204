/**
 * The face diagram: a react-konva Stage (CanvasStage.tsx) sized to its container and drawn from
 * the scene only.
 * Konva layers: the static face and overlays (redrawn only when zoom, theme or layer toggles
 * change), the tissue map (at the simulation's pace), and the live threads, entry points and
 * highlights, in two layers: at rest and moving (live-split.ts), so a drag redraws only what moved.
 * A drag's pointer moves are drawn without rendering this component (gesture-frames.ts): the
 * frame is built by the same pipeline (canvas-frame.ts) and only the moving layer is redrawn.
 * The stage transform maps millimetres to pixels, so everything stays sharp at any zoom.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { PALETTES, type PaletteName } from '../../shared/scene/palette';
import type { PlanDocument } from '../../shared/plan/types';
import type { SceneRef } from '../../shared/scene/types';
import type { FacePoint } from '../../shared/geometry/types';
import { entryPointCaption, threadNumbers } from '../../shared/scene/numbering';
import { t } from '../i18n';
import { sceneLabels } from '../ui/training/scene-options';
import { useCommitCount, useEnvironment } from '../ui/editor-context';
import type { EditorSnapshot } from '../editor/api';
import { CanvasFramePipeline, type CanvasFrame, type FrameInputs } from './canvas-frame';
import { GestureFrames } from './gesture-frames';
import { CanvasStage, StoredLayers, sameLayers } from './CanvasStage';
import { useCanvasInput, type CanvasState } from './use-canvas-input';
import { useKeyboardCursor } from './use-keyboard-cursor';
import { useElementSize } from './use-element-size';
import { usePhotoOnCanvas } from '../photo/use-photo-on-canvas';
import { usePrewarmedViews } from './use-prewarmed-views';

/** Reads out the keyboard cursor's position and what lies under it. */
function CursorAnnouncer({ plan, cursor, target }: { readonly plan: PlanDocument; readonly cursor: FacePoint | null; readonly target: SceneRef | null }) {
  let over = '';
  if (target?.kind === 'entry-point') {
    if (plan.entryPoints.some((e) => e.id === target.id)) over = t('canvas.cursorOver', { what: t('objects.entryPoint', { label: entryPointCaption(plan, target.id) }) });
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

/**
 * Same Konva layers everywhere but on the stored ones (the moving layer and the tissue map): a
 * move's frame needs no render of the stage.
 */
const sameBesidesStored = (a: CanvasFrame, b: CanvasFrame): boolean => sameLayers(a.staticLayers, b.staticLayers) && sameLayers(a.live.rest, b.live.rest);

/**
 * The parts of a frame drawn without React: the stored layers, and the map's digest on the
 * canvas element (data-tissue, which the e2e suite reads to see the map change).
 */
function showStored(frame: CanvasFrame, moving: StoredLayers, tissue: StoredLayers, host: HTMLElement | null): void {
  moving.set(frame.live.moving);
  tissue.set(frame.tissueLayers);
  if (!host) return;
  if (frame.tissueDigest === undefined) delete host.dataset.tissue;
  else host.dataset.tissue = frame.tissueDigest;
}

export function FaceCanvas({ theme }: { readonly theme: PaletteName }) {
  const { editor, atlas, catalogue } = useEnvironment();
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

  // The frames drawn (canvas-frame.ts), and the stores of the moving layer and the map
  // (CanvasStage.tsx). A drag's moves and its new maps are drawn from the pipeline without
  // rendering this component (gesture-frames.ts), so it renders only when GestureFrames says so,
  // and then reads the editor's latest snapshot.
  const pipeline = useRef<CanvasFramePipeline>(null);
  pipeline.current ??= new CanvasFramePipeline();
  const moving = useRef<StoredLayers>(null);
  moving.current ??= new StoredLayers();
  const tissue = useRef<StoredLayers>(null);
  tissue.current ??= new StoredLayers();
  const frames = useRef<GestureFrames<CanvasFrame>>(null);
  frames.current ??= new GestureFrames<CanvasFrame>(editor, sameBesidesStored, (frame) => {
    showStored(frame, moving.current!, tissue.current!, hostRef.current);
    if (latest.current) latest.current = { ...latest.current, scene: frame.shown };
    // Test hook beside data-commits: moves drawn without a render (tests/e2e/drag-panels.spec.ts).
    const host = hostRef.current;
    if (host) host.dataset.movesDrawn = String(Number(host.dataset.movesDrawn ?? 0) + 1);
  });
  useSyncExternalStore(frames.current.subscribe, frames.current.getVersion);
  const snap = editor.getSnapshot();

  const palette = PALETTES[theme];
  const { zoom, panX, panY } = snap.view;
  // A photo of the view's angle under the plan (issue 11): the view's scene is drawn on it and the
  // pointer mapped back to the plan through its alignment (renderer/photo/photo-canvas.tsx).
  const photo = usePhotoOnCanvas(snap.plan.photos, atlas, snap.faceView, palette, zoom);
  const keyboardCursor = snap.tool === 'select' ? null : keyboard.cursor;
  const inputs: FrameInputs = useMemo(() => ({ atlas, catalogue, labels, keyboardCursor, photo }), [atlas, catalogue, labels, keyboardCursor, photo]);
  const frameOf = useCallback((s: EditorSnapshot) => pipeline.current!.frame(s, inputs), [inputs]);
  const frame = frameOf(snap);
  const { scene, shown, live } = frame;
  usePrewarmedViews(scene, atlas, snap.faceView, snap.gestureInProgress === true);

  useLayoutEffect(() => {
    showStored(frame, moving.current!, tissue.current!, hostRef.current);
    frames.current!.rendered(snap, frame, frameOf);
  }, [snap, frame, frameOf]);
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
      <CursorAnnouncer plan={snap.plan} cursor={keyboardCursor} target={keyboard.target} />
      {size.width > 0 && size.height > 0 && (
        <CanvasStage
          width={size.width}
          height={size.height}
          zoom={zoom}
          panX={panX}
          panY={panY}
          palette={palette}
          underlay={photo?.underlay}
          staticLayers={frame.staticLayers}
          tissue={tissue.current}
          restLayers={live.rest}
          moving={moving.current}
        />
      )}
    </div>
  );
}
