import type { TissueMap } from '../simulation/map';
import { GATHERING_BANDS } from './tissue-scale';
import { outlineLoops } from './triangle-outlines';

/**
 * A tissue map's colour bands as flat arrays: the contour bands of the fixed colour scale
 * (tissue-scale.ts) over the gathering interpolated linearly in each mesh triangle, each band as
 * its triangles and as the outlines the canvas fills (triangle-outlines.ts), over one table of
 * numbered corners.
 *
 * Why flat: a drag brings a new map about every 100 ms, and building its bands on the main
 * thread (clipping, the outlines, an object per corner) was the largest part of each map frame,
 * the drag's slowest frames. The simulation's Worker builds them beside the map
 * (renderer/simulation/tissue.worker.ts) and hands them over as transferable typed arrays; the
 * scene (layers/tissue.ts) makes the items from them. Without a Worker (tests, the PDF, a turned
 * view's mesh) the scene builds them itself with the same function.
 */
export interface TissueBands {
  /** Where each numbered corner is: x0, y0, x1, y1, ... The mesh's nodes first, by their index, then the corners cut on band edges. */
  readonly corners: Float64Array;
  /** The bands that hold anything, lowest first. */
  readonly bands: readonly TissueBand[];
}

export interface TissueBand {
  /** Index into GATHERING_BANDS (and TISSUE_TOKENS). */
  readonly band: number;
  /** The band's triangles, three corners each, x, y per corner (as clipped: a corner two triangles share may differ in the last bit between them). */
  readonly points: Float64Array;
  /** The band's outline loops, one after another, as corner numbers. */
  readonly loops: Uint32Array;
  /** How many corners each loop has, in order. */
  readonly sizes: Uint32Array;
}

/** The buffers of `bands`, to transfer them across a Worker boundary. */
export function tissueBandBuffers(bands: TissueBands): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [bands.corners.buffer as ArrayBuffer];
  for (const b of bands.bands) buffers.push(b.points.buffer as ArrayBuffer, b.loops.buffer as ArrayBuffer, b.sizes.buffer as ArrayBuffer);
  return buffers;
}

/** The band a gathering value falls in (-1 below the first). */
function bandOf(v: number): number {
  let b = -1;
  while (b + 1 < GATHERING_BANDS.length && v >= GATHERING_BANDS[b + 1]!) b++;
  return b;
}

/** The map's colour bands, in the coordinates of `map.xy`. */
export function tissueBands(map: TissueMap): TissueBands {
  const { xy, triangles, gathering } = map;
  const numbering = new CornerNumbers(xy);
  // Each band's triangles by their corners' numbers.
  const numbered: number[][] = GATHERING_BANDS.map(() => []);
  // And by their corners' positions.
  const points: number[][] = GATHERING_BANDS.map(() => []);
  for (let t = 0; t + 2 < triangles.length; t += 3) {
    const n0 = triangles[t]!;
    const n1 = triangles[t + 1]!;
    const n2 = triangles[t + 2]!;
    const b0 = bandOf(gathering[n0]!);
    const b1 = bandOf(gathering[n1]!);
    const b2 = bandOf(gathering[n2]!);
    // Most of the face gathers less than the first band: nothing to draw, nothing to allocate.
    const top = Math.max(b0, b1, b2);
    if (top < 0) continue;
    if (b0 === b1 && b0 === b2) {
      // Wholly in one band: the clipping below would give back these three corners.
      numbered[b0]!.push(n0, n1, n2);
      points[b0]!.push(xy[2 * n0]!, xy[2 * n0 + 1]!, xy[2 * n1]!, xy[2 * n1 + 1]!, xy[2 * n2]!, xy[2 * n2 + 1]!);
      continue;
    }
    const corners: Corner[] = [corner(xy, n0, gathering[n0]!), corner(xy, n1, gathering[n1]!), corner(xy, n2, gathering[n2]!)];
    // Contour bands: the part of the triangle where the (linearly interpolated) gathering lies in
    // each band, so band edges run smoothly across the mesh instead of stepping along it. Only the
    // bands between its lowest and highest corner can hold a part of it.
    for (let b = Math.max(0, Math.min(b0, b1, b2)); b <= top; b++) {
      const lo = GATHERING_BANDS[b]!;
      const hi = GATHERING_BANDS[b + 1] ?? Infinity;
      let piece = clip(corners, lo, b, 1, numbering);
      if (hi !== Infinity) piece = clip(piece, hi, b + 1, -1, numbering);
      // The piece as a fan of triangles from its first corner.
      for (let k = 1; k + 1 < piece.length; k++) {
        const p0 = piece[0]!;
        const p1 = piece[k]!;
        const p2 = piece[k + 1]!;
        numbered[b]!.push(p0.id, p1.id, p2.id);
        points[b]!.push(p0.x, p0.y, p1.x, p1.y, p2.x, p2.y);
      }
    }
  }
  const count = numbering.count();
  const bands: TissueBand[] = [];
  numbered.forEach((ids, band) => {
    if (ids.length === 0) return;
    const { loops, sizes } = outlineLoops(ids, count);
    bands.push({ band, points: Float64Array.from(points[band]!), loops: Uint32Array.from(loops), sizes: Uint32Array.from(sizes) });
  });
  return { corners: numbering.positions(), bands };
}

