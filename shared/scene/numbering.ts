import type { PlanDocument } from '../plan/types';

/**
 * Numbers shown to the user: threads and entry points are numbered 1, 2, 3... in the order
 * they appear in the plan. The order in the plan only changes when the user adds or deletes,
 * so a number stays put while the user edits. The analysis uses the same numbering in its
 * finding titles ("Thread 3 ..."), and the canvas, the objects list and the PDF all show it.
 */
export function threadNumbers(plan: PlanDocument): ReadonlyMap<string, number> {
  return new Map(plan.threads.map((t, i) => [t.id, i + 1]));
}

export function entryPointNumbers(plan: PlanDocument): ReadonlyMap<string, number> {
  return new Map(plan.entryPoints.map((e, i) => [e.id, i + 1]));
}

/** What the entry-point circle shows: its label, or its number when the label is empty. */
export function entryPointCaption(label: string, index: number): string {
  const trimmed = label.trim();
  return trimmed === '' ? String(index + 1) : trimmed;
}
