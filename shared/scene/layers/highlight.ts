import { CROWDING_SPACING_MM } from '../../analysis/rules/crowding';
import type { Finding } from '../../analysis/types';
import { subPolyline } from '../../geometry/polyline';
import type { FacePoint } from '../../geometry/types';
import type { PlanDocument, Thread } from '../../plan/types';
import type { SceneItem, SceneLayer } from '../types';

/**
 * The top layer: the active finding (its threads outlined, its place ringed), the path-point
 * handles of threads being edited, and the thread the user is drawing.
 */
export interface HighlightInput {
  readonly plan: PlanDocument;
  readonly activeFinding: Finding | null;
  /** Threads whose path points get draggable handles. */
  readonly handleThreadIds: ReadonlySet<string>;
  readonly draft: { readonly points: readonly FacePoint[]; readonly hover: FacePoint | null } | null;
  /** Where the keyboard cursor is, when the user drives a tool from the keyboard. */
  readonly keyboardCursor?: FacePoint | null;
  /** The landmark or fixation zone a point placed now would snap to, with its name. */
  readonly snapHint?: SnapHint | null;
}

export interface SnapHint {
  readonly point: FacePoint;
  readonly label: string;
}

/** Radius of the snap mark's ring, mm: DESIGN CHOICE, wider than an entry circle so it shows around one. */
const SNAP_MARK_RADIUS_MM = 3.4;

export const HANDLE_RADIUS_MM = 1.25;

function activeFindingItems(plan: PlanDocument, finding: Finding): SceneItem[] {
  const items: SceneItem[] = [];
  const ids = new Set(finding.threads);
  for (const t of plan.threads) {
    if (!ids.has(t.id) || t.path.length < 2) continue;
    items.push({
      type: 'path',
      points: t.path,
      closed: false,
      smooth: false,
      style: { stroke: 'highlight', strokeWidth: 2.6, opacity: 0.4 },
    });
    items.push({
      type: 'path',
      points: t.path,
      closed: false,
      smooth: false,
      style: { stroke: 'highlight', strokeWidth: 0.35, dash: [1.2, 0.9] },
    });
  }
  if (finding.location) {
    const c = finding.location;
    items.push({ type: 'circle', centre: c, radiusMm: 6, style: { stroke: 'highlight', strokeWidth: 0.7 } });
    items.push({ type: 'circle', centre: c, radiusMm: 6, style: { fill: 'highlight', opacity: 0.12 } });
    // Cross-hair ticks outside the ring point the eye at the place.
    items.push({
      type: 'segments',
      points: [
        { x: c.x - 9, y: c.y }, { x: c.x - 6.5, y: c.y },
        { x: c.x + 6.5, y: c.y }, { x: c.x + 9, y: c.y },
        { x: c.x, y: c.y - 9 }, { x: c.x, y: c.y - 6.5 },
        { x: c.x, y: c.y + 6.5 }, { x: c.x, y: c.y + 9 },
      ],
      style: { stroke: 'highlight', strokeWidth: 0.7 },
    });
  }
  return items;
}

/** A thread's handles, kept per thread object (see entry-points.ts's cache: identity tells the canvas what moved). */
const handleCache = new WeakMap<Thread, readonly SceneItem[]>();

function threadHandles(t: Thread): readonly SceneItem[] {
  const hit = handleCache.get(t);
  if (hit) return hit;
  const items: SceneItem[] = [];
  // Point 0 sits under the entry point, which is picked instead; it moves with the entry.
  t.path.forEach((p, index) => {
    if (index === 0) return;
    items.push({
      type: 'circle',
      centre: p,
      radiusMm: HANDLE_RADIUS_MM,
      style: { stroke: 'highlight', strokeWidth: 0.4, fill: 'entry.fill' },
      ref: { kind: 'thread-point', id: t.id, index },
    });
  });
  handleCache.set(t, items);
  return items;
}

function handleItems(plan: PlanDocument, ids: ReadonlySet<string>): SceneItem[] {
  const items: SceneItem[] = [];
  for (const t of plan.threads) if (ids.has(t.id)) items.push(...threadHandles(t));
  return items;
}

