/**
 * Pure edits of a plan document. Every function takes a plan and returns a new plan (or the same
 * object when nothing changed, so "did it change?" is a reference test). No editor state here.
 *
 * Decisions, in one place:
 * - An entry point in a selection brings its threads: moving, deleting, duplicating or mirroring
 *   an entry point does the same to every thread that starts there (path[0] must stay on it).
 * - Dragging a thread moves its entry point with it, so the whole fan on that entry point moves
 *   rigidly; a thread cannot leave its entry point by dragging.
 * - Deleting a thread keeps its entry point, even when no other thread uses it: the point is a
 *   visible marker the practitioner placed (or can reuse for the next thread), and keeping it
 *   means deleting one thread loses one object, so it never needs a confirmation.
 * - Path point 0 is the entry point: moving it moves the entry point and every thread sharing
 *   it; it cannot be removed (remove the thread or move the entry point instead).
 * - When a path changes length, its barbed section keeps its smooth lead-in (from the entry)
 *   and its smooth tail (to the distal end): the barbs take up the change, as a practitioner
 *   describes a thread ("barbs from 15 mm, stopping 7 mm short of the end"). Only when the path
 *   becomes too short for both does everything shrink in proportion. The section always stays
 *   inside the path (the loader refuses one longer than the path).
 * - Barbed-section figures are kept to BARB_STEP_MM (0.5 mm), the precision a practitioner
 *   marks on a thread; nothing shows 52.37 mm.
 * - Dragging entry points (without Alt) moves only them: the starts of their threads follow, the
 *   other path points (and so the distal ends) stay. Alt-drag, or dragging a thread, moves
 *   everything selected rigidly.
 * - Geometry edits re-derive side (from the entry point's x) and the fixation zone (the atlas
 *   zone that contains the fixation point), since both follow from where the thread lies.
 */
import { polylineLength, distanceToSegment } from '../../shared/geometry/polyline';
import { distance } from '../../shared/geometry/vec';
import type { FacePoint, FaceVector } from '../../shared/geometry/types';
import type { ThreadType } from '../../shared/catalogue/types';
// From the plan's own modules, not its index: the index brings the loader and the JSON schema,
// which the first screen does not need (issue 15; renderer/editor/plan-reading.ts).
import { nextId } from '../../shared/plan/factory';
import { MAX_DEPTH_MM, MAX_LABEL_LENGTH, MAX_PATH_POINTS, MAX_TENSION_N, MIN_DEPTH_MM, MIN_PATH_POINTS, MIN_TENSION_N } from '../../shared/plan/limits';
import { mirrorEntryPoint, mirrorThread } from '../../shared/plan/mirror';
import { mirroredEntryLabel, newEntryLabel } from '../../shared/plan/entry-labels';
import type { BarbedSection, EntryPoint, FixationEnd, LotInfo, PlanDocument, PlanMeta, Side, Thread } from '../../shared/plan/types';
import type { Selection } from './api';

/** What plan edits need to know about the world: the catalogue and two atlas queries. */
export interface OpsContext {
  readonly catalogue: readonly ThreadType[];
  /** Preferred type for new threads; '' or an unknown id falls back to FALLBACK_THREAD_TYPE_ID. */
  readonly defaultThreadTypeId: string;
  /** The patient's side a point lies on (atlas sideOf). */
  sideAt(point: FacePoint): Side;
  /** Id of the atlas fixation zone containing the point, or null. */
  fixationZoneAt(point: FacePoint): string | null;
}

/** Used when the preferences name no (known) default type: a bidirectional PDO cog, 19G, 100 mm. */
export const FALLBACK_THREAD_TYPE_ID = 'pdo-cog-bi-19g-100';

/** Design choice: mirrored copies reuse an entry point already within 1 mm of the mirror image. */
export const MIRROR_REUSE_DISTANCE_MM = 1;

/** Design choice: duplicates land 5 mm right and down, visibly apart but still nearby. */
export const DUPLICATE_OFFSET: FaceVector = { x: 5, y: 5 };

