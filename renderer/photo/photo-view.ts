/**
 * How the photos are SHOWN (not what they are): which photo lies under the plan, its opacity,
 * which overlays are drawn on it, and which photo workspace (alignment, before/after) is open.
 * View state, so it lives beside the editor rather than in the plan or its history: hiding the
 * photo is not an edit and is not undone. Kept free of the photo maths (shared/photo), so the
 * first screen loads none of it.
 */
import { useSyncExternalStore } from 'react';
import { createStore, type Store } from '../editor/store';

/** Which photo lies under the plan: chosen by the practitioner, none, or the frontal baseline when there is one. */
export type UnderlayChoice = { readonly kind: 'auto' } | { readonly kind: 'none' } | { readonly kind: 'photo'; readonly id: string };

export type PhotoWorkspace =
  | { readonly kind: 'align'; readonly photoId: string }
  | { readonly kind: 'compare'; readonly baselineId: string | null; readonly followUpId: string | null; readonly mode: 'side-by-side' | 'ghost'; readonly ghostOpacity: number };

export interface PhotoViewState {
  readonly underlay: UnderlayChoice;
  /** 0-1: how strongly the photo shows under the plan (design choice: 0.85 keeps the overlays readable on a bright photo). */
  readonly opacity: number;
  readonly showPhoto: boolean;
  /** The atlas overlays (face drawing, regions, muscles, zones) warped onto the photo. */
  readonly showOverlays: boolean;
  /** The landmark mesh, for checking the alignment. */
  readonly showMesh: boolean;
  readonly workspace: PhotoWorkspace | null;
}

export const INITIAL_PHOTO_VIEW: PhotoViewState = {
  underlay: { kind: 'auto' },
  opacity: 0.85,
  showPhoto: true,
  showOverlays: true,
  showMesh: false,
  workspace: null,
};

export interface PhotoView {
  readonly store: Store<PhotoViewState>;
  set(patch: Partial<PhotoViewState>): void;
}

export function createPhotoView(initial: PhotoViewState = INITIAL_PHOTO_VIEW): PhotoView {
  const store = createStore(initial);
  return { store, set: (patch) => store.set({ ...store.get(), ...patch }) };
}

/** One per window: the canvas, the photos panel and the workspaces share it. */
export const photoView = createPhotoView();

export function usePhotoView(): PhotoViewState {
  return useSyncExternalStore(photoView.store.subscribe, photoView.store.get);
}

