import type { Atlas } from '../atlas/types';
import type { Locale } from '../i18n/locale';
import type { PlanDocument } from '../plan/types';
import type { Scene, SceneItem, SceneLayer } from '../scene/types';
import { MARK_REFERENCES, markPoint, referenceLabelOf, surfaceOf } from '../surface';
import type { ViewId } from '../surface/types';
import { drawScene } from './diagram';
import type { Flow } from './flow';
import { INK, LEADING, REPORT_PALETTE, TYPE } from './report-style';


/**
 * The oblique views of the marking sheet: the plan's scene turned 45° to each side, where the
 * temple and pre-auricular work can be seen, with the landmarks the marks are measured from
 * drawn as small dots with their names. The projection of a scene into a view is the scene
 * back-end's (shared/scene, `projectScene`); it is passed in so this page does not depend on how
 * the views are built.
 */

export type ProjectScene = (scene: Scene, atlas: Atlas, viewId: ViewId) => Scene;

/** Dot radius and label size of a landmark on the views, millimetres on the face. */
const DOT_MM = 1.1;
const LABEL_MM = 3.6;

/**
 * A layer with the landmarks the plan's marks refer to: a dot (or, for a line such as the
 * zygomatic arch, the line) and its name. Frontal coordinates, like every scene layer, so the
 * view projection turns and hides them with the rest. With `side`, only that side's landmarks
 * and the midline's (an oblique shows one side; the far side's names would float over the face).
 * Names in `locale`, the same words as the distance phrases in the table under the drawing (the
 * side is plain from the view).
 */
export function landmarkLayer(plan: PlanDocument, atlas: Atlas, side?: 'left' | 'right', locale: Locale = 'en'): SceneLayer {
  const surface = surfaceOf(atlas);
  const used = new Set<string>();
  for (const t of plan.threads) {
    const first = t.path[0];
    const last = t.path[t.path.length - 1];
    for (const p of [first, last]) if (p) for (const d of markPoint(surface, p).distances) used.add(d.landmark);
  }
  const items: SceneItem[] = [];
  for (const ref of MARK_REFERENCES) {
    if (!used.has(ref.id) || (side !== undefined && ref.side !== 'midline' && ref.side !== side)) continue;
    const style = { stroke: 'label.text' as const, fill: 'label.text' as const, strokeWidth: 0.35 };
    if (ref.points.length === 1) items.push({ type: 'circle', centre: ref.points[0]!, radiusMm: DOT_MM, style });
    else items.push({ type: 'path', points: ref.points, closed: false, smooth: false, style: { stroke: 'label.text', strokeWidth: 0.6, dash: [1.2, 0.8] } });
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

export function drawMarkingViews(flow: Flow, height: number, scene: Scene, plan: PlanDocument, atlas: Atlas, project: ProjectScene): void {
  const captionHeight = TYPE.small * LEADING + 4;
  const width = (flow.width - GAP_PT) / 2;
  VIEWS.forEach(({ id, side }, i) => {
    const box = { x: flow.left + i * (width + GAP_PT), y: flow.y, width, height: height - captionHeight };
    flow.canvas.rect(box.x, box.y, box.width, box.height, { stroke: INK.panelLine, lineWidth: 0.5 });
    const marked: Scene = { ...scene, layers: [...scene.layers, landmarkLayer(plan, atlas, side, flow.language.locale)] };
    drawScene(flow.canvas, project(marked, atlas, id), { x: box.x + 4, y: box.y + 4, width: box.width - 8, height: box.height - 8 }, REPORT_PALETTE);
    const caption = flow.language.text.marking.viewCaption[side];
    const w = flow.canvas.measure(caption, TYPE.small);
    flow.canvas.text(caption, box.x + (box.width - w) / 2, box.y + box.height + TYPE.small + 2, { size: TYPE.small, color: INK.muted });
  });
}
