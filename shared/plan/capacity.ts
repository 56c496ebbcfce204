/**
 * The plan's size against the loader's count limits (limits.ts), for editors: an edit that would
 * take a plan past one of them must be refused, or the user would make a plan that cannot be
 * reopened. The loader itself checks the same limits in validate.ts.
 */
import { MAX_ENTRY_POINTS, MAX_PLAN_PATH_POINTS, MAX_THREADS } from './limits';
import type { PlanDocument } from './types';

export type CapacityKind = 'threads' | 'entryPoints' | 'pathPoints';

export interface CapacityExceeded {
  readonly kind: CapacityKind;
  /** The limit that is exceeded. */
  readonly limit: number;
}

/** The current design and every kept final revision: they share one budget (limits.ts). */
function designs(plan: PlanDocument): { readonly entryPoints: readonly unknown[]; readonly threads: PlanDocument['threads'] }[] {
  return [plan, ...(plan.finalRevisions ?? [])];
}

export function pathPointCount(plan: PlanDocument): number {
  let count = 0;
  for (const design of designs(plan)) for (const thread of design.threads) count += thread.path.length;
  return count;
}

const total = (plan: PlanDocument, count: (d: ReturnType<typeof designs>[number]) => number): number =>
  designs(plan).reduce((sum, d) => sum + count(d), 0);

/** The first count limit `plan` (with its kept revisions) exceeds, or null when it is within all of them. */
export function exceededCapacity(plan: PlanDocument): CapacityExceeded | null {
  if (total(plan, (d) => d.threads.length) > MAX_THREADS) return { kind: 'threads', limit: MAX_THREADS };
  if (total(plan, (d) => d.entryPoints.length) > MAX_ENTRY_POINTS) return { kind: 'entryPoints', limit: MAX_ENTRY_POINTS };
  if (pathPointCount(plan) > MAX_PLAN_PATH_POINTS) return { kind: 'pathPoints', limit: MAX_PLAN_PATH_POINTS };
  return null;
}
