import type { Atlas } from '../../atlas/types';
import type { FacePoint } from '../../geometry/types';
import type { ViewId } from '../../surface/types';
import type { TissueMap } from '../../simulation/map';
import { tissueBands, type TissueBands } from '../tissue-bands';
import { ARROW_GRID_SPACINGS, ARROW_SCALE, MIN_ARROW_MM, TISSUE_TOKENS } from '../tissue-scale';
import { knowOutlines } from '../triangle-outlines';
import type { SceneItem, SceneLayer, SceneTriangles } from '../types';

/**
 * The simulated tissue map: where tissue gathers, as contour bands of the fixed colour scale
 * (tissue-scale.ts) over the gathering interpolated linearly in each mesh triangle, and arrows showing where the tissue moves (ARROW_SCALE times the
 * distance).
 * Memoised per map object, so a back-end can tell by identity that the layer did not change.
 */
const cache = new WeakMap<TissueMap, SceneLayer>();

/** No map (or the overlay off): one empty layer, so the canvas sees by identity that nothing changed. */
const NO_MAP: SceneLayer = { id: 'tissue', items: [] };

export function tissueLayer(map: TissueMap | null): SceneLayer {
  if (!map) return NO_MAP;
  let layer = cache.get(map);
  if (!layer) {
    // The bands are built when the items are first read: a turned view draws a map from its mesh
    // seen in the view (view-projection.ts) and reads only its arrows, so a drag there does not
    // build every new map's frontal bands as well (2-3 ms of each map frame in the left oblique).
    let items: readonly SceneItem[] | null = null;
    layer = {
      id: 'tissue',
      get items() {
        return (items ??= [...gatheringItems(map, knownTissueBands(map)), ...tissueArrows(map)]);
      },
    };
    cache.set(map, layer);
    mapOfLayer.set(layer, map);
  }
  return layer;
}

const arrowsCache = new WeakMap<TissueMap, readonly SceneItem[]>();

/** The map's arrows: the same objects as in its layer's items, made once per map. */
export function tissueArrows(map: TissueMap): readonly SceneItem[] {
  let arrows = arrowsCache.get(map);
  if (!arrows) arrowsCache.set(map, (arrows = arrowItems(map)));
  return arrows;
}

/**
 * The map a tissue layer was drawn from. The views (view-projection.ts) draw a map's bands from
 * its mesh seen in the view rather than projecting every clipped corner of the frontal bands.
 */
const mapOfLayer = new WeakMap<SceneLayer, TissueMap>();
export const tissueMapOfLayer = (layer: SceneLayer): TissueMap | undefined => mapOfLayer.get(layer);

/**
 * Bands built elsewhere (the simulation's Worker: renderer/simulation/tissue-source.ts), by map:
 * the frontal view's, and those of the turned view shown when it was simulated, with the atlas
 * whose surface that view was projected on.
 */
const knownBands = new WeakMap<TissueMap, Map<ViewId, { readonly bands: TissueBands; readonly atlas: Atlas | null }>>();

/**
 * Records the bands of `map` in a view (built by tissueBands from this map, or from its mesh seen
 * in a turned view of `atlas`, view-projection.ts tissueMeshInView), so the scene does not build
 * them again.
 */
export function knowTissueBands(map: TissueMap, bands: TissueBands, view: ViewId = 'frontal', atlas: Atlas | null = null): void {
  let byView = knownBands.get(map);
  if (!byView) knownBands.set(map, (byView = new Map()));
  byView.set(view, { bands, atlas });
}

/** The bands recorded for `map` in a view (of `atlas`, for a turned view), if any. */
export function knownTissueBands(map: TissueMap, view: ViewId = 'frontal', atlas: Atlas | null = null): TissueBands | undefined {
  const known = knownBands.get(map)?.get(view);
  return known && known.atlas === atlas ? known.bands : undefined;
}

/** How many triangles each band item holds, without making its points. */
const triangleCounts = new WeakMap<SceneTriangles, number>();

/** How many triangles a triangles item fills (a tissue band's count is known without reading its points). */
export function triangleCount(item: SceneTriangles): number {
  return triangleCounts.get(item) ?? item.points.length / 3;
}

/** The map's colour bands (`bands`, if built elsewhere from this map): one 'triangles' item per band, in the coordinates of `map.xy`. */
export function gatheringItems(map: TissueMap, built?: TissueBands): SceneItem[] {
  const { corners, bands } = built ?? tissueBands(map);
  const at = (id: number): FacePoint => ({ x: corners[2 * id]!, y: corners[2 * id + 1]! });
  return bands.map(({ band, points: flat, loops, sizes }) => {
    // The points are made when first read: the canvas fills the outlines (triangle-outlines.ts),
    // and a drag brings a new map about every 100 ms.
    let points: FacePoint[] | null = null;
    // One item per band is filled as one shape, so neighbouring triangles show no seams.
    const item: SceneTriangles = {
      type: 'triangles',
      get points() {
        if (!points) {
          points = [];
          for (let k = 0; k + 1 < flat.length; k += 2) points.push({ x: flat[k]!, y: flat[k + 1]! });
        }
        return points;
      },
      style: { fill: TISSUE_TOKENS[band], opacity: 0.8 },
    };
    triangleCounts.set(item, flat.length / 6);
    knowOutlines(item, () => ({ points: Array.from(loops, at), sizes: Array.from(sizes) }));
    return item;
  });
}

function arrowItems(map: TissueMap): SceneItem[] {
  const { xy, displacement, spacingMm: h } = map;
  const dy = (h * Math.sqrt(3)) / 2;
  const every = ARROW_GRID_SPACINGS;
  const items: SceneItem[] = [];
  for (let n = 0; n < xy.length / 2; n++) {
    const x = xy[2 * n]!;
    const y = xy[2 * n + 1]!;
    // Every third lattice row, and on it every third node, counted from the midline (the lattice
    // has a node on x = 0 on every other row, half-way on the rest): a coarser lattice of the same
    // shape that is its own mirror image, so a mirrored plan gets mirrored arrows.
    const row = Math.round(y / dy);
    const half = Math.abs(Math.round((2 * x) / h));
    if (((row % every) + every) % every !== 0 || half % (2 * every) !== (half % 2 === 0 ? 0 : every)) continue;
    const dx = displacement[2 * n]!;
    const dyn = displacement[2 * n + 1]!;
    const length = Math.hypot(dx, dyn);
    if (length < MIN_ARROW_MM) continue;
    items.push({
      type: 'arrow',
      from: { x, y },
      to: { x: x + ARROW_SCALE * dx, y: y + ARROW_SCALE * dyn },
      headMm: Math.min(1.6, 0.45 * ARROW_SCALE * length),
      style: { stroke: 'tissue.arrow', strokeWidth: 0.35 },
    });
  }
  return items;
}
