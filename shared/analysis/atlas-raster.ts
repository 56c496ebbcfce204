import type { FaceBounds, FacePoint, FacePolygon } from '../geometry/types';
import { boundsOf, pointInPolygon } from '../geometry/polyline';

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

const CELL_MM = 2;

export class OutlineRaster<T> {
  private readonly minX: number;
  private readonly minY: number;
  private readonly cols: number;
  private readonly rows: number;
  /** Entries of cell c are entryItem[cellStart[c] .. cellStart[c + 1]), in the items' order. */
  private readonly cellStart: Int32Array;
  private readonly entryItem: Int32Array;
  /** 1 when the cell lies wholly inside the item's outline. */
  private readonly entryFull: Uint8Array;
  /** Edges of partial entry k (index i of edge polygon[i], polygon[i - 1]): entryEdge[entryEdgeStart[k] .. entryEdgeStart[k + 1]). */
  private readonly entryEdgeStart: Int32Array;
  private readonly entryEdge: Int32Array;
  /** Per cell: the items wholly containing it when no entry of the cell is partial, else null. */
  private readonly fullOnly: (readonly T[] | null)[];
  /** Per cell: first()'s answer when it is the same for every point of the cell, else undefined. */
  private readonly uniformFirst: (T | null | undefined)[];

