import type { Atlas } from '../atlas/types';
import type { FaceBounds, FacePoint } from '../geometry/types';
import { surfaceOf } from '../surface';
import { VIEWS, pickInView, projectToView } from '../surface/views';
import type { FaceSurface, View, ViewId } from '../surface/types';
import { catmullRomToBezier, flattenBezier } from './curves';
import { gatheringItems, knownTissueBands, tissueArrows, tissueMapOfLayer } from './layers/tissue';
import type { TissueMap } from '../simulation/map';
import type { Scene, SceneItem, SceneLayer, ScenePath, SceneStyle, SceneText } from './types';
import { viewBounds, viewSilhouette } from './view-outline';

/**
 * The scene seen in one of the five clinical views (shared/surface/views.ts): every item's frontal
 * points lifted onto the skin, turned with the head and projected, with what the viewer cannot
 * see left out. The result is an ordinary Scene in the view's picture plane (millimetres at the
 * frontal diagram's scale), with the same layers, styles and refs: every back-end draws it and
 * hit tests it unchanged, and what is not drawn cannot be picked. The frontal view returns the
 * scene itself, untouched.
 *
 * - Paths are densified (a straight frontal segment is a curve on the skin) and split into the
 *   runs the viewer can see; a fill whose outline is partly hidden keeps its visible points.
 * - Circles, arrows, tick pairs, triangles and text are kept when their anchor points can be seen.
 *   A tissue map's bands are drawn from its mesh seen in the view (meshInView).
 * - The frontal skin silhouette is replaced by the view's own (view-outline.ts), and captions
 *   pinned to the diagram's frame (text beside the face, not on it) move with the frame; in a
 *   profile, the caption of the side turned away is dropped.
 *
 * A point counts as seen when the front-most skin under it in the picture plane is the point
 * itself (within VISIBLE_TOLERANCE_MM); a point off the skin (drawn beyond the head outline) is
 * seen unless skin lies in front of it.
 *
 * Projections are memoised by item identity per view, so a drag re-projects only the items that
 * changed (the threads layer keeps unchanged threads' items: layers/threads.ts).
 */

/**
 * Longest straight piece a frontal segment is split into before projecting, millimetres. Design
 * choice: over 3 mm the chord of curved skin strays from it by L^2/8R, under 0.03 mm on the
 * cheek (R about 40 mm) and about 0.1 mm at the nose (R about 10 mm), well under a drawn line's
 * width; a hidden stretch of a path ends within 1.5 mm of where the skin turns out of sight.
 * Finer steps cost drawing time on every frame of a drag.
 */
export const PROJECTION_STEP_MM = 3;

/**
 * How far the front-most skin may be from a point that still counts as seen, millimetres. Design
 * choice: the surface grid's spacing (0.5 mm), so rounding on steep skin never hides a point that
 * faces the viewer, while a fold or the nose (many millimetres in front) still does.
 */
export const VISIBLE_TOLERANCE_MM = 0.5;

/** A frontal point in a view's picture plane, or null when the viewer cannot see it. */
export function projectVisible(surface: FaceSurface, view: View, p: FacePoint): FacePoint | null {
  const z = surface.heightAt(p.x, p.y);
  const vp = projectToView({ x: p.x, y: p.y, z }, view);
  const hit = pickInView(surface, vp, view);
  if (surface.onSurfaceAt(p.x, p.y)) {
    if (hit === null) return null;
    const hz = surface.heightAt(hit.x, hit.y);
    return Math.hypot(hit.x - p.x, hit.y - p.y, hz - z) <= VISIBLE_TOLERANCE_MM ? { x: vp.x, y: vp.y } : null;
  }
  // Off the skin (beside the face, below the jaw, where the surface has no skin to hide a point
  // behind): in a profile the far half of the head is out of sight all the same. Its threads' ends
  // and number badges there were drawn over the near side (a left jaw thread's badge on the right
  // profile's jaw).
  if (Math.abs(view.yawDeg) >= 90 && p.x !== 0 && Math.sign(p.x) !== Math.sign(view.yawDeg)) return null;
  if (hit === null) return { x: vp.x, y: vp.y };
  const front = projectToView({ x: hit.x, y: hit.y, z: surface.heightAt(hit.x, hit.y) }, view);
  return front.depth > vp.depth + VISIBLE_TOLERANCE_MM ? null : { x: vp.x, y: vp.y };
}

