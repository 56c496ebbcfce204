import type { Atlas } from '../atlas/types';
import type { FaceBounds, FacePoint } from '../geometry/types';
import type { PhotoAngle, PhotoLandmark } from '../plan/types';
import { viewBounds } from '../scene/view-outline';
import { projectVisible } from '../scene/view-projection';
import { VIEWS, pickInView } from '../surface/views';
import { applyAffine, fitSimilarity, invertAffine } from './affine';
import { canonicalLandmarkInView, type TurnedView } from './canonical-landmarks';
import { isKeyLandmarkId } from './landmark-ids';
import { viewOfPhotoAngle } from './photo-views';
import type { Affine, LandmarkPair, PhotoPoint } from './types';
import { buildPhotoWarp, buildWarpMesh, canonicalToPhoto, photoToCanonical, type PhotoWarp, type WarpMesh } from './warp';

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

/**
 * The landmark pairs that align this photo: every landmark with a canonical position, key
 * landmarks winning near themselves. For a photo taken in a turned view (`turned`), canonical
 * positions are in that view's picture plane and landmarks the view cannot see are left out.
 */
export function alignmentPairs(landmarks: readonly PhotoLandmark[], turned: TurnedView | null = null): LandmarkPair[] {
  const keys: LandmarkPair[] = [];
  const mesh: LandmarkPair[] = [];
  for (const l of landmarks) {
    const canonical = canonicalLandmarkInView(l.id, turned);
    if (!canonical) continue;
    (isKeyLandmarkId(l.id) ? keys : mesh).push({ id: l.id, canonical, photo: { x: l.x, y: l.y } });
  }
  const kept = mesh.filter((m) => keys.every((k) => Math.hypot(k.canonical.x - m.canonical.x, k.canonical.y - m.canonical.y) >= KEY_LANDMARK_PRECEDENCE_MM));
  return [...keys, ...kept];
}

/** Meshes by landmark id set: the mesh depends only on which landmarks are present, so a drag reuses it. */
const meshCache = new Map<string, WarpMesh | null>();
const MESH_CACHE_SIZE = 8;

function meshFor(pairs: readonly LandmarkPair[], faceBounds: FaceBounds, viewKey: string): WarpMesh | null {
  const key = `${viewKey}|${faceBounds.minX},${faceBounds.minY},${faceBounds.maxX},${faceBounds.maxY}|${pairs.map((p) => p.id).join(' ')}`;
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
  /**
   * The turned view the photo was taken in, or null for a frontal photo. Its "canonical" side is
   * then the view's picture plane, and a plan point reaches it through the face surface
   * (`planToPhoto`, `photoToPlan`).
   */
  readonly turned: TurnedView | null;
}

interface CachedAlignment {
  readonly turned: TurnedView | null;
  readonly faceBounds: FaceBounds;
  readonly result: PhotoAlignment | null;
}

const alignmentCache = new WeakMap<readonly PhotoLandmark[], CachedAlignment[]>();

/**
 * The alignment of a photo's landmarks, or null when there are too few (or they lie on a line).
 * `turned`: the view an oblique or profile photo was taken in (null: frontal), with `faceBounds`
 * that view's bounds. Cached per landmark list and view.
 */
export function photoAlignment(landmarks: readonly PhotoLandmark[], faceBounds: FaceBounds, turned: TurnedView | null = null): PhotoAlignment | null {
  let list = alignmentCache.get(landmarks);
  const hit = list?.find((c) => c.faceBounds === faceBounds && c.turned?.view === turned?.view && c.turned?.surface === turned?.surface);
  if (hit) return hit.result;
  const result = computeAlignment(landmarks, faceBounds, turned);
  if (!list) {
    list = [];
    alignmentCache.set(landmarks, list);
  }
  if (list.length >= 4) list.shift();
  list.push({ turned, faceBounds, result });
  return result;
}

/**
 * The view a photo of this angle is aligned in on this atlas: null for a frontal photo,
 * undefined when the atlas has no face surface to turn (a flat diagram: only frontal photos align).
 */
export function turnedViewOf(angle: PhotoAngle, atlas: Atlas): TurnedView | null | undefined {
  const viewId = viewOfPhotoAngle(angle);
  if (viewId === 'frontal') return null;
  return atlas.surface === undefined ? undefined : { view: VIEWS[viewId], surface: atlas.surface };
}

/** A photo's alignment in the view of its own angle (frontal, oblique or profile); null when it does not align. */
export function photoAlignmentOf(photo: { readonly angle: PhotoAngle; readonly landmarks: readonly PhotoLandmark[] }, atlas: Atlas): PhotoAlignment | null {
  const turned = turnedViewOf(photo.angle, atlas);
  if (turned === undefined) return null;
  return photoAlignment(photo.landmarks, viewBounds(atlas, viewOfPhotoAngle(photo.angle)), turned);
}

/** The canonical landmark positions a photo of this angle is aligned to: null for landmarks the angle cannot see. */
export function landmarkInPhotoView(id: string, angle: PhotoAngle, atlas: Atlas): FacePoint | null {
  const turned = turnedViewOf(angle, atlas);
  return turned === undefined ? null : canonicalLandmarkInView(id, turned);
}

/**
 * Where a plan point (canonical frontal millimetres) lies on the photo, or null when the photo's
 * view cannot see it. A frontal photo maps every point.
 */
export function planToPhoto(alignment: PhotoAlignment, p: FacePoint): PhotoPoint | null {
  const t = alignment.turned;
  if (t === null) return canonicalToPhoto(alignment.warp, p);
  const v = projectVisible(t.surface, t.view, p);
  return v === null ? null : canonicalToPhoto(alignment.warp, v);
}

/**
 * The plan point (canonical frontal millimetres) shown at a photo position: through the inverse
 * warp to the photo's picture plane, then, for a turned photo, onto the front-most skin there
 * (the view's own picking, `pickInView`). Null when a turned photo shows no modelled skin there
 * (hair, ear, background): nothing there can be drawn on, as in the view without a photo.
 */
export function photoToPlan(alignment: PhotoAlignment, q: PhotoPoint): FacePoint | null {
  const c = photoToCanonical(alignment.warp, q);
  const t = alignment.turned;
  return t === null ? c : pickInView(t.surface, c, t.view);
}

function computeAlignment(landmarks: readonly PhotoLandmark[], faceBounds: FaceBounds, turned: TurnedView | null): PhotoAlignment | null {
  const pairs = alignmentPairs(landmarks, turned);
  if (pairs.length < MIN_ALIGNMENT_LANDMARKS) return null;
  const mesh = meshFor(pairs, faceBounds, turned === null ? 'frontal' : turned.view.id);
  if (!mesh) return null;
  const warp = buildPhotoWarp(mesh, pairs.map((p) => p.photo));
  const photoToDisplay = fitSimilarity(
    pairs.map((p) => p.photo),
    pairs.map((p) => p.canonical),
  );
  const displayToPhoto = photoToDisplay ? invertAffine(photoToDisplay) : null;
  if (!warp || !photoToDisplay || !displayToPhoto) return null;
  return { warp, pairs, photoToDisplay, displayToPhoto, turned };
}

/** Millimetres per photo pixel near the face, from the display similarity (for tolerances and sizes). */
export function mmPerPhotoPixel(alignment: PhotoAlignment): number {
  const o = applyAffine(alignment.photoToDisplay, { x: 0, y: 0 });
  const u = applyAffine(alignment.photoToDisplay, { x: 1, y: 0 });
  return Math.hypot(u.x - o.x, u.y - o.y);
}
