import type { FacePoint } from '../geometry/types';
import type { EntryPoint, PlanDocument, Side, Thread } from './types';

/**
 * Mirroring across the facial midline (x = 0): the same design on the patient's other side.
 * Only geometry and sides change; depths, barbs, tension and notes stay as they are.
 */

export const otherSide = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/** x -> -x; `0 - x` keeps a midline point at +0 rather than -0, so files and comparisons stay clean. */
const mirrorPointMm = (p: FacePoint): FacePoint => ({ x: 0 - p.x, y: p.y });

/**
 * The same fixation zone on the other side: atlas ids end in '-left' or '-right'
 * (e.g. 'deep-temporal-fascia-left'). An id without a side suffix is kept.
 */
export function mirrorFixationZoneId(zoneId: string | null): string | null {
  if (zoneId === null) return null;
  if (zoneId.endsWith('-left')) return zoneId.slice(0, -'-left'.length) + '-right';
  if (zoneId.endsWith('-right')) return zoneId.slice(0, -'-right'.length) + '-left';
  return zoneId;
}

export function mirrorEntryPoint(entryPoint: EntryPoint, newId: string = entryPoint.id): EntryPoint {
  return { ...entryPoint, id: newId, position: mirrorPointMm(entryPoint.position), side: otherSide(entryPoint.side) };
}

export function mirrorThread(thread: Thread, newId: string, newEntryPointId: string): Thread {
  return {
    ...thread,
    id: newId,
    entryPointId: newEntryPointId,
    side: otherSide(thread.side),
    path: thread.path.map(mirrorPointMm),
    pointDepthsMm: [...thread.pointDepthsMm],
    fixationZoneId: mirrorFixationZoneId(thread.fixationZoneId),
  };
}

/** Every entry point and thread moved to the other side, ids kept. Mirroring twice gives the plan back. */
export function mirrorPlan(plan: PlanDocument): PlanDocument {
  return {
    ...plan,
    entryPoints: plan.entryPoints.map((e) => mirrorEntryPoint(e)),
    threads: plan.threads.map((t) => mirrorThread(t, t.id, t.entryPointId)),
  };
}
