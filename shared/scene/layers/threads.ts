import { placeTags, type TagPlacement } from '../tag-placement';
import type { Severity } from '../../analysis/types';
import type { ThreadType } from '../../catalogue/types';
import type { FacePoint } from '../../geometry/types';
import { cumulativeLengths, pointAtLength, polylineLength, subPolyline } from '../../geometry/polyline';
import type { PlanDocument, Thread } from '../../plan/types';
import type { ColorToken, SceneItem, SceneLayer, SceneRef } from '../types';
import { normalOf, offset, unitFrom } from './shapes';
import { isFloatingThread } from '../../analysis/holding';

/**
 * Threads drawn as traction vectors:
 * - the whole path, thin (dashed for smooth threads, which hold no tissue);
 * - the barbed section, thicker, with chevron ticks pointing toward the fixation end (the way
 *   the barbs drag tissue);
 * - an arrow at the fixation end for the pull direction and a bar across the path for the anchor;
 * - a floating design (analysis/holding.ts: a bidirectional or cone thread with no anchor at the
 *   usual setting tension) pulls toward neither end: its chevrons point from both ends toward the
 *   middle of the barbed section, where its opposed barbs gather the tissue, and it has no arrow
 *   and no anchor bar (the analysis judges its line, not an end);
 * - the thread's number beyond its far end, on a filled circle (warning) or diamond (critical),
 *   so severity never rests on colour alone.
 * Colour is the severity of the thread's worst finding.
 */

/** Radius of the entry-point circle, shared with the entry-point layer so arrows stop at its rim. */
export const ENTRY_RADIUS_MM = 2.3;

const BARB_SPACING_MM = 3.2;
const BARB_LENGTH_MM = 1.3;
const ARROW_LENGTH_MM = 8;

export const SEVERITY_COLOR: Record<Severity | 'ok', ColorToken> = {
  ok: 'thread.ok',
  info: 'thread.info',
  warning: 'thread.warning',
  critical: 'thread.critical',
};

export interface ThreadsLayerInput {
  readonly plan: PlanDocument;
  readonly catalogue: readonly ThreadType[];
  readonly severity: ReadonlyMap<string, Severity>;
  /** Threads to draw with a selection halo underneath. */
  readonly selectedThreadIds: ReadonlySet<string>;
  /** Size of the thread numbers relative to normal (SceneInput.labelScale); 1 when omitted. */
  readonly labelScale?: number;
  /** Place the numbers apart, with leader lines (the presenter; shared/scene/tag-placement.ts). */
  readonly separateNumbers?: boolean;
  /** Width of the thread's strokes relative to normal (SceneInput.lineScale); 1 when omitted. */
  readonly lineScale?: number;
}

/** The disc a thread number occupies at labelScale 1, mm: the diamond's half-diagonal for two digits, with a margin. */
export const NUMBER_TAG_RADIUS_MM = 3.6;
/** Distance from a thread's far end to its number's centre at labelScale 1, mm. */
const NUMBER_TAG_GAP_MM = 4;

/** The thread's catalogue type, or null when the catalogue does not know it. */
const typeOf = (thread: Thread, catalogue: readonly ThreadType[]): ThreadType | null => catalogue.find((t) => t.id === thread.typeId) ?? null;

/** Smooth (barb-less) threads: no barbed section, or a mono/screw type in the catalogue. */
export function isSmoothThread(thread: Thread, catalogue: readonly ThreadType[]): boolean {
  if (thread.barbed === null) return true;
  const type = catalogue.find((t) => t.id === thread.typeId);
  return type !== undefined && (type.configuration === 'mono' || type.configuration === 'screw');
}

/** The point at distance `s` along the path and the unit direction of travel there. */
function frameAt(path: readonly FacePoint[], cum: readonly number[], s: number): { p: FacePoint; d: FacePoint } {
  let i = 1;
  while (i < path.length - 1 && cum[i]! < s) i++;
  return { p: pointAtLength(path, s), d: unitFrom(path[i - 1]!, path[i]!) };
}

/** Which way a thread's chevrons point: toward one end, or from both ends toward the middle (a floating design). */
type TickDirection = 'distal' | 'entry' | 'middle';

function barbTicks(path: readonly FacePoint[], fromMm: number, toMm: number, direction: TickDirection): FacePoint[] {
  const cum = cumulativeLengths(path);
  const out: FacePoint[] = [];
  const span = toMm - fromMm;
  if (span <= 0) return out;
  const count = Math.max(1, Math.floor(span / BARB_SPACING_MM));
  const step = span / count;
  for (let k = 0; k < count; k++) {
    const s = fromMm + step * (k + 0.5);
    const { p, d } = frameAt(path, cum, s);
    const towardDistal = direction === 'middle' ? s < (fromMm + toMm) / 2 : direction === 'distal';
    const dir = towardDistal ? d : { x: -d.x, y: -d.y };
    const n = normalOf(dir);
    // A chevron whose apex points along `dir`, i.e. toward the fixation end.
    const back = offset(p, dir, -BARB_LENGTH_MM * 0.7);
    out.push(offset(back, n, BARB_LENGTH_MM * 0.6), p, offset(back, n, -BARB_LENGTH_MM * 0.6), p);
  }
  return out;
}

