import type { Atlas } from '../../shared/atlas/types';
import { boundsOf } from '../../shared/geometry/polyline';
import type { FaceBounds, FacePoint } from '../../shared/geometry/types';
import type { PlanDocument } from '../../shared/plan/types';
import type { ViewTransform } from '../editor/api';

/**
 * Where a case card's thumbnail looks: a crop of the face with the card's own aspect ratio, so
 * the face fills the card instead of sitting small in the middle of the atlas's whole drawing
 * area (which is much taller than a card is wide).
 *
 * - The crop is as wide as the face and neck (the drawing without the ears) plus FACE_MARGIN_MM,
 *   and as tall as the card's aspect ratio allows.
 * - Vertically it is centred on the design (thread paths and entry points), kept inside the face,
 *   so a brow design shows the brow and a neck design the neck.
 * - A design taller than that crop (brow to jaw, say) widens the crop until it all fits
 *   (DESIGN_MARGIN_MM around it): nothing of the design is ever cut off.
 */

/** Space around the face, millimetres. Design choice: a thin band so the outline is not touching the edge. */
export const FACE_MARGIN_MM = 4;
/** Space around the design, millimetres. Design choice: room for the entry circles and their labels. */
export const DESIGN_MARGIN_MM = 10;

/** The face and neck: the drawing without the ears, which would only widen the crop with empty space. */
export function faceBounds(atlas: Atlas): FaceBounds {
  return boundsOf(atlas.drawing.filter((s) => s.part !== 'ear').flatMap((s) => s.points));
}

function designPoints(plan: PlanDocument): FacePoint[] {
  return [...plan.entryPoints.map((e) => e.position), ...plan.threads.flatMap((t) => t.path)];
}

/** The crop (face millimetres) for a card whose thumbnail is `aspect` = width / height. */
export function thumbnailCrop(plan: PlanDocument, atlas: Atlas, aspect: number): FaceBounds {
  const face = faceBounds(atlas);
  const points = designPoints(plan);
  const design = points.length > 0 ? boundsOf(points) : face;
  let width = face.maxX - face.minX + 2 * FACE_MARGIN_MM;
  let height = width / aspect;
  const designHeight = design.maxY - design.minY + 2 * DESIGN_MARGIN_MM;
  if (designHeight > height) {
    height = designHeight;
    width = height * aspect;
  }
  // Centre on the design, then slide back inside the face (with its margin) where there is room.
  const top = face.minY - FACE_MARGIN_MM;
  const bottom = face.maxY + FACE_MARGIN_MM;
  let cy = (design.minY + design.maxY) / 2;
  if (height <= bottom - top) cy = Math.min(bottom - height / 2, Math.max(top + height / 2, cy));
  const cx = (face.minX + face.maxX) / 2;
  return { minX: cx - width / 2, maxX: cx + width / 2, minY: cy - height / 2, maxY: cy + height / 2 };
}

/** The view that shows `crop` edge to edge in a `width` x `height` pixel box (centred; no frame). */
export function viewOfCrop(crop: FaceBounds, width: number, height: number): ViewTransform {
  const zoom = Math.min(width / (crop.maxX - crop.minX), height / (crop.maxY - crop.minY));
  const cx = (crop.minX + crop.maxX) / 2;
  const cy = (crop.minY + crop.maxY) / 2;
  return { zoom, panX: width / 2 - cx * zoom, panY: height / 2 - cy * zoom };
}

/** The thumbnail's view of a design in a box of the given pixel size. */
export function thumbnailView(plan: PlanDocument, atlas: Atlas, width: number, height: number): ViewTransform {
  return viewOfCrop(thumbnailCrop(plan, atlas, width / height), width, height);
}
