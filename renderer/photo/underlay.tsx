/**
 * The photo under the plan in the designer canvas (issue 11), in the frontal view or (for an
 * oblique or profile photo) the turned view of its angle, where "canonical" is that view's
 * picture plane and the scene drawn on the photo is the projected scene.
 *
 * Display space: the photo is drawn through its alignment's similarity (photo px -> "display
 * millimetres", shared/photo/alignment.ts), which puts the patient's face where the canonical
 * face is and at its size, so the stage's zoom, pan, hit tolerances and label sizes work as on
 * the diagram. The canonical scene is drawn through the warp (canonical -> photo px) and the same
 * similarity, so the atlas and the threads lie on the patient's own features; pointer input goes
 * the other way (display -> photo px -> canonical millimetres), so what is drawn on the photo is
 * stored, analyzed and printed in canonical millimetres by the same engine.
 *
 * Konva nodes hold no model state: the shapes' draw functions read the photo, the warp and the
 * settings they are given.
 */
import type Konva from 'konva';
import { memo, useCallback } from 'react';
import { Layer, Shape } from 'react-konva/lib/ReactKonvaCore';
import type { FacePoint } from '../../shared/geometry/types';
import { applyAffine } from '../../shared/photo/affine';
import { photoToPlan, type PhotoAlignment } from '../../shared/photo/alignment';
import { warpLayer } from '../../shared/photo/warp-scene';
import type { Palette } from '../../shared/scene/palette';
import type { Scene, SceneLayer } from '../../shared/scene/types';
import type { ShownUnderlay } from './photo-canvas';
import type { PhotoWarp } from '../../shared/photo/warp';
import { traceMeshEdges } from './mesh-lines';
import { usePhotoBitmap } from './photo-bitmap';

/** Scene layers that are the atlas (hidden with "show overlays" off); the plan's own layers always show. */
const ATLAS_LAYERS: ReadonlySet<string> = new Set(['face', 'regions', 'muscles', 'fixation', 'danger-zones', 'fixed-mobile-line']);

const warpedLayers = new WeakMap<SceneLayer, { warp: PhotoWarp; layer: SceneLayer }>();

/**
 * The scene as drawn on the photo, in display millimetres. A layer keeps its warped copy while
 * neither it nor the warp changes, so the static atlas layers are not re-warped (or redrawn) on
 * every edit of the plan.
 */
export function sceneOnPhoto(scene: Scene, alignment: PhotoAlignment, showOverlays: boolean): Scene {
  const layers = scene.layers.map((layer) => {
    if (!showOverlays && ATLAS_LAYERS.has(layer.id)) return { id: layer.id, items: [] };
    const hit = warpedLayers.get(layer);
    if (hit && hit.warp === alignment.warp) return hit.layer;
    // The drawn face's fills (skin, hair, lips, irises) would cover the patient's own face: on
    // the photo the face drawing is its lines only, to check the alignment against.
    const source = layer.id === 'face' ? { id: layer.id, items: layer.items.filter((i) => !('style' in i && i.style.fill && !i.style.stroke)) } : layer;
    const warped = warpLayer(source, alignment.warp, alignment.photoToDisplay);
    warpedLayers.set(layer, { warp: alignment.warp, layer: warped });
    return warped;
  });
  return { bounds: scene.bounds, layers };
}

/**
 * The plan point (canonical frontal millimetres) under a display point on the photo: back through
 * the warp, and for an oblique or profile photo onto the skin the view shows there. Null where a
 * turned photo shows no modelled skin.
 */
export function displayToPlan(alignment: PhotoAlignment, p: FacePoint): FacePoint | null {
  return photoToPlan(alignment, applyAffine(alignment.displayToPhoto, p));
}

interface UnderlayProps {
  readonly underlay: ShownUnderlay;
  readonly opacity: number;
  readonly showPhoto: boolean;
  readonly showMesh: boolean;
  readonly palette: Palette;
  readonly zoom: number;
}

function PhotoUnderlayImpl({ underlay, opacity, showPhoto, showMesh, palette, zoom }: UnderlayProps) {
  const bitmap = usePhotoBitmap(underlay.photo.image);
  const { alignment } = underlay;
  const drawPhoto = useCallback(
    (context: Konva.Context) => {
      const ctx = context._context;
      const A = alignment.photoToDisplay;
      ctx.save();
      // Canvas transform(a, b, c, d, e, f): x' = a x + c y + e, y' = b x + d y + f.
      ctx.transform(A.a, A.d, A.b, A.e, A.c, A.f);
      if (showPhoto && bitmap) {
        ctx.globalAlpha = opacity;
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(bitmap, 0, 0);
      }
      if (showMesh) {
        const warp = alignment.warp;
        const scale = Math.hypot(A.a, A.d);
        ctx.globalAlpha = 0.7;
        ctx.strokeStyle = palette.highlight;
        ctx.lineWidth = 0.75 / (zoom * scale);
        traceMeshEdges(ctx, warp);
        ctx.stroke();
        // Key landmarks: the points a practitioner checks first.
        ctx.globalAlpha = 1;
        ctx.fillStyle = palette.highlight;
        const r = 3 / (zoom * scale);
        for (const pair of alignment.pairs) {
          if (pair.id.startsWith('mp:')) continue;
          ctx.beginPath();
          ctx.arc(pair.photo.x, pair.photo.y, r, 0, Math.PI * 2);
          ctx.fill();
        }
      }
      ctx.restore();
    },
    [alignment, bitmap, opacity, showPhoto, showMesh, palette, zoom],
  );
  return (
    // Below the diagram's layers (CanvasStage.tsx draws it first).
    <Layer listening={false} name="photo-underlay">
      <Shape sceneFunc={drawPhoto} listening={false} perfectDrawEnabled={false} name="photo-underlay-image" />
    </Layer>
  );
}

export const PhotoUnderlay = memo(PhotoUnderlayImpl);
