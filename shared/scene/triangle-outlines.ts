import type { FacePoint } from '../geometry/types';
import type { SceneTriangles } from './types';

/**
 * The outlines of the area a set of triangles covers: every edge that two neighbouring
 * triangles share (one going each way) is left out, and the edges left are joined into closed
 * loops. Filled with the non-zero rule, the loops cover exactly the triangles' area.
 *
 * Why: the tissue map is thousands of small triangles in a few colour bands (layers/tissue.ts),
 * and a drag draws a new map about every 100 ms. Chromium's software canvas rasterises a
 * filled path in the compositor commit of the frame that drew it, at a cost that grows with the
 * path's edges. Filled as the strips their triangles form (about 1,500 polygons and 6,600
 * corners for a 50-thread plan), the bands made each map frame's commit about 4 ms longer than
 * the other frames' in a trace of the 50-thread drag; rasterising the same bands as their
 * outlines (about 100 loops, 3,100 corners) took 1.0-1.1 ms against 2.8-4.1 ms in the bench's
 * Chromium (medians of 41, load 14).
 *
 * Why the same area: a triangle's edges, in its corners' order, wind once around its inside.
 * Leaving out an edge together with the same edge the other way round changes no point's
 * winding number, so the loops wind around each point of the triangles as the triangles do
 * (they do not overlap) and around no other point, whatever the triangles' orientation (with
 * the mesh's consistent orientation every shared edge is left out). Every corner keeps as many
 * edges going in as going out, so following unused edges from a corner always comes back to
 * it: the edges left fall apart into closed loops.
 */
export interface OutlinePolygons {
  /** The corners of every loop, one after another. */
  readonly points: readonly FacePoint[];
  /** How many corners each loop has, in order. */
  readonly sizes: readonly number[];
}

/**
 * The outlines of triangles whose corners are numbered: triangle k is corners ids[3k], ids[3k+1],
 * ids[3k+2], the same number for the same corner in every triangle, and corners[id] is where
 * corner id is. The tissue layer numbers its corners from the mesh it clips, which costs far
 * less than matching them by value.
 */
export function numberedOutlines(ids: ArrayLike<number>, corners: readonly FacePoint[]): OutlinePolygons {
  const { loops, sizes } = outlineLoops(ids, corners.length);
  return { points: loops.map((id) => corners[id]!), sizes };
}

/**
 * The outline loops of triangles whose corners are numbered 0 .. count - 1 (triangle k is corners
 * ids[3k], ids[3k+1], ids[3k+2]): the corner numbers of every loop, one after another, and how
 * many each loop has.
 */
export function outlineLoops(ids: ArrayLike<number>, count: number): { readonly loops: number[]; readonly sizes: number[] } {
  // The directed edges left: for each corner, the corners its edges go to (a few each).
  const next: number[][] = new Array<number[]>(count);
  const edge = (a: number, b: number): void => {
    if (a === b) return;
    const back = next[b];
    const k = back === undefined ? -1 : back.indexOf(a);
    if (k < 0) (next[a] ??= []).push(b);
    else {
      back![k] = back![back!.length - 1]!;
      back!.pop();
    }
  };
  for (let t = 0; t + 2 < ids.length; t += 3) {
    const a = ids[t]!;
    const b = ids[t + 1]!;
    const c = ids[t + 2]!;
    edge(a, b);
    edge(b, c);
    edge(c, a);
  }
  const loops: number[] = [];
  const sizes: number[] = [];
  for (let start = 0; start < next.length; start++) {
    const out = next[start];
    while (out !== undefined && out.length > 0) {
      let size = 0;
      let at = start;
      do {
        loops.push(at);
        size++;
        at = next[at]!.pop()!;
      } while (at !== start);
      sizes.push(size);
    }
  }
  return { loops, sizes };
}

/** `triangles`: corner triples, triangle k at 3k, 3k+1, 3k+2, their corners matched by value. */
export function triangleOutlines(triangles: readonly FacePoint[]): OutlinePolygons {
  const byX = new Map<number, Map<number, number>>();
  const corners: FacePoint[] = [];
  const ids: number[] = [];
  for (const p of triangles) {
    let byY = byX.get(p.x);
    if (!byY) byX.set(p.x, (byY = new Map()));
    let id = byY.get(p.y);
    if (id === undefined) {
      byY.set(p.y, (id = corners.length));
      corners.push(p);
    }
    ids.push(id);
  }
  return numberedOutlines(ids.slice(0, ids.length - (ids.length % 3)), corners);
}

/** Outlines their maker can make faster than by value (the tissue layer's bands), by item. */
const known = new WeakMap<SceneTriangles, () => OutlinePolygons>();
const made = new WeakMap<SceneTriangles, OutlinePolygons>();

/** Records how to make the outlines of `item` when they are first asked for. */
export function knowOutlines(item: SceneTriangles, make: () => OutlinePolygons): void {
  known.set(item, make);
}

/** The outlines of a triangles item's area, made once per item. */
export function outlinesOf(item: SceneTriangles): OutlinePolygons {
  let outlines = made.get(item);
  if (!outlines) {
    const make = known.get(item);
    made.set(item, (outlines = make ? make() : triangleOutlines(item.points)));
    known.delete(item);
  }
  return outlines;
}
