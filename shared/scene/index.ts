/** The scene: what to draw, shared by the canvas, the PDF and snapshots. */
export * from './types';
export { buildScene, sceneLayer, LAYER_ORDER } from './build-scene';
export type { SceneInput, SceneLabels } from './build-scene';
export { PALETTES } from './palette';
export type { Palette, PaletteName } from './palette';
export { catmullRomToBezier, flattenBezier, cubicPoint } from './curves';
export type { BezierPath, CubicSegment } from './curves';
export { hitTest, distanceToItem, INTERACTIVE_KINDS } from './hit-test';
export type { HitOptions, SceneRefKind } from './hit-test';
export { threadNumbers, entryPointCaptions, entryPointCaption } from './numbering';
export { isSmoothThread, numberTag, SEVERITY_COLOR, ENTRY_RADIUS_MM } from './layers/threads';
export { HANDLE_RADIUS_MM } from './layers/highlight';
export { depthProfile, depthAlong, DEPTH_PROFILE_STEP_MM } from './depth-profile';
export type { DepthProfile, DepthSample } from './depth-profile';