interface ViewContext {
  readonly surface: FaceSurface;
  readonly viewId: ViewId;
  readonly view: View;
  readonly atlas: Atlas;
  readonly frontalBounds: FaceBounds;
  readonly bounds: FaceBounds;
  readonly layers: WeakMap<SceneLayer, SceneLayer>;
  readonly items: WeakMap<SceneItem, readonly SceneItem[]>;
  /**
   * Single points (circle centres, arrow ends, labels) by their frontal coordinates: the handles
   * and entry points are rebuilt as new items on every edit but mostly stay where they were.
   */
  readonly points: Map<string, FacePoint | null>;
  /** Tissue-map meshes seen in the view, by the frontal mesh's node positions (meshInView). */
  readonly meshes: WeakMap<ArrayLike<number>, { readonly xy: Float64Array; readonly triangles: Uint32Array }>;
}

/** Entries of a view's point cache before it is emptied (design choice: a few MB at most). */
const POINT_CACHE_LIMIT = 20_000;

function seenPoint(ctx: ViewContext, p: FacePoint): FacePoint | null {
  const key = `${p.x},${p.y}`;
  const hit = ctx.points.get(key);
  if (hit !== undefined) return hit;
  if (ctx.points.size >= POINT_CACHE_LIMIT) ctx.points.clear();
  const seen = projectVisible(ctx.surface, ctx.view, p);
  ctx.points.set(key, seen);
  return seen;
}

const contexts = new WeakMap<Atlas, Map<ViewId, ViewContext>>();

function contextFor(atlas: Atlas, viewId: ViewId): ViewContext {
  let byView = contexts.get(atlas);
  if (!byView) {
    byView = new Map();
    contexts.set(atlas, byView);
  }
  let ctx = byView.get(viewId);
  if (!ctx) {
    ctx = {
      surface: surfaceOf(atlas),
      viewId,
      view: VIEWS[viewId],
      atlas,
      frontalBounds: atlas.bounds,
      bounds: viewBounds(atlas, viewId),
      layers: new WeakMap(),
      items: new WeakMap(),
      points: new Map(),
      meshes: new WeakMap(),
    };
    byView.set(viewId, ctx);
  }
  return ctx;
}

/**
 * The scene in a view. `atlas` must be the one the scene was built from (its surface does the
 * lifting, its silhouette is recognized and replaced). Static layers keep their identity across
 * calls, so back-ends can keep their cached bitmaps in every view.
 */
export function projectScene(scene: Scene, atlas: Atlas, viewId: ViewId): Scene {
  if (viewId === 'frontal' || atlas.surface === undefined) return scene;
  const ctx = contextFor(atlas, viewId);
  return { bounds: ctx.bounds, layers: scene.layers.map((layer) => projectLayer(ctx, layer)) };
}

function projectLayer(ctx: ViewContext, layer: SceneLayer): SceneLayer {
  const cached = ctx.layers.get(layer);
  if (cached) return cached;
  const map = tissueMapOfLayer(layer);
  // The bands the simulation's Worker built in this view, if it was the view shown then.
  const items: SceneItem[] = map ? gatheringItems(meshInView(ctx, map), knownTissueBands(map, ctx.viewId, ctx.atlas)) : [];
  // A tissue map's bands are drawn from its mesh seen in the view (above), so its frontal bands
  // are not read (nor built: layers/tissue.ts); its arrows are projected as any item.
  for (const item of map ? tissueArrows(map) : layer.items) {
    let projected = ctx.items.get(item);
    if (!projected) {
      projected = projectItem(ctx, item);
      ctx.items.set(item, projected);
    }
    for (const p of projected) items.push(p);
  }
  const out: SceneLayer = { id: layer.id, items };
  ctx.layers.set(layer, out);
  return out;
}

