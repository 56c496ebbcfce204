import type { FacePoint } from '../geometry/types';
import { CELL_MM, type OutlineRasterIndex } from './atlas-raster';

/**
 * A quick "certainly not here" before an exact atlas lookup. A rule asks its lookup about every
 * path sample (issue 15: about 1,900 samples in a 50-thread plan), and most samples lie in none
 * of the outlines it cares about, or only in ones it skips (a danger zone deeper than the path
 * reaches, a muscle it does not check). This grid holds, per cell, the least value (the rule's
 * own number: a zone's depth, 0 for a checked muscle) over the outlines that touch the cell, and
 * Infinity where none does, so such a sample costs one array read instead of a lookup.
 *
 * It is read off the atlas lookup's raster index of the same outlines (atlas-raster.ts), on the
 * same cells: that index lists in each cell every outline that can contain a point of the cell
 * (its exact lookups look nowhere else), so `least(p) > v` proves that no outline containing p has
 * a value of v or less. Reading it costs one pass over the index's entries, no geometry, and the
 * command line ships the index (cli/precomputed-rasters.ts).
 */
export class OutlineCells {
  private readonly minX: number;
  private readonly minY: number;
  private readonly cols: number;
  private readonly rows: number;
  private readonly least: Float64Array;

  /**
   * `values[i]` is outline i's number, for the outlines `index` was built from, in that order; or
   * a function of the outline and the cell (its lower corner), for a number that varies across an
   * outline (a danger zone whose depth depends on the region), which must not exceed the outline's
   * number anywhere in the cell.
   */
  constructor(index: OutlineRasterIndex, values: readonly number[] | ((item: number, x0: number, y0: number) => number)) {
    this.minX = index.minX;
    this.minY = index.minY;
    this.cols = index.cols;
    this.rows = index.rows;
    const cells = index.cols * index.rows;
    this.least = new Float64Array(cells).fill(Infinity);
    const valueOf = typeof values === 'function' ? values : (item: number): number => values[item]!;
    for (let c = 0; c < cells; c++) {
      let least = Infinity;
      const x0 = index.minX + (c % index.cols) * CELL_MM;
      const y0 = index.minY + Math.floor(c / index.cols) * CELL_MM;
      for (let k = index.cellStart[c]!, end = index.cellStart[c + 1]!; k < end; k++) least = Math.min(least, valueOf(index.entryItem[k]!, x0, y0));
      this.least[c] = least;
    }
  }

  /** The least value over the outlines that may contain p; Infinity when none can. */
  leastAt(p: FacePoint): number {
    const c = Math.floor((p.x - this.minX) / CELL_MM);
    const r = Math.floor((p.y - this.minY) / CELL_MM);
    // Also false for NaN coordinates (no outline contains such a point).
    if (!(c >= 0 && c < this.cols && r >= 0 && r < this.rows)) return Infinity;
    return this.least[r * this.cols + c]!;
  }
}
