/**
 * Photos in the plan (schema 2, issue 11). A photo travels inside the `.vlift` file: the image
 * as base64 JPEG (or PNG), re-encoded on import so it carries no metadata, with the landmarks
 * that align it to the canonical face. Why inside the file rather than beside it: a plan and its
 * photos must never be separated (a copied, mailed or archived plan keeps its photos), one file
 * is saved atomically, and the size stays modest under the caps in limits.ts.
 *
 * Photo coordinates are pixels of the stored image: origin at its top-left corner, +x right,
 * +y down, after the EXIF orientation was applied on import.
 */

/** The standard clinical views. Sides are the PATIENT'S: oblique-right shows the right cheek. */
export type PhotoAngle = 'frontal' | 'oblique-right' | 'oblique-left' | 'profile-right' | 'profile-left';

/** Before the procedure, or a follow-up after it. */
export type PhotoKind = 'baseline' | 'follow-up';

export type IntervalUnit = 'days' | 'weeks' | 'months';

/** How long after the procedure a follow-up photo was taken, as the practitioner states it. */
export interface FollowUpInterval {
  /** Whole number, at least 0 (0 days = the day of the procedure). */
  readonly value: number;
  readonly unit: IntervalUnit;
}

/** Found by the landmark detector, or placed or moved by hand. */
export type LandmarkSource = 'detected' | 'manual';

/** One landmark on the photo; ids are listed in shared/photo/landmark-ids.ts. */
export interface PhotoLandmark {
  readonly id: string;
  /** Photo pixels. */
  readonly x: number;
  readonly y: number;
  readonly source: LandmarkSource;
}

export interface PhotoImage {
  readonly mediaType: 'image/jpeg' | 'image/png';
  /** Pixel size of the stored image; the loader checks it against the image's own header. */
  readonly width: number;
  readonly height: number;
  /** The encoded image, standard base64. */
  readonly data: string;
}

export interface PlanPhoto {
  /** Unique among the plan's photos. */
  readonly id: string;
  readonly angle: PhotoAngle;
  readonly kind: PhotoKind;
  /** The day the photo was taken, ISO yyyy-mm-dd. */
  readonly date: string;
  /** For a follow-up: how long after the procedure; null for a baseline photo. */
  readonly interval: FollowUpInterval | null;
  readonly image: PhotoImage;
  /** The alignment; empty until landmarks are detected or placed. */
  readonly landmarks: readonly PhotoLandmark[];
}

/**
 * A known distance between two landmarks that turns photo pixels into millimetres for
 * before/after measurements: by default the interpupillary distance (see shared/photo/measure.ts).
 */
export interface PhotoScale {
  readonly fromLandmark: string;
  readonly toLandmark: string;
  /** The real distance between them, millimetres. */
  readonly distanceMm: number;
}
