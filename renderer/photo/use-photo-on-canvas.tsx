/**
 * The designer canvas's one hook into the photos. A plan without photos costs nothing: the photo
 * code (warp, alignment, underlay; photo-canvas.tsx) loads the first time a plan has a photo, so
 * the first screen stays as small as before. Null while nothing is shown: the canvas then draws
 * the diagram exactly as before.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Atlas } from '../../shared/atlas/types';
import type { PlanPhoto } from '../../shared/plan/types';
import type { Palette } from '../../shared/scene/palette';
import type { ViewId } from '../../shared/surface/types';
import type * as PhotoCanvas from './photo-canvas';
import type { PhotoOnCanvas } from './photo-canvas';
import { useEditorState } from '../ui/editor-context';
import { photoView, usePhotoView } from './photo-view';

type PhotoCanvasModule = typeof PhotoCanvas;
let loaded: PhotoCanvasModule | null = null;

/**
 * The photo under the plan in the view shown (`viewId`); the scene is laid onto it with its
 * `sceneOn`. The same object while none of its inputs change (a drag's moves do not).
 */
export function usePhotoOnCanvas(photos: readonly PlanPhoto[], atlas: Atlas, viewId: ViewId, palette: Palette, zoom: number): PhotoOnCanvas | null {
  const view = usePhotoView();
  useResetOnNewDocument();
  const [mod, setMod] = useState<PhotoCanvasModule | null>(loaded);
  const wanted = photos.length > 0;
  useEffect(() => {
    if (!wanted || mod) return;
    let live = true;
    void import('./photo-canvas').then((m) => {
      loaded = m;
      if (live) setMod(m);
    });
    return () => {
      live = false;
    };
  }, [wanted, mod]);
  return useMemo(() => (wanted && mod ? mod.photoOnCanvas(photos, atlas, viewId, palette, zoom, view) : null), [wanted, mod, photos, atlas, viewId, palette, zoom, view]);
}

/**
 * A plan opened (or a new one) starts with its own photos shown the default way: the underlay
 * choice and any open workspace belong to the plan that was open before. A loaded plan is the
 * one change of plan with nothing to undo. No gesture loads a plan, so a drag's moves are not
 * read here (the canvas does not re-render on a move: renderer/canvas/gesture-frames.ts).
 */
function useResetOnNewDocument(): void {
  const plan = useEditorState((s) => (s.gestureInProgress ? null : s.plan));
  const canUndo = useEditorState((s) => s.canUndo);
  const last = useRef(plan);
  useEffect(() => {
    if (plan === null || plan === last.current) return;
    last.current = plan;
    if (!canUndo) photoView.set({ underlay: { kind: 'auto' }, workspace: null });
  }, [plan, canUndo]);
}
