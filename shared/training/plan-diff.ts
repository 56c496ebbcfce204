import { analyze } from '../analysis/analyze';
import { findingKey } from '../analysis/findings';
import type { AnalysisResult, Finding } from '../analysis/types';
import type { Atlas } from '../atlas/types';
import { THREAD_CATALOGUE } from '../catalogue';
import type { ThreadType } from '../catalogue/types';
import type { FacePoint } from '../geometry/types';
import type { EntryPoint, PlanDocument, Thread } from '../plan/types';
import { surfaceLength, surfaceOf } from '../surface';
import type { FaceSurface } from '../surface/types';
import { describeChange, describeEntryMoved, describeThreadMoved, fixationZoneWords, type DiffNames, type Shift, type ThreadChangeDetail } from './diff-text';
import { pairThreadsByGeometry } from './thread-pairing';

/**
 * What changed between two designs: threads and entry points added, removed or changed, and
 * which findings the change resolved, introduced or left. Used by the compare view (poor vs
 * corrected) and the exercise summary (start vs finish).
 *
 * Matching: threads are matched BY ID first; the editor never reuses ids (plan/factory.ts
 * nextId), so an id names the same thread across edits. Threads left unmatched by id (two designs
 * drawn separately, or a thread deleted and redrawn) are then paired by side, entry end and path
 * (thread-pairing.ts: same side only, cheapest pair first, within MAX_PAIR_COST_MM), so a
 * redrawn thread shows as changed; only threads with no counterpart are added or removed.
 * Entry points are matched by id only. Findings are matched by findingKey (rule, check, side and
 * threads, a paired thread counting as the same thread); a finding left over on both sides with
 * the same rule, check and side and a thread in common (e.g. an asymmetry finding whose thread
 * list grew) counts as remaining, not as one resolved and one introduced (see matchFindings).
 */

export type ThreadChangeKind = ThreadChangeDetail['kind'];

/**
 * One change to a thread: what changed as data (diff-text's describeChange writes it in any
 * language) and its English words, e.g. "depth 1.5 mm → 4.5 mm" (the CLI and tests read them).
 */
export type ThreadChange = ThreadChangeDetail & {
  /** English words, e.g. "depth 1.5 mm → 4.5 mm" (describeChange(change, 'en', ...)). */
  readonly description: string;
};

export interface ThreadRef {
  readonly id: string;
  /** 1-based position in its plan (findings call it "thread <number>"). */
  readonly number: number;
  readonly side: Thread['side'];
  readonly thread: Thread;
}

export interface ThreadMoved {
  /** The thread's id after the change. */
  readonly id: string;
  /** Position in the plan after the change. */
  readonly number: number;
  /** The thread's id before the change (differs from `id` when paired by geometry). */
  readonly beforeId: string;
  /** Position in the plan before the change. */
  readonly beforeNumber: number;
  /** How the two were found to be one thread: same id, or (ids differing) side and geometry. */
  readonly matchedBy: 'id' | 'geometry';
  readonly side: Thread['side'];
  readonly before: Thread;
  readonly after: Thread;
  readonly changes: readonly ThreadChange[];
  /**
   * All changes in one line, in English (describeThreadMoved writes it in any language), named by
   * the thread's number BEFORE the change, as the resolved findings are, e.g. "Thread 2 (patient's
   * left): depth 1.5 mm → 4.5 mm; tension 2.4 N → 1 N"; where its number after the change
   * differs, that number follows: "Thread 5 (patient's right; thread 1 in the corrected design): ...".
   */
  readonly description: string;
}

export interface EntryPointMoved {
  readonly id: string;
  readonly before: EntryPoint;
  readonly after: EntryPoint;
  /** How far it moved on the diagram (what decides that it moved at all). */
  readonly distanceMm: number;
  /** How far on the skin and which way it moved (describeEntryMoved writes it in any language). */
  readonly shift: Shift;
  /** In English: "Entry point A: moved 5 mm outward". */
  readonly description: string;
}

export interface PlanDiff {
  readonly threadsAdded: readonly ThreadRef[];
  readonly threadsRemoved: readonly ThreadRef[];
  readonly threadsMoved: readonly ThreadMoved[];
  readonly entryPointsAdded: readonly EntryPoint[];
  readonly entryPointsRemoved: readonly EntryPoint[];
  readonly entryPointsMoved: readonly EntryPointMoved[];
  /** Findings of `before` that `after` no longer has. */
  readonly findingsResolved: readonly Finding[];
  /** Findings of `after` that `before` did not have. */
  readonly findingsIntroduced: readonly Finding[];
  /** Findings of `after` that were already there before (possibly with other wording or severity). */
  readonly findingsRemaining: readonly Finding[];
  /** The two analyses, so callers need not run them again. */
  readonly analysis: { readonly before: AnalysisResult; readonly after: AnalysisResult };
}

