import type { FacePoint } from '../geometry/types';
import type { PhotoScale, PlanPhoto } from '../plan/types';
import { applyAffine, fitSimilarity } from './affine';
import { KEY_LANDMARK_MESH_INDEX, mediapipeId, type KeyLandmarkId } from './landmark-ids';
import type { Affine, PhotoPoint } from './types';

/**
 * Before/after: a follow-up photo brought onto its baseline, and how far landmarks moved.
 */

/**
 * Adult interpupillary distance, millimetres: mean 63 mm (Dodgson 2004, "Variation and extrema
 * of human interpupillary distance", Proc. SPIE 5291: mean 63.36 mm, SD 3.83, n = 3976). The
 * default known distance; the practitioner sets the patient's own when it is measured.
 */
export const DEFAULT_INTERPUPILLARY_MM = 63;

export const DEFAULT_PHOTO_SCALE: PhotoScale = { fromLandmark: 'pupil-right', toLandmark: 'pupil-left', distanceMm: DEFAULT_INTERPUPILLARY_MM };

/**
 * Landmarks a thread lift does not move, used to lay a follow-up photo over its baseline: the
 * eye corners, pupils, nasion and the bony nasal bridge and tip (design choice from the anatomy:
 * the threads lift the midface, jowl and brow soft tissue; the canthi and nose sit on bone and
 * cartilage). Mouth corners, jaw line and cheeks are what the procedure changes, so aligning on
 * them would hide the result.
 */
const STABLE_IDS: readonly string[] = [
  'lateral-canthus-right', 'lateral-canthus-left', 'pupil-right', 'pupil-left', 'nasion',
  mediapipeId(33), mediapipeId(263), mediapipeId(133), mediapipeId(362), mediapipeId(168), mediapipeId(6),
  mediapipeId(197), mediapipeId(195), mediapipeId(5), mediapipeId(4), mediapipeId(1),
  mediapipeId(468), mediapipeId(473),
];

/** Where a landmark is on a photo: placed under its own id, or (for a key landmark) its face-mesh counterpart. */
export function landmarkOnPhoto(photo: PlanPhoto, id: string): PhotoPoint | null {
  const own = photo.landmarks.find((l) => l.id === id);
  if (own) return { x: own.x, y: own.y };
  const k = KEY_LANDMARK_MESH_INDEX[id as KeyLandmarkId];
  if (k === undefined) return null;
  const mesh = photo.landmarks.find((l) => l.id === mediapipeId(k));
  return mesh ? { x: mesh.x, y: mesh.y } : null;
}

/**
 * The similarity that lays `followUp` over `baseline` (follow-up pixels -> baseline pixels),
 * fitted on the stable landmarks both photos have; null with fewer than two in common.
 */
export function followUpToBaseline(baseline: PlanPhoto, followUp: PlanPhoto): Affine | null {
  const from: PhotoPoint[] = [];
  const to: PhotoPoint[] = [];
  for (const id of STABLE_IDS) {
    const a = landmarkOnPhoto(followUp, id);
    const b = landmarkOnPhoto(baseline, id);
    if (a && b) {
      from.push(a);
      to.push(b);
    }
  }
  return from.length >= 2 ? fitSimilarity(from, to) : null;
}

/** Millimetres per pixel of a photo from the known distance, or null when either landmark is missing. */
export function millimetresPerPixel(photo: PlanPhoto, scale: PhotoScale): number | null {
  const a = landmarkOnPhoto(photo, scale.fromLandmark);
  const b = landmarkOnPhoto(photo, scale.toLandmark);
  if (!a || !b) return null;
  const px = Math.hypot(b.x - a.x, b.y - a.y);
  return px > 0 ? scale.distanceMm / px : null;
}

/** How far one landmark moved from the baseline to the follow-up, in millimetres. */
export interface LandmarkShift {
  readonly id: string;
  /** Upward movement, millimetres (negative: it moved down). */
  readonly upMm: number;
  /** Movement away from the facial midline, millimetres (negative: toward it). */
  readonly outwardMm: number;
  /** Straight-line distance, millimetres. */
  readonly totalMm: number;
}

/** Landmarks whose movement tells the result of a lift (design choice: the points a practitioner compares). */
export const MEASURED_LANDMARKS: readonly string[] = ['mouth-corner-right', 'mouth-corner-left', 'gonion-right', 'gonion-left', 'menton'];

/**
 * The movement of each measured landmark present on both photos, in baseline millimetres.
 * "Up" and "outward" are taken in the baseline photo's own frame (its eye line as horizontal and
 * the midpoint between the canthi as the midline), so a tilted head does not read as a lift.
 * Null when the photos cannot be aligned or scaled.
 */
export function landmarkShifts(baseline: PlanPhoto, followUp: PlanPhoto, scale: PhotoScale): LandmarkShift[] | null {
  const toBaseline = followUpToBaseline(baseline, followUp);
  const mmPerPx = millimetresPerPixel(baseline, scale);
  const right = landmarkOnPhoto(baseline, 'lateral-canthus-right') ?? landmarkOnPhoto(baseline, 'pupil-right');
  const left = landmarkOnPhoto(baseline, 'lateral-canthus-left') ?? landmarkOnPhoto(baseline, 'pupil-left');
  if (!toBaseline || mmPerPx === null || !right || !left) return null;
  // Eye line from the patient's right to left (viewer's left to right) is the baseline's +x.
  const len = Math.hypot(left.x - right.x, left.y - right.y);
  const ux = (left.x - right.x) / len;
  const uy = (left.y - right.y) / len;
  const mid: FacePoint = { x: (left.x + right.x) / 2, y: (left.y + right.y) / 2 };
  const out: LandmarkShift[] = [];
  for (const id of MEASURED_LANDMARKS) {
    const before = landmarkOnPhoto(baseline, id);
    const afterRaw = landmarkOnPhoto(followUp, id);
    if (!before || !afterRaw) continue;
    const after = applyAffine(toBaseline, afterRaw);
    const dx = after.x - before.x;
    const dy = after.y - before.y;
    const along = (dx * ux + dy * uy) * mmPerPx; // toward the patient's left
    const down = (-dx * uy + dy * ux) * mmPerPx; // perpendicular, down the face
    const side = (before.x - mid.x) * ux + (before.y - mid.y) * uy; // which side of the midline
    const outward = side === 0 ? 0 : Math.sign(side) * along;
    out.push({ id, upMm: -down, outwardMm: outward, totalMm: Math.hypot(along, down) });
  }
  return out;
}
