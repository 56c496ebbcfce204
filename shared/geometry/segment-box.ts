import type { FacePoint } from './types';

/**
 * Whether segment a-b meets the axis-aligned box [x0, x1] x [y0, y1] (edges included): their
 * boxes overlap and the box's four corners do not all lie strictly on one side of the segment's
 * line. Used to mark the grid cells an outline passes through (atlas-raster.ts, outline-cells.ts),
 * where a cell wrongly counted as touched only costs an exact test later, and one wrongly missed
 * would lose an answer; callers grow the box by a small margin for that reason.
 */
export function segmentMeetsBox(a: FacePoint, b: FacePoint, x0: number, y0: number, x1: number, y1: number): boolean {
  if (Math.max(a.x, b.x) < x0 || Math.min(a.x, b.x) > x1 || Math.max(a.y, b.y) < y0 || Math.min(a.y, b.y) > y1) return false;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const side = (x: number, y: number): number => dx * (y - a.y) - dy * (x - a.x);
  const s1 = side(x0, y0);
  const s2 = side(x1, y0);
  const s3 = side(x0, y1);
  const s4 = side(x1, y1);
  return !((s1 > 0 && s2 > 0 && s3 > 0 && s4 > 0) || (s1 < 0 && s2 < 0 && s3 < 0 && s4 < 0));
}
