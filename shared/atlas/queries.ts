import type { FaceBounds, FacePoint, FacePolygon } from '../geometry/types';
import { boundsContain, boundsOf, distanceToSegment, pointInPolygon } from '../geometry/polyline';
import type { Side } from '../plan/types';
import { mirrorId } from './mirror';
import { buildGrid, type SpatialGrid } from './spatial-grid';
import type { Atlas, DangerZone, FixationZone, Muscle, Region, TissueLayers } from './types';

export { atlasArea } from './regions';

/**
 * Queries over an atlas. Rules and views call these for many sample points on every drag, so an
 * index (bounding boxes in a uniform grid, id maps) is built once per atlas and memoised in a
 * WeakMap keyed by the atlas object. Atlases are immutable data: build a new object to change one.
 */

interface Shaped<T> {
  readonly item: T;
  readonly outline: FacePolygon;
  readonly bounds: FaceBounds;
}

export interface AtlasIndex {
  readonly atlas: Atlas;
  /** @internal lookup structures; use the query functions */
  readonly regions: SpatialGrid<Shaped<Region>>;
  readonly regionList: readonly Shaped<Region>[];
  readonly muscles: SpatialGrid<Shaped<Muscle>>;
  readonly dangerZones: SpatialGrid<Shaped<DangerZone>>;
  readonly fixationZones: SpatialGrid<Shaped<FixationZone>>;
  readonly regionsById: ReadonlyMap<string, Region>;
  readonly fixationZonesById: ReadonlyMap<string, FixationZone>;
  /**
   * Nearest region per 2 mm cell around the face, filled lazily (see nearestRegion): cell key k
   * on the patient's left (and the midline), -1 - k for its mirror image on the right.
   */
  readonly nearestByCell: Map<number, Region | null>;
  /** The layout of those cells (from the atlas bounds; see nearestRegionOutside). */
  readonly nearestCells: NearestCells;
}

/** The cells of the nearest-region memo: columns on |x| from 0, rows from minY, NEAREST_CELL_MM each. */
interface NearestCells {
  readonly minY: number;
  readonly cols: number;
  readonly rows: number;
}

const cache = new WeakMap<Atlas, AtlasIndex>();

function shaped<T extends { readonly outline: FacePolygon }>(items: readonly T[]): Shaped<T>[] {
  return items.map((item) => ({ item, outline: item.outline, bounds: boundsOf(item.outline) }));
}

/** The (memoised) index of an atlas. */
export function indexAtlas(atlas: Atlas): AtlasIndex {
  const hit = cache.get(atlas);
  if (hit) return hit;
  const regionList = shaped(atlas.regions);
  const byBounds = <T>(s: Shaped<T>): FaceBounds => s.bounds;
  const index: AtlasIndex = {
    atlas,
    regions: buildGrid(regionList, byBounds),
    regionList,
    muscles: buildGrid(shaped(atlas.muscles), byBounds),
    dangerZones: buildGrid(shaped(atlas.dangerZones), byBounds),
    fixationZones: buildGrid(shaped(atlas.fixationZones), byBounds),
    regionsById: new Map(atlas.regions.map((r) => [r.id, r])),
    fixationZonesById: new Map(atlas.fixationZones.map((z) => [z.id, z])),
    nearestByCell: new Map(),
    nearestCells: nearestCellsOf(atlas),
  };
  cache.set(atlas, index);
  return index;
}

const inside = <T>(s: Shaped<T>, p: FacePoint): boolean => boundsContain(s.bounds, p) && pointInPolygon(p, s.outline);

function firstAt<T>(grid: SpatialGrid<Shaped<T>>, p: FacePoint): T | null {
  for (const s of grid.candidates(p)) if (inside(s, p)) return s.item;
  return null;
}

function allAt<T>(grid: SpatialGrid<Shaped<T>>, p: FacePoint): readonly T[] {
  const out: T[] = [];
  for (const s of grid.candidates(p)) if (inside(s, p)) out.push(s.item);
  return out;
}

/** The patient's side a point is on: negative x is the patient's right. The midline counts as left. */
export const sideOf = (p: FacePoint): Side => (p.x < 0 ? 'right' : 'left');

/** The region containing `p`, or null outside the face (e.g. on the ear or beyond the outline). */
export const regionAt = (index: AtlasIndex, p: FacePoint): Region | null => firstAt(index.regions, p);

export const regionById = (index: AtlasIndex, id: string): Region | null => index.regionsById.get(id) ?? null;

function distanceToOutline(p: FacePoint, outline: FacePolygon): number {
  let best = Infinity;
  for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
    best = Math.min(best, distanceToSegment(p, outline[j]!, outline[i]!));
  }
  return best;
}

function nearestByEdges(index: AtlasIndex, p: FacePoint): Region | null {
  let best: Region | null = null;
  let bestD = Infinity;
  for (const s of index.regionList) {
    const d = distanceToOutline(p, s.outline);
    if (d < bestD) {
      bestD = d;
      best = s.item;
    }
  }
  return best;
}

/** Cell size and reach of the nearest-region memo: design choice, 2 mm is finer than any drag. */
const NEAREST_CELL_MM = 2;
const NEAREST_REACH_MM = 60;