/**
 * Design choice: new barbed threads get barbs over the middle of the path, from 20% to 80% of
 * its length, leaving smooth ends at the entry (where shallow barbs dimple the skin) and at the
 * tip. The practitioner sets the exact section in the inspector.
 */
export const DEFAULT_BARBED_SHARE = { start: 0.2, end: 0.8 } as const;

/** Design choice: 1.0 N is a moderate setting, about half of a cog's 1.9 N hold (shared/domain.md). */
export const DEFAULT_LIFTING_TENSION_N = 1;

export const EMPTY_SELECTION: Selection = { threadIds: [], entryPointIds: [] };

// ---------------------------------------------------------------------------------------------
// Lookups

export const findThread = (plan: PlanDocument, id: string): Thread | undefined => plan.threads.find((t) => t.id === id);
export const findEntryPoint = (plan: PlanDocument, id: string): EntryPoint | undefined =>
  plan.entryPoints.find((e) => e.id === id);
export const threadsOf = (plan: PlanDocument, entryPointId: string): Thread[] =>
  plan.threads.filter((t) => t.entryPointId === entryPointId);

export function threadTypeFor(ctx: OpsContext, id: string): ThreadType | undefined {
  return ctx.catalogue.find((type) => type.id === id);
}

/** The type new threads get: the preferred one if it exists, else the fallback, else the first. */
export function defaultThreadType(ctx: OpsContext): ThreadType | undefined {
  return threadTypeFor(ctx, ctx.defaultThreadTypeId) ?? threadTypeFor(ctx, FALLBACK_THREAD_TYPE_ID) ?? ctx.catalogue[0];
}

const isBarbedType = (type: ThreadType | undefined): boolean =>
  type !== undefined && (type.configuration === 'cog-uni' || type.configuration === 'cog-bi' || type.configuration === 'cone');

/** The fixation point: path[0] for fixation at the entry, the last point for the distal end. */
export function fixationPoint(thread: Pick<Thread, 'path' | 'fixationEnd'>): FacePoint {
  const p = thread.fixationEnd === 'entry' ? thread.path[0] : thread.path[thread.path.length - 1];
  if (!p) throw new Error('a thread path has at least two points');
  return p;
}

/** Entry point and thread ids a selection acts on: selected entry points bring their threads. */
export function expandSelection(plan: PlanDocument, selection: Selection): { entryPointIds: Set<string>; threadIds: Set<string> } {
  const entryPointIds = new Set(selection.entryPointIds.filter((id) => findEntryPoint(plan, id)));
  const threadIds = new Set(selection.threadIds.filter((id) => findThread(plan, id)));
  for (const t of plan.threads) if (entryPointIds.has(t.entryPointId)) threadIds.add(t.id);
  return { entryPointIds, threadIds };
}

/** Drop ids that no longer exist (after undo, delete, open...). Same object when all exist. */
export function pruneSelection(plan: PlanDocument, selection: Selection): Selection {
  const threadIds = selection.threadIds.filter((id) => findThread(plan, id));
  const entryPointIds = selection.entryPointIds.filter((id) => findEntryPoint(plan, id));
  if (threadIds.length === selection.threadIds.length && entryPointIds.length === selection.entryPointIds.length) return selection;
  return { threadIds, entryPointIds };
}

export const selectAll = (plan: PlanDocument): Selection => ({
  threadIds: plan.threads.map((t) => t.id),
  entryPointIds: plan.entryPoints.map((e) => e.id),
});

export const isSelectionEmpty = (s: Selection): boolean => s.threadIds.length === 0 && s.entryPointIds.length === 0;

// ---------------------------------------------------------------------------------------------
// Normalizing after geometry edits

/**
 * Design choice: barbed-section figures in steps of 0.5 mm. Threads are marked and cut by eye or
 * with a ruler; a finer figure is false precision, and round figures read the same in the
 * inspector, the PDF and the findings.
 */
export const BARB_STEP_MM = 0.5;

/** A barbed-section figure on the BARB_STEP_MM grid, never past the end of a path `length` long. */
export function roundBarbMm(mm: number, length: number): number {
  const r = Math.round(mm / BARB_STEP_MM) * BARB_STEP_MM;
  const top = Math.floor(length / BARB_STEP_MM) * BARB_STEP_MM;
  return Math.max(0, Math.min(r, top));
}

