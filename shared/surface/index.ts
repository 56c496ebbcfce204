/**
 * The face as a surface: lifting frontal points onto the skin, skin lengths and distances, the
 * five clinical views (project and pick), atlas and MediaPipe landmarks on the skin, and the
 * anthropometric checks of the canonical face. docs/atlas.md, "The face as a surface".
 */
import type { Atlas } from '../atlas/types';
import { FLAT_SURFACE } from './flat';
import type { FaceSurface } from './types';

export type * from './types';
export { CANONICAL_SURFACE, CANONICAL_SURFACE_ID } from './canonical';
export { FLAT_SURFACE } from './flat';
export { SkinPath, surfaceLength, chordDistance, skinDistance, skinGeodesic, SUB_STEP_MM, REFINE_CHORD_MM } from './measure';
export { VIEWS, VIEW_IDS, projectToView, projectFrontal, pickInView, isVisibleInView } from './views';
export { surfaceLandmarks, mediapipeLandmarks, type SurfaceLandmark, type MediapipeLandmark } from './landmarks';
export {
  MARK_REFERENCES,
  ORBITALE_LEFT,
  SINGLE_DIRECTION_DEG,
  FRONT_BACK_RATIO,
  markPoint,
  markMm,
  directionWords,
  frankfortPlane,
  frankfortAngleDeg,
  frankfortWords,
  pointMarkText,
  referenceLabelOf,
  threadMarks,
  barbedOnSkin,
  type MarkReference,
  type LandmarkDistance,
  type PointMark,
  type FrankfortPlane,
  type MarkableThread,
  type ThreadMarks,
} from './marks';
export { ANTHROPOMETRIC_CHECKS, checkRange, measureCheck, type AnthropometricCheck } from './anthropometry';

/** The surface an atlas is measured on: its own, or the flat frontal diagram. */
export const surfaceOf = (atlas: Atlas): FaceSurface => atlas.surface ?? FLAT_SURFACE;
