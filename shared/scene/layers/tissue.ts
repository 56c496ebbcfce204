import type { FacePoint } from '../../geometry/types';
import type { TissueMap } from '../../simulation/map';
import { ARROW_GRID_SPACINGS, ARROW_SCALE, GATHERING_BANDS, MIN_ARROW_MM, TISSUE_TOKENS } from '../tissue-scale';
import { knowOutlines, numberedOutlines } from '../triangle-outlines';
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
        return (items ??= [...gatheringItems(map), ...tissueArrows(map)]);
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
 * The mesh's node positions as points, made once per mesh: a drag brings a new map about every
 * 100 ms on the same mesh, and most triangles lie wholly in one band and are drawn with their
 * own corners.
 */
const nodePointsCache = new WeakMap<ArrayLike<number>, readonly FacePoint[]>();

function nodePoints(xy: ArrayLike<number>): readonly FacePoint[] {
  let points = nodePointsCache.get(xy);
  if (!points) {
    const made: FacePoint[] = [];
    for (let n = 0; 2 * n + 1 < xy.length; n++) made.push({ x: xy[2 * n]!, y: xy[2 * n + 1]! });
    nodePointsCache.set(xy, (points = made));
  }
  return points;
}

/** The band a gathering value falls in (-1 below the first). */
function bandOf(v: number): number {
  let b = -1;
  while (b + 1 < GATHERING_BANDS.length && v >= GATHERING_BANDS[b + 1]!) b++;
  return b;
}

/** The map's colour bands: one 'triangles' item per band, in the coordinates of `map.xy`. */
export function gatheringItems(map: TissueMap): SceneItem[] {
  const { xy, triangles, gathering } = map;
  const nodes = nodePoints(xy);
  const bands: FacePoint[][] = GATHERING_BANDS.map(() => []);
  // Each band's triangles by their corners' numbers from the mesh, for its outlines (the canvas
  // fills those: triangle-outlines.ts).
  const numbered: number[][] = GATHERING_BANDS.map(() => []);
  const numbering = new CornerNumbers(nodes);
  for (let t = 0; t + 2 < triangles.length; t += 3) {
    const n0 = triangles[t]!;
    const n1 = triangles[t + 1]!;
    const n2 = triangles[t + 2]!;
    const b0 = bandOf(gathering[n0]!);
    const b1 = bandOf(gathering[n1]!);
    const b2 = bandOf(gathering[n2]!);
    // Most of the face gathers less than the first band: nothing to draw, nothing to allocate
    // (a new map comes about every 100 ms of a drag, on the main thread).
    const top = Math.max(b0, b1, b2);
    if (top < 0) continue;
    if (b0 === b1 && b0 === b2) {
      // Wholly in one band: the clipping below would give back these three corners.
      bands[b0]!.push(nodes[n0]!, nodes[n1]!, nodes[n2]!);
      numbered[b0]!.push(n0, n1, n2);
      continue;
    }
    const corners: Corner[] = [corner(nodes, n0, gathering[n0]!), corner(nodes, n1, gathering[n1]!), corner(nodes, n2, gathering[n2]!)];
    // Contour bands: the part of the triangle where the (linearly interpolated) gathering lies in
    // each band, so band edges run smoothly across the mesh instead of stepping along it. Only the
    // bands between its lowest and highest corner can hold a part of it.
    for (let b = Math.max(0, Math.min(b0, b1, b2)); b <= top; b++) {
      const lo = GATHERING_BANDS[b]!;
      const hi = GATHERING_BANDS[b + 1] ?? Infinity;
      let piece = clip(corners, lo, b, 1, numbering);
      if (hi !== Infinity) piece = clip(piece, hi, b + 1, -1, numbering);
      // The piece's fan of triangles shares its corners: one point per corner, not three per
      // triangle (a new map comes about every 100 ms of a drag, and this ran a map frame's
      // allocations up).
      const at = piece.map(point);
      for (let k = 1; k + 1 < at.length; k++) {
        bands[b]!.push(at[0]!, at[k]!, at[k + 1]!);
        numbered[b]!.push(piece[0]!.id, piece[k]!.id, piece[k + 1]!.id);
      }
    }
  }
  const items: SceneItem[] = [];
  bands.forEach((points, k) => {
    // One item per band is filled as one shape, so neighbouring triangles show no seams.
    if (points.length === 0) return;
    const item: SceneTriangles = { type: 'triangles', points, style: { fill: TISSUE_TOKENS[k], opacity: 0.8 } };
    knowOutlines(item, () => numberedOutlines(numbered[k]!, numbering.corners));
    items.push(item);
  });
  return items;
}