/** A barbed section with both figures on the grid, start <= end, inside a path `length` long. */
export function roundedBarbed(barbed: BarbedSection, length: number): BarbedSection {
  const endMm = roundBarbMm(barbed.endMm, length);
  return { startMm: Math.min(roundBarbMm(barbed.startMm, length), endMm), endMm };
}

/**
 * The barbed section after the path's length changed: the smooth lead-in from the entry and the
 * smooth tail to the distal end stay as they were, the barbs take up the change. When the new
 * path is too short for both, lead-in, barbs and tail shrink in proportion instead.
 */
export function refitBarbed(barbed: BarbedSection | null, oldLength: number, newLength: number): BarbedSection | null {
  if (barbed === null || oldLength === newLength) return barbed;
  if (oldLength <= 0) return roundedBarbed({ startMm: 0, endMm: newLength }, newLength);
  const leadIn = Math.max(0, barbed.startMm);
  const tail = Math.max(0, oldLength - barbed.endMm);
  const barbs = Math.max(0, barbed.endMm - barbed.startMm);
  if (newLength - tail - leadIn >= Math.min(barbs, BARB_STEP_MM)) {
    return roundedBarbed({ startMm: leadIn, endMm: newLength - tail }, newLength);
  }
  const k = newLength / oldLength;
  return roundedBarbed({ startMm: leadIn * k, endMm: newLength - tail * k }, newLength);
}

/** A thread with a new path: barbs refitted, side and fixation zone re-derived. */
function withPath(ctx: OpsContext, thread: Thread, path: readonly FacePoint[], pointDepthsMm = thread.pointDepthsMm, side?: Side): Thread {
  const barbed = refitBarbed(thread.barbed, polylineLength(thread.path), polylineLength(path));
  const next: Thread = { ...thread, path, pointDepthsMm, barbed, side: side ?? thread.side };
  return withDerivedFixationZone(ctx, thread, next);
}

/** Re-derive the fixation zone when the fixation point moved or the fixation end changed. */
function withDerivedFixationZone(ctx: OpsContext, before: Thread, after: Thread): Thread {
  const was = fixationPoint(before);
  const now = fixationPoint(after);
  if (before.fixationEnd === after.fixationEnd && was.x === now.x && was.y === now.y) return after;
  return { ...after, fixationZoneId: ctx.fixationZoneAt(now) };
}

const translatePoint = (p: FacePoint, d: FaceVector): FacePoint => ({ x: p.x + d.x, y: p.y + d.y });

function replaceThreads(plan: PlanDocument, changed: ReadonlyMap<string, Thread>): PlanDocument['threads'] {
  return plan.threads.map((t) => changed.get(t.id) ?? t);
}

// ---------------------------------------------------------------------------------------------
// Entry points


const allIds = (plan: PlanDocument): string[] => [...plan.entryPoints.map((e) => e.id), ...plan.threads.map((t) => t.id)];

export function addEntryPoint(plan: PlanDocument, ctx: OpsContext, position: FacePoint): { plan: PlanDocument; id: string } {
  const id = nextId('e', allIds(plan));
  const entry: EntryPoint = { id, label: newEntryLabel(plan.entryPoints), position: { x: position.x, y: position.y }, side: ctx.sideAt(position) };
  return { plan: { ...plan, entryPoints: [...plan.entryPoints, entry] }, id };
}

/** Move an entry point; every thread starting there moves its first path point with it. */
export function moveEntryPoint(plan: PlanDocument, ctx: OpsContext, id: string, to: FacePoint): PlanDocument {
  const entry = findEntryPoint(plan, id);
  if (!entry || (entry.position.x === to.x && entry.position.y === to.y)) return plan;
  const side = ctx.sideAt(to);
  const position = { x: to.x, y: to.y };
  const changed = new Map<string, Thread>();
  for (const t of threadsOf(plan, id)) changed.set(t.id, withPath(ctx, t, [position, ...t.path.slice(1)], t.pointDepthsMm, side));
  return {
    ...plan,
    entryPoints: plan.entryPoints.map((e) => (e.id === id ? { ...e, position, side } : e)),
    threads: replaceThreads(plan, changed),
  };
}

