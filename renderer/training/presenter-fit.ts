import type { Atlas } from '../../shared/atlas/types';
import { boundsOf } from '../../shared/geometry/polyline';
import type { FaceBounds } from '../../shared/geometry/types';
import type { PlanDocument } from '../../shared/plan/types';
import type { ViewTransform } from '../editor/api';
import { DESIGN_MARGIN_MM, FACE_MARGIN_MM, viewOfCrop } from './thumbnail-view';

/**
 * Where the presenter view looks: the head from the crown to the chin, so that on a projector
 * the face fills most of the screen's height (the atlas's whole drawing area, with the neck,
 * shoulders' line and margins, left it at about two thirds). The design is always shown whole:
 * a neck or jawline design widens the crop downward until its threads and entry points fit.
 * The crop is the whole plan's, not the current step's, so the picture does not jump as the
 * trainer steps through the threads.
 */
export function presenterCrop(plan: PlanDocument, atlas: Atlas): FaceBounds {
  const head = boundsOf(atlas.drawing.filter((s) => s.part !== 'ear' && s.part !== 'neck').flatMap((s) => s.points));
  let crop: FaceBounds = { minX: head.minX - FACE_MARGIN_MM, maxX: head.maxX + FACE_MARGIN_MM, minY: head.minY - FACE_MARGIN_MM, maxY: head.maxY + FACE_MARGIN_MM };
  const points = [...plan.entryPoints.map((e) => e.position), ...plan.threads.flatMap((t) => t.path)];
  if (points.length > 0) {
    const design = boundsOf(points);
    crop = {
      minX: Math.min(crop.minX, design.minX - DESIGN_MARGIN_MM),
      maxX: Math.max(crop.maxX, design.maxX + DESIGN_MARGIN_MM),
      minY: Math.min(crop.minY, design.minY - DESIGN_MARGIN_MM),
      maxY: Math.max(crop.maxY, design.maxY + DESIGN_MARGIN_MM),
    };
  }
  return crop;
}

/** The presenter's view of a plan in a canvas of the given pixel size: the crop, centred, edge to edge. */
export function presenterView(plan: PlanDocument, atlas: Atlas, width: number, height: number): ViewTransform {
  return viewOfCrop(presenterCrop(plan, atlas), width, height);
}