interface Corner {
  readonly x: number;
  readonly y: number;
  readonly v: number;
  /** Whether the corner is a mesh node (clipping makes corners on band edges). */
  readonly node: boolean;
  /** The corner's number: the same for the same corner in every triangle (CornerNumbers). */
  readonly id: number;
  /** For a corner made by clipping, the mesh edge it lies on (CornerNumbers.edge); -1 for a node (or none). */
  readonly edge: number;
}

/** A mesh node as a corner to clip. */
const corner = (xy: ArrayLike<number>, n: number, v: number): Corner => ({ x: xy[2 * n]!, y: xy[2 * n + 1]!, v, node: true, id: n, edge: -1 });

/**
 * Numbers for the corners of the clipped triangles: a node is numbered by its index, a corner
 * made by clipping by the mesh edge it lies on and the band edge that cut it, so the two
 * triangles beside a mesh edge number their cut corners alike. Every cut corner lies on a mesh
 * edge: the first cut meets the triangle's own edges, and the second (the band's upper edge)
 * cannot meet the first cut's chord, along which the value is the band's lower edge.
 */
class CornerNumbers {
  private readonly nodes: number;
  /** The cut corners' positions, x, y, in the order they were cut. */
  private readonly cuts: number[] = [];
  private readonly cut = new Map<number, number>();

  constructor(private readonly xy: ArrayLike<number>) {
    this.nodes = Math.floor(xy.length / 2);
  }

  count(): number {
    return this.nodes + this.cuts.length / 2;
  }

  positions(): Float64Array {
    const out = new Float64Array(2 * this.count());
    for (let i = 0; i < 2 * this.nodes; i++) out[i] = this.xy[i]!;
    out.set(this.cuts, 2 * this.nodes);
    return out;
  }

  /** The mesh edge between nodes a and b, as one number. */
  edge(a: number, b: number): number {
    return Math.min(a, b) * this.nodes + Math.max(a, b);
  }

  /** The number of the corner at (x, y) cut on `edge` (-1: not a mesh edge) by band edge `level`. */
  cutCorner(edge: number, level: number, x: number, y: number): number {
    const key = edge * (GATHERING_BANDS.length + 1) + level;
    // A corner not on a mesh edge is never expected (see above); one of its own still outlines correctly.
    let id = edge < 0 ? undefined : this.cut.get(key);
    if (id === undefined) {
      id = this.count();
      this.cuts.push(x, y);
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
      out.push({ x, y, v: level, node: false, id: numbering.cutCorner(edge, levelIndex, x, y), edge });
    }
  }
  return out;
}
