import type { Atlas } from '../atlas/types';
import type { FaceBounds, FacePoint } from '../geometry/types';
import { surfaceOf } from '../surface';
import { VIEWS, projectToView } from '../surface/views';
import type { FaceSurface, ViewId } from '../surface/types';

/**
 * The outline of the modelled head in a view and the picture-plane box a view's diagram spans.
 * The frontal diagram has the atlas's silhouette and bounds; a turned view has neither, so they
 * are derived from the surface: the silhouette is, row by row, the leftmost and rightmost skin
 * seen in the picture plane (every horizontal section of the head projects to one interval).
 */

/** Row spacing of the silhouette, millimetres (design choice: 1 mm is below a drawn line's width at print size). */
const ROW_STEP_MM = 1;
/** Sampling along a row, millimetres: the surface grid's own spacing (construction.ts GRID_STEP_MM). */
const SAMPLE_STEP_MM = 0.5;

/** Finer samples between the last skin sample and the next, at each edge of a row. */
const REFINE_STEPS = 10;
/** Rows either side whose extremes a row's outline takes (design choice: 3 mm smooths the grid's steps, not the face). */
const SMOOTH_ROWS = 3;

const silhouettes = new WeakMap<FaceSurface, Map<ViewId, readonly FacePoint[]>>();

/**
 * Where ready-made silhouettes may come from instead of tracing them: the command line's bundle
 * ships the canonical surface's silhouettes traced at bundle time (cli/precomputed-views.ts), so
 * `vectorlift export` does not sample the skin row by row on every run. The source answers null
 * for a surface or view it has none for; the silhouette is then traced here as usual.
 */
type SilhouetteSource = (surface: FaceSurface, viewId: ViewId) => readonly FacePoint[] | null;
let silhouetteSource: SilhouetteSource | null = null;

export function setSilhouetteSource(source: SilhouetteSource | null): void {
  silhouetteSource = source;
}

/**
 * The skin's outline in a view, as a closed polygon in the picture plane (left edge top to
 * bottom, then the right edge back up). Computed once per surface and view (a few milliseconds).
 */
export function viewSilhouette(surface: FaceSurface, viewId: ViewId): readonly FacePoint[] {
  let byView = silhouettes.get(surface);
  if (!byView) {
    byView = new Map();
    silhouettes.set(surface, byView);
  }
  const cached = byView.get(viewId);
  if (cached) return cached;
  const shipped = silhouetteSource?.(surface, viewId) ?? null;
  if (shipped !== null) {
    byView.set(viewId, shipped);
    return shipped;
  }
  const outline = traceSilhouette(surface, viewId);
  byView.set(viewId, outline);
  return outline;
}

/** viewSilhouette's tracing, uncached (the bundle's build runs it too). */
export function traceSilhouette(surface: FaceSurface, viewId: ViewId): readonly FacePoint[] {
  const view = VIEWS[viewId];
  const { minX, maxX, minY, maxY } = surface.bounds;
  const left: FacePoint[] = [];
  const right: FacePoint[] = [];
  for (let y = Math.ceil(minY); y <= maxY; y += ROW_STEP_MM) {
    let lo = Infinity;
    let hi = -Infinity;
    let firstSkin = NaN;
    let lastSkin = NaN;
    const take = (x: number) => {
      const vx = projectToView({ x, y, z: surface.heightAt(x, y) }, view).x;
      if (vx < lo) lo = vx;
      if (vx > hi) hi = vx;
    };
    for (let x = minX; x <= maxX; x += SAMPLE_STEP_MM) {
      if (!surface.onSurfaceAt(x, y)) continue;
      if (Number.isNaN(firstSkin)) firstSkin = x;
      lastSkin = x;
      take(x);
    }
    if (lo > hi) continue;
    // The skin is steepest at its edges, where a turned view sees it edge-on: refine there.
    for (let k = 1; k < REFINE_STEPS; k++) {
      const d = (SAMPLE_STEP_MM * k) / REFINE_STEPS;
      if (surface.onSurfaceAt(firstSkin - d, y)) take(firstSkin - d);
      if (surface.onSurfaceAt(lastSkin + d, y)) take(lastSkin + d);
    }
    left.push({ x: lo, y });
    right.push({ x: hi, y });
  }
  // The back edge of the modelled head is steep skin sampled at grid spacing: take each row's
  // extreme over its neighbours so the outline is not ragged (it grows by at most a millimetre).
  const widen = (edge: FacePoint[], pick: (a: number, b: number) => number): FacePoint[] =>
    edge.map((p, i) => {
      let x = p.x;
      for (let k = Math.max(0, i - SMOOTH_ROWS); k <= Math.min(edge.length - 1, i + SMOOTH_ROWS); k++) x = pick(x, edge[k]!.x);
      return { x, y: p.y };
    });
  // ...then average over the same rows, so the widened outline has no flat steps.
  const soften = (edge: FacePoint[]): FacePoint[] =>
    edge.map((p, i) => {
      let sum = 0;
      let n = 0;
      for (let k = Math.max(0, i - SMOOTH_ROWS); k <= Math.min(edge.length - 1, i + SMOOTH_ROWS); k++, n++) sum += edge[k]!.x;
      return { x: sum / n, y: p.y };
    });
  return [...soften(widen(left, Math.min)), ...soften(widen(right, Math.max)).reverse()];
}

const boundsCache = new WeakMap<Atlas, Map<ViewId, FaceBounds>>();

/**
 * The picture-plane box of a view's diagram: the frontal view has the atlas's bounds; a turned
 * view spans its silhouette with the same margins the atlas leaves around the frontal face, and
 * the atlas's full height (the views turn about the vertical axis, so heights do not change).
 */
export function viewBounds(atlas: Atlas, viewId: ViewId): FaceBounds {
  if (viewId === 'frontal' || atlas.surface === undefined) return atlas.bounds;
  let byView = boundsCache.get(atlas);
  if (!byView) {
    byView = new Map();
    boundsCache.set(atlas, byView);
  }
  const cached = byView.get(viewId);
  if (cached) return cached;
  const surface = surfaceOf(atlas);
  const extent = (pts: readonly FacePoint[]) => ({
    lo: pts.reduce((m, p) => Math.min(m, p.x), Infinity),
    hi: pts.reduce((m, p) => Math.max(m, p.x), -Infinity),
  });
  const frontal = extent(viewSilhouette(surface, 'frontal'));
  const turned = extent(viewSilhouette(surface, viewId));
  const marginLeft = Math.max(0, frontal.lo - atlas.bounds.minX);
  const marginRight = Math.max(0, atlas.bounds.maxX - frontal.hi);
  const bounds: FaceBounds = { minX: turned.lo - marginLeft, maxX: turned.hi + marginRight, minY: atlas.bounds.minY, maxY: atlas.bounds.maxY };
  byView.set(viewId, bounds);
  return bounds;
}
