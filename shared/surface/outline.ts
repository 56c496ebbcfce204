import { DRAWING } from '../atlas/drawing';
import { SILHOUETTE, SILHOUETTE_HALF } from '../atlas/regions';
import type { FacePoint } from '../geometry/types';

/**
 * The atlas outlines the surface is built inside: the head-and-neck silhouette (regions.ts, the
 * area the regions tile), the jaw line and the ears (drawing.ts). All in frontal millimetres.
 */

/** The head-and-neck outline, closed polygon. */
export const HEAD_OUTLINE: readonly FacePoint[] = SILHOUETTE;

/** Interpolate x along a polyline that is monotone in y (the left half of the outline). */
function xAtY(points: readonly FacePoint[], y: number): number {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if ((y >= a.y && y <= b.y) || (y <= a.y && y >= b.y)) {
      if (b.y === a.y) return Math.max(a.x, b.x);
      return a.x + ((y - a.y) / (b.y - a.y)) * (b.x - a.x);
    }
  }
  return 0;
}

const LATERAL_HALF = SILHOUETTE_HALF.slice(0, -1); // vertex ... neckBottom (drops the midline end point)
const TOP_Y = LATERAL_HALF[0]!.y;
const BOTTOM_Y = LATERAL_HALF[LATERAL_HALF.length - 1]!.y;

/**
 * Half the width of the head-and-neck outline at height y (its x on the patient's left), 0 above
 * the vertex and below the neck. The outline's left half runs monotonically from the vertex down
 * to the base of the neck, so this is a plain interpolation.
 */
export function outlineHalfWidth(y: number): number {
  if (y <= TOP_Y || y > BOTTOM_Y) return 0;
  return xAtY(LATERAL_HALF, y);
}

/** Smoothing radius of the outline the surface is built inside (see smoothHalfWidth). */
const SMOOTH_MM = 4;
const TABLE_STEP = 0.25;
let smoothTable: Float64Array | null = null;

/**
 * The outline's half width smoothed over about SMOOTH_MM of height (three passes of a moving
 * average): the atlas draws the head outline as a smooth curve through these points, and the
 * surface's side follows that curve rather than the polygon's corners, which would otherwise show
 * as horizontal creases all round the head and neck.
 */
export function smoothHalfWidth(y: number): number {
  if (smoothTable === null) {
    const n = Math.round((BOTTOM_Y - TOP_Y) / TABLE_STEP) + 1;
    let a = new Float64Array(n);
    for (let k = 0; k < n; k++) a[k] = outlineHalfWidth(TOP_Y + k * TABLE_STEP);
    const r = Math.round(SMOOTH_MM / TABLE_STEP / 2);
    for (let pass = 0; pass < 3; pass++) {
      const b = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        let sum = 0;
        let count = 0;
        for (let q = Math.max(0, k - r); q <= Math.min(n - 1, k + r); q++) {
          sum += a[q]!;
          count++;
        }
        b[k] = sum / count;
      }
      a = b;
    }
    // Keep the ends where the outline ends (the vertex and the base of the neck).
    a[0] = 0;
    smoothTable = a;
  }
  if (y <= TOP_Y || y > BOTTOM_Y) return 0;
  const f = (y - TOP_Y) / TABLE_STEP;
  const k = Math.min(Math.floor(f), smoothTable.length - 2);
  const t = f - k;
  return smoothTable[k]! * (1 - t) + smoothTable[k + 1]! * t;
}

const jawStroke = DRAWING.find((s) => s.id === 'jaw');
if (!jawStroke) throw new Error('atlas drawing has no jaw stroke');
/** The jaw line's left half, from the menton outward and up to the ear lobe. */
export const JAW_LINE_HALF: readonly FacePoint[] = jawStroke.points.filter((p) => p.x >= 0);

/** Height of the jaw line at x (left half; mirror x for the right). */
export function jawLineY(x: number): number {
  const ax = Math.abs(x);
  const pts = JAW_LINE_HALF;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    if (ax >= a.x && ax <= b.x) return b.x === a.x ? a.y : a.y + ((ax - a.x) / (b.x - a.x)) * (b.y - a.y);
  }
  return pts[pts.length - 1]!.y;
}

/**
 * The ears as closed polygons: the drawn helix from its top attachment round to the lobe, closed
 * by the straight line back to the top. Only the part outside the head outline is ear.
 */
export const EAR_OUTLINES: readonly (readonly FacePoint[])[] = DRAWING.filter((s) => s.part === 'ear' && /^ear-(left|right)$/.test(s.id)).map((s) => s.points);