/**
 * Move entry points by `delta` without their threads: each thread's start follows its entry
 * point, its other path points (and so its distal end) stay. Dragging an entry point does this.
 */
export function moveEntryPoints(plan: PlanDocument, ctx: OpsContext, ids: Iterable<string>, delta: FaceVector): PlanDocument {
  if (delta.x === 0 && delta.y === 0) return plan;
  let next = plan;
  for (const id of new Set(ids)) {
    const entry = findEntryPoint(plan, id);
    if (entry) next = moveEntryPoint(next, ctx, id, translatePoint(entry.position, delta));
  }
  return next;
}

/**
 * Move the selection rigidly by `delta`: its entry points (those selected and those of selected
 * threads) and every thread on them.
 */
export function translateSelection(plan: PlanDocument, ctx: OpsContext, selection: Selection, delta: FaceVector): PlanDocument {
  if (delta.x === 0 && delta.y === 0) return plan;
  const { entryPointIds, threadIds } = expandSelection(plan, selection);
  for (const id of threadIds) {
    const t = findThread(plan, id);
    if (t) entryPointIds.add(t.entryPointId);
  }
  if (entryPointIds.size === 0) return plan;
  const moved = new Map<string, EntryPoint>();
  for (const e of plan.entryPoints) {
    if (!entryPointIds.has(e.id)) continue;
    const position = translatePoint(e.position, delta);
    moved.set(e.id, { ...e, position, side: ctx.sideAt(position) });
  }
  const changed = new Map<string, Thread>();
  for (const t of plan.threads) {
    const entry = moved.get(t.entryPointId);
    if (!entry) continue;
    const path = t.path.map((p, i) => (i === 0 ? entry.position : translatePoint(p, delta)));
    changed.set(t.id, withPath(ctx, t, path, t.pointDepthsMm, entry.side));
  }
  return { ...plan, entryPoints: plan.entryPoints.map((e) => moved.get(e.id) ?? e), threads: replaceThreads(plan, changed) };
}

// ---------------------------------------------------------------------------------------------
// Threads

export interface ThreadDraftInput {
  readonly entryPointId: string | null;
  readonly points: readonly FacePoint[];
}

/** Barbs over the middle of a new path for barbed types; null for smooth ones. */
export function defaultBarbed(type: ThreadType | undefined, path: readonly FacePoint[]): BarbedSection | null {
  if (!isBarbedType(type)) return null;
  const length = polylineLength(path);
  return roundedBarbed({ startMm: length * DEFAULT_BARBED_SHARE.start, endMm: length * DEFAULT_BARBED_SHARE.end }, length);
}

/**
 * Commit a drawn thread. Starts on its entry point, creating one at the first point when the
 * draft did not start on an existing one. Null when the draft is too short or the type unknown.
 */
export function addThread(
  plan: PlanDocument,
  ctx: OpsContext,
  draft: ThreadDraftInput,
): { plan: PlanDocument; threadId: string; entryPointId: string } | null {
  const type = defaultThreadType(ctx);
  if (!type || draft.points.length < MIN_PATH_POINTS) return null;
  let next = plan;
  let entry = draft.entryPointId ? findEntryPoint(plan, draft.entryPointId) : undefined;
  if (!entry) {
    const added = addEntryPoint(plan, ctx, draft.points[0]!);
    next = added.plan;
    entry = findEntryPoint(next, added.id)!;
  }
  const path = [entry.position, ...draft.points.slice(1, MAX_PATH_POINTS)].map((p) => ({ x: p.x, y: p.y }));
  const threadId = nextId('t', allIds(next));
  const thread: Thread = {
    id: threadId,
    side: entry.side,
    typeId: type.id,
    entryPointId: entry.id,
    path,
    depthMm: type.defaultDepthMm,
    pointDepthsMm: path.map(() => null),
    barbed: defaultBarbed(type, path),
    fixationEnd: 'entry',
    fixationZoneId: ctx.fixationZoneAt(path[0]!),
    tensionN: type.purpose === 'lifting' ? DEFAULT_LIFTING_TENSION_N : 0,
    lot: null,
    notes: '',
  };
  return { plan: { ...next, threads: [...next.threads, thread] }, threadId, entryPointId: entry.id };
}

