import type { Atlas } from '../atlas/types';
import type { FaceBounds, FacePoint } from '../geometry/types';
import type { Locale } from '../i18n/locale';
import type { PlanDocument } from '../plan/types';
import type { Scene, SceneItem, SceneLayer, SceneText } from '../scene/types';
import { MARK_REFERENCES, markPoint, referenceLabelOf, surfaceOf, type MarkReference } from '../surface';
import type { ViewId } from '../surface/types';
import { drawScene, fitBounds, toPage } from './diagram';
import type { Flow } from './flow';
import type { Box } from './page-layout';
import type { PageCanvas } from './page-canvas';
import { INK, LEADING, REPORT_PALETTE, TYPE } from './report-style';


/**
 * The oblique views of the marking sheet: the plan's scene turned 45° to each side, where the
 * temple and pre-auricular work can be seen, with the landmarks the marks are measured from
 * drawn as small dots with their names. The projection of a scene into a view is the scene
 * back-end's (shared/scene, `projectScene`); it is passed in so this page does not depend on how
 * the views are built.
 *
 * Each view is cropped to its side's work (that side's threads, their entry points and the
 * landmarks they are measured from), so the drawing is large enough to mark from with a ruler,
 * and its labels are sized in points on the page rather than millimetres on the face.
 */

export type ProjectScene = (scene: Scene, atlas: Atlas, viewId: ViewId) => Scene;

/** The plan's scene with its thread numbers and entry captions enlarged by `labelScale` (SceneInput.labelScale). */
export type SceneAtScale = (labelScale: number) => Scene;

/** Dot radius and label size of a landmark on the views, millimetres on the face. */
const DOT_MM = 1.1;
const LABEL_MM = 3.6;

/**
 * Printed size of a landmark's name, points. DESIGN CHOICE: 7 pt, the size of the report's small
 * print (TYPE.small is 7.2), reads at arm's length on paper; the names were 3.5 pt before.
 */
export const LANDMARK_NAME_PT = 7;
/**
 * Smallest printed size of an entry point's caption, points. DESIGN CHOICE: 6 pt is about the
 * smallest print read without a loupe; the entry caption is the smallest label of the scene
 * (2.5 mm against a thread number's 3 mm), so the thread numbers come out at 7.2 pt or more.
 */
export const ENTRY_CAPTION_MIN_PT = 6;
/** The entry caption's size at labelScale 1, mm (shared/scene/layers/entry-points.ts). */
const ENTRY_CAPTION_MM = 2.5;
/**
 * Margin around a side's work in the crop, millimetres on the face. DESIGN CHOICE: room for a
 * thread number beyond a thread's end and a little face around the outermost mark.
 */
const CROP_MARGIN_MM = 10;
/**
 * Smallest crop, millimetres on the face. DESIGN CHOICE: about the distance from the nose to the
 * ear in the oblique, so a plan with one short thread still shows an eye, the nose or the ear
 * around it and the face stays recognisable.
 */
const MIN_CROP_MM = 100;

/** The references the plan's marks are measured from, on `side` (and the midline) when given. */
function usedReferences(plan: PlanDocument, atlas: Atlas, side?: 'left' | 'right'): MarkReference[] {
  const surface = surfaceOf(atlas);
  const used = new Set<string>();
  for (const t of plan.threads) {
    const first = t.path[0];
    const last = t.path[t.path.length - 1];
    for (const p of [first, last]) if (p) for (const d of markPoint(surface, p).distances) used.add(d.landmark);
  }
  return MARK_REFERENCES.filter((ref) => used.has(ref.id) && (side === undefined || ref.side === 'midline' || ref.side === side));
}

/** A landmark's marker: a dot, or for a line such as the zygomatic arch, the dashed line. */
function markerOf(ref: MarkReference): SceneItem {
  const style = { stroke: 'label.text' as const, fill: 'label.text' as const, strokeWidth: 0.35 };
  return ref.points.length === 1
    ? { type: 'circle', centre: ref.points[0]!, radiusMm: DOT_MM, style }
    : { type: 'path', points: ref.points, closed: false, smooth: false, style: { stroke: 'label.text', strokeWidth: 0.6, dash: [1.2, 0.8] } };
}

/**
 * A layer with the landmarks the plan's marks refer to: a dot (or, for a line such as the
 * zygomatic arch, the line) and its name. Frontal coordinates, like every scene layer, so the
 * view projection turns and hides them with the rest. With `side`, only that side's landmarks
 * and the midline's (an oblique shows one side; the far side's names would float over the face).
 * Names in `locale`, the same words as the distance phrases in the table under the drawing (the
 * side is plain from the view).
 */
