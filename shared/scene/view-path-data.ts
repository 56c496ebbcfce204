import type { Atlas } from '../atlas/types';
import type { FacePoint } from '../geometry/types';
import { surfaceOf } from '../surface';
import type { ViewId } from '../surface/types';
import { VIEWS, VIEW_IDS } from '../surface/views';
import { atlasScene } from './build-scene';
import { OVERLAY_LAYERS, type OverlayLayerId, type ScenePath } from './types';
import { seenAlongPath } from './view-projection';

/**
 * The atlas's static paths (the face drawing and every overlay's outlines and courses) seen in
 * each turned view, as plain data: they depend only on the atlas, so the command line ships the
 * canonical atlas's, projected once at bundle time (scripts/cli-bundle/view-paths-entry.ts), and
 * reads them back (cli/precomputed-view-paths.ts) instead of lifting every path point onto the
 * skin and testing it for visibility in every export. Float64 coordinates, x then y per point,
 * NaN for a point the viewer cannot see: the projected numbers bit for bit, -0 included
 * (tests/unit/cli/bundle.test.ts compares them).
 */

/** One path shape: the same points drawn the same way project to the same seen points. */
interface PathShape {
  readonly points: readonly FacePoint[];
  readonly closed: boolean;
  readonly smooth: boolean;
}

export interface ViewPathData {
  /** The surface they were projected on (FaceSurface.id): a reader uses them only for that surface. */
  readonly surfaceId: string;
  /**
   * One entry per shape of `staticPathShapes`, in its order: how it is drawn, its frontal point
   * count (checked on reading) and how many seen points it has in every view.
   */
  readonly paths: readonly { readonly closed: boolean; readonly smooth: boolean; readonly count: number; readonly seen: number }[];
  /** Per turned view, every shape's seen points one after another (one array: quick to read back). */
  readonly views: Readonly<Partial<Record<ViewId, Float64Array>>>;
}

const TURNED_VIEWS: readonly ViewId[] = VIEW_IDS.filter((id) => id !== 'frontal');

/**
 * The distinct path shapes of the atlas's static layers with every overlay shown, in layer and
 * item order; the silhouette is left out (each view fills its own: view-outline.ts). The layers'
 * paths hold the atlas's own point arrays, so a layer built for any labels or language finds its
 * paths here by identity.
 */
function staticPathShapes(atlas: Atlas): PathShape[] {
  const all = Object.fromEntries(OVERLAY_LAYERS.map((id) => [id, true])) as Record<OverlayLayerId, boolean>;
  const shapes: PathShape[] = [];
  for (const layer of atlasScene(atlas, all).layers) {
    for (const item of layer.items) {
      if (item.type !== 'path' || item.points.length === 0 || item.points === atlas.silhouette) continue;
      if (shapes.some((s) => s.points === item.points && s.closed === item.closed && s.smooth === item.smooth)) continue;
      shapes.push({ points: item.points, closed: item.closed, smooth: item.smooth });
    }
  }
  return shapes;
}

export function viewPathData(atlas: Atlas): ViewPathData {
  const surface = surfaceOf(atlas);
  const shapes = staticPathShapes(atlas).map((shape) => ({ ...shape, type: 'path' as const, style: {} }));
  const views: Partial<Record<ViewId, Float64Array>> = {};
  let seenCounts: number[] = [];
  for (const id of TURNED_VIEWS) {
    const seen = shapes.map((item) => seenAlongPath(surface, VIEWS[id], item));
    seenCounts = seen.map((s) => s.length);
    views[id] = Float64Array.from(seen.flat().flatMap((p) => (p ? [p.x, p.y] : [NaN, NaN])));
  }
  const paths = shapes.map((s, i) => ({ closed: s.closed, smooth: s.smooth, count: s.points.length, seen: seenCounts[i]! }));
  return { surfaceId: surface.id, paths, views };
}

/** Finds a path's seen points in the data; null for a path or view it does not hold. */
export type ViewPathLookup = (item: ScenePath, viewId: ViewId) => (FacePoint | null)[] | null;

/**
 * A lookup over the data for this atlas, or null when the data was made on another surface or for
 * other paths (a different count of shapes).
 */
export function viewPathLookup(data: ViewPathData, atlas: Atlas): ViewPathLookup | null {
  if (data.surfaceId !== surfaceOf(atlas).id) return null;
  const shapes = staticPathShapes(atlas);
  if (shapes.length !== data.paths.length) return null;
  const byPoints = new Map<readonly FacePoint[], { readonly shape: PathShape; readonly start: number; readonly end: number }[]>();
  let start = 0;
  shapes.forEach((shape, i) => {
    const entry = data.paths[i]!;
    const end = start + 2 * entry.seen;
    if (entry.closed === shape.closed && entry.smooth === shape.smooth && entry.count === shape.points.length) {
      const list = byPoints.get(shape.points) ?? [];
      list.push({ shape, start, end });
      byPoints.set(shape.points, list);
    }
    start = end;
  });
  return (item, viewId) => {
    const found = byPoints.get(item.points)?.find((c) => c.shape.closed === item.closed && c.shape.smooth === item.smooth);
    const flat = data.views[viewId];
    if (found === undefined || !(flat instanceof Float64Array) || flat.length !== start) return null;
    const seen: (FacePoint | null)[] = [];
    for (let i = found.start; i < found.end; i += 2) seen.push(Number.isNaN(flat[i]!) ? null : { x: flat[i]!, y: flat[i + 1]! });
    return seen;
  };
}