function mapThread(plan: PlanDocument, id: string, fn: (t: Thread) => Thread): PlanDocument {
  const t = findThread(plan, id);
  if (!t) return plan;
  const next = fn(t);
  return next === t ? plan : { ...plan, threads: plan.threads.map((x) => (x.id === id ? next : x)) };
}

/** Move path point `index`; point 0 is the entry point, so it moves the whole entry point. */
export function movePathPoint(plan: PlanDocument, ctx: OpsContext, threadId: string, index: number, to: FacePoint): PlanDocument {
  const t = findThread(plan, threadId);
  if (!t || index < 0 || index >= t.path.length) return plan;
  if (index === 0) return moveEntryPoint(plan, ctx, t.entryPointId, to);
  const old = t.path[index]!;
  if (old.x === to.x && old.y === to.y) return plan;
  return mapThread(plan, threadId, (th) => withPath(ctx, th, th.path.map((p, i) => (i === index ? { x: to.x, y: to.y } : p))));
}

/** Index of the segment (path[i] to path[i+1]) nearest to `point`. */
export function nearestSegment(path: readonly FacePoint[], point: FacePoint): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let i = 0; i + 1 < path.length; i++) {
    const d = distanceToSegment(point, path[i]!, path[i + 1]!);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  }
  return best;
}

/**
 * Insert `point` into the segment after path[segment]. A per-point depth is interpolated when
 * both neighbours have one, else left to the thread's default.
 */
export function insertPathPoint(plan: PlanDocument, ctx: OpsContext, threadId: string, segment: number, point: FacePoint): PlanDocument {
  return mapThread(plan, threadId, (t) => {
    if (segment < 0 || segment + 1 >= t.path.length || t.path.length >= MAX_PATH_POINTS) return t;
    const a = t.path[segment]!;
    const b = t.path[segment + 1]!;
    const da = t.pointDepthsMm[segment] ?? null;
    const db = t.pointDepthsMm[segment + 1] ?? null;
    let depth: number | null = null;
    if (da !== null && db !== null) {
      const total = distance(a, point) + distance(point, b);
      depth = total === 0 ? da : da + ((db - da) * distance(a, point)) / total;
    }
    const at = segment + 1;
    const path = [...t.path.slice(0, at), { x: point.x, y: point.y }, ...t.path.slice(at)];
    const depths = [...t.pointDepthsMm.slice(0, at), depth, ...t.pointDepthsMm.slice(at)];
    return withPath(ctx, t, path, depths);
  });
}

/** Remove path point `index` (not the entry point; a path keeps at least two points). */
export function removePathPoint(plan: PlanDocument, ctx: OpsContext, threadId: string, index: number): PlanDocument {
  return mapThread(plan, threadId, (t) => {
    if (index <= 0 || index >= t.path.length || t.path.length <= MIN_PATH_POINTS) return t;
    const path = t.path.filter((_, i) => i !== index);
    const depths = t.pointDepthsMm.filter((_, i) => i !== index);
    return withPath(ctx, t, path, depths);
  });
}

export function setFixationEnd(plan: PlanDocument, ctx: OpsContext, threadId: string, end: FixationEnd): PlanDocument {
  return mapThread(plan, threadId, (t) => (t.fixationEnd === end ? t : withDerivedFixationZone(ctx, t, { ...t, fixationEnd: end })));
}

