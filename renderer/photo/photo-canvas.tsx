/**
 * The photo under the plan, loaded only when a plan has photos (use-photo-on-canvas.tsx): which
 * photo is shown, the scene drawn on it, the pointer mapping back to the plan and the underlay
 * layer. Everything is cached on immutable inputs (landmark lists, scene layers, warps), so a
 * render that changes nothing photo-related costs a few lookups.
 */
import type { ReactNode } from 'react';
import type { FaceBounds, FacePoint } from '../../shared/geometry/types';
import { photoAlignment, type PhotoAlignment } from '../../shared/photo/alignment';
import type { PlanPhoto } from '../../shared/plan/types';
import type { Palette } from '../../shared/scene/palette';
import type { Scene } from '../../shared/scene/types';
import type { PhotoViewState, UnderlayChoice } from './photo-view';
import { displayToPlan, PhotoUnderlay, sceneOnPhoto } from './underlay';

/** Enough landmarks to align: the photo can lie under the plan. */
export const isAligned = (photo: PlanPhoto, faceBounds: FaceBounds): boolean => photoAlignment(photo.landmarks, faceBounds) !== null;

/** The photo the underlay choice names in this plan, or null (none, gone, or not aligned yet). */
export function underlayPhoto(photos: readonly PlanPhoto[], choice: UnderlayChoice, faceBounds: FaceBounds): PlanPhoto | null {
  if (choice.kind === 'none') return null;
  if (choice.kind === 'photo') {
    const chosen = photos.find((p) => p.id === choice.id);
    if (chosen && isAligned(chosen, faceBounds)) return chosen;
  }
  // Auto (or the chosen photo is gone): the aligned frontal baseline, then any aligned frontal photo.
  const frontal = photos.filter((p) => p.angle === 'frontal' && isAligned(p, faceBounds));
  return frontal.find((p) => p.kind === 'baseline') ?? frontal[0] ?? null;
}

export interface ShownUnderlay {
  readonly photo: PlanPhoto;
  readonly alignment: PhotoAlignment;
}

export function shownUnderlay(photos: readonly PlanPhoto[], state: PhotoViewState, faceBounds: FaceBounds): ShownUnderlay | null {
  const photo = underlayPhoto(photos, state.underlay, faceBounds);
  const alignment = photo ? photoAlignment(photo.landmarks, faceBounds) : null;
  return photo && alignment ? { photo, alignment } : null;
}

export interface PhotoOnCanvas {
  readonly photoId: string;
  readonly scene: Scene;
  readonly toPlan: (p: FacePoint) => FacePoint;
  readonly underlay: ReactNode;
}

const toPlanOf = new WeakMap<PhotoAlignment, (p: FacePoint) => FacePoint>();

export function photoOnCanvas(photos: readonly PlanPhoto[], faceBounds: FaceBounds, scene: Scene, palette: Palette, zoom: number, view: PhotoViewState): PhotoOnCanvas | null {
  const shown = shownUnderlay(photos, view, faceBounds);
  if (!shown) return null;
  const { alignment } = shown;
  let toPlan = toPlanOf.get(alignment);
  if (!toPlan) {
    toPlan = (p: FacePoint) => displayToPlan(alignment, p);
    toPlanOf.set(alignment, toPlan);
  }
  return {
    photoId: shown.photo.id,
    scene: sceneOnPhoto(scene, alignment, view.showOverlays),
    toPlan,
    underlay: <PhotoUnderlay underlay={shown} opacity={view.opacity} showPhoto={view.showPhoto} showMesh={view.showMesh} palette={palette} zoom={zoom} />,
  };
}
