import type { Atlas, DangerZone, FixationZone, Muscle, Region, TissueLayers } from '../atlas/types';
import type { FacePoint, FacePolygon } from '../geometry/types';
import { NO_TISSUE, fixationZoneById, indexAtlas, isFixedFace, nearestRegionOutside, shallowestZoneDepth } from '../atlas/queries';
import { surfaceOf } from '../surface';
import type { FaceSurface } from '../surface/types';
import { OutlineRaster, indexOutlines, type OutlineRasterIndex } from './atlas-raster';

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
  /**
   * Danger zones at p whose structure starts no deeper than `depthMm` somewhere along it (others cost
   * no test); where it starts at p itself depends on the region there (zoneDepthIn).
   */
  dangerZonesReachedAt(p: FacePoint, depthMm: number): readonly DangerZone[];
  /** The raster index of the atlas's outlines of one kind, in the atlas's order (for outline-cells.ts). */
  outlineIndex(kind: RasterKind): OutlineRasterIndex;
}

const cache = new WeakMap<Atlas, AtlasLookup>();

/** The atlas's outlined things each raster indexes. */
export const RASTER_KINDS = ['regions', 'muscles', 'dangerZones', 'fixationZones'] as const;
export type RasterKind = (typeof RASTER_KINDS)[number];

/**
 * Where ready-made raster indexes may come from instead of building them: the command line's
 * bundle ships the canonical atlas's, built at bundle time (cli/precomputed-rasters.ts), so
 * `vectorlift analyze` does not rasterize every outline on every run. The source answers null
 * when it has none for the atlas; the index is then built here as usual.
 */
type RasterIndexSource = (atlas: Atlas, kind: RasterKind) => OutlineRasterIndex | null;
let rasterSource: RasterIndexSource | null = null;

export function setRasterIndexSource(source: RasterIndexSource | null): void {
  rasterSource = source;
}

/** Every raster index of an atlas, built (what the bundle ships for the canonical atlas). */
export function atlasRasterIndexes(atlas: Atlas): Record<RasterKind, OutlineRasterIndex> {
  const out = {} as Record<RasterKind, OutlineRasterIndex>;
  for (const kind of RASTER_KINDS) out[kind] = indexOutlines(atlas[kind].map((i) => i.outline));
  return out;
}

/** Whether an index is whole: its arrays' lengths agree with each other and with its items. */
function indexFits(index: OutlineRasterIndex, itemCount: number): boolean {
  const { cols, rows, cellStart, entryItem, entryFull, entryEdgeStart, entryEdge } = index;
  if (!(cellStart instanceof Int32Array && entryItem instanceof Int32Array && entryFull instanceof Uint8Array)) return false;
  if (!(entryEdgeStart instanceof Int32Array && entryEdge instanceof Int32Array)) return false;
  if (!Number.isInteger(cols) || !Number.isInteger(rows) || cellStart.length !== cols * rows + 1) return false;
  const entries = entryItem.length;
  if (cellStart[cellStart.length - 1] !== entries || entryFull.length !== entries || entryEdgeStart.length !== entries + 1) return false;
  if (entryEdgeStart[entries] !== entryEdge.length) return false;
  return entryItem.every((i) => i >= 0 && i < itemCount);
}

/** `build`'s result, built on the first call and kept. */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

export function atlasLookup(atlas: Atlas): AtlasLookup {
  const cached = cache.get(atlas);
  if (cached) return cached;
  const index = indexAtlas(atlas);
  const raster = <T extends { readonly outline: FacePolygon }>(kind: RasterKind, items: readonly T[]): OutlineRaster<T> => {
    const shipped = rasterSource?.(atlas, kind) ?? null;
    const outlines = items.map((i) => i.outline);
    return shipped !== null && indexFits(shipped, items.length) ? new OutlineRaster(items, outlines, shipped) : new OutlineRaster(items, outlines);
  };
  // Each index is built when first asked: the analysis of an empty plan (the first screen's)
  // asks nothing, and building all four is tens of milliseconds before the first canvas draw.
  const regions = once(() => raster('regions', atlas.regions));
  const muscles = once(() => raster('muscles', atlas.muscles));
  const dangerZones = once(() => raster('dangerZones', atlas.dangerZones));
  const fixationZones = once(() => raster('fixationZones', atlas.fixationZones));
  const rasters: Record<RasterKind, () => OutlineRaster<unknown>> = { regions, muscles, dangerZones, fixationZones };
  // A zone is within reach of a depth when its structure begins there or shallower anywhere along
  // it: worked out once per zone here, not on every sample's question.
  const shallowest = new Map<DangerZone, number>(atlas.dangerZones.map((z) => [z, shallowestZoneDepth(z)]));
  const zoneDepth = (z: DangerZone): number => shallowest.get(z) ?? z.depthFromMm;
  const lookup: AtlasLookup = {
    atlas,
    surface: surfaceOf(atlas),
    regionAt: (p) => regions().first(p),
    // queries.ts tissueAt, with the containing region found by the raster (the same answer).
    tissueAt: (p) => (regions().first(p) ?? nearestRegionOutside(index, p))?.tissue ?? NO_TISSUE,
    isFixedFace: (p) => isFixedFace(index, p),
    fixationZoneAt: (p) => fixationZones().first(p),
    fixationZoneById: (id) => fixationZoneById(index, id),
    musclesAt: (p) => muscles().all(p),
    dangerZonesAt: (p) => dangerZones().all(p),
    dangerZonesReachedAt: (p, depthMm) => dangerZones().allUpTo(p, zoneDepth, depthMm),
    outlineIndex: (kind) => rasters[kind]().index,
  };
  cache.set(atlas, lookup);
  return lookup;
}
