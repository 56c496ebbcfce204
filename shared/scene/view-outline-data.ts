import type { FacePoint } from '../geometry/types';
import type { FaceSurface, ViewId } from '../surface/types';
import { VIEW_IDS } from '../surface/views';
import { traceSilhouette } from './view-outline';

/**
 * A surface's silhouettes in every view as plain data, so the command line can ship the canonical
 * surface's, traced once at bundle time (scripts/cli-bundle/view-outlines-entry.ts), and read them
 * back (cli/precomputed-views.ts). Float64 coordinates, x then y per point: the traced numbers
 * bit for bit, -0 included (tests/unit/cli/bundle.test.ts compares them).
 */
export interface ViewOutlineData {
  /** The surface they were traced on (FaceSurface.id): a reader uses them only for that surface. */
  readonly surfaceId: string;
  readonly views: Readonly<Record<ViewId, Float64Array>>;
}

export function viewOutlineData(surface: FaceSurface): ViewOutlineData {
  const views = {} as Record<ViewId, Float64Array>;
  for (const id of VIEW_IDS) views[id] = Float64Array.from(traceSilhouette(surface, id).flatMap((p) => [p.x, p.y]));
  return { surfaceId: surface.id, views };
}

/** One view's outline from the data, or null when the data has none (or an odd count) for it. */
export function outlineFromData(data: ViewOutlineData, viewId: ViewId): FacePoint[] | null {
  const flat = data.views[viewId];
  if (!(flat instanceof Float64Array) || flat.length % 2 !== 0) return null;
  const points: FacePoint[] = [];
  for (let i = 0; i < flat.length; i += 2) points.push({ x: flat[i]!, y: flat[i + 1]! });
  return points;
}