/**
 * The region nearest to `p`: the containing one, else the one with the closest edge. Off the
 * face the answer is memoised per 2 mm cell (the cell centre's nearest region), so dragging a
 * point outside the outline stays as cheap as inside it; beyond 60 mm it is computed directly.
 * Cells are laid out on |x| and the answer mirrored for the patient's right, so the fallback
 * keeps the atlas's exact left/right symmetry.
 */
export function nearestRegion(index: AtlasIndex, p: FacePoint): Region | null {
  return regionAt(index, p) ?? nearestRegionOutside(index, p);
}

function nearestCellsOf(atlas: Atlas): NearestCells {
  const b = atlas.bounds;
  const maxX = Math.max(Math.abs(b.minX), Math.abs(b.maxX)) + NEAREST_REACH_MM;
  return {
    minY: b.minY - NEAREST_REACH_MM,
    cols: Math.ceil(maxX / NEAREST_CELL_MM),
    rows: Math.ceil((b.maxY - b.minY + 2 * NEAREST_REACH_MM) / NEAREST_CELL_MM),
  };
}

/** nearestRegion for a point known to lie in no region (a faster containment index said so). */
export function nearestRegionOutside(index: AtlasIndex, p: FacePoint): Region | null {
  const { minY, cols, rows } = index.nearestCells;
  const ax = Math.abs(p.x);
  const c = Math.floor(ax / NEAREST_CELL_MM);
  const r = Math.floor((p.y - minY) / NEAREST_CELL_MM);
  if (!(c < cols && r >= 0 && r < rows)) return nearestByEdges(index, p);
  const key = r * cols + c;
  // The patient's right is the left's mirror image, kept under its own key: finding the twin
  // region by its id makes a new string, most of this function's time when the analysis asks
  // it for every sample off the face.
  const right = p.x < 0;
  const known = index.nearestByCell.get(right ? -1 - key : key);
  if (known !== undefined) return known;
  let found = index.nearestByCell.get(key);
  if (found === undefined) {
    found = nearestByEdges(index, { x: (c + 0.5) * NEAREST_CELL_MM, y: minY + (r + 0.5) * NEAREST_CELL_MM });
    index.nearestByCell.set(key, found);
  }
  if (!right) return found;
  const twin = found === null || found.side === 'midline' ? found : (index.regionsById.get(mirrorId(found.id)) ?? found);
  index.nearestByCell.set(-1 - key, twin);
  return twin;
}

export const NO_TISSUE: TissueLayers = { skinMm: 0, fatMm: 0, smasMm: 0 };

/** Tissue layers at `p`: the containing region's, or the nearest region's outside the face. */
export const tissueAt = (index: AtlasIndex, p: FacePoint): TissueLayers => nearestRegion(index, p)?.tissue ?? NO_TISSUE;

/** The x of a fixed/mobile line at height y (clamped to the line's ends). */
function lineXAt(line: readonly FacePoint[], y: number): number | null {
  if (line.length === 0) return null;
  const first = line[0]!;
  if (line.length === 1) return first.x;
  const top = line.reduce((a, b) => (b.y < a.y ? b : a));
  const bottom = line.reduce((a, b) => (b.y > a.y ? b : a));
  if (y <= top.y) return top.x;
  if (y >= bottom.y) return bottom.x;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    if ((y - a.y) * (y - b.y) <= 0 && a.y !== b.y) return a.x + ((b.x - a.x) * (y - a.y)) / (b.y - a.y);
  }
  return first.x;
}

/**
 * True when `p` lies in the fixed lateral face: lateral to its side's fixed/mobile line (the
 * vertical down from the lateral orbital rim). Above or below the line, its end's x is used.
 */
export function isFixedFace(index: AtlasIndex, p: FacePoint): boolean {
  const side = sideOf(p);
  const x = lineXAt(index.atlas.fixedMobileLine[side], p.y);
  if (x === null) return false;
  return side === 'left' ? p.x > x : p.x < x;
}

export const fixationZoneAt = (index: AtlasIndex, p: FacePoint): FixationZone | null => firstAt(index.fixationZones, p);

export const fixationZoneById = (index: AtlasIndex, id: string): FixationZone | null => index.fixationZonesById.get(id) ?? null;

/** Every muscle whose outline contains `p` (several where they overlap). */
export const musclesAt = (index: AtlasIndex, p: FacePoint): readonly Muscle[] => allAt(index.muscles, p);

/** Every danger zone whose outline contains `p`. */
export const dangerZonesAt = (index: AtlasIndex, p: FacePoint): readonly DangerZone[] => allAt(index.dangerZones, p);

/**
 * The depth where a danger zone's structure begins inside a region of `kind` (null: outside every
 * region): its depth there when the zone gives one (DangerZone.depthByRegionMm), else depthFromMm.
 */
export function zoneDepthIn(zone: DangerZone, kind: Region['kind'] | null): number {
  const byRegion = zone.depthByRegionMm;
  if (byRegion === undefined || kind === null) return zone.depthFromMm;
  return byRegion[kind] ?? zone.depthFromMm;
}

/** The shallowest depth a danger zone's structure begins at anywhere along it. */
export function shallowestZoneDepth(zone: DangerZone): number {
  const byRegion = zone.depthByRegionMm;
  if (byRegion === undefined) return zone.depthFromMm;
  return Math.min(zone.depthFromMm, ...Object.values(byRegion).filter((d): d is number => d !== undefined));
}
