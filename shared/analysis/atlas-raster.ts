import type { FaceBounds, FacePoint, FacePolygon } from '../geometry/types';
import { boundsOf, pointInPolygon } from '../geometry/polyline';
import { segmentMeetsBox } from '../geometry/segment-box';

/**
 * An exact, fast "which outlines contain this point" index for the analysis hot path.
 *
 * The analysis asks region, muscle and danger-zone questions for every ~2 mm sample of every
 * thread on every drag, so it needs answers in tens of nanoseconds. The face is cut into square
 * cells; for each cell and each outline near it the index records whether the cell lies wholly
 * inside the outline (answer known, no test) or is crossed by the outline's edge (then the exact
 * point-in-polygon test runs). Cells wholly outside are not listed. Results are therefore the
 * same as testing every outline in order with pointInPolygon, which a unit test checks against
 * shared/atlas/queries.ts; only the work is skipped.
 */

/** Cell size: design choice, about a path sample's step; finer cells leave fewer exact tests near an edge but cost memory. */
export const CELL_MM = 2;

/**
 * The index proper: which outlines touch which cell, and how. It depends only on the outlines, so
 * the command line's bundle builds the canonical atlas's once and ships it (cli/precomputed-
 * rasters.ts); an OutlineRaster made from a shipped index answers exactly as one that built it.
 */
export interface OutlineRasterIndex {
  readonly minX: number;
  readonly minY: number;
  readonly cols: number;
  readonly rows: number;
  /** Entries of cell c are entryItem[cellStart[c] .. cellStart[c + 1]), in the items' order. */
  readonly cellStart: Int32Array;
  readonly entryItem: Int32Array;
  /** 1 when the cell lies wholly inside the item's outline. */
  readonly entryFull: Uint8Array;
  /** Edges of partial entry k (index i of edge polygon[i], polygon[i - 1]): entryEdge[entryEdgeStart[k] .. entryEdgeStart[k + 1]). */
  readonly entryEdgeStart: Int32Array;
  readonly entryEdge: Int32Array;
}

/** Builds the index of `outlines` (see OutlineRasterIndex). */
export function indexOutlines(outlines: readonly FacePolygon[]): OutlineRasterIndex {
  const boxes = outlines.map((o) => boundsOf(o));
  const all: FaceBounds = boxes.reduce(
    (a, b) => ({ minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) }),
    { minX: 0, minY: 0, maxX: 0, maxY: 0 },
  );
  const minX = Math.floor(all.minX / CELL_MM) * CELL_MM - CELL_MM;
  const minY = Math.floor(all.minY / CELL_MM) * CELL_MM - CELL_MM;
  const cols = Math.ceil((all.maxX - minX) / CELL_MM) + 2;
  const rows = Math.ceil((all.maxY - minY) / CELL_MM) + 2;
  const cellCount = cols * rows;
  const col = (x: number): number => Math.floor((x - minX) / CELL_MM);
  const row = (y: number): number => Math.floor((y - minY) / CELL_MM);

  // Per item: the cells an edge of its outline passes through (partial cells).
  // Entries as they are found (item by item, so each cell's entries come in item order), then
  // filed by cell with a stable counting sort: one list per entry kind, not one array per cell.
  const eCell: number[] = [];
  const eItem: number[] = [];
  const eFull: number[] = [];
  const eEdges: (readonly number[])[] = [];
  const add = (cell: number, item: number, full: boolean, edges: readonly number[]): void => {
    eCell.push(cell);
    eItem.push(item);
    eFull.push(full ? 1 : 0);
    eEdges.push(edges);
  };
  const noEdges: readonly number[] = [];
  const margin = 1e-6 * CELL_MM;
  outlines.forEach((outline, item) => {
    const box = boxes[item]!;
    const c0 = col(box.minX);
    const c1 = col(box.maxX);
    const r0 = row(box.minY);
    const r1 = row(box.maxY);
    const width = c1 - c0 + 1;
    const partial = new Uint8Array(width * (r1 - r0 + 1));
    for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
      const a = outline[j]!;
      const b = outline[i]!;
      for (let r = row(Math.min(a.y, b.y)); r <= row(Math.max(a.y, b.y)); r++) {
        for (let c = col(Math.min(a.x, b.x)); c <= col(Math.max(a.x, b.x)); c++) {
          if (edgeTouchesCell(minX, minY, a, b, c, r)) partial[(r - r0) * width + (c - c0)] = 1;
        }
      }
    }
    // Per row: the edges whose height range meets the row's (grown by the margin). A point's
    // ray to +x can only cross those (see `contains`).
    const bands: number[][] = Array.from({ length: r1 - r0 + 1 }, () => []);
    for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
      const lo = Math.min(outline[i]!.y, outline[j]!.y) - margin;
      const hi = Math.max(outline[i]!.y, outline[j]!.y) + margin;
      for (let r = Math.max(r0, row(lo)); r <= Math.min(r1, row(hi)); r++) bands[r - r0]!.push(i);
    }
    for (let r = r0; r <= r1; r++) {
      // Side by side cells that no edge touches are on the same side of the outline, so one
      // centre test serves the whole run between partial cells.
      let inside: boolean | null = null;
      for (let c = c0; c <= c1; c++) {
        if (partial[(r - r0) * width + (c - c0)]) {
          // Of the row's edges, those not wholly left of the cell.
          const x0 = minX + c * CELL_MM - margin;
          const edges = bands[r - r0]!.filter((i) => Math.max(outline[i]!.x, outline[(i + outline.length - 1) % outline.length]!.x) >= x0);
          add(r * cols + c, item, false, edges);
          inside = null;
          continue;
        }
        // No edge touches this cell: it is wholly inside or wholly outside; its centre decides.
        inside ??= pointInPolygon({ x: minX + (c + 0.5) * CELL_MM, y: minY + (r + 0.5) * CELL_MM }, outline);
        if (inside) add(r * cols + c, item, true, noEdges);
      }
    }
  });

  const total = eCell.length;
  const cellStart = new Int32Array(cellCount + 1);
  for (const cell of eCell) cellStart[cell + 1]!++;
  for (let c = 0; c < cellCount; c++) cellStart[c + 1]! += cellStart[c]!;
  const next = cellStart.slice(0, cellCount);
  const slot = new Int32Array(total);
  for (let e = 0; e < total; e++) slot[next[eCell[e]!]!++] = e;
  const entryItem = new Int32Array(total);
  const entryFull = new Uint8Array(total);
  const entryEdgeStart = new Int32Array(total + 1);
  const edgeList: number[] = [];
  for (let k = 0; k < total; k++) {
    const e = slot[k]!;
    entryItem[k] = eItem[e]!;
    entryFull[k] = eFull[e]!;
    entryEdgeStart[k] = edgeList.length;
    for (const i of eEdges[e]!) edgeList.push(i);
  }
  entryEdgeStart[total] = edgeList.length;
  return { minX, minY, cols, rows, cellStart, entryItem, entryFull, entryEdgeStart, entryEdge: Int32Array.from(edgeList) };
}

