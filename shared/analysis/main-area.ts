import type { FaceArea } from '../atlas/types';
import type { ThreadGeometry } from './thread-geometry';

/**
 * The face area a lifting thread works on: the atlas region area (midface, lower face, upper face,
 * neck) where most of its barbed section lies. The thread-count rule counts threads per area by
 * it, and the cheekbone rule asks it to tell a midface thread from one that only passes through
 * the midface on its way to the jaw. Kept on the geometry: plan-level rules ask it on every
 * analysis.
 */
export function mainArea(g: ThreadGeometry): FaceArea | null {
  if (g.memo.mainArea !== undefined) return g.memo.mainArea;
  return (g.memo.mainArea = countMainArea(g));
}

function countMainArea(g: ThreadGeometry): FaceArea | null {
  // The areas in the order first met, and how many barbed samples lie in each: the most counted
  // wins, the one met first on a tie. (A thread meets one or two areas: a short list, no map.)
  const areas: FaceArea[] = [];
  const counts: number[] = [];
  let last: FaceArea | null = null;
  let at = -1;
  const samples = g.samples;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i]!;
    if (!s.barbed || s.region === null) continue;
    const area = s.region.area;
    if (area !== last) {
      at = areas.indexOf(area);
      if (at < 0) {
        at = areas.length;
        areas.push(area);
        counts.push(0);
      }
      last = area;
    }
    counts[at]!++;
  }
  let best = -1;
  for (let k = 0; k < areas.length; k++) if (best < 0 || counts[k]! > counts[best]!) best = k;
  return best < 0 ? null : areas[best]!;
}