/** A mesh node as a corner to clip: its own point is kept, so a corner that survives clipping is drawn with it. */
const corner = (nodes: readonly FacePoint[], n: number, v: number): Corner => ({ x: nodes[n]!.x, y: nodes[n]!.y, v, node: nodes[n]!, id: n, edge: -1 });

interface Corner {
  readonly x: number;
  readonly y: number;
  readonly v: number;
  /** The mesh node's point when the corner is a node (clipping makes corners on band edges). */
  readonly node?: FacePoint;
  /** The corner's number for the band outlines: the same for the same corner in every triangle (CornerNumbers). */
  readonly id: number;
  /** For a corner made by clipping, the mesh edge it lies on (CornerNumbers.edge); -1 for a node (or none). */
  readonly edge: number;
}

/**
 * Numbers for the corners of the clipped triangles: a node is numbered by its index, a corner
 * made by clipping by the mesh edge it lies on and the band edge that cut it, so the two
 * triangles beside a mesh edge number their cut corners alike. Every cut corner lies on a mesh
 * edge: the first cut meets the triangle's own edges, and the second (the band's upper edge)
 * cannot meet the first cut's chord, along which the value is the band's lower edge.
 */
class CornerNumbers {
  /** Where each numbered corner is: the nodes, then the cut corners in the order they were cut. */
  readonly corners: FacePoint[];
  private readonly cut = new Map<number, number>();

  constructor(private readonly nodes: readonly FacePoint[]) {
    this.corners = nodes.slice();
  }

  /** The mesh edge between nodes a and b, as one number. */
  edge(a: number, b: number): number {
    return Math.min(a, b) * this.nodes.length + Math.max(a, b);
  }

  /** The number of the corner at (x, y) cut on `edge` (-1: not a mesh edge) by band edge `level`. */
  cutCorner(edge: number, level: number, x: number, y: number): number {
    const key = edge * (GATHERING_BANDS.length + 1) + level;
    // A corner not on a mesh edge is never expected (see above); one of its own still outlines correctly.
    let id = edge < 0 ? undefined : this.cut.get(key);
    if (id === undefined) {
      id = this.corners.length;
      this.corners.push({ x, y });
      if (edge >= 0) this.cut.set(key, id);
    }
    return id;
  }

  /** The mesh edge that the segment from corner a to corner b lies along (-1 if none). */
  along(a: Corner, b: Corner): number {
    if (a.node && b.node) return this.edge(a.id, b.id);
    if (a.node) return b.edge;
    if (b.node) return a.edge;
    return a.edge === b.edge ? a.edge : -1;
  }
}

const point = (c: Corner): FacePoint => c.node ?? { x: c.x, y: c.y };

/**
 * The part of a convex polygon where the linearly interpolated value is >= level (sign 1) or
 * < level (sign -1): one Sutherland-Hodgman pass against the level line (band edge number
 * `levelIndex`, which numbers the corners it cuts).
 */
function clip(polygon: readonly Corner[], level: number, levelIndex: number, sign: 1 | -1, numbering: CornerNumbers): Corner[] {
  const out: Corner[] = [];
  const inside = (c: Corner) => (sign === 1 ? c.v >= level : c.v < level);
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    const ina = inside(a);
    if (ina) out.push(a);
    if (ina !== inside(b)) {
      const s = (level - a.v) / (b.v - a.v);
      const edge = numbering.along(a, b);
      const x = a.x + s * (b.x - a.x);
      const y = a.y + s * (b.y - a.y);
      out.push({ x, y, v: level, id: numbering.cutCorner(edge, levelIndex, x, y), edge });
    }
  }
  return out;
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
