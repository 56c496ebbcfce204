/** The anatomy atlas: data (CANONICAL_ATLAS), its types and the queries over it. */
export type * from './types';
export { CANONICAL_ATLAS } from './canonical';
export {
  indexAtlas,
  regionAt,
  regionById,
  nearestRegion,
  tissueAt,
  isFixedFace,
  fixationZoneAt,
  fixationZoneById,
  musclesAt,
  dangerZonesAt,
  sideOf,
  atlasArea,
  type AtlasIndex,
} from './queries';
export { mirrorId, mirrorX } from './mirror';
