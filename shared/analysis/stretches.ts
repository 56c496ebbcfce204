import type { RegionKind } from '../atlas/types';
import type { PathSample, ThreadGeometry } from './thread-geometry';

/**
 * Runs of consecutive path samples that share a flag (too shallow, too deep), measured on the
 * skin. The depth rules compute one Stretch per run and render every number and place of their
 * findings (title, text, highlight) from it, so the three never disagree.
 */
export interface Stretch {
  readonly samples: readonly PathSample[];
  /** Path length the stretch covers, millimetres (each sample stands for half the gap to each neighbour). */
  readonly lengthMm: number;
  readonly startMm: number;
  readonly endMm: number;
}

/** The half-gaps either side of sample i: the stretch of path it stands for. */
function spanOf(samples: readonly PathSample[], i: number, lengthMm: number): [number, number] {
  const s = samples[i]!.s;
  const from = i === 0 ? 0 : (samples[i - 1]!.s + s) / 2;
  const to = i === samples.length - 1 ? lengthMm : (s + samples[i + 1]!.s) / 2;
  return [from, to];
}

export function stretchesWhere(g: ThreadGeometry, flags: readonly boolean[]): Stretch[] {
  const out: Stretch[] = [];
  let i = 0;
  while (i < g.samples.length) {
    if (!flags[i]) {
      i += 1;
      continue;
    }
    const first = i;
    while (i + 1 < g.samples.length && flags[i + 1]) i += 1;
    const startMm = spanOf(g.samples, first, g.lengthMm)[0];
    const endMm = spanOf(g.samples, i, g.lengthMm)[1];
    out.push({ samples: g.samples.slice(first, i + 1), lengthMm: endMm - startMm, startMm, endMm });
    i += 1;
  }
  return out;
}

export const longestOf = (stretches: readonly Stretch[]): Stretch =>
  stretches.reduce((best, st) => (st.lengthMm > best.lengthMm + 1e-9 ? st : best));

/** The region covering most of a stretch's length (each sample weighted by the path it stands for). */
export function mainRegion(stretch: Stretch): RegionKind | null {
  const share = new Map<RegionKind | null, number>();
  const n = stretch.samples.length;
  stretch.samples.forEach((sample, i) => {
    const from = i === 0 ? stretch.startMm : (stretch.samples[i - 1]!.s + sample.s) / 2;
    const to = i === n - 1 ? stretch.endMm : (sample.s + stretch.samples[i + 1]!.s) / 2;
    const kind = sample.region?.kind ?? null;
    share.set(kind, (share.get(kind) ?? 0) + (to - from));
  });
  let best: RegionKind | null = null;
  let bestMm = -1;
  for (const [kind, lengthMm] of share) {
    if (lengthMm > bestMm + 1e-9) {
      best = kind;
      bestMm = lengthMm;
    }
  }
  return best;
}

/** The sample nearest the middle of a stretch: where a finding about the stretch points. */
export function middleOf(stretch: Stretch): PathSample {
  const mid = (stretch.startMm + stretch.endMm) / 2;
  return stretch.samples.reduce((best, sample) => (Math.abs(sample.s - mid) < Math.abs(best.s - mid) ? sample : best));
}
