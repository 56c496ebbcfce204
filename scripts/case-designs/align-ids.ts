import { nextId } from '../../shared/plan/factory';
import type { PlanDocument, Side } from '../../shared/plan/types';

/**
 * Give the corrected design the poor design's ids where an entry point or thread is "the same
 * one", and fresh ids elsewhere, so the compare view reads as the trainer means it: a thread
 * whose depth was changed is "changed", a thread the correction drops is "removed", a new one
 * "added". diffPlans matches threads by id first and pairs the rest by side and geometry
 * (shared/training/thread-pairing.ts), so a thread given a fresh id here may still show as
 * changed ("was thread N"); entry points it matches by id only, hence the ids kept here.
 *
 * Same entry point: same side and label (the builder labels entries per group, e.g. "AR").
 * Same thread: the k-th thread of the same entry point. Everything else gets an id that the poor
 * design does not use.
 */
export function alignIds(poor: PlanDocument, corrected: PlanDocument): PlanDocument {
  const groupKey = (side: Side, label: string): string => `${side}|${label}`;
  const poorEntries = new Map(poor.entryPoints.map((e) => [groupKey(e.side, e.label), e]));
  const taken = new Set<string>([...poor.entryPoints.map((e) => e.id), ...poor.threads.map((t) => t.id)]);
  const fresh = (prefix: string): string => {
    const id = nextId(prefix, taken);
    taken.add(id);
    return id;
  };

  const entryIds = new Map<string, string>();
  const entryPoints = corrected.entryPoints.map((e) => {
    const same = poorEntries.get(groupKey(e.side, e.label));
    const id = same ? same.id : fresh('e');
    entryIds.set(e.id, id);
    return { ...e, id };
  });

  const poorByEntry = new Map<string, string[]>();
  for (const t of poor.threads) poorByEntry.set(t.entryPointId, [...(poorByEntry.get(t.entryPointId) ?? []), t.id]);
  const seenPerEntry = new Map<string, number>();
  const threads = corrected.threads.map((t) => {
    const entryPointId = entryIds.get(t.entryPointId)!;
    const k = seenPerEntry.get(entryPointId) ?? 0;
    seenPerEntry.set(entryPointId, k + 1);
    const sameEntry = poor.entryPoints.some((e) => e.id === entryPointId);
    const same = sameEntry ? poorByEntry.get(entryPointId)?.[k] : undefined;
    return { ...t, id: same ?? fresh('t'), entryPointId };
  });
  return { ...corrected, entryPoints, threads };
}
