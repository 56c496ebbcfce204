/**
 * The photo under the plan, loaded only when a plan has photos (use-photo-on-canvas.tsx): which
 * photo is shown in the view on screen, the scene drawn on it, the pointer mapping back to the
 * plan and the underlay layer. Everything is cached on immutable inputs (landmark lists, scene
 * layers, warps), so a render that changes nothing photo-related costs a few lookups.
 *
 * Each view shows a photo of its own angle (shared/photo/photo-views.ts): the frontal view a
 * frontal photo, the left oblique a left-oblique photo, and so on. A turned photo is aligned in
 * its view's picture plane, so the scene it carries is the scene projected into that view.
 */
import type { ReactNode } from 'react';
import type { Atlas } from '../../shared/atlas/types';
import type { FacePoint } from '../../shared/geometry/types';
import { photoAlignmentOf, type PhotoAlignment } from '../../shared/photo/alignment';
import { photoAngleOfView } from '../../shared/photo/photo-views';
import type { PlanPhoto } from '../../shared/plan/types';
import type { Palette } from '../../shared/scene/palette';
import type { Scene } from '../../shared/scene/types';
import type { ViewId } from '../../shared/surface/types';
import type { PhotoViewState, UnderlayChoice } from './photo-view';
import { displayToPlan, PhotoUnderlay, sceneOnPhoto } from './underlay';

/** Enough landmarks (that its angle can see) to align: the photo can lie under the plan in its view. */
export const isAligned = (photo: PlanPhoto, atlas: Atlas): boolean => photoAlignmentOf(photo, atlas) !== null;

/**
 * The photo under the plan in a view, or null (none chosen, or no aligned photo of that view's
 * angle). A photo the practitioner chose shows in the view of its own angle; the other views
 * show their aligned baseline photo, then any aligned photo of their angle.
 */
export function underlayPhoto(photos: readonly PlanPhoto[], choice: UnderlayChoice, atlas: Atlas, viewId: ViewId = 'frontal'): PlanPhoto | null {
  if (choice.kind === 'none') return null;
  const angle = photoAngleOfView(viewId);
  if (choice.kind === 'photo') {
    const chosen = photos.find((p) => p.id === choice.id);
    if (chosen && chosen.angle === angle && isAligned(chosen, atlas)) return chosen;
  }
  const ofAngle = photos.filter((p) => p.angle === angle && isAligned(p, atlas));
  return ofAngle.find((p) => p.kind === 'baseline') ?? ofAngle[0] ?? null;
}

export interface ShownUnderlay {
  readonly photo: PlanPhoto;
  readonly alignment: PhotoAlignment;
}

export function shownUnderlay(photos: readonly PlanPhoto[], state: PhotoViewState, atlas: Atlas, viewId: ViewId): ShownUnderlay | null {
  const photo = underlayPhoto(photos, state.underlay, atlas, viewId);
  const alignment = photo ? photoAlignmentOf(photo, atlas) : null;
  return photo && alignment ? { photo, alignment } : null;
}

export interface PhotoOnCanvas {
  readonly photoId: string;
  /** The scene drawn on the photo: `viewScene` (the scene as the view draws it) laid onto it. */
  readonly sceneOn: (viewScene: Scene) => Scene;
  /** The plan point under a display point; null over what the photo's view shows no skin at. */
  readonly toPlan: (p: FacePoint) => FacePoint | null;
  readonly underlay: ReactNode;
}

const toPlanOf = new WeakMap<PhotoAlignment, (p: FacePoint) => FacePoint | null>();

/**
 * The photo under the plan in the view shown. The scene goes onto it apart (`sceneOn`), so a
 * drag's move lays its new scene onto the same photo and underlay (renderer/canvas/canvas-frame.ts).
 */
export function photoOnCanvas(photos: readonly PlanPhoto[], atlas: Atlas, viewId: ViewId, palette: Palette, zoom: number, view: PhotoViewState): PhotoOnCanvas | null {
  const shown = shownUnderlay(photos, view, atlas, viewId);
  if (!shown) return null;
  const { alignment } = shown;
  let toPlan = toPlanOf.get(alignment);
  if (!toPlan) {
    toPlan = (p: FacePoint) => displayToPlan(alignment, p);
    toPlanOf.set(alignment, toPlan);
  }
  return {
    photoId: shown.photo.id,
    sceneOn: (viewScene) => sceneOnPhoto(viewScene, alignment, view.showOverlays),
    toPlan,
    underlay: <PhotoUnderlay underlay={shown} opacity={view.opacity} showPhoto={view.showPhoto} showMesh={view.showMesh} palette={palette} zoom={zoom} />,
  };
}
