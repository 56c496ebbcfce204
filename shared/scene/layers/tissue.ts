import type { FacePoint } from '../../geometry/types';
import type { TissueMap } from '../../simulation/map';
import { ARROW_GRID_SPACINGS, ARROW_SCALE, gatheringBand, GATHERING_BANDS, MIN_ARROW_MM, TISSUE_TOKENS } from '../tissue-scale';
import type { SceneItem, SceneLayer } from '../types';

/**
 * The simulated tissue map: the triangles where tissue gathers, filled by band of the fixed
 * colour scale (tissue-scale.ts), and arrows showing where the tissue moves (ARROW_SCALE times the
 * distance).
 * Memoised per map object, so a back-end can tell by identity that the layer did not change.
 */
const cache = new WeakMap<TissueMap, SceneLayer>();

export function tissueLayer(map: TissueMap | null): SceneLayer {
  if (!map) return { id: 'tissue', items: [] };
  let layer = cache.get(map);
  if (!layer) {
    layer = { id: 'tissue', items: [...gatheringItems(map), ...arrowItems(map)] };
    cache.set(map, layer);
  }
  return layer;
}

function gatheringItems(map: TissueMap): SceneItem[] {
  const { xy, triangles, gathering } = map;
  const bands: FacePoint[][] = GATHERING_BANDS.map(() => []);
  const at = (n: number): FacePoint => ({ x: xy[2 * n]!, y: xy[2 * n + 1]! });
  for (let t = 0; t + 2 < triangles.length; t += 3) {
    const a = triangles[t]!;
    const b = triangles[t + 1]!;
    const c = triangles[t + 2]!;
    // The triangle's colour is the mean of its corners: smoother than each triangle's own strain.
    const band = gatheringBand((gathering[a]! + gathering[b]! + gathering[c]!) / 3);
    if (band >= 0) bands[band]!.push(at(a), at(b), at(c));
  }
  const items: SceneItem[] = [];
  bands.forEach((points, k) => {
    // One item per band is filled as one shape, so neighbouring triangles show no seams.
    if (points.length > 0) items.push({ type: 'triangles', points, style: { fill: TISSUE_TOKENS[k], opacity: 0.8 } });
  });
  return items;
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