/**
 * A tissue map with its mesh seen in the view: each node projected, and only the triangles whose
 * three nodes the viewer can see. The mesh never changes, only the gathering over it, so this is
 * worked out once per view and mesh; each new map during a drag then costs its band clipping (in
 * the view's plane) instead of lifting and ray-casting every clipped corner of its bands.
 *
 * A band edge is clipped between two projected nodes rather than projected from between two
 * frontal ones. Within one mesh triangle (a few millimetres across) the projection is nearly
 * linear: the difference is the skin's curvature over that span, hundredths of a millimetre
 * (as PROJECTION_STEP_MM's note works out for 3 mm), far under the width of a band.
 */
/**
 * A tissue map with its mesh seen in a turned view of `atlas` (null without a surface to project
 * on): the simulation's Worker builds the bands of the view shown from it, as the scene would.
 */
export function tissueMeshInView(atlas: Atlas, viewId: Exclude<ViewId, 'frontal'>, map: TissueMap): TissueMap | null {
  return atlas.surface === undefined ? null : meshInView(contextFor(atlas, viewId), map);
}

function meshInView(ctx: ViewContext, map: TissueMap): TissueMap {
  let mesh = ctx.meshes.get(map.xy);
  if (!mesh) {
    const xy = new Float64Array(map.xy.length);
    const seen: boolean[] = [];
    for (let n = 0; 2 * n + 1 < map.xy.length; n++) {
      const p = projectVisible(ctx.surface, ctx.view, { x: map.xy[2 * n]!, y: map.xy[2 * n + 1]! });
      seen.push(p !== null);
      xy[2 * n] = p?.x ?? 0;
      xy[2 * n + 1] = p?.y ?? 0;
    }
    const triangles: number[] = [];
    for (let t = 0; t + 2 < map.triangles.length; t += 3) {
      const a = map.triangles[t]!;
      const b = map.triangles[t + 1]!;
      const c = map.triangles[t + 2]!;
      if (seen[a] && seen[b] && seen[c]) triangles.push(a, b, c);
    }
    mesh = { xy, triangles: Uint32Array.from(triangles) };
    ctx.meshes.set(map.xy, mesh);
  }
  return { ...map, xy: mesh.xy, triangles: mesh.triangles };
}

function projectItem(ctx: ViewContext, item: SceneItem): readonly SceneItem[] {
  const at = (p: FacePoint) => seenPoint(ctx, p);
  switch (item.type) {
    case 'path':
      return projectPath(ctx, item);
    case 'circle': {
      const centre = at(item.centre);
      return centre ? [{ ...item, centre }] : [];
    }
    case 'arrow': {
      const from = at(item.from);
      const to = at(item.to);
      return from && to ? [{ ...item, from, to }] : [];
    }
    case 'segments': {
      const points: FacePoint[] = [];
      for (let i = 0; i + 1 < item.points.length; i += 2) {
        const a = at(item.points[i]!);
        const b = a && at(item.points[i + 1]!);
        if (a && b) points.push(a, b);
      }
      return points.length > 0 ? [{ ...item, points }] : [];
    }
    case 'triangles': {
      // A triangle of the tissue map shows when all three corners do (shared corners are cached).
      const points: FacePoint[] = [];
      for (let i = 0; i + 2 < item.points.length; i += 3) {
        const a = at(item.points[i]!);
        const b = a && at(item.points[i + 1]!);
        const c = b && at(item.points[i + 2]!);
        if (a && b && c) points.push(a, b, c);
      }
      return points.length > 0 ? [{ ...item, points }] : [];
    }
    case 'text':
      return projectText(ctx, item);
  }
}

/**
 * Text beside the face (no ref, anchored off the skin: the patient's right/left captions) keeps
 * its place relative to the diagram's frame; text on the face goes where its anchor goes.
 */
function projectText(ctx: ViewContext, item: SceneText): readonly SceneItem[] {
  if (item.ref === undefined && !ctx.surface.onSurfaceAt(item.at.x, item.at.y)) {
    const side = Math.sign(item.at.x); // +1: the patient's left, -1: the right
    if (Math.abs(ctx.view.yawDeg) >= 90 && side !== 0 && side !== Math.sign(ctx.view.yawDeg)) return [];
    const f = ctx.frontalBounds;
    const b = ctx.bounds;
    const x = item.at.x < (f.minX + f.maxX) / 2 ? b.minX + (item.at.x - f.minX) : b.maxX - (f.maxX - item.at.x);
    return [{ ...item, at: { x, y: item.at.y } }];
  }
  const at = seenPoint(ctx, item.at);
  return at ? [{ ...item, at }] : [];
}

