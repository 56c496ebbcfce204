import type { FacePoint } from '../geometry/types';
import type { Scene, SceneItem, SceneLayer, SceneText } from '../scene/types';
import type { Affine } from './types';
import { preparePoints, warpPrepared, type PhotoWarp, type PreparedPoints, type WarpMesh } from './warp';

/**
 * The scene drawn on a photo: every coordinate of the canonical scene taken through the warp
 * (canonical -> photo pixels) and then an affine map to the output space (the editor's display
 * millimetres, or the PDF's photo box). Sizes (stroke widths, text, markers, arrow heads) stay as
 * they are: the output space is about millimetre-sized, so they read the same as on the diagram.
 *
 * Straight segments are cut into pieces of at most MAX_STRAIGHT_MM before warping, so a line
 * that crosses several triangles bends with the face as the analysis sees it. Circles in
 * anatomy layers (ligaments) become warped polygons; circles elsewhere are markers (entry
 * points, handles, badges) and keep their shape, moved to the warped centre.
 *
 * Fast path for dragging a landmark: the canonical points of a layer are prepared once per warp
 * mesh (triangle and barycentric weights, cached per layer), so each redraw is a weighted sum
 * per point plus building the items.
 */

/** Longest straight piece warped as a straight line, millimetres (design choice: under a pixel of bend at normal zoom). */
export const MAX_STRAIGHT_MM = 3;
/** Anatomy circles at least this large are drawn as warped polygons (design choice: smaller ones are markers). */
const POLYGON_RADIUS_MM = 3;
const POLYGON_SIDES = 32;

type Template =
  | { readonly kind: 'points'; readonly item: SceneItem; readonly start: number; readonly count: number; readonly asPolygon: boolean }
  | { readonly kind: 'arrow'; readonly item: SceneItem; readonly start: number }
  | { readonly kind: 'anchor'; readonly item: SceneItem; readonly start: number };

interface PreparedLayer {
  readonly mesh: WarpMesh;
  readonly templates: readonly Template[];
  readonly prepared: PreparedPoints;
}

function densify(points: readonly FacePoint[], closed: boolean, out: FacePoint[]): void {
  const n = points.length;
  const segments = closed ? n : n - 1;
  if (n > 0) out.push(points[0]!);
  for (let i = 0; i < segments; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % n]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / MAX_STRAIGHT_MM));
    for (let s = 1; s <= steps; s++) {
      if (closed && i === segments - 1 && s === steps) break; // the closing point is the first point
      out.push({ x: a.x + ((b.x - a.x) * s) / steps, y: a.y + ((b.y - a.y) * s) / steps });
    }
  }
}

function templatesOf(items: readonly SceneItem[], geometric: boolean, points: FacePoint[]): Template[] {
  const out: Template[] = [];
  for (const item of items) {
    const start = points.length;
    switch (item.type) {
      case 'path':
        if (item.smooth && item.points.length > 2) points.push(...item.points);
        else densify(item.points, item.closed, points);
        out.push({ kind: 'points', item, start, count: points.length - start, asPolygon: false });
        break;
      case 'segments':
        for (let k = 0; k + 1 < item.points.length; k += 2) {
          const seg: FacePoint[] = [];
          densify([item.points[k]!, item.points[k + 1]!], false, seg);
          // keep the pair structure: a long segment becomes a run of short pairs
          for (let s = 0; s + 1 < seg.length; s++) points.push(seg[s]!, seg[s + 1]!);
        }
        out.push({ kind: 'points', item, start, count: points.length - start, asPolygon: false });
        break;
      case 'triangles':
        // Triangles of a few millimetres: their corners are warped, their sides stay straight.
        points.push(...item.points);
        out.push({ kind: 'points', item, start, count: points.length - start, asPolygon: false });
        break;
      case 'circle':
        if (geometric && item.radiusMm >= POLYGON_RADIUS_MM) {
          for (let k = 0; k < POLYGON_SIDES; k++) {
            const a = (2 * Math.PI * k) / POLYGON_SIDES;
            points.push({ x: item.centre.x + item.radiusMm * Math.cos(a), y: item.centre.y + item.radiusMm * Math.sin(a) });
          }
          out.push({ kind: 'points', item, start, count: POLYGON_SIDES, asPolygon: true });
        } else {
          points.push(item.centre);
          out.push({ kind: 'anchor', item, start });
        }
        break;
      case 'arrow':
        points.push(item.from, item.to);
        out.push({ kind: 'arrow', item, start });
        break;
      case 'text':
        points.push(item.at);
        out.push({ kind: 'anchor', item, start });
        break;
    }
  }
  return out;
}