  constructor(
    private readonly items: readonly T[],
    private readonly outlines: readonly FacePolygon[],
  ) {
    const boxes = outlines.map((o) => boundsOf(o));
    const all: FaceBounds = boxes.reduce(
      (a, b) => ({ minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) }),
      { minX: 0, minY: 0, maxX: 0, maxY: 0 },
    );
    this.minX = Math.floor(all.minX / CELL_MM) * CELL_MM - CELL_MM;
    this.minY = Math.floor(all.minY / CELL_MM) * CELL_MM - CELL_MM;
    this.cols = Math.ceil((all.maxX - this.minX) / CELL_MM) + 2;
    this.rows = Math.ceil((all.maxY - this.minY) / CELL_MM) + 2;
    const cellCount = this.cols * this.rows;

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
      const c0 = this.col(box.minX);
      const c1 = this.col(box.maxX);
      const r0 = this.row(box.minY);
      const r1 = this.row(box.maxY);
      const width = c1 - c0 + 1;
      const partial = new Uint8Array(width * (r1 - r0 + 1));
      for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
        const a = outline[j]!;
        const b = outline[i]!;
        for (let r = this.row(Math.min(a.y, b.y)); r <= this.row(Math.max(a.y, b.y)); r++) {
          for (let c = this.col(Math.min(a.x, b.x)); c <= this.col(Math.max(a.x, b.x)); c++) {
            if (this.edgeTouchesCell(a, b, c, r)) partial[(r - r0) * width + (c - c0)] = 1;
          }
        }
      }
      // Per row: the edges whose height range meets the row's (grown by the margin). A point's
      // ray to +x can only cross those (see `contains`).
      const bands: number[][] = Array.from({ length: r1 - r0 + 1 }, () => []);
      for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
        const lo = Math.min(outline[i]!.y, outline[j]!.y) - margin;
        const hi = Math.max(outline[i]!.y, outline[j]!.y) + margin;
        for (let r = Math.max(r0, this.row(lo)); r <= Math.min(r1, this.row(hi)); r++) bands[r - r0]!.push(i);
      }
      for (let r = r0; r <= r1; r++) {
        // Side by side cells that no edge touches are on the same side of the outline, so one
        // centre test serves the whole run between partial cells.
        let inside: boolean | null = null;
        for (let c = c0; c <= c1; c++) {
          if (partial[(r - r0) * width + (c - c0)]) {
            // Of the row's edges, those not wholly left of the cell.
            const x0 = this.minX + c * CELL_MM - margin;
            const edges = bands[r - r0]!.filter((i) => Math.max(outline[i]!.x, outline[(i + outline.length - 1) % outline.length]!.x) >= x0);
            add(r * this.cols + c, item, false, edges);
            inside = null;
            continue;
          }
          // No edge touches this cell: it is wholly inside or wholly outside; its centre decides.
          inside ??= pointInPolygon({ x: this.minX + (c + 0.5) * CELL_MM, y: this.minY + (r + 0.5) * CELL_MM }, outline);
          if (inside) add(r * this.cols + c, item, true, noEdges);
        }
      }
    });

    const total = eCell.length;
    this.cellStart = new Int32Array(cellCount + 1);
    for (const cell of eCell) this.cellStart[cell + 1]!++;
    for (let c = 0; c < cellCount; c++) this.cellStart[c + 1]! += this.cellStart[c]!;
    const next = this.cellStart.slice(0, cellCount);
    const slot = new Int32Array(total);
    for (let e = 0; e < total; e++) slot[next[eCell[e]!]!++] = e;
    this.entryItem = new Int32Array(total);
    this.entryFull = new Uint8Array(total);
    this.entryEdgeStart = new Int32Array(total + 1);
    const edgeList: number[] = [];
    for (let k = 0; k < total; k++) {
      const e = slot[k]!;
      this.entryItem[k] = eItem[e]!;
      this.entryFull[k] = eFull[e]!;
      this.entryEdgeStart[k] = edgeList.length;
      for (const i of eEdges[e]!) edgeList.push(i);
    }
    this.fullOnly = new Array(cellCount).fill(null);
    this.uniformFirst = new Array(cellCount).fill(undefined);
    // Cells wholly inside the same items share one frozen list.
    const lists = new Map<string, readonly T[]>();
    for (let c = 0; c < cellCount; c++) {
      const start = this.cellStart[c]!;
      const end = this.cellStart[c + 1]!;
      let allFull = true;
      for (let k = start; k < end; k++) if (this.entryFull[k] !== 1) allFull = false;
      if (allFull) {
        let key = '';
        for (let k = start; k < end; k++) key += `${this.entryItem[k]},`;
        let list = lists.get(key);
        if (list === undefined) {
          const made: T[] = [];
          for (let k = start; k < end; k++) made.push(items[this.entryItem[k]!]!);
          list = Object.freeze(made);
          lists.set(key, list);
        }
        this.fullOnly[c] = list;
      }
      if (start === end) this.uniformFirst[c] = null;
      else if (this.entryFull[start] === 1) this.uniformFirst[c] = items[this.entryItem[start]!]!;
    }
    this.entryEdgeStart[total] = edgeList.length;
    this.entryEdge = Int32Array.from(edgeList);
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

  /**
   * Whether segment a-b touches cell (c, r), the cell grown by a small margin so that rounding
   * can only ever mark too many cells partial (a partial cell is still answered exactly), never
   * too few. The segment's bounding box already overlaps the cell; it misses the cell only when
   * all four corners lie strictly on one side of its line.
   */
  private edgeTouchesCell(a: FacePoint, b: FacePoint, c: number, r: number): boolean {
    const margin = 1e-6 * CELL_MM;
    const x0 = this.minX + c * CELL_MM - margin;
    const y0 = this.minY + r * CELL_MM - margin;
    const x1 = x0 + CELL_MM + 2 * margin;
    const y1 = y0 + CELL_MM + 2 * margin;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const side = (x: number, y: number): number => dx * (y - a.y) - dy * (x - a.x);
    const s1 = side(x0, y0);
    const s2 = side(x1, y0);
    const s3 = side(x0, y1);
    const s4 = side(x1, y1);
    return !((s1 > 0 && s2 > 0 && s3 > 0 && s4 > 0) || (s1 < 0 && s2 < 0 && s3 < 0 && s4 < 0));
  }

  private col(x: number): number {
    return Math.floor((x - this.minX) / CELL_MM);
  }

  private row(y: number): number {
    return Math.floor((y - this.minY) / CELL_MM);
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