/**
 * Whether segment a-b touches cell (c, r), the cell grown by a small margin so that rounding
 * can only ever mark too many cells partial (a partial cell is still answered exactly), never
 * too few. The segment's bounding box already overlaps the cell; it misses the cell only when
 * all four corners lie strictly on one side of its line.
 */
function edgeTouchesCell(minX: number, minY: number, a: FacePoint, b: FacePoint, c: number, r: number): boolean {
  const margin = 1e-6 * CELL_MM;
  const x0 = minX + c * CELL_MM - margin;
  const y0 = minY + r * CELL_MM - margin;
  const x1 = x0 + CELL_MM + 2 * margin;
  const y1 = y0 + CELL_MM + 2 * margin;
  return segmentMeetsBox(a, b, x0, y0, x1, y1);
}

export class OutlineRaster<T> {
  private readonly minX: number;
  private readonly minY: number;
  private readonly cols: number;
  private readonly rows: number;
  private readonly cellStart: Int32Array;
  private readonly entryItem: Int32Array;
  private readonly entryFull: Uint8Array;
  private readonly entryEdgeStart: Int32Array;
  private readonly entryEdge: Int32Array;
  /** Per cell, once settled: the items wholly containing it when no entry of the cell is partial, else null. */
  private readonly fullOnly: (readonly T[] | null)[];
  /** Per cell, once settled: first()'s answer when it is the same for every point of the cell, else undefined. */
  private readonly uniformFirst: (T | null | undefined)[];
  /** 1 once a cell's fullOnly and uniformFirst are worked out: on its first question, not all up front (a cold command line asks about a few hundred of the thousands of cells). */
  private readonly settled: Uint8Array;
  /** Cells wholly inside the same items share one frozen list, by their items' indexes. */
  private readonly sharedLists = new Map<string, readonly T[]>();

