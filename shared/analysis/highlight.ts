import type { FacePoint } from '../geometry/types';
import { pointOf, type ThreadGeometry } from './thread-geometry';

/**
 * Where a finding about a thread's pull is highlighted: on the thread, in the middle of its
 * barbed section (the sample nearest half-way along it). The traction vector starts at the
 * barbed samples' centroid, which a bent path (e.g. a jawline thread that turns along the jaw)
 * leaves beside the thread; a ring there would point at tissue the thread never touches.
 * Null when the thread has no barbed section.
 */
export function barbedMiddle(g: ThreadGeometry): FacePoint | null {
  const b = g.barbed;
  if (b === null) return null;
  const mid = (b.startMm + b.endMm) / 2;
  let best: FacePoint | null = null;
  let bestGap = Infinity;
  for (const sample of g.samples) {
    if (!sample.barbed) continue;
    const gap = Math.abs(sample.s - mid);
    if (gap < bestGap) {
      bestGap = gap;
      best = sample;
    }
  }
  return best === null ? null : pointOf(best);
}
