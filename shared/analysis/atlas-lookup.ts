import type { Atlas, DangerZone, FixationZone, Muscle, Region, TissueLayers } from '../atlas/types';
import type { FacePoint, FacePolygon } from '../geometry/types';
import { NO_TISSUE, fixationZoneById, indexAtlas, isFixedFace, nearestRegionOutside } from '../atlas/queries';
import { surfaceOf } from '../surface';
import type { FaceSurface } from '../surface/types';
import { OutlineRaster } from './atlas-raster';

/**
 * The atlas questions the rules ask, bound to one atlas and built once per atlas. The containment
 * questions (region, muscles, danger zones, fixation zone at a point) are answered by an exact
 * raster index (atlas-raster.ts) because the analysis asks them for every sample on every drag;
 * their answers equal shared/atlas/queries.ts (a unit test compares them). The rest delegate to
 * those queries.
 */
export interface AtlasLookup {
  readonly atlas: Atlas;
  /** The skin every length is measured on: the atlas's surface, or the flat diagram. */
  readonly surface: FaceSurface;
  regionAt(p: FacePoint): Region | null;
  tissueAt(p: FacePoint): TissueLayers;
  isFixedFace(p: FacePoint): boolean;
  fixationZoneAt(p: FacePoint): FixationZone | null;
  fixationZoneById(id: string): FixationZone | null;
  musclesAt(p: FacePoint): readonly Muscle[];
  dangerZonesAt(p: FacePoint): readonly DangerZone[];
  /** Danger zones at p whose structure starts no deeper than `depthMm` (others cost no test). */
  dangerZonesReachedAt(p: FacePoint, depthMm: number): readonly DangerZone[];
}

const cache = new WeakMap<Atlas, AtlasLookup>();
const zoneDepth = (z: DangerZone): number => z.depthFromMm;

export function atlasLookup(atlas: Atlas): AtlasLookup {
  const cached = cache.get(atlas);
  if (cached) return cached;
  const index = indexAtlas(atlas);
  const raster = <T extends { readonly outline: FacePolygon }>(items: readonly T[]): OutlineRaster<T> =>
    new OutlineRaster(items, items.map((i) => i.outline));
  const regions = raster(atlas.regions);
  const muscles = raster(atlas.muscles);
  const dangerZones = raster(atlas.dangerZones);
  const fixationZones = raster(atlas.fixationZones);
  const lookup: AtlasLookup = {
    atlas,
    surface: surfaceOf(atlas),
    regionAt: (p) => regions.first(p),
    // queries.ts tissueAt, with the containing region found by the raster (the same answer).
    tissueAt: (p) => (regions.first(p) ?? nearestRegionOutside(index, p))?.tissue ?? NO_TISSUE,
    isFixedFace: (p) => isFixedFace(index, p),
    fixationZoneAt: (p) => fixationZones.first(p),
    fixationZoneById: (id) => fixationZoneById(index, id),
    musclesAt: (p) => muscles.all(p),
    dangerZonesAt: (p) => dangerZones.all(p),
    dangerZonesReachedAt: (p, depthMm) => dangerZones.allUpTo(p, zoneDepth, depthMm),
  };
  cache.set(atlas, lookup);
  return lookup;
}
