/**
 * Photos on the plan (issue 11): landmark ids and their canonical positions, the canonical <->
 * photo warp, the scene drawn on a photo, and before/after measurement. Pure TypeScript; the
 * landmark detector (browser-only, WebGL) sits behind one interface in renderer/photo/.
 */
export * from './types';
export * from './affine';
export * from './landmark-ids';
export { canonicalLandmark, canonicalLandmarkInView, type TurnedView } from './canonical-landmarks';
export * from './photo-views';
export * from './warp';
export * from './alignment';
export * from './warp-scene';
export * from './measure';
export * from './image-bytes';
export * from './import-checks';