export interface DiffOptions {
  /** Thread types for names in descriptions; the built-in catalogue by default. */
  readonly catalogue?: readonly ThreadType[];
  /** Analyses already computed for the two plans (the editor has the current one). */
  readonly analysis?: { readonly before?: AnalysisResult; readonly after?: AnalysisResult };
}

/**
 * Coordinates closer than this count as unchanged, millimetres. Design choice: plan files round
 * to 0.01 mm, and a hundredth of a millimetre is far below what anyone can place on the diagram.
 */
export const SAME_POSITION_MM = 0.01;
/** Depths and tensions closer than this count as unchanged (design choice: file rounding). */
const SAME_VALUE = 1e-6;

export function diffPlans(before: PlanDocument, after: PlanDocument, atlas: Atlas, options: DiffOptions = {}): PlanDiff {
  const catalogue = options.catalogue ?? THREAD_CATALOGUE;
  const names: DiffNames = { atlas, catalogue };
  const surface = surfaceOf(atlas);
  const beforeAnalysis = options.analysis?.before ?? analyze(before, atlas, { catalogue });
  const afterAnalysis = options.analysis?.after ?? analyze(after, atlas, { catalogue });

  const beforeNumber = new Map(before.threads.map((t, i) => [t.id, i + 1]));
  const beforeById = new Map(before.threads.map((t) => [t.id, t]));
  const afterIds = new Set(after.threads.map((t) => t.id));
  // Fallback for threads the ids leave unmatched: pair them by side and geometry.
  const geometryPairs = pairThreadsByGeometry(
    before.threads.filter((t) => !afterIds.has(t.id)),
    after.threads.filter((t) => !beforeById.has(t.id)),
  );
  /** After-thread id -> its before thread, for geometry pairs. */
  const pairedBefore = new Map(geometryPairs.map((p) => [p.after.id, p.before]));
  const pairedBeforeIds = new Set(geometryPairs.map((p) => p.before.id));

  const threadsAdded: ThreadRef[] = [];
  const threadsMoved: ThreadMoved[] = [];
  after.threads.forEach((t, i) => {
    const byId = beforeById.get(t.id);
    const old = byId ?? pairedBefore.get(t.id);
    if (!old) {
      threadsAdded.push({ id: t.id, number: i + 1, side: t.side, thread: t });
      return;
    }
    const details = threadChanges(old, t, surface);
    if (details.length === 0) return;
    const changes: ThreadChange[] = details.map((c) => ({ ...c, description: describeChange(c, 'en', names) }));
    const line = { number: i + 1, beforeNumber: beforeNumber.get(old.id)!, matchedBy: byId ? ('id' as const) : ('geometry' as const), side: t.side, changes };
    threadsMoved.push({
      ...line,
      id: t.id,
      beforeId: old.id,
      before: old,
      after: t,
      description: describeThreadMoved(line, 'en', names),
    });
  });
  const threadsRemoved: ThreadRef[] = before.threads
    .map((t, i) => ({ id: t.id, number: i + 1, side: t.side, thread: t }))
    .filter((r) => !afterIds.has(r.id) && !pairedBeforeIds.has(r.id));

  const beforeEntries = new Map(before.entryPoints.map((e) => [e.id, e]));
  const afterEntryIds = new Set(after.entryPoints.map((e) => e.id));
  const entryPointsAdded = after.entryPoints.filter((e) => !beforeEntries.has(e.id));
  const entryPointsRemoved = before.entryPoints.filter((e) => !afterEntryIds.has(e.id));
  const entryPointsMoved: EntryPointMoved[] = [];
  for (const e of after.entryPoints) {
    const old = beforeEntries.get(e.id);
    if (!old) continue;
    const distanceMm = Math.hypot(e.position.x - old.position.x, e.position.y - old.position.y);
    if (distanceMm <= SAME_POSITION_MM && e.side === old.side) continue;
    const shift = shiftBetween(old.position, e.position, surface);
    entryPointsMoved.push({ id: e.id, before: old, after: e, distanceMm, shift, description: describeEntryMoved({ label: e.label, shift }, 'en') });
  }

  const sameThread = new Map(geometryPairs.map((p) => [p.after.id, p.before.id]));
  const { resolved, introduced, remaining } = matchFindings(beforeAnalysis.findings, afterAnalysis.findings, sameThread);
  return {
    threadsAdded,
    threadsRemoved,
    threadsMoved,
    entryPointsAdded,
    entryPointsRemoved,
    entryPointsMoved,
    findingsResolved: resolved,
    findingsIntroduced: introduced,
    findingsRemaining: remaining,
    analysis: { before: beforeAnalysis, after: afterAnalysis },
  };
}

