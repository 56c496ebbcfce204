import type { FaceBounds, FacePoint } from '../geometry/types';

/**
 * A uniform grid over the atlas: each cell lists the items whose bounding box touches it, in
 * their original order. A lookup then tests only a handful of candidates, which keeps
 * regionAt / musclesAt cheap enough for many sample points per drag frame.
 */
export interface SpatialGrid<T> {
  readonly candidates: (p: FacePoint) => readonly T[];
}

const EMPTY: readonly never[] = [];

export function buildGrid<T>(items: readonly T[], boundsOfItem: (item: T) => FaceBounds, cellMm = 10): SpatialGrid<T> {
  if (items.length === 0) return { candidates: () => EMPTY };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const boxes = items.map(boundsOfItem);
  for (const b of boxes) {
    minX = Math.min(minX, b.minX);
    minY = Math.min(minY, b.minY);
    maxX = Math.max(maxX, b.maxX);
    maxY = Math.max(maxY, b.maxY);
  }
  const cols = Math.max(1, Math.ceil((maxX - minX) / cellMm));
  const rows = Math.max(1, Math.ceil((maxY - minY) / cellMm));
  const cells: T[][] = Array.from({ length: cols * rows }, () => []);
  const col = (x: number): number => Math.min(cols - 1, Math.max(0, Math.floor((x - minX) / cellMm)));
  const row = (y: number): number => Math.min(rows - 1, Math.max(0, Math.floor((y - minY) / cellMm)));
  boxes.forEach((b, i) => {
    for (let r = row(b.minY); r <= row(b.maxY); r++) {
      for (let c = col(b.minX); c <= col(b.maxX); c++) cells[r * cols + c]!.push(items[i]!);
    }
  });
  return {
    candidates: (p) => {
      if (!(p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY)) return EMPTY;
      return cells[row(p.y) * cols + col(p.x)]!;
    },
  };
}