/**
 * While a thread is drawn: a band of the crowding rule's spacing on each side of the barbed
 * sections of the other threads on the side being drawn, so a fan can be laid out clear of its
 * neighbours at the first attempt instead of after "too close" findings. A band, not a line: the
 * new thread's barbs should stay outside it (the rule ignores the first millimetres around a
 * shared entry, and so may the user).
 */
function spacingBandItems(plan: PlanDocument, draft: NonNullable<HighlightInput['draft']>): SceneItem[] {
  const start = draft.points[0] ?? draft.hover;
  if (!start) return [];
  // The patient's right is drawn at negative x: the side the draft starts on.
  const side = start.x < 0 ? 'right' : 'left';
  const items: SceneItem[] = [];
  for (const t of plan.threads) {
    if (t.side !== side || !t.barbed || t.path.length < 2) continue;
    const barbed = subPolyline(t.path, t.barbed.startMm, t.barbed.endMm);
    if (barbed.length < 2) continue;
    items.push({
      type: 'path',
      points: barbed,
      closed: false,
      smooth: false,
      style: { stroke: 'highlight', strokeWidth: 2 * CROWDING_SPACING_MM, opacity: 0.2 },
    });
  }
  return items;
}

function draftItems(draft: NonNullable<HighlightInput['draft']>): SceneItem[] {
  const items: SceneItem[] = [];
  const pts = draft.points;
  if (pts.length >= 2) {
    items.push({ type: 'path', points: pts, closed: false, smooth: false, style: { stroke: 'highlight', strokeWidth: 0.6 } });
  }
  const last = pts[pts.length - 1];
  if (last && draft.hover) {
    items.push({
      type: 'path',
      points: [last, draft.hover],
      closed: false,
      smooth: false,
      style: { stroke: 'highlight', strokeWidth: 0.45, dash: [1.2, 0.9] },
    });
  }
  for (const p of pts) items.push({ type: 'circle', centre: p, radiusMm: 0.9, style: { fill: 'highlight' } });
  return items;
}

/** A ring with four ticks: the point a key press acts on. */
function cursorItems(c: FacePoint): SceneItem[] {
  return [
    { type: 'circle', centre: c, radiusMm: 1.8, style: { stroke: 'label.halo', strokeWidth: 1.1 } },
    { type: 'circle', centre: c, radiusMm: 1.8, style: { stroke: 'highlight', strokeWidth: 0.5 } },
    {
      type: 'segments',
      points: [
        { x: c.x - 5, y: c.y }, { x: c.x - 2.4, y: c.y },
        { x: c.x + 2.4, y: c.y }, { x: c.x + 5, y: c.y },
        { x: c.x, y: c.y - 5 }, { x: c.x, y: c.y - 2.4 },
        { x: c.x, y: c.y + 2.4 }, { x: c.x, y: c.y + 5 },
      ],
      style: { stroke: 'highlight', strokeWidth: 0.5 },
    },
  ];
}

/** A dashed ring around the snap target and its name beside it: where the point will land. */
function snapItems(hint: SnapHint): SceneItem[] {
  const c = hint.point;
  return [
    { type: 'circle', centre: c, radiusMm: SNAP_MARK_RADIUS_MM, style: { stroke: 'label.halo', strokeWidth: 1.1 } },
    { type: 'circle', centre: c, radiusMm: SNAP_MARK_RADIUS_MM, style: { stroke: 'highlight', strokeWidth: 0.5, dash: [1, 0.7] } },
    { type: 'circle', centre: c, radiusMm: 0.6, style: { fill: 'highlight' } },
    { type: 'text', at: { x: c.x + SNAP_MARK_RADIUS_MM + 1, y: c.y - SNAP_MARK_RADIUS_MM }, text: hint.label, sizeMm: 3, align: 'left', color: 'label.text', bold: true, halo: true },
  ];
}

export function highlightLayer(input: HighlightInput): SceneLayer {
  const items: SceneItem[] = [];
  if (input.activeFinding) items.push(...activeFindingItems(input.plan, input.activeFinding));
  items.push(...handleItems(input.plan, input.handleThreadIds));
  if (input.draft) items.push(...spacingBandItems(input.plan, input.draft), ...draftItems(input.draft));
  if (input.keyboardCursor) items.push(...cursorItems(input.keyboardCursor));
  if (input.snapHint) items.push(...snapItems(input.snapHint));
  return { id: 'highlight', items };
}
