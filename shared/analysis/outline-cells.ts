import type { FacePoint, FacePolygon } from '../geometry/types';
import { segmentMeetsBox } from '../geometry/segment-box';

/**
 * A quick "certainly not here" before an exact atlas lookup. A rule asks its lookup about every
 * path sample (issue 15: about 1,900 samples in a 50-thread plan), and most samples lie in none
 * of the outlines it cares about, or only in ones it skips (a danger zone deeper than the path
 * reaches, a muscle it does not check). This grid holds, per cell, the least value (the rule's
 * own number: a zone's depth, 0 for a checked muscle) over the outlines that touch the cell, and
 * Infinity where none does, so such a sample costs one array read instead of a lookup.
 *
 * Conservative by construction: a cell counts an outline when any of its edges passes through the
 * cell (grown by a small margin, so rounding only ever counts too many) or the cell's centre lies
 * inside it; a cell that meets a polygon either holds a piece of its outline or lies wholly
 * inside it. So an outline that contains p is always counted in p's cell, and `least(p) > v`
 * proves that no outline containing p has a value of v or less. Built once per atlas.
 */
export class OutlineCells {
  private readonly minX: number;
  private readonly minY: number;
  private readonly cols: number;
  private readonly rows: number;
  private readonly least: Float64Array;

  constructor(outlines: readonly FacePolygon[], values: readonly number[]) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const outline of outlines) {
      for (const p of outline) {
        minX = Math.min(minX, p.x);
        minY = Math.min(minY, p.y);
        maxX = Math.max(maxX, p.x);
        maxY = Math.max(maxY, p.y);
      }
    }
    if (!(maxX >= minX && maxY >= minY)) {
      minX = minY = 0;
      maxX = maxY = 0;
    }
    // One cell of room on every side: a point on the outermost edge still falls in a counted cell.
    this.minX = Math.floor(minX / CELL_MM) * CELL_MM - CELL_MM;
    this.minY = Math.floor(minY / CELL_MM) * CELL_MM - CELL_MM;
    this.cols = Math.ceil((maxX - this.minX) / CELL_MM) + 2;
    this.rows = Math.ceil((maxY - this.minY) / CELL_MM) + 2;
    this.least = new Float64Array(this.cols * this.rows).fill(Infinity);
    outlines.forEach((outline, i) => this.mark(outline, values[i]!));
  }

  /** The least value over the outlines that may contain p; Infinity when none can. */
  leastAt(p: FacePoint): number {
    const c = Math.floor((p.x - this.minX) / CELL_MM);
    const r = Math.floor((p.y - this.minY) / CELL_MM);
    // Also false for NaN coordinates (no outline contains such a point).
    if (!(c >= 0 && c < this.cols && r >= 0 && r < this.rows)) return Infinity;
    return this.least[r * this.cols + c]!;
  }

  private mark(outline: FacePolygon, value: number): void {
    const n = outline.length;
    if (n === 0) return;
    const put = (c: number, r: number): void => {
      const k = r * this.cols + c;
      if (value < this.least[k]!) this.least[k] = value;
    };
    // The cells each edge passes through: those of its box it meets (tested grown by the margin).
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = outline[j]!;
      const b = outline[i]!;
      const c0 = this.colOf(Math.min(a.x, b.x) - MARGIN_MM);
      const c1 = this.colOf(Math.max(a.x, b.x) + MARGIN_MM);
      const r0 = this.rowOf(Math.min(a.y, b.y) - MARGIN_MM);
      const r1 = this.rowOf(Math.max(a.y, b.y) + MARGIN_MM);
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) {
          const x0 = this.minX + c * CELL_MM - MARGIN_MM;
          const y0 = this.minY + r * CELL_MM - MARGIN_MM;
          if (segmentMeetsBox(a, b, x0, y0, x0 + CELL_MM + 2 * MARGIN_MM, y0 + CELL_MM + 2 * MARGIN_MM)) put(c, r);
        }
      }
    }
    // The cells whose centre lies inside, row by row: where the row's centre line crosses the
    // outline (the even-odd rule of pointInPolygon), a centre is inside when an odd number of
    // crossings lie to its right.
    let minY = Infinity;
    let maxY = -Infinity;
    for (const p of outline) {
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
    const crossings: number[] = [];
    for (let r = this.rowOf(minY), r1 = this.rowOf(maxY); r <= r1; r++) {
      const y = this.minY + (r + 0.5) * CELL_MM;
      crossings.length = 0;
      for (let i = 0, j = n - 1; i < n; j = i++) {
        const a = outline[i]!;
        const b = outline[j]!;
        if (a.y > y !== b.y > y) crossings.push(((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x);
      }
      if (crossings.length === 0) continue;
      crossings.sort((p, q) => p - q);
      let k = 0; // crossings at or left of the centre
      for (let c = this.colOf(crossings[0]!), c1 = this.colOf(crossings[crossings.length - 1]!); c <= c1; c++) {
        const x = this.minX + (c + 0.5) * CELL_MM;
        while (k < crossings.length && crossings[k]! <= x) k++;
        if ((crossings.length - k) % 2 === 1) put(c, r);
      }
    }
  }

  /** The column holding x, clamped to the grid. */
  private colOf(x: number): number {
    return Math.max(0, Math.min(this.cols - 1, Math.floor((x - this.minX) / CELL_MM)));
  }

  private rowOf(y: number): number {
    return Math.max(0, Math.min(this.rows - 1, Math.floor((y - this.minY) / CELL_MM)));
  }
}

/** Cell size: design choice, about a sample step (2 mm); finer cells reject more samples near an outline but cost memory. */
const CELL_MM = 2;
/** Each cell is tested grown by this much, so a point rounded into a neighbouring cell is still counted. */
const MARGIN_MM = 0.01;