  /** `index` must be indexOutlines(outlines) (or a copy of it): built here when not given. */
  constructor(
    private readonly items: readonly T[],
    private readonly outlines: readonly FacePolygon[],
    readonly index: OutlineRasterIndex = indexOutlines(outlines),
  ) {
    this.minX = index.minX;
    this.minY = index.minY;
    this.cols = index.cols;
    this.rows = index.rows;
    this.cellStart = index.cellStart;
    this.entryItem = index.entryItem;
    this.entryFull = index.entryFull;
    this.entryEdgeStart = index.entryEdgeStart;
    this.entryEdge = index.entryEdge;
    const cellCount = this.cols * this.rows;
    this.fullOnly = new Array<readonly T[] | null>(cellCount).fill(null);
    this.uniformFirst = new Array<T | null | undefined>(cellCount).fill(undefined);
    this.settled = new Uint8Array(cellCount);
  }

  /** Works out a cell's fullOnly and uniformFirst. */
  private settle(cell: number): void {
    this.settled[cell] = 1;
    const start = this.cellStart[cell]!;
    const end = this.cellStart[cell + 1]!;
    let allFull = true;
    for (let k = start; k < end; k++) if (this.entryFull[k] !== 1) allFull = false;
    if (allFull) {
      let key = '';
      for (let k = start; k < end; k++) key += `${this.entryItem[k]},`;
      let list = this.sharedLists.get(key);
      if (list === undefined) {
        const made: T[] = [];
        for (let k = start; k < end; k++) made.push(this.items[this.entryItem[k]!]!);
        list = Object.freeze(made);
        this.sharedLists.set(key, list);
      }
      this.fullOnly[cell] = list;
    }
    if (start === end) this.uniformFirst[cell] = null;
    else if (this.entryFull[start] === 1) this.uniformFirst[cell] = this.items[this.entryItem[start]!]!;
  }

  /**
   * Whether the outline of partial entry k contains p: pointInPolygon's even-odd test, over only
   * the edges the entry lists. The test counts the edges that a ray from p toward +x crosses; an
   * edge can only be crossed by a point of this cell when its height range meets the cell's and it
   * is not wholly left of the cell, and those are the listed ones (found with a margin, so rounding
   * only ever lists too many). Same edges, same expression: the same answer as pointInPolygon,
   * points on an edge included.
   */
  private contains(k: number, item: number, p: FacePoint): boolean {
    const polygon = this.outlines[item]!;
    const n = polygon.length;
    let inside = false;
    for (let e = this.entryEdgeStart[k]!, end = this.entryEdgeStart[k + 1]!; e < end; e++) {
      const i = this.entryEdge[e]!;
      const a = polygon[i]!;
      const b = polygon[i === 0 ? n - 1 : i - 1]!;
      if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
    }
    return inside;
  }

  /** The first item (in the given order) whose outline contains p, or null. */
  first(p: FacePoint): T | null {
    const cell = this.cellOf(p);
    if (cell < 0) return null;
    if (this.settled[cell] === 0) this.settle(cell);
    const uniform = this.uniformFirst[cell];
    if (uniform !== undefined) return uniform;
    for (let k = this.cellStart[cell]!, end = this.cellStart[cell + 1]!; k < end; k++) {
      const item = this.entryItem[k]!;
      if (this.entryFull[k] || this.contains(k, item, p)) return this.items[item]!;
    }
    return null;
  }

  /** Every item whose outline contains p, in the given order. Do not mutate the result. */
  all(p: FacePoint): readonly T[] {
    const cell = this.cellOf(p);
    if (cell < 0) return EMPTY as readonly T[];
    if (this.settled[cell] === 0) this.settle(cell);
    const known = this.fullOnly[cell];
    if (known) return known;
    const out: T[] = [];
    for (let k = this.cellStart[cell]!, end = this.cellStart[cell + 1]!; k < end; k++) {
      const item = this.entryItem[k]!;
      if (this.entryFull[k] || this.contains(k, item, p)) out.push(this.items[item]!);
    }
    return out;
  }

  /**
   * Every item whose outline contains p and whose `value` is at most `limit`, in the given order.
   * The value is compared first, so items above the limit cost no containment test.
   */
  allUpTo(p: FacePoint, value: (item: T) => number, limit: number): T[] {
    const out: T[] = [];
    const cell = this.cellOf(p);
    if (cell < 0) return out;
    for (let k = this.cellStart[cell]!, end = this.cellStart[cell + 1]!; k < end; k++) {
      const index = this.entryItem[k]!;
      const item = this.items[index]!;
      if (value(item) <= limit && (this.entryFull[k] || this.contains(k, index, p))) out.push(item);
    }
    return out;
  }

  private cellOf(p: FacePoint): number {
    const c = Math.floor((p.x - this.minX) / CELL_MM);
    const r = Math.floor((p.y - this.minY) / CELL_MM);
    // Also false for NaN coordinates.
    if (!(c >= 0 && c < this.cols && r >= 0 && r < this.rows)) return -1;
    return r * this.cols + c;
  }
}

const EMPTY: readonly never[] = Object.freeze([]);
