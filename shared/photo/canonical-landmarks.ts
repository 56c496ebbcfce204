import { LANDMARKS } from '../atlas/landmarks';
import type { FacePoint } from '../geometry/types';
import { projectVisible } from '../scene/view-projection';
import { fitMediaPipe } from '../surface/fit';
import type { FaceSurface, View, ViewId } from '../surface/types';
import { isKeyLandmarkId, MEDIAPIPE_MESH_VERTEX_COUNT, mediapipeIndex } from './landmark-ids';

/**
 * Where each landmark id sits on the canonical face, in atlas millimetres.
 *
 * Key landmarks are atlas landmarks by name. MediaPipe points are the vertices of MediaPipe's
 * canonical face model as the surface module fits it onto the atlas (shared/surface/fit.ts:
 * similarity, then a thin-plate spline through the eye corners, pupils, brows, nose, mouth
 * corners, menton, tragus and the face outline, then exact mirror symmetry), taken in the
 * frontal plane. So a detected mouth corner is the atlas's mouth corner, and the anatomy
 * (muscles, danger zones) lands on the photo where the atlas puts it relative to the face.
 *
 * The face fit alone is used (about 30 ms once), not the whole skin surface built from it.
 *
 * A photo taken from an oblique or profile angle is aligned in that view's picture plane
 * (shared/surface/views.ts): there a landmark's canonical position is its frontal point lifted
 * onto the skin, turned with the head and projected (`projectVisible`, exactly as the designer
 * draws the plan in that view), and a landmark the view cannot see (the far tragus in an
 * oblique, the far half of the face in a profile) has none.
 */

let frontal: Float64Array | null = null;

function meshFrontal(): Float64Array {
  frontal ??= fitMediaPipe().vertices;
  return frontal;
}

/** The canonical position of a landmark id, or null for ids with none (the iris points 468-477, unknown ids). */
export function canonicalLandmark(id: string): FacePoint | null {
  if (isKeyLandmarkId(id)) return LANDMARKS[id] ?? null;
  const k = mediapipeIndex(id);
  if (k === null || k >= MEDIAPIPE_MESH_VERTEX_COUNT) return null;
  const v = meshFrontal();
  return { x: v[k * 3]!, y: v[k * 3 + 1]! };
}

/** A turned clinical view a photo was taken in: the view and the face surface it is projected from. */
export interface TurnedView {
  readonly view: View;
  readonly surface: FaceSurface;
}

const inViewCache = new WeakMap<FaceSurface, Map<ViewId, Map<string, FacePoint | null>>>();

/**
 * The canonical position of a landmark id in a view's picture plane (millimetres at the frontal
 * diagram's scale), or null when it has none or the view cannot see it. Cached per surface and view.
 */
export function canonicalLandmarkInView(id: string, turned: TurnedView | null): FacePoint | null {
  if (turned === null || turned.view.yawDeg === 0) return canonicalLandmark(id);
  let byView = inViewCache.get(turned.surface);
  if (!byView) {
    byView = new Map();
    inViewCache.set(turned.surface, byView);
  }
  let byId = byView.get(turned.view.id);
  if (!byId) {
    byId = new Map();
    byView.set(turned.view.id, byId);
  }
  const hit = byId.get(id);
  if (hit !== undefined) return hit;
  const p = canonicalLandmark(id);
  const seen = p === null ? null : projectVisible(turned.surface, turned.view, p);
  byId.set(id, seen);
  return seen;
}