/**
 * The thread's number beyond its far end. Warning and critical threads get it on a filled
 * shape (circle = warning, diamond = critical) so severity shows without colour vision; other
 * threads get the plain number. Exported so a legend (the PDF key) can draw the same marker.
 * `scale` enlarges the text and its shape together (the presenter view's large labels).
 */
export function numberTag(at: FacePoint, text: string, severity: Severity | undefined, color: ColorToken, ref?: SceneRef, scale = 1): SceneItem[] {
  if (severity !== 'warning' && severity !== 'critical') {
    return [{ type: 'text', at, text, sizeMm: 3 * scale, align: 'center', color, bold: true, halo: true, ref }];
  }
  const r = (text.length > 1 ? 2.6 : 2.2) * scale;
  const shape: SceneItem =
    severity === 'critical'
      ? {
          type: 'path',
          points: [
            { x: at.x, y: at.y - r * 1.3 },
            { x: at.x + r * 1.3, y: at.y },
            { x: at.x, y: at.y + r * 1.3 },
            { x: at.x - r * 1.3, y: at.y },
          ],
          closed: true,
          smooth: false,
          style: { stroke: 'label.halo', strokeWidth: 0.4, fill: color },
          ref,
        }
      : { type: 'circle', centre: at, radiusMm: r, style: { stroke: 'label.halo', strokeWidth: 0.4, fill: color }, ref };
  return [shape, { type: 'text', at, text, sizeMm: 2.6 * scale, align: 'center', color: 'badge.text', bold: true, halo: false, ref }];
}

/** What a thread's colour says: its worst finding, else barbed or smooth. */
function colorOf(thread: Thread, input: ThreadsLayerInput): ColorToken {
  const severity = input.severity.get(thread.id);
  return severity ? SEVERITY_COLOR[severity] : isSmoothThread(thread, input.catalogue) ? 'thread.smooth' : 'thread.ok';
}

/**
 * The thread's path, barbed section and barb ticks (and the selection's halo): everything of it
 * that does not depend on the label scale, kept apart from the number and the pull marks. The PDF's
 * marking sheet draws a thread at up to three label scales; with these items shared, a view
 * projects the path once (view-projection.ts keeps projected items by identity), where rebuilt
 * ones cost a cold export about 60 ms.
 */
const lineCache = new WeakMap<Thread, { readonly key: string; readonly catalogue: readonly ThreadType[]; readonly items: readonly SceneItem[] }>();

function lineItems(thread: Thread, input: ThreadsLayerInput): readonly SceneItem[] {
  const key = `${input.severity.get(thread.id) ?? ''}|${input.selectedThreadIds.has(thread.id) ? 1 : 0}|${input.lineScale ?? 1}`;
  const hit = lineCache.get(thread);
  if (hit && hit.key === key && hit.catalogue === input.catalogue) return hit.items;
  const path = thread.path;
  const items: SceneItem[] = [];
  const ref: SceneRef = { kind: 'thread', id: thread.id };
  const smooth = isSmoothThread(thread, input.catalogue);
  const color = colorOf(thread, input);
  // Critical threads are also drawn heavier: a second cue besides colour.
  const critical = input.severity.get(thread.id) === 'critical';
  const line = input.lineScale ?? 1;
  const total = polylineLength(path);

  if (input.selectedThreadIds.has(thread.id)) {
    items.push({
      type: 'path',
      points: path,
      closed: false,
      smooth: false,
      style: { stroke: 'highlight', strokeWidth: 3.2, opacity: 0.35 },
    });
  }

  items.push({
    type: 'path',
    points: path,
    closed: false,
    smooth: false,
    style: { stroke: color, strokeWidth: (critical ? 0.8 : 0.6) * line, dash: smooth ? [1.6 * line, 1.1 * line] : undefined },
    ref,
  });

  if (!smooth && thread.barbed) {
    const from = Math.max(0, Math.min(thread.barbed.startMm, total));
    const to = Math.max(from, Math.min(thread.barbed.endMm, total));
    if (to > from) {
      items.push({
        type: 'path',
        points: subPolyline(path, from, to),
        closed: false,
        smooth: false,
        style: { stroke: color, strokeWidth: (critical ? 1.6 : 1.25) * line },
        ref,
      });
      items.push({
        type: 'segments',
        points: barbTicks(path, from, to, isFloatingThread(thread, typeOf(thread, input.catalogue)) ? 'middle' : thread.fixationEnd),
        style: { stroke: color, strokeWidth: 0.35 * line },
        ref,
      });
    }
  }
  lineCache.set(thread, { key, catalogue: input.catalogue, items });
  return items;
}