/** The path's drawn curve as a polyline with no piece longer than PROJECTION_STEP_MM. */
function densify(item: ScenePath): FacePoint[] {
  const pts = item.points;
  const base = item.smooth && pts.length > 2 ? flattenBezier(catmullRomToBezier(pts, item.closed)) : item.closed ? [...pts, pts[0]!] : [...pts];
  const out: FacePoint[] = [base[0]!];
  for (let i = 1; i < base.length; i++) {
    const a = base[i - 1]!;
    const b = base[i]!;
    const n = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / PROJECTION_STEP_MM);
    for (let k = 1; k < n; k++) out.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n });
    out.push(b);
  }
  return out;
}

function withoutFill(style: SceneStyle): SceneStyle {
  const { fill: _fill, ...rest } = style;
  return rest;
}

function withoutStroke(style: SceneStyle): SceneStyle {
  const { stroke: _stroke, strokeWidth: _w, dash: _d, ...rest } = style;
  return rest;
}

/**
 * Every point of a path's drawn curve (densified, a closed path's first point repeated at the
 * end) in the view's picture plane, or null where the viewer cannot see it.
 */
export function seenAlongPath(surface: FaceSurface, view: View, item: ScenePath): (FacePoint | null)[] {
  return densify(item).map((p) => projectVisible(surface, view, p));
}

/**
 * Where a path's seen points can come from instead of being projected: the command line ships
 * the canonical atlas's static paths projected at bundle time (view-path-data.ts). Answers null
 * for a path it does not have; what it answers must equal `seenAlongPath`.
 */
export type SeenPathSource = (atlas: Atlas, viewId: ViewId, item: ScenePath) => (FacePoint | null)[] | null;

let seenPathSource: SeenPathSource | null = null;

export function setSeenPathSource(source: SeenPathSource | null): void {
  seenPathSource = source;
}

function projectPath(ctx: ViewContext, item: ScenePath): readonly SceneItem[] {
  if (item.points.length === 0) return [];
  if (item.points === ctx.atlas.silhouette) {
    // The frontal outline is not the outline of a turned head: fill the view's own.
    return [{ ...item, points: viewSilhouette(ctx.surface, ctx.view.id), smooth: false }];
  }
  const seen = seenPathSource?.(ctx.atlas, ctx.view.id, item) ?? seenAlongPath(ctx.surface, ctx.view, item);
  // A closed path repeats its first point at the end; drop it for the runs.
  const n = item.closed ? seen.length - 1 : seen.length;
  let visible = 0;
  for (let i = 0; i < n; i++) if (seen[i]) visible++;
  if (visible === 0) return [];
  if (visible === n) {
    const points = seen.slice(0, n) as FacePoint[];
    return [{ ...item, points, smooth: false }];
  }
  const out: SceneItem[] = [];
  if (item.closed && item.style.fill) {
    const points = seen.slice(0, n).filter((p): p is FacePoint => p !== null);
    if (points.length > 2) out.push({ ...item, points, smooth: false, style: withoutStroke(item.style), ref: item.ref });
  }
  if (item.style.stroke) {
    const runs: FacePoint[][] = [];
    let run: FacePoint[] = [];
    for (let i = 0; i < n; i++) {
      const p = seen[i];
      if (p) run.push(p);
      else if (run.length > 0) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length > 0) runs.push(run);
    // A closed outline seen at both its start and its end is one run across the seam.
    if (item.closed && runs.length > 1 && seen[0] && seen[n - 1]) runs[0] = [...runs.pop()!, ...runs[0]!];
    const style = item.closed && item.style.fill ? withoutFill(item.style) : item.style;
    for (const r of runs) if (r.length > 1) out.push({ type: 'path', points: r, closed: false, smooth: false, style, ref: item.ref });
  }
  return out;
}