/**
 * Pair findings: exact findingKey first; then, among the rest, the same rule, check and side
 * about at least one common thread (or both about the whole plan), so a finding whose thread
 * list grew or shrank still counts as the same problem. `sameThread` maps an after-thread id to
 * the before-thread id it was paired with by geometry, so a problem that a redrawn thread still
 * has remains instead of counting as resolved plus introduced.
 */
export function matchFindings(
  before: readonly Finding[],
  after: readonly Finding[],
  sameThread: ReadonlyMap<string, string> = new Map(),
): { resolved: Finding[]; introduced: Finding[]; remaining: Finding[] } {
  // Compare after-findings under the before ids; the originals are what is returned.
  const asBefore = (f: Finding): Finding => (sameThread.size === 0 ? f : { ...f, threads: f.threads.map((id) => sameThread.get(id) ?? id) });
  const matched = new Set<Finding>();
  const pair = (f: Finding, same: (g: Finding) => boolean): boolean => {
    const partner = before.find((g) => !matched.has(g) && same(g));
    if (partner === undefined) return false;
    matched.add(partner);
    return true;
  };
  const exactly = (f: Finding) => {
    const key = findingKey(f);
    return (g: Finding) => findingKey(g) === key;
  };
  const loosely = (f: Finding) => (g: Finding) =>
    g.rule === f.rule &&
    (g.aspect ?? '') === (f.aspect ?? '') &&
    g.side === f.side &&
    (g.threads.length === 0 && f.threads.length === 0 ? true : g.threads.some((id) => f.threads.includes(id)));
  // Two passes so an exact pair is never taken by an earlier loose one.
  const translated = after.map(asBefore);
  const exact = translated.map((f) => pair(f, exactly(f)));
  const paired = translated.map((f, i) => exact[i] || pair(f, loosely(f)));
  return {
    resolved: before.filter((g) => !matched.has(g)),
    introduced: after.filter((_, i) => !paired[i]),
    remaining: after.filter((_, i) => paired[i]),
  };
}

function threadChanges(a: Thread, b: Thread, surface: FaceSurface): ThreadChangeDetail[] {
  const out: ThreadChangeDetail[] = [];
  if (a.side !== b.side) out.push({ kind: 'side', to: b.side });
  if (a.typeId !== b.typeId) out.push({ kind: 'type', from: a.typeId, to: b.typeId });
  if (a.entryPointId !== b.entryPointId) out.push({ kind: 'entry' });
  const path = pathChange(a, b, surface);
  if (path) out.push(path);
  const depth = depthChange(a, b);
  if (depth) out.push(depth);
  if (!sameBarbs(a.barbed, b.barbed)) out.push({ kind: 'barbs', from: a.barbed, to: b.barbed });
  if (a.fixationEnd !== b.fixationEnd || a.fixationZoneId !== b.fixationZoneId) {
    out.push({ kind: 'fixation', from: { end: a.fixationEnd, zoneId: a.fixationZoneId }, to: { end: b.fixationEnd, zoneId: b.fixationZoneId } });
  }
  if (Math.abs(a.tensionN - b.tensionN) > SAME_VALUE) out.push({ kind: 'tension', from: a.tensionN, to: b.tensionN });
  // Every other property of a thread too: a corrected lot (the expiry check) is a change.
  if (!sameLot(a.lot, b.lot)) out.push({ kind: 'lot', from: a.lot, to: b.lot });
  if (a.notes.trim() !== b.notes.trim()) out.push({ kind: 'notes' });
  return out;
}

