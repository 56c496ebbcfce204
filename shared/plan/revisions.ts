/**
 * Finalizing (schema 3): a plan is signed off as final; the first edit after that keeps the
 * signed-off revision, read-only, inside the plan and starts the next revision as a draft. Pure
 * functions on plain plans, used by the editor (renderer/editor/core.ts) and the report.
 */
import { MAX_FINAL_REVISIONS } from './limits';
import type { FinalRevision, PlanDocument, SignOff } from './types';

/** The plan signed off as final by `signOff` (the current revision; nothing else changes). */
export function markFinal(plan: PlanDocument, signOff: SignOff): PlanDocument {
  return { ...plan, signOff: { by: signOff.by.trim(), on: signOff.on } };
}

/** True when `next` changes what `base` holds (details, design or photos), not only its record fields. */
export function contentChanged(base: PlanDocument, next: PlanDocument): boolean {
  return (
    base.meta !== next.meta ||
    base.entryPoints !== next.entryPoints ||
    base.threads !== next.threads ||
    base.photos !== next.photos ||
    base.photoScale !== next.photoScale
  );
}

export type RevisionResult = { readonly ok: true; readonly plan: PlanDocument } | { readonly ok: false; readonly reason: 'revisions-full' };

/**
 * `next` is an edit of `base`. When `base` is signed off and the edit changes its content (and
 * does not itself change the sign-off), `base` is kept as a final revision and `next` becomes the
 * next revision, a draft. Any other edit is returned as it is. Refused when the plan already
 * keeps MAX_FINAL_REVISIONS: the caller says so and leaves the plan as it was.
 */
export function reviseIfFinal(base: PlanDocument, next: PlanDocument): RevisionResult {
  const signOff = base.signOff;
  if (signOff === null || next.signOff !== signOff || next.revision !== base.revision || !contentChanged(base, next)) return { ok: true, plan: next };
  if (base.finalRevisions.length >= MAX_FINAL_REVISIONS) return { ok: false, reason: 'revisions-full' };
  const kept: FinalRevision = { revision: base.revision, signOff, meta: base.meta, entryPoints: base.entryPoints, threads: base.threads };
  return { ok: true, plan: { ...next, revision: base.revision + 1, signOff: null, finalRevisions: [...base.finalRevisions, kept] } };
}

/**
 * A kept final revision as a plan of its own, read-only: for viewing and exporting it exactly as
 * it was signed off. It carries the patient's photos of the current plan (photos are not kept
 * per revision) and no revisions of its own.
 */
export function planOfRevision(plan: PlanDocument, revision: number): PlanDocument | null {
  const kept = plan.finalRevisions.find((r) => r.revision === revision);
  if (!kept) return null;
  return { ...plan, meta: kept.meta, entryPoints: kept.entryPoints, threads: kept.threads, revision: kept.revision, signOff: kept.signOff, finalRevisions: [] };
}