const preparedCache = new WeakMap<readonly SceneItem[], PreparedLayer[]>();

function prepareItems(items: readonly SceneItem[], mesh: WarpMesh, geometric: boolean): PreparedLayer {
  let list = preparedCache.get(items);
  const hit = list?.find((p) => p.mesh === mesh);
  if (hit) return hit;
  const points: FacePoint[] = [];
  const templates = templatesOf(items, geometric, points);
  const prepared: PreparedLayer = { mesh, templates, prepared: preparePoints(mesh, points) };
  if (!list) {
    list = [];
    preparedCache.set(items, list);
  }
  // A few meshes per item list at most (the baseline and a follow-up photo); drop the oldest.
  if (list.length >= 4) list.shift();
  list.push(prepared);
  return prepared;
}

function rebuild(templates: readonly Template[], xy: Float64Array, to: Affine): SceneItem[] {
  const at = (i: number): FacePoint => {
    const x = xy[i * 2]!;
    const y = xy[i * 2 + 1]!;
    return { x: to.a * x + to.b * y + to.c, y: to.d * x + to.e * y + to.f };
  };
  const run = (start: number, count: number): FacePoint[] => {
    const out = new Array<FacePoint>(count);
    for (let k = 0; k < count; k++) out[k] = at(start + k);
    return out;
  };
  const items: SceneItem[] = [];
  // The frame's captions by their height on the diagram: each row is levelled after the warp.
  const frameRows = new Map<number, number[]>();
  for (const t of templates) {
    const item = t.item;
    if (t.kind === 'arrow' && item.type === 'arrow') items.push({ ...item, from: at(t.start), to: at(t.start + 1) });
    else if (t.kind === 'anchor' && item.type === 'text') {
      if (item.frame) frameRows.set(item.at.y, [...(frameRows.get(item.at.y) ?? []), items.length]);
      items.push({ ...item, at: at(t.start) });
    } else if (t.kind === 'anchor' && item.type === 'circle') items.push({ ...item, centre: at(t.start) });
    else if (t.kind === 'points' && t.asPolygon && item.type === 'circle') {
      items.push({ type: 'path', points: run(t.start, t.count), closed: true, smooth: false, style: item.style, ...(item.ref ? { ref: item.ref } : {}) });
    } else if (t.kind === 'points' && (item.type === 'path' || item.type === 'segments' || item.type === 'triangles')) items.push({ ...item, points: run(t.start, t.count) });
  }
  for (const row of frameRows.values()) levelRow(items, row);
  return items;
}

/**
 * The frame's captions (SceneText.frame: "Patient's right" and "Patient's left") are warped with
 * everything else, so they stay by the corners of the patient's face; but beyond the landmarks
 * the warp follows the face's own tilt and proportions, which set the two captions at different
 * heights over a photo. Captions that share a height on the diagram share one on the photo too:
 * the higher of their warped heights (smaller y), so neither slides down onto the face.
 */
function levelRow(items: SceneItem[], row: readonly number[]): void {
  if (row.length < 2) return;
  const y = Math.min(...row.map((i) => (items[i] as SceneText).at.y));
  for (const i of row) {
    const item = items[i] as SceneText;
    items[i] = { ...item, at: { x: item.at.x, y } };
  }
}

/**
 * Warp scene items onto the photo, then through `to` (photo pixels -> output space).
 * `geometric`: the items are anatomy (circles become warped polygons) rather than markers.
 */
export function warpItems(items: readonly SceneItem[], warp: PhotoWarp, to: Affine, geometric: boolean): SceneItem[] {
  if (items.length === 0) return [];
  const p = prepareItems(items, warp.mesh, geometric);
  return rebuild(p.templates, warpPrepared(warp, p.prepared), to);
}

/** Layers whose content is anatomy drawn to scale rather than markers. */
const GEOMETRIC_LAYERS: ReadonlySet<string> = new Set(['face', 'regions', 'muscles', 'fixation', 'danger-zones', 'fixed-mobile-line']);

export function warpLayer(layer: SceneLayer, warp: PhotoWarp, to: Affine): SceneLayer {
  return { id: layer.id, items: warpItems(layer.items, warp, to, GEOMETRIC_LAYERS.has(layer.id)) };
}

/** The whole scene on the photo; `bounds` become the output-space bounds of the photo rectangle given. */
export function warpScene(scene: Scene, warp: PhotoWarp, to: Affine, bounds: Scene['bounds']): Scene {
  return { bounds, layers: scene.layers.map((l) => warpLayer(l, warp, to)) };
}
