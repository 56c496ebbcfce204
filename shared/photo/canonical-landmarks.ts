import { LANDMARKS } from '../atlas/landmarks';
import type { FaceBounds, FacePoint } from '../geometry/types';
import { applyAffine, fitSimilarity } from './affine';
import { isKeyLandmarkId, MEDIAPIPE_MESH_VERTEX_COUNT, mediapipeIndex } from './landmark-ids';
import { MEDIAPIPE_MODEL_XY_CM } from './mediapipe-model';
import { canonicalToPhoto, warpFromPairs } from './warp';

/**
 * Where each landmark id sits on the canonical face, in atlas millimetres.
 *
 * Key landmarks are atlas landmarks by name. MediaPipe points come from the canonical face
 * model (mediapipe-model.ts), fitted to the atlas in two steps:
 * 1. a similarity (scale, rotation, shift; the model's +y up becomes the atlas's +y down) fitted
 *    by least squares on the points both name (eye corners, nasion, nose tip, mouth corners, chin);
 * 2. a piecewise-affine correction through those same points, so each of them lands exactly on
 *    its atlas landmark (the residuals after step 1 are 1-3 mm: the atlas is a schematic face).
 * So a thread placed relative to a detected mouth corner keeps that relation to the atlas's
 * mouth corner, and the anatomy (muscles, danger zones) lands where the atlas puts it.
 *
 * PROVISIONAL: the surface work (issue 9) fits the same model to the atlas in 3D and will publish
 * the frontal coordinates of every MediaPipe vertex; this module then takes them from there, and
 * nothing else changes (callers only use `canonicalLandmark`).
 */

/** MediaPipe vertex -> atlas landmark pairs the fit uses (indices from the model's NOTICE and the mesh topology). */
const FIT_PAIRS: readonly [number, string][] = [
  [33, 'lateral-canthus-right'],
  [263, 'lateral-canthus-left'],
  [133, 'medial-canthus-right'],
  [362, 'medial-canthus-left'],
  [168, 'nasion'],
  [1, 'nose-tip'],
  [61, 'mouth-corner-right'],
  [291, 'mouth-corner-left'],
  [152, 'menton'],
];

const modelPoint = (k: number): FacePoint => ({ x: MEDIAPIPE_MODEL_XY_CM[k * 2]!, y: -MEDIAPIPE_MODEL_XY_CM[k * 2 + 1]! });

let fitted: readonly FacePoint[] | null = null;

function fittedMesh(): readonly FacePoint[] {
  if (fitted) return fitted;
  const from = FIT_PAIRS.map(([k]) => modelPoint(k));
  const to = FIT_PAIRS.map(([, name]) => LANDMARKS[name]!);
  const similarity = fitSimilarity(from, to)!;
  const rough: FacePoint[] = [];
  for (let k = 0; k < MEDIAPIPE_MESH_VERTEX_COUNT; k++) rough.push(applyAffine(similarity, modelPoint(k)));
  const bounds = boundsOf(rough);
  const correction = warpFromPairs(
    // The warp machinery maps "canonical" to "photo": here from the rough fit to the atlas.
    FIT_PAIRS.map(([k, name]) => ({ id: name, canonical: rough[k]!, photo: { x: LANDMARKS[name]!.x, y: LANDMARKS[name]!.y } })),
    bounds,
  )!;
  fitted = rough.map((p): FacePoint => {
    const q = canonicalToPhoto(correction, p);
    return { x: q.x, y: q.y };
  });
  return fitted;
}

function boundsOf(points: readonly FacePoint[]): FaceBounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  return { minX, minY, maxX, maxY };
}

/** The canonical position of a landmark id, or null for ids with none (the iris points 468-477, unknown ids). */
export function canonicalLandmark(id: string): FacePoint | null {
  if (isKeyLandmarkId(id)) return LANDMARKS[id] ?? null;
  const k = mediapipeIndex(id);
  if (k === null || k >= MEDIAPIPE_MESH_VERTEX_COUNT) return null;
  return fittedMesh()[k]!;
}