function threadItems(thread: Thread, number: number, input: ThreadsLayerInput, tag: TagPlacement | undefined): SceneItem[] {
  const path = thread.path;
  if (path.length < 2) return [];
  const items: SceneItem[] = [...lineItems(thread, input)];
  const ref: SceneRef = { kind: 'thread', id: thread.id };
  const severity = input.severity.get(thread.id);
  const color = colorOf(thread, input);
  const scale = input.labelScale ?? 1;
  const line = input.lineScale ?? 1;
  const total = polylineLength(path);

  // Pull direction and anchor at the fixation end (a floating design has neither).
  const cum = cumulativeLengths(path);
  const arrowLen = Math.min(ARROW_LENGTH_MM, total * 0.45);
  if (isFloatingThread(thread, typeOf(thread, input.catalogue))) {
    // (no pull toward an end: the chevrons show where its barbs gather the tissue)
  } else if (thread.fixationEnd === 'distal') {
    const end = path[path.length - 1]!;
    const { d } = frameAt(path, cum, total);
    items.push({ type: 'arrow', from: pointAtLength(path, total - arrowLen), to: end, headMm: 2.4 * line, style: { stroke: color, strokeWidth: 0.6 * line }, ref });
    const n = normalOf(d);
    items.push({ type: 'segments', points: [offset(end, n, 2.2), offset(end, n, -2.2)], style: { stroke: color, strokeWidth: 0.8 * line }, ref });
  } else {
    // Just outside the entry circle, which grows with the labels (entry-points.ts).
    const tip = Math.min(ENTRY_RADIUS_MM * scale + 0.9, total);
    const { p, d } = frameAt(path, cum, tip);
    items.push({ type: 'arrow', from: pointAtLength(path, Math.min(tip + arrowLen, total)), to: p, headMm: 2.4 * line, style: { stroke: color, strokeWidth: 0.6 * line }, ref });
    const n = normalOf(d);
    const bar = offset(p, d, -0.5);
    items.push({ type: 'segments', points: [offset(bar, n, 2.2), offset(bar, n, -2.2)], style: { stroke: color, strokeWidth: 0.8 * line }, ref });
  }

  const end = path[path.length - 1]!;
  const out = unitFrom(path[path.length - 2]!, end);
  if (tag?.moved) {
    // A leader from just beyond the end to the edge of the moved number.
    const from = offset(end, out, 1.2 * scale);
    const dx = tag.at.x - from.x;
    const dy = tag.at.y - from.y;
    const len = Math.hypot(dx, dy);
    const stop = len - NUMBER_TAG_RADIUS_MM * 0.8 * scale;
    if (stop > 0.5) items.push({ type: 'segments', points: [from, { x: from.x + (dx / len) * stop, y: from.y + (dy / len) * stop }], style: { stroke: color, strokeWidth: 0.3 }, ref });
  }
  // A larger tag sits further out, so it never covers the anchor bar at the path's end.
  items.push(...numberTag(tag?.at ?? offset(end, out, NUMBER_TAG_GAP_MM * scale), String(number), severity, color, ref, scale));
  return items;
}

/**
 * A thread's items, kept while nothing they are drawn from changes: a drag then rebuilds only
 * the thread being dragged, and whatever is derived from the items by identity (projections into
 * the oblique and profile views, view-projection.ts) is not redone for the others.
 */
const itemCache = new WeakMap<Thread, { readonly key: string; readonly catalogue: readonly ThreadType[]; readonly items: readonly SceneItem[] }>();

function cachedThreadItems(thread: Thread, number: number, input: ThreadsLayerInput, tag: TagPlacement | undefined): readonly SceneItem[] {
  const key = `${number}|${input.severity.get(thread.id) ?? ''}|${input.selectedThreadIds.has(thread.id) ? 1 : 0}|${input.labelScale ?? 1}|${input.lineScale ?? 1}|${tag ? JSON.stringify(tag) : ''}`;
  const hit = itemCache.get(thread);
  if (hit && hit.key === key && hit.catalogue === input.catalogue) return hit.items;
  const items = threadItems(thread, number, input, tag);
  itemCache.set(thread, { key, catalogue: input.catalogue, items });
  return items;
}

export function threadsLayer(input: ThreadsLayerInput): SceneLayer {
  const items: SceneItem[] = [];
  const scale = input.labelScale ?? 1;
  const drawn = input.plan.threads.filter((t) => t.path.length >= 2);
  const tags = input.separateNumbers
    ? placeTags(
        drawn.map((t) => ({ end: t.path[t.path.length - 1]!, out: unitFrom(t.path[t.path.length - 2]!, t.path[t.path.length - 1]!) })),
        NUMBER_TAG_RADIUS_MM * scale,
        NUMBER_TAG_GAP_MM * scale,
      )
    : [];
  const tagOf = new Map(drawn.map((t, i) => [t.id, tags[i]]));
  input.plan.threads.forEach((t, i) => items.push(...cachedThreadItems(t, i + 1, input, tagOf.get(t.id))));
  return { id: 'threads', items };
}
