import { nextFreeEntryLetter } from '../plan/entry-labels';
import type { PlanDocument } from '../plan/types';

/**
 * Numbers shown to the user: threads are numbered 1, 2, 3... in the order they appear in the
 * plan (entry points are lettered, below). The order in the plan only changes when the user adds or deletes,
 * so a number stays put while the user edits. The analysis uses the same numbering in its
 * finding titles ("Thread 3 ..."), and the canvas, the objects list and the PDF all show it.
 */
export function threadNumbers(plan: PlanDocument): ReadonlyMap<string, number> {
  return new Map(plan.threads.map((t, i) => [t.id, i + 1]));
}

/**
 * What each entry point's circle and every list, inspector and PDF table call it: its label, or
 * for an entry whose label is empty the next letter no label begins with (nextFreeEntryLetter),
 * given in plan order. Threads are numbered and entry points lettered, so an unlabelled entry
 * never shows a number beside the threads' numbers; and no two entries share a caption unless
 * their own labels are the same.
 */
export function entryPointCaptions(plan: PlanDocument): ReadonlyMap<string, string> {
  const taken = plan.entryPoints.map((e) => e.label.trim()).filter((l) => l !== '');
  const captions = new Map<string, string>();
  for (const e of plan.entryPoints) {
    let caption = e.label.trim();
    if (caption === '') {
      caption = nextFreeEntryLetter(taken);
      taken.push(caption);
    }
    captions.set(e.id, caption);
  }
  return captions;
}

/** One entry point's caption (entryPointCaptions); '?' for an id the plan does not have. */
export function entryPointCaption(plan: PlanDocument, id: string): string {
  return entryPointCaptions(plan).get(id) ?? '?';
}
