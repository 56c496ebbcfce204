/**
 * Zoom and pan of the stage: stage px = face mm * zoom + pan (api.ts ViewTransform).
 * Pure functions; the editor keeps the current transform in its snapshot.
 */
import type { FaceBounds, FacePoint, StagePoint } from '../../shared/geometry/types';
import type { ViewTransform } from './api';

/**
 * Design choice: 0.5 to 40 CSS px per mm. At 0.5 a whole face is about 100 px across (smaller
 * is useless); at 40 one millimetre fills a finger's width, enough to place points precisely.
 */
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 40;

/** CSS pixels per millimetre (CSS fixes 96 px per inch): 100% shows the face at life size. */
export const ACTUAL_SIZE_ZOOM = 96 / 25.4;

/** One zoom in/out step multiplies or divides by this (design choice: 8 steps per ~6x). */
export const ZOOM_STEP = 1.25;

/** Margin left around the face when fitting, as a share of the viewport (design choice). */
export const FIT_MARGIN = 0.05;

export const clampZoom = (zoom: number): number => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

export const toStage = (view: ViewTransform, p: FacePoint): StagePoint => ({
  x: p.x * view.zoom + view.panX,
  y: p.y * view.zoom + view.panY,
});

export const toFace = (view: ViewTransform, p: StagePoint): FacePoint => ({
  x: (p.x - view.panX) / view.zoom,
  y: (p.y - view.panY) / view.zoom,
});

/** Zoom to `zoom` (clamped) keeping the face point under stage point `about` where it is. */
export function zoomTo(view: ViewTransform, zoom: number, about: StagePoint): ViewTransform {
  const next = clampZoom(zoom);
  if (next === view.zoom) return view;
  const anchor = toFace(view, about);
  return { zoom: next, panX: about.x - anchor.x * next, panY: about.y - anchor.y * next };
}

export const zoomBy = (view: ViewTransform, factor: number, about: StagePoint): ViewTransform =>
  zoomTo(view, view.zoom * factor, about);

export const panBy = (view: ViewTransform, dx: number, dy: number): ViewTransform =>
  dx === 0 && dy === 0 ? view : { ...view, panX: view.panX + dx, panY: view.panY + dy };

/** The transform that shows `bounds` whole and centred in a viewport of the given size. */
export function fitBounds(bounds: FaceBounds, width: number, height: number): ViewTransform {
  const bw = Math.max(1e-6, bounds.maxX - bounds.minX);
  const bh = Math.max(1e-6, bounds.maxY - bounds.minY);
  const usableW = Math.max(1, width * (1 - 2 * FIT_MARGIN));
  const usableH = Math.max(1, height * (1 - 2 * FIT_MARGIN));
  const zoom = clampZoom(Math.min(usableW / bw, usableH / bh));
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cy = (bounds.minY + bounds.maxY) / 2;
  return { zoom, panX: width / 2 - cx * zoom, panY: height / 2 - cy * zoom };
}

export const sameView = (a: ViewTransform, b: ViewTransform): boolean =>
  a.zoom === b.zoom && a.panX === b.panX && a.panY === b.panY;
