/**
 * A uniform grid over the face for "what is near here" questions. Items go into every cell their
 * bounding box touches; a query returns the items of the cells a box touches. With items spread
 * over the face, cost grows linearly with their number instead of with every pair.
 */
export class SpatialHash<T> {
  private readonly cells = new Map<number, T[]>();

  constructor(private readonly cellMm: number) {}

  insert(item: T, minX: number, minY: number, maxX: number, maxY: number): void {
    const x0 = this.cell(minX);
    const x1 = this.cell(maxX);
    const y0 = this.cell(minY);
    const y1 = this.cell(maxY);
    for (let ix = x0; ix <= x1; ix++) {
      for (let iy = y0; iy <= y1; iy++) {
        const key = keyOf(ix, iy);
        const list = this.cells.get(key);
        if (list) list.push(item);
        else this.cells.set(key, [item]);
      }
    }
  }

  /** Calls `visit` for each item in the cells the box touches (an item may come more than once). */
  query(minX: number, minY: number, maxX: number, maxY: number, visit: (item: T) => void): void {
    const x0 = this.cell(minX);
    const x1 = this.cell(maxX);
    const y0 = this.cell(minY);
    const y1 = this.cell(maxY);
    for (let ix = x0; ix <= x1; ix++) {
      for (let iy = y0; iy <= y1; iy++) {
        const list = this.cells.get(keyOf(ix, iy));
        if (list) for (const item of list) visit(item);
      }
    }
  }

  private cell(v: number): number {
    return Math.floor(v / this.cellMm);
  }
}

/** Cells are integers well inside +-2^20 for any face coordinate; pack two into one number. */
const keyOf = (ix: number, iy: number): number => (ix + 1_048_576) * 2_097_152 + (iy + 1_048_576);
