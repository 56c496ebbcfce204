/**
 * The names of the points a photo's alignment is made of.
 *
 * - `mp:N`: MediaPipe Face Mesh landmark N (0-477), as the detector returns them. 0-467 are the
 *   vertices of MediaPipe's canonical face model (same indices); 468-477 are the iris points the
 *   refined mesh adds (468 centre of the patient's right iris, 473 of the left).
 * - Key landmarks: the handful a practitioner can place or correct by hand (issue 11: tragus,
 *   lateral canthus, mouth corner, nasion, menton, gonion; plus the pupils, which scale
 *   measurements by the interpupillary distance). Each is named exactly as the atlas landmark it
 *   maps to (shared/atlas/landmarks.ts), so its canonical position needs no table.
 */

export const MEDIAPIPE_LANDMARK_COUNT = 478;
/** Vertices of the canonical face model; the iris points beyond these have no canonical position. */
export const MEDIAPIPE_MESH_VERTEX_COUNT = 468;

/** Iris centres in the refined mesh (MediaPipe face_landmarker: 468 right iris, 473 left iris). */
export const MEDIAPIPE_IRIS_CENTRE = { right: 468, left: 473 } as const;

export const KEY_LANDMARK_IDS = [
  'tragus-right',
  'tragus-left',
  'lateral-canthus-right',
  'lateral-canthus-left',
  'pupil-right',
  'pupil-left',
  'nasion',
  'mouth-corner-right',
  'mouth-corner-left',
  'gonion-right',
  'gonion-left',
  'menton',
] as const;

export type KeyLandmarkId = (typeof KEY_LANDMARK_IDS)[number];

const KEY_SET: ReadonlySet<string> = new Set(KEY_LANDMARK_IDS);

export const isKeyLandmarkId = (id: string): id is KeyLandmarkId => KEY_SET.has(id);

export const mediapipeId = (index: number): string => `mp:${index}`;

/** The MediaPipe index of an `mp:N` id, or null for anything else (key ids, malformed ids). */
export function mediapipeIndex(id: string): number | null {
  const m = /^mp:(0|[1-9][0-9]{0,2})$/.exec(id);
  if (!m) return null;
  const n = Number(m[1]);
  return n < MEDIAPIPE_LANDMARK_COUNT ? n : null;
}

/** A landmark id the plan format accepts. */
export const isLandmarkId = (id: string): boolean => isKeyLandmarkId(id) || mediapipeIndex(id) !== null;

/**
 * Where a key landmark sits in the MediaPipe mesh, when it has a close counterpart: the detector
 * then supplies the key point too, so a detected photo also has its key landmarks to check and
 * drag. Tragus and gonion have none (the mesh stops in front of the ear and above the jaw angle):
 * those are placed by hand when wanted. Indices from MediaPipe's canonical face model
 * (shared/data NOTICE: 33/263 outer eye corners, 61/291 mouth corners, 152 chin); 168 is the
 * deepest midline point between the eyes (nasion).
 */
export const KEY_LANDMARK_MESH_INDEX: Readonly<Partial<Record<KeyLandmarkId, number>>> = {
  'lateral-canthus-right': 33,
  'lateral-canthus-left': 263,
  'pupil-right': MEDIAPIPE_IRIS_CENTRE.right,
  'pupil-left': MEDIAPIPE_IRIS_CENTRE.left,
  nasion: 168,
  'mouth-corner-right': 61,
  'mouth-corner-left': 291,
  menton: 152,
};