/** A reshaped path: which ends moved and how far, and its length, all on the skin (what the inspector and the findings give). */
function pathChange(a: Thread, b: Thread, surface: FaceSurface): Extract<ThreadChangeDetail, { kind: 'path' }> | null {
  const same =
    a.path.length === b.path.length &&
    a.path.every((p, i) => Math.hypot(p.x - b.path[i]!.x, p.y - b.path[i]!.y) <= SAME_POSITION_MM);
  if (same) return null;
  const startA = a.path[0]!;
  const startB = b.path[0]!;
  const endA = a.path[a.path.length - 1]!;
  const endB = b.path[b.path.length - 1]!;
  const startMoved = Math.hypot(startA.x - startB.x, startA.y - startB.y) > SAME_POSITION_MM;
  const endMoved = Math.hypot(endA.x - endB.x, endA.y - endB.y) > SAME_POSITION_MM;
  const lenA = surfaceLength(surface, a.path);
  const lenB = surfaceLength(surface, b.path);
  return {
    kind: 'path',
    start: startMoved ? shiftBetween(startA, startB, surface) : null,
    end: endMoved ? shiftBetween(endA, endB, surface) : null,
    points: startMoved || endMoved ? null : { from: a.path.length, to: b.path.length },
    lengthMm: Math.abs(lenA - lenB) >= 1 ? { from: Math.round(lenA), to: Math.round(lenB) } : null,
  };
}

/**
 * How a point moved: its distance on the skin and the directions that make up at least 30 % of it and half
 * a millimetre (design choice: smaller components are drawing noise, not a direction the trainee
 * meant). Sides follow the patient (+x is the patient's left); away from the midline is outward.
 */
function shiftBetween(from: FacePoint, to: FacePoint, surface: FaceSurface): Shift {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const d = Math.hypot(dx, dy);
  const vertical = Math.abs(dy) >= 0.5 && Math.abs(dy) >= d * 0.3 ? (dy < 0 ? 'up' : 'down') : null;
  const horizontal = Math.abs(dx) >= 0.5 && Math.abs(dx) >= d * 0.3 ? (Math.abs(to.x) > Math.abs(from.x) ? 'outward' : 'medial') : null;
  // How far on the skin: the straight move on the diagram, lifted (near the ear a millimetre drawn
  // is up to two and a half on the skin). Its directions are read off the diagram.
  return { distanceMm: surfaceLength(surface, [from, to]), vertical, horizontal };
}

function depthChange(a: Thread, b: Thread): Extract<ThreadChangeDetail, { kind: 'depth' }> | null {
  const noOverrides = (t: Thread): boolean => t.pointDepthsMm.every((d) => d === null);
  // Paths of different point counts (a redrawn thread) without overrides have the same profile.
  const overridesSame =
    (noOverrides(a) && noOverrides(b)) ||
    (a.pointDepthsMm.length === b.pointDepthsMm.length &&
    a.pointDepthsMm.every((d, i) => {
      const e = b.pointDepthsMm[i];
      return d === null || e === null || e === undefined ? d === (e ?? null) : Math.abs(d - e) <= SAME_VALUE;
    }));
  const defaultSame = Math.abs(a.depthMm - b.depthMm) <= SAME_VALUE;
  if (defaultSame && overridesSame) return null;
  if (!defaultSame && overridesSame) return { kind: 'depth', from: { lowMm: a.depthMm, highMm: a.depthMm }, to: { lowMm: b.depthMm, highMm: b.depthMm } };
  const range = (t: Thread): { lowMm: number; highMm: number } => {
    const ds = t.pointDepthsMm.map((d) => d ?? t.depthMm);
    return { lowMm: Math.min(...ds), highMm: Math.max(...ds) };
  };
  const ra = range(a);
  const rb = range(b);
  // A redrawn path (another point count) whose overrides span the same depths reads as unchanged.
  const sameRange = (x: number, y: number): boolean => Math.round(x * 100) === Math.round(y * 100);
  if (defaultSame && a.pointDepthsMm.length !== b.pointDepthsMm.length && sameRange(ra.lowMm, rb.lowMm) && sameRange(ra.highMm, rb.highMm)) return null;
  return { kind: 'depth', from: ra, to: rb };
}

/** No lot and a lot with neither number nor expiry are the same: nothing recorded. */
function sameLot(a: Thread['lot'], b: Thread['lot']): boolean {
  const key = (l: Thread['lot']): string => (l ? `${l.number.trim()}\u0000${l.expiry.trim()}` : '\u0000');
  return key(a) === key(b);
}

function sameBarbs(a: Thread['barbed'], b: Thread['barbed']): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a.startMm - b.startMm) <= SAME_VALUE && Math.abs(a.endMm - b.endMm) <= SAME_VALUE;
}

/**
 * A fixation zone in English running text, "the deep temporal fascia" (diff-text's
 * fixationZoneWords gives it in any language).
 */
export const fixationZoneName = (atlas: Atlas, id: string): string => fixationZoneWords(atlas, id, 'en');
