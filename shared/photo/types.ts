import type { FacePoint } from '../geometry/types';

/**
 * Pixels of a stored photo: origin at its top-left corner, +x right, +y down (the photo as
 * shown, after its EXIF orientation was applied on import). A distinct brand from face
 * millimetres, so the compiler refuses to mix the two spaces.
 */
export interface PhotoPoint {
  readonly x: number;
  readonly y: number;
  readonly __space?: 'photo-px';
}

/** One landmark seen in both spaces: where it is on the canonical face and on the photo. */
export interface LandmarkPair {
  readonly id: string;
  readonly canonical: FacePoint;
  readonly photo: PhotoPoint;
}

/** x' = a x + b y + c, y' = d x + e y + f. */
export interface Affine {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly e: number;
  readonly f: number;
}
