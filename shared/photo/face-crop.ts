import type { FaceBounds } from '../geometry/types';
import type { PhotoAlignment } from './alignment';
import { canonicalToPhoto } from './warp';

/**
 * The face region of an aligned photo, in its pixels: the view's bounds (plus a margin) carried
 * through the alignment's warp and kept inside the photo. One function for the before/after
 * panels on screen and the PDF's photo pages, so both frame a photo the same way.
 */

/** Share of the view's bounds shown around them (design choice: forehead to neck, ear to ear). */
export const FACE_CROP_MARGIN = 0.12;

export function photoFaceCrop(image: { readonly width: number; readonly height: number }, alignment: PhotoAlignment, bounds: FaceBounds): FaceBounds {
  const w = bounds.maxX - bounds.minX;
  const h = bounds.maxY - bounds.minY;
  const corners = [
    { x: bounds.minX - w * FACE_CROP_MARGIN, y: bounds.minY - h * FACE_CROP_MARGIN },
    { x: bounds.maxX + w * FACE_CROP_MARGIN, y: bounds.minY - h * FACE_CROP_MARGIN },
    { x: bounds.minX - w * FACE_CROP_MARGIN, y: bounds.maxY + h * FACE_CROP_MARGIN },
    { x: bounds.maxX + w * FACE_CROP_MARGIN, y: bounds.maxY + h * FACE_CROP_MARGIN },
  ].map((p) => canonicalToPhoto(alignment.warp, p));
  return {
    minX: Math.max(0, Math.min(...corners.map((c) => c.x))),
    maxX: Math.min(image.width, Math.max(...corners.map((c) => c.x))),
    minY: Math.max(0, Math.min(...corners.map((c) => c.y))),
    maxY: Math.min(image.height, Math.max(...corners.map((c) => c.y))),
  };
}