export function landmarkLayer(plan: PlanDocument, atlas: Atlas, side?: 'left' | 'right', locale: Locale = 'en'): SceneLayer {
  const items: SceneItem[] = [];
  for (const ref of usedReferences(plan, atlas, side)) {
    items.push(markerOf(ref));
    const at = ref.points[ref.points.length - 1]!;
    const right = at.x >= 0;
    items.push({ type: 'text', at: { x: at.x + (right ? 1.8 : -1.8), y: at.y }, text: referenceLabelOf(ref, locale), sizeMm: LABEL_MM, align: right ? 'left' : 'right', color: 'label.text', bold: false, halo: true });
  }
  return { id: 'highlight', items };
}

/** The two obliques side by side: the patient's right on the left of the page, as on page 1. */
const VIEWS: readonly { readonly id: ViewId; readonly side: 'right' | 'left' }[] = [
  { id: 'right-oblique', side: 'right' },
  { id: 'left-oblique', side: 'left' },
];

const GAP_PT = 12;

/**
 * The scene for one side's oblique: that side's threads and their entry points only (the far
 * side's would show at the edge of the nose), no side captions over the face (the caption under
 * the drawing names the side), and the landmarks' markers with their names anchored on the
 * landmark itself (placed beside it once the drawing's scale is known: placeNames).
 */
function sideScene(scene: Scene, plan: PlanDocument, atlas: Atlas, side: 'left' | 'right', locale: Locale): Scene {
  const threads = new Set(plan.threads.filter((t) => t.side === side).map((t) => t.id));
  const entries = new Set(plan.threads.filter((t) => t.side === side).map((t) => t.entryPointId));
  const keep = (layer: SceneLayer, item: SceneItem): boolean => {
    if (layer.id === 'face') return item.type !== 'text';
    if (layer.id === 'threads') return item.ref === undefined || threads.has(item.ref.id);
    if (layer.id === 'entry-points') return item.ref === undefined || entries.has(item.ref.id);
    return true;
  };
  const names: SceneItem[] = [];
  for (const ref of usedReferences(plan, atlas, side)) {
    names.push(markerOf(ref));
    names.push({ type: 'text', at: ref.points[ref.points.length - 1]!, text: referenceLabelOf(ref, locale), sizeMm: LABEL_MM, align: 'center', color: 'label.text', bold: false, halo: true });
  }
  return {
    ...scene,
    layers: [...scene.layers.map((layer) => ({ id: layer.id, items: layer.items.filter((item) => keep(layer, item)) })), { id: 'highlight', items: names }],
  };
}

function itemPoints(item: SceneItem): readonly FacePoint[] {
  switch (item.type) {
    case 'circle':
      return [item.centre];
    case 'arrow':
      return [item.from, item.to];
    case 'text':
      return [item.at];
    default:
      return item.points;
  }
}

/** The side's work in the view (its threads, entry points and landmarks) with a margin, at least MIN_CROP_MM each way. */
export function workBounds(projected: Scene): FaceBounds {
  const work = projected.layers.filter((l) => l.id === 'threads' || l.id === 'entry-points' || l.id === 'highlight');
  const points = work.flatMap((l) => l.items.flatMap(itemPoints));
  if (points.length === 0) return projected.bounds;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const grow = (min: number, max: number): [number, number] => {
    const lo = min - CROP_MARGIN_MM;
    const hi = max + CROP_MARGIN_MM;
    const extra = Math.max(0, MIN_CROP_MM - (hi - lo)) / 2;
    return [lo - extra, hi + extra];
  };
  const [minX, maxX] = grow(Math.min(...xs), Math.max(...xs));
  const [minY, maxY] = grow(Math.min(...ys), Math.max(...ys));
  return { minX, minY, maxX, maxY };
}

interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const overlapArea = (a: Rect, b: Rect): number => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/**
 * Each landmark's name placed beside its marker in page points, clear of the other names, the
 * thread numbers, the entry points and the drawing's edge where such a place exists: outward from
 * the face first (toward the ear, where the names were before), then inward, above, below and
 * diagonally, then twice as far; otherwise the place overlapping least. Returns the scene with
 * the names moved there (at the size LANDMARK_NAME_PT on the page).
 */
