/**
 * Between the canvas and the face in the view shown. The stage transform maps the view's picture
 * plane (millimetres, shared/surface/views.ts) to CSS pixels exactly as it maps the frontal
 * diagram; a point of the picture plane is then picked onto the skin (pickInView) to give the
 * frontal point the plan stores. In the frontal view both steps are the identity, as before.
 */
import type { Atlas } from '../../shared/atlas/types';
import type { FacePoint, StagePoint } from '../../shared/geometry/types';
import { projectVisible } from '../../shared/scene/view-projection';
import { VIEWS, pickInView, projectFrontal, surfaceOf } from '../../shared/surface';
import type { ViewId } from '../../shared/surface/types';
import type { ViewTransform } from '../editor/api';
import { toFace, toStage } from '../editor/view-transform';

/**
 * The frontal point of the skin under a stage point, or null when the pointer is off the face
 * or over skin the view cannot show (what is hidden cannot be picked).
 */
export function pickAtStage(atlas: Atlas, faceView: ViewId, transform: ViewTransform, stage: StagePoint): FacePoint | null {
  const p = toFace(transform, stage);
  if (faceView === 'frontal') return p;
  return pickInView(surfaceOf(atlas), p, VIEWS[faceView]);
}

/** Where a frontal point is drawn on the stage in a view (hidden or not). */
export function stageOf(atlas: Atlas, faceView: ViewId, transform: ViewTransform, p: FacePoint): StagePoint {
  if (faceView === 'frontal') return toStage(transform, p);
  const v = projectFrontal(surfaceOf(atlas), p, VIEWS[faceView]);
  return toStage(transform, v);
}

/** A frontal point in the view's picture plane, or null when the view cannot show it. */
export function viewPointOf(atlas: Atlas, faceView: ViewId, p: FacePoint): FacePoint | null {
  if (faceView === 'frontal') return p;
  return projectVisible(surfaceOf(atlas), VIEWS[faceView], p);
}
