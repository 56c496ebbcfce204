import type { FaceBounds } from '../geometry/types';
import type { PhotoLandmark } from '../plan/types';
import { applyAffine, fitSimilarity, invertAffine } from './affine';
import { canonicalLandmark } from './canonical-landmarks';
import { isKeyLandmarkId } from './landmark-ids';
import type { Affine, LandmarkPair } from './types';
import { buildPhotoWarp, buildWarpMesh, type PhotoWarp, type WarpMesh } from './warp';

/**
 * From a photo's landmarks to its warp: which landmarks take part, and the photo view's frame.
 */

/**
 * A face-mesh point closer than this to a key landmark that is present is left out of the
 * alignment (design choice): the key landmark is the practitioner's word for that spot, and two
 * nearly coincident points with slightly different photo positions would fold the mesh between
 * them. 4 mm is about the distance between neighbouring mesh points around the eyes and mouth.
 */
export const KEY_LANDMARK_PRECEDENCE_MM = 4;

/** Fewest landmarks that define an alignment: three points fix an affine map. */
export const MIN_ALIGNMENT_LANDMARKS = 3;

/** The landmark pairs that align this photo: every landmark with a canonical position, key landmarks winning near themselves. */
export function alignmentPairs(landmarks: readonly PhotoLandmark[]): LandmarkPair[] {
  const keys: LandmarkPair[] = [];
  const mesh: LandmarkPair[] = [];
  for (const l of landmarks) {
    const canonical = canonicalLandmark(l.id);
    if (!canonical) continue;
    (isKeyLandmarkId(l.id) ? keys : mesh).push({ id: l.id, canonical, photo: { x: l.x, y: l.y } });
  }
  const kept = mesh.filter((m) => keys.every((k) => Math.hypot(k.canonical.x - m.canonical.x, k.canonical.y - m.canonical.y) >= KEY_LANDMARK_PRECEDENCE_MM));
  return [...keys, ...kept];
}

/** Meshes by landmark id set: the mesh depends only on which landmarks are present, so a drag reuses it. */
const meshCache = new Map<string, WarpMesh | null>();
const MESH_CACHE_SIZE = 8;

function meshFor(pairs: readonly LandmarkPair[], faceBounds: FaceBounds): WarpMesh | null {
  const key = `${faceBounds.minX},${faceBounds.minY},${faceBounds.maxX},${faceBounds.maxY}|${pairs.map((p) => p.id).join(' ')}`;
  if (meshCache.has(key)) return meshCache.get(key)!;
  const mesh = buildWarpMesh(pairs, faceBounds);
  if (meshCache.size >= MESH_CACHE_SIZE) meshCache.delete(meshCache.keys().next().value!);
  meshCache.set(key, mesh);
  return mesh;
}

/** The view of one photo in the editor: its warp and the similarity that shows photo pixels at about canonical size. */
export interface PhotoAlignment {
  readonly warp: PhotoWarp;
  readonly pairs: readonly LandmarkPair[];
  /**
   * Photo pixels -> "display millimetres": the least-squares similarity from the landmarks' photo
   * positions to their canonical positions. Drawing the photo through it puts the patient's face
   * where the canonical face is, at its size, so zoom, pan, hit tolerances and label sizes work
   * unchanged; the overlays are then drawn through warp + this map.
   */
  readonly photoToDisplay: Affine;
  readonly displayToPhoto: Affine;
}

const alignmentCache = new WeakMap<readonly PhotoLandmark[], PhotoAlignment | null>();

/** The alignment of a photo's landmarks, or null when there are too few (or they lie on a line). Cached per landmark list. */
export function photoAlignment(landmarks: readonly PhotoLandmark[], faceBounds: FaceBounds): PhotoAlignment | null {
  if (alignmentCache.has(landmarks)) return alignmentCache.get(landmarks)!;
  const result = computeAlignment(landmarks, faceBounds);
  alignmentCache.set(landmarks, result);
  return result;
}

function computeAlignment(landmarks: readonly PhotoLandmark[], faceBounds: FaceBounds): PhotoAlignment | null {
  const pairs = alignmentPairs(landmarks);
  if (pairs.length < MIN_ALIGNMENT_LANDMARKS) return null;
  const mesh = meshFor(pairs, faceBounds);
  if (!mesh) return null;
  const warp = buildPhotoWarp(mesh, pairs.map((p) => p.photo));
  const photoToDisplay = fitSimilarity(
    pairs.map((p) => p.photo),
    pairs.map((p) => p.canonical),
  );
  const displayToPhoto = photoToDisplay ? invertAffine(photoToDisplay) : null;
  if (!warp || !photoToDisplay || !displayToPhoto) return null;
  return { warp, pairs, photoToDisplay, displayToPhoto };
}

/** Millimetres per photo pixel near the face, from the display similarity (for tolerances and sizes). */
export function mmPerPhotoPixel(alignment: PhotoAlignment): number {
  const o = applyAffine(alignment.photoToDisplay, { x: 0, y: 0 });
  const u = applyAffine(alignment.photoToDisplay, { x: 1, y: 0 });
  return Math.hypot(u.x - o.x, u.y - o.y);
}