/** Swap each thread's fixation end to its other end. */
export function toggleFixationEnds(plan: PlanDocument, ctx: OpsContext, threadIds: readonly string[]): PlanDocument {
  let next = plan;
  for (const id of threadIds) {
    const t = findThread(next, id);
    if (t) next = setFixationEnd(next, ctx, id, t.fixationEnd === 'entry' ? 'distal' : 'entry');
  }
  return next;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** Equal plain data (numbers, strings, null, small objects and arrays of them). */
const sameValue = (a: unknown, b: unknown): boolean =>
  Object.is(a, b) || (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && JSON.stringify(a) === JSON.stringify(b));

/**
 * Apply an inspector edit. Numbers are kept inside the limits the loader accepts (a plan the
 * editor makes must always reopen). Changing the type between smooth and barbed adds or removes
 * the barbed section unless the patch sets one. Changing the path goes through the same
 * normalizing as a drag.
 */
export function updateThread(plan: PlanDocument, ctx: OpsContext, id: string, patch: Partial<Omit<Thread, 'id'>>): PlanDocument {
  return mapThread(plan, id, (t) => {
    // An inspector often sends what is already there: that is no edit at all.
    if ((Object.keys(patch) as (keyof typeof patch)[]).every((k) => sameValue(patch[k], t[k]))) return t;
    const p: { -readonly [K in keyof Thread]?: Thread[K] } = { ...patch };
    if (p.depthMm !== undefined) p.depthMm = Number.isFinite(p.depthMm) ? clamp(p.depthMm, MIN_DEPTH_MM, MAX_DEPTH_MM) : t.depthMm;
    if (p.tensionN !== undefined) p.tensionN = Number.isFinite(p.tensionN) ? clamp(p.tensionN, MIN_TENSION_N, MAX_TENSION_N) : t.tensionN;
    if (p.pointDepthsMm !== undefined) {
      const path = p.path ?? t.path;
      p.pointDepthsMm = path.map((_, i) => {
        const d = p.pointDepthsMm![i];
        return d === null || d === undefined || !Number.isFinite(d) ? null : clamp(d, MIN_DEPTH_MM, MAX_DEPTH_MM);
      });
    }
    if (p.typeId !== undefined && p.typeId !== t.typeId && p.barbed === undefined) {
      const type = threadTypeFor(ctx, p.typeId);
      const wasBarbed = t.barbed !== null;
      if (!isBarbedType(type)) p.barbed = null;
      else if (!wasBarbed) p.barbed = defaultBarbed(type, p.path ?? t.path);
    }
    if (p.barbed) {
      const length = polylineLength(p.path ?? t.path);
      const endMm = clamp(Number.isFinite(p.barbed.endMm) ? p.barbed.endMm : length, 0, length);
      const startMm = clamp(Number.isFinite(p.barbed.startMm) ? p.barbed.startMm : 0, 0, endMm);
      p.barbed = roundedBarbed({ startMm, endMm }, length);
    }
    const next: Thread = { ...t, ...p };
    if (p.path && p.path !== t.path) {
      // path[0] stays on the entry point: move the entry point to move the start.
      const path = [t.path[0]!, ...p.path.slice(1, MAX_PATH_POINTS)];
      if (path.length < MIN_PATH_POINTS) return t;
      const depths = p.pointDepthsMm ?? (path.length === t.path.length ? t.pointDepthsMm : path.map(() => null));
      const moved = withPath(ctx, { ...next, path: t.path, pointDepthsMm: t.pointDepthsMm }, path, depths);
      return p.barbed !== undefined ? { ...moved, barbed: next.barbed } : moved;
    }
    if (p.fixationEnd !== undefined && p.fixationZoneId === undefined) return withDerivedFixationZone(ctx, t, next);
    return next;
  });
}

/**
 * One edit for one or several threads (the inspectors). Each field that is set replaces that value
 * on every thread; the lot number and the expiry, and the barbed section's start and end, are
 * separate fields, so setting one keeps each thread's other. The inspectors use this for any field
 * that is part of a larger value: they show a snapshot held during a drag (usePanelSnapshot) and may be a
 * moment behind, so the rest of the value is taken from the plan as it is now, not from the panel.
 */
export interface ThreadsEdit {
  readonly typeId?: string;
  readonly depthMm?: number;
  readonly tensionN?: number;
  readonly fixationEnd?: FixationEnd;
  readonly lotNumber?: string;
  /** ISO yyyy-mm-dd, or '' for unknown. */
  readonly lotExpiry?: string;
  /** Where the barbed section starts / ends, mm from the entry; ignored on smooth threads. */
  readonly barbedStartMm?: number;
  readonly barbedEndMm?: number;
}

/** Apply `edit` to every thread in `ids`, through updateThread (same limits, same normalizing). */
export function updateThreads(plan: PlanDocument, ctx: OpsContext, ids: Iterable<string>, edit: ThreadsEdit): PlanDocument {
  let next = plan;
  for (const id of new Set(ids)) {
    const t = findThread(next, id);
    if (!t) continue;
    const patch: { -readonly [K in keyof Thread]?: Thread[K] } = {};
    if (edit.typeId !== undefined) patch.typeId = edit.typeId;
    if (edit.depthMm !== undefined) patch.depthMm = edit.depthMm;
    if (edit.tensionN !== undefined) patch.tensionN = edit.tensionN;
    if (edit.fixationEnd !== undefined) patch.fixationEnd = edit.fixationEnd;
    if (edit.lotNumber !== undefined || edit.lotExpiry !== undefined) patch.lot = lotWith(t.lot, edit.lotNumber, edit.lotExpiry);
    if (t.barbed && (edit.barbedStartMm !== undefined || edit.barbedEndMm !== undefined)) {
      patch.barbed = { startMm: edit.barbedStartMm ?? t.barbed.startMm, endMm: edit.barbedEndMm ?? t.barbed.endMm };
    }
    next = updateThread(next, ctx, id, patch);
  }
  return next;
}

/** A thread's lot with the number and/or expiry replaced; null when both end up empty. */
export function lotWith(lot: LotInfo | null, number: string | undefined, expiry: string | undefined): LotInfo | null {
  const next = { number: number ?? lot?.number ?? '', expiry: expiry ?? lot?.expiry ?? '' };
  return next.number === '' && next.expiry === '' ? null : next;
}

export function updateEntryPoint(plan: PlanDocument, ctx: OpsContext, id: string, patch: Partial<Omit<EntryPoint, 'id'>>): PlanDocument {
  const entry = findEntryPoint(plan, id);
  if (!entry) return plan;
  let next = plan;
  if (patch.position) next = moveEntryPoint(next, ctx, id, patch.position);
  const rest: { -readonly [K in keyof EntryPoint]?: EntryPoint[K] } = {};
  if (patch.label !== undefined && patch.label !== entry.label) rest.label = patch.label.slice(0, MAX_LABEL_LENGTH);
  if (patch.side !== undefined && !patch.position && patch.side !== entry.side) rest.side = patch.side;
  if (Object.keys(rest).length === 0) return next;
  return { ...next, entryPoints: next.entryPoints.map((e) => (e.id === id ? { ...e, ...rest } : e)) };
}

export function updateMeta(plan: PlanDocument, patch: Partial<PlanMeta>): PlanDocument {
  const keys = Object.keys(patch) as (keyof PlanMeta)[];
  if (keys.every((k) => plan.meta[k] === patch[k])) return plan;
  return { ...plan, meta: { ...plan.meta, ...patch } };
}

// ---------------------------------------------------------------------------------------------
// Delete, duplicate, mirror

/** What deleting the selection would remove (selected entry points take their threads). */
export function deletionOf(plan: PlanDocument, selection: Selection): { threadIds: Set<string>; entryPointIds: Set<string>; count: number } {
  const { entryPointIds, threadIds } = expandSelection(plan, selection);
  return { entryPointIds, threadIds, count: entryPointIds.size + threadIds.size };
}

export function deleteSelection(plan: PlanDocument, selection: Selection): PlanDocument {
  const { entryPointIds, threadIds, count } = deletionOf(plan, selection);
  if (count === 0) return plan;
  return {
    ...plan,
    entryPoints: plan.entryPoints.filter((e) => !entryPointIds.has(e.id)),
    threads: plan.threads.filter((t) => !threadIds.has(t.id)),
  };
}

/** Copies of the selection, offset by DUPLICATE_OFFSET, each on a copy of its entry point. */
export function duplicateSelection(plan: PlanDocument, ctx: OpsContext, selection: Selection): { plan: PlanDocument; selection: Selection } {
  const { entryPointIds, threadIds } = expandSelection(plan, selection);
  for (const id of threadIds) entryPointIds.add(findThread(plan, id)!.entryPointId);
  if (entryPointIds.size === 0) return { plan, selection };
  const ids = allIds(plan);
  const copies = new Map<string, EntryPoint>();
  const newEntries: EntryPoint[] = [];
  for (const e of plan.entryPoints) {
    if (!entryPointIds.has(e.id)) continue;
    const id = nextId('e', ids);
    ids.push(id);
    const position = translatePoint(e.position, DUPLICATE_OFFSET);
    const copy: EntryPoint = { ...e, id, label: newEntryLabel(plan.entryPoints, newEntries), position, side: ctx.sideAt(position) };
    newEntries.push(copy);
    copies.set(e.id, copy);
  }
  const newThreads: Thread[] = [];
  for (const t of plan.threads) {
    if (!threadIds.has(t.id)) continue;
    const entry = copies.get(t.entryPointId)!;
    const id = nextId('t', ids);
    ids.push(id);
    const path = t.path.map((p, i) => (i === 0 ? entry.position : translatePoint(p, DUPLICATE_OFFSET)));
    newThreads.push(withPath(ctx, { ...t, id, entryPointId: entry.id }, path, t.pointDepthsMm, entry.side));
  }
  return {
    plan: { ...plan, entryPoints: [...plan.entryPoints, ...newEntries], threads: [...plan.threads, ...newThreads] },
    selection: {
      threadIds: newThreads.map((t) => t.id),
      entryPointIds: selection.entryPointIds.map((id) => copies.get(id)?.id).filter((id): id is string => id !== undefined),
    },
  };
}

/**
 * Mirror the selection to the other side of the midline as new objects. A mirrored entry point
 * reuses an existing entry point within MIRROR_REUSE_DISTANCE_MM of its mirror image (so
 * mirroring twice, or mirroring onto a side that already has the point, does not stack copies).
 */
export function mirrorSelection(plan: PlanDocument, ctx: OpsContext, selection: Selection): { plan: PlanDocument; selection: Selection } {
  const { entryPointIds, threadIds } = expandSelection(plan, selection);
  for (const id of threadIds) entryPointIds.add(findThread(plan, id)!.entryPointId);
  if (entryPointIds.size === 0) return { plan, selection };
  const ids = allIds(plan);
  const entries: EntryPoint[] = [...plan.entryPoints];
  const added: EntryPoint[] = [];
  const target = new Map<string, EntryPoint>();
  for (const e of plan.entryPoints) {
    if (!entryPointIds.has(e.id)) continue;
    const image = mirrorEntryPoint(e);
    const existing = entries.find((x) => distance(x.position, image.position) <= MIRROR_REUSE_DISTANCE_MM);
    if (existing) {
      target.set(e.id, existing);
      continue;
    }
    const id = nextId('e', ids);
    ids.push(id);
    const copy: EntryPoint = { ...image, id, label: mirroredEntryLabel(e, plan.entryPoints, added), side: ctx.sideAt(image.position) };
    entries.push(copy);
    added.push(copy);
    target.set(e.id, copy);
  }
  const newThreads: Thread[] = [];
  for (const t of plan.threads) {
    if (!threadIds.has(t.id)) continue;
    const entry = target.get(t.entryPointId)!;
    const id = nextId('t', ids);
    ids.push(id);
    const mirrored = mirrorThread(t, id, entry.id);
    const path = [entry.position, ...mirrored.path.slice(1)];
    // The mirror's fixation zone is the same zone on the other side, but re-derive it from the
    // atlas when the mirrored fixation point lies in a zone (the atlas is not exactly symmetric).
    const zone = ctx.fixationZoneAt(fixationPoint({ path, fixationEnd: mirrored.fixationEnd }));
    newThreads.push({ ...mirrored, path, side: entry.side, fixationZoneId: zone ?? mirrored.fixationZoneId });
  }
  const selectedEntries = selection.entryPointIds.map((id) => target.get(id)?.id).filter((id): id is string => id !== undefined);
  return {
    plan: { ...plan, entryPoints: entries, threads: [...plan.threads, ...newThreads] },
    selection: { threadIds: newThreads.map((t) => t.id), entryPointIds: [...new Set(selectedEntries)] },
  };
}