function placeNames(canvas: PageCanvas, projected: Scene, crop: FaceBounds, box: Box, side: 'left' | 'right'): Scene {
  const t = fitBounds(crop, box);
  const s = t.scale;
  const toFace = (x: number, y: number): FacePoint => ({ x: (x - t.offsetX) / s, y: (y - t.offsetY) / s });
  const obstacles: Rect[] = [];
  const textRect = (item: SceneText): Rect => {
    const p = toPage(t, item.at);
    const size = item.sizeMm * s;
    const w = canvas.measure(item.text, size);
    const x0 = item.align === 'center' ? p.x - w / 2 : item.align === 'right' ? p.x - w : p.x;
    return { x0, y0: p.y - size * 0.6, x1: x0 + w, y1: p.y + size * 0.6 };
  };
  for (const layer of projected.layers) {
    if (layer.id !== 'threads' && layer.id !== 'entry-points') continue;
    for (const item of layer.items) {
      if (item.type === 'text') obstacles.push(textRect(item));
      if (item.type === 'circle') {
        const c = toPage(t, item.centre);
        const r = item.radiusMm * s;
        obstacles.push({ x0: c.x - r, y0: c.y - r, x1: c.x + r, y1: c.y + r });
      }
    }
  }
  // The landmarks' layer is the last (sideScene); the scene's own highlight layer comes before it.
  const highlight = projected.layers[projected.layers.length - 1]!;
  for (const item of highlight.items) {
    if (item.type !== 'circle') continue;
    const c = toPage(t, item.centre);
    const r = item.radiusMm * s;
    obstacles.push({ x0: c.x - r, y0: c.y - r, x1: c.x + r, y1: c.y + r });
  }
  const size = LANDMARK_NAME_PT;
  const half = (size * 1.2) / 2;
  const gap = DOT_MM * s + 2;
  const outward = side === 'right' ? -1 : 1;
  const items = highlight.items.map((item): SceneItem => {
    if (item.type !== 'text') return item;
    const p = toPage(t, item.at);
    const w = canvas.measure(item.text, size);
    const candidates: { x: number; y: number; align: SceneText['align'] }[] = [];
    for (const far of [1, 2]) {
      const d = gap * far;
      const v = (half + gap) * far;
      const sideways = (dir: number) => ({ x: p.x + dir * d, align: (dir > 0 ? 'left' : 'right') as SceneText['align'] });
      candidates.push(
        { ...sideways(outward), y: p.y },
        { ...sideways(-outward), y: p.y },
        { x: p.x, y: p.y - v, align: 'center' },
        { x: p.x, y: p.y + v, align: 'center' },
        { ...sideways(outward), y: p.y - v },
        { ...sideways(outward), y: p.y + v },
        { ...sideways(-outward), y: p.y - v },
        { ...sideways(-outward), y: p.y + v },
      );
    }
    let best: { rect: Rect; at: (typeof candidates)[number]; cost: number } | null = null;
    for (const c of candidates) {
      const x0 = c.align === 'center' ? c.x - w / 2 : c.align === 'right' ? c.x - w : c.x;
      const rect = { x0, y0: c.y - half, x1: x0 + w, y1: c.y + half };
      const inside = rect.x0 >= box.x && rect.x1 <= box.x + box.width && rect.y0 >= box.y && rect.y1 <= box.y + box.height;
      const cost = obstacles.reduce((sum, o) => sum + overlapArea(rect, o), 0) + (inside ? 0 : 1e6);
      if (best === null || cost < best.cost) best = { rect, at: c, cost };
      if (cost === 0) break;
    }
    obstacles.push(best!.rect);
    return { ...item, at: toFace(best!.at.x, best!.at.y), align: best!.at.align, sizeMm: size / s };
  });
  return { ...projected, bounds: crop, layers: projected.layers.map((l) => (l === highlight ? { id: l.id, items } : l)) };
}

export function drawMarkingViews(flow: Flow, height: number, sceneAt: SceneAtScale, plan: PlanDocument, atlas: Atlas, project: ProjectScene): void {
  const captionHeight = TYPE.small * LEADING + 4;
  const width = (flow.width - GAP_PT) / 2;
  const locale = flow.language.locale;
  VIEWS.forEach(({ id, side }, i) => {
    const box = { x: flow.left + i * (width + GAP_PT), y: flow.y, width, height: height - captionHeight };
    flow.canvas.rect(box.x, box.y, box.width, box.height, { stroke: INK.panelLine, lineWidth: 0.5 });
    const inner = { x: box.x + 4, y: box.y + 4, width: box.width - 8, height: box.height - 8 };
    // The crop is worked out from the drawing at its normal label size; the labels are then
    // enlarged to print at ENTRY_CAPTION_MIN_PT at the crop's scale. Enlarged thread numbers kept
    // apart reach further out, so the crop is worked out once more from them, and the labels
    // sized for that (a little larger) crop.
    const labelScaleFor = (crop: FaceBounds) => Math.max(1, ENTRY_CAPTION_MIN_PT / (ENTRY_CAPTION_MM * fitBounds(crop, inner).scale));
    const first = workBounds(project(sideScene(sceneAt(1), plan, atlas, side, locale), atlas, id));
    const crop = workBounds(project(sideScene(sceneAt(labelScaleFor(first)), plan, atlas, side, locale), atlas, id));
    const projected = project(sideScene(sceneAt(labelScaleFor(crop)), plan, atlas, side, locale), atlas, id);
    drawScene(flow.canvas, placeNames(flow.canvas, projected, crop, inner, side), inner, REPORT_PALETTE);
    const caption = flow.language.text.marking.viewCaption[side];
    const w = flow.canvas.measure(caption, TYPE.small);
    flow.canvas.text(caption, box.x + (box.width - w) / 2, box.y + box.height + TYPE.small + 2, { size: TYPE.small, color: INK.muted });
  });
}
