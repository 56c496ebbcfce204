import type { Atlas, DangerZone, FixationZone, Muscle, Region, TissueLayers } from '../atlas/types';
import type { FacePoint } from '../geometry/types';
import {
  dangerZonesAt,
  fixationZoneAt,
  fixationZoneById,
  indexAtlas,
  isFixedFace,
  musclesAt,
  regionAt,
  tissueAt,
} from '../atlas/queries';

/**
 * The atlas questions the rules ask, bound to one atlas. The answers come from the atlas's own
 * queries (shared/atlas/queries.ts): rules never walk the raw atlas arrays themselves.
 */
export interface AtlasLookup {
  readonly atlas: Atlas;
  regionAt(p: FacePoint): Region | null;
  tissueAt(p: FacePoint): TissueLayers;
  isFixedFace(p: FacePoint): boolean;
  fixationZoneAt(p: FacePoint): FixationZone | null;
  fixationZoneById(id: string): FixationZone | null;
  musclesAt(p: FacePoint): readonly Muscle[];
  dangerZonesAt(p: FacePoint): readonly DangerZone[];
}

const cache = new WeakMap<Atlas, AtlasLookup>();

export function atlasLookup(atlas: Atlas): AtlasLookup {
  const cached = cache.get(atlas);
  if (cached) return cached;
  const index = indexAtlas(atlas);
  const lookup: AtlasLookup = {
    atlas,
    regionAt: (p) => regionAt(index, p),
    tissueAt: (p) => tissueAt(index, p),
    isFixedFace: (p) => isFixedFace(index, p),
    fixationZoneAt: (p) => fixationZoneAt(index, p),
    fixationZoneById: (id) => fixationZoneById(index, id),
    musclesAt: (p) => musclesAt(index, p),
    dangerZonesAt: (p) => dangerZonesAt(index, p),
  };
  cache.set(atlas, lookup);
  return lookup;
}
