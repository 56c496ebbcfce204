/**
 * The designer canvas's one hook into the photos. A plan without photos costs nothing: the photo
 * code (warp, alignment, underlay; photo-canvas.tsx) loads the first time a plan has a photo, so
 * the first screen stays as small as before. Null while nothing is shown: the canvas then draws
 * the diagram exactly as before.
 */
import { useEffect, useState } from 'react';
import type { FaceBounds } from '../../shared/geometry/types';
import type { PlanPhoto } from '../../shared/plan/types';
import type { Palette } from '../../shared/scene/palette';
import type { Scene } from '../../shared/scene/types';
import type * as PhotoCanvas from './photo-canvas';
import type { PhotoOnCanvas } from './photo-canvas';
import { usePhotoView } from './photo-view';

type PhotoCanvasModule = typeof PhotoCanvas;
let loaded: PhotoCanvasModule | null = null;

export function usePhotoOnCanvas(photos: readonly PlanPhoto[], faceBounds: FaceBounds, scene: Scene, palette: Palette, zoom: number): PhotoOnCanvas | null {
  const view = usePhotoView();
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
  return wanted && mod ? mod.photoOnCanvas(photos, faceBounds, scene, palette, zoom, view) : null;
}
