import { describe, expect, it } from 'vitest';
import { CELL_MM, indexOutlines } from '../../../../shared/analysis/atlas-raster';
import { OutlineCells } from '../../../../shared/analysis/outline-cells';
import { CANONICAL_ATLAS, dangerZonesAt, indexAtlas, musclesAt } from '../../../../shared/atlas';
import type { FacePoint, FacePolygon } from '../../../../shared/geometry/types';

/**
 * The rules skip the exact atlas lookup where the cell grid says no outline they care about can
 * hold a point (danger-zone: no zone within reach of the path's depth; muscle-conflict: no checked
 * muscle). That is only the same analysis if the grid never says so wrongly: every outline that
 * contains a point must be counted in its cell, on outline vertices and edges too.
 */
describe('outline cells', () => {
  const index = indexAtlas(CANONICAL_ATLAS);
  const zones = CANONICAL_ATLAS.dangerZones;
  const muscles = CANONICAL_ATLAS.muscles;
  // The grids are built inside each test, not when the file is collected: mutation testing
  // (npm run mutate) switches a mutant on per test, so a grid built outside every test would
  // never see one.
  const zoneCellsOf = () =>
    new OutlineCells(
      indexOutlines(zones.map((z) => z.outline)),
      zones.map((z) => z.depthFromMm),
    );
  // Each muscle's own number, so a cell that counts the wrong muscle shows.
  const muscleCellsOf = () =>
    new OutlineCells(
      indexOutlines(muscles.map((m) => m.outline)),
      muscles.map((_, i) => i),
    );

  /** Every point where the grid must count an outline: a fine lattice, and each outline's vertices and edge midpoints. */
  const probes = (outlines: readonly FacePolygon[]): FacePoint[] => {
    const out: FacePoint[] = [];
    for (let x = -95; x <= 95; x += 0.25) for (let y = -115; y <= 180; y += 0.25) out.push({ x, y });
    for (const outline of outlines) {
      outline.forEach((p, i) => {
        const q = outline[(i + 1) % outline.length]!;
        out.push(p, { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 });
      });
    }
    return out;
  };

  it('counts every danger zone that contains a point, at no more than its depth', () => {
    const zoneCells = zoneCellsOf();
    const wrong: string[] = [];
    let empty = 0;
    const points = probes(zones.map((z) => z.outline));
    for (const p of points) {
      const least = zoneCells.leastAt(p);
      if (least === Infinity) empty++;
      for (const zone of dangerZonesAt(index, p)) if (!(least <= zone.depthFromMm)) wrong.push(`${zone.kind} at (${p.x}, ${p.y})`);
    }
    expect(wrong).toEqual([]);
    // And it is worth asking: most of the face lies in no zone.
    expect(empty / points.length).toBeGreaterThan(0.5);
  });

  it('counts every muscle that contains a point', () => {
    const muscleCells = muscleCellsOf();
    const wrong: string[] = [];
    for (const p of probes(muscles.map((m) => m.outline))) {
      const least = muscleCells.leastAt(p);
      for (const muscle of musclesAt(index, p)) if (!(least <= muscles.indexOf(muscle))) wrong.push(`${muscle.kind} at (${p.x}, ${p.y})`);
    }
    expect(wrong).toEqual([]);
  });

  it('says nothing can hold a point far from every outline, or one with a coordinate that is not a number', () => {
    const zoneCells = zoneCellsOf();
    expect(zoneCells.leastAt({ x: 0, y: -300 })).toBe(Infinity);
    expect(zoneCells.leastAt({ x: 500, y: 0 })).toBe(Infinity);
    expect(zoneCells.leastAt({ x: Number.NaN, y: 0 })).toBe(Infinity);
  });

  it("says nothing can hold a point just past any side of the index's cells, rather than reading another row's cell", () => {
    const square: FacePolygon = [
      { x: 0, y: 0 },
      { x: 20, y: 0 },
      { x: 20, y: 20 },
      { x: 0, y: 20 },
    ];
    const squareIndex = indexOutlines([square]);
    const cells = new OutlineCells(squareIndex, [5]);
    const { minX, minY, cols, rows } = squareIndex;
    // A point `k` columns left of the cells, on row r, is cell r * cols - k of the table when
    // the column is not checked: row r - 1's column cols - k. The fixture puts the square there.
    const left = { x: minX - 5, y: 10 };
    const leftCol = Math.floor((left.x - minX) / CELL_MM);
    const leftRow = Math.floor((left.y - minY) / CELL_MM);
    expect(leftCol).toBeLessThan(0);
    expect(cells.leastAt({ x: minX + (cols + leftCol) * CELL_MM + 1, y: minY + (leftRow - 1) * CELL_MM + 1 })).toBe(5);
    expect(cells.leastAt(left)).toBe(Infinity);
    // Past the right side: row r + 1's column c - cols.
    const right = { x: minX + (cols + 5) * CELL_MM + 1, y: 10 };
    const rightRow = Math.floor((right.y - minY) / CELL_MM);
    expect(cells.leastAt({ x: minX + 5 * CELL_MM + 1, y: minY + (rightRow + 1) * CELL_MM + 1 })).toBe(5);
    expect(cells.leastAt(right)).toBe(Infinity);
    // Just above the top row, and far above it: past the table's end.
    expect(cells.leastAt({ x: 10, y: minY + rows * CELL_MM + 1 })).toBe(Infinity);
    expect(cells.leastAt({ x: 10, y: 500 })).toBe(Infinity);
    // Just right of the top row's last cell: one past the table's end.
    expect(cells.leastAt({ x: minX + cols * CELL_MM + 1, y: minY + (rows - 1) * CELL_MM + 1 })).toBe(Infinity);
    // Just below the first row and just left of the first column, too.
    expect(cells.leastAt({ x: 10, y: minY - 1 })).toBe(Infinity);
    expect(cells.leastAt({ x: minX - 1, y: 10 })).toBe(Infinity);
  });

  it('counts the least value where outlines overlap', () => {
    const square = (x0: number, y0: number, size: number): FacePolygon => [
      { x: x0, y: y0 },
      { x: x0 + size, y: y0 },
      { x: x0 + size, y: y0 + size },
      { x: x0, y: y0 + size },
    ];
    const cells = new OutlineCells(indexOutlines([square(0, 0, 20), square(10, 10, 20)]), [5, 3]);
    expect(cells.leastAt({ x: 5, y: 5 })).toBe(5);
    expect(cells.leastAt({ x: 15, y: 15 })).toBe(3);
    expect(cells.leastAt({ x: 25, y: 25 })).toBe(3);
    expect(cells.leastAt({ x: 45, y: 45 })).toBe(Infinity);
  });

  it('counts an outline wherever it lies, far from the origin on either side', () => {
    const square = (x0: number, y0: number): FacePolygon => [
      { x: x0, y: y0 },
      { x: x0 + 8, y: y0 },
      { x: x0 + 8, y: y0 + 8 },
      { x: x0, y: y0 + 8 },
    ];
    for (const [x0, y0] of [[31, 47], [-63, -85], [57, -29]] as const) {
      const cells = new OutlineCells(indexOutlines([square(x0, y0)]), [2]);
      for (let dx = 0; dx <= 8; dx += 0.5) for (let dy = 0; dy <= 8; dy += 0.5) expect(cells.leastAt({ x: x0 + dx, y: y0 + dy })).toBe(2);
      expect(cells.leastAt({ x: x0 - 20, y: y0 })).toBe(Infinity);
    }
  });
});
