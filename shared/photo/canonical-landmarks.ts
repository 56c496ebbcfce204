import { LANDMARKS } from '../atlas/landmarks';
import type { FacePoint } from '../geometry/types';
import { fitMediaPipe } from '../surface/fit';
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
