import type { RegionKind } from '../../atlas/types';
import type { IntendedLayer } from '../../catalogue/types';
import type { Rule, ThreadRuleContext } from '../context';
import { makeFinding } from '../findings';
import { THICK_SKIN_RELIEF, THIN_SKIN_EXTRA, skinMarginAdjustMm } from '../skin';
import type { PathSample, ThreadGeometry } from '../thread-geometry';
import type { Finding, Threshold } from '../types';
import { ThreadList, mm, regionWords } from '../words';

/**
 * Each thread type has its layer: lifting threads in the subcutaneous fat (sometimes the SMAS),
 * mono threads may lie just under the dermis (domain.md). Too shallow gives visible threads,
 * dimpling, lumps and folds; thin skin makes it worse. The skin thickness at each sample comes
 * from the atlas region (domain.md: skin 2.1 +/- 0.4 mm along temple and pre-auricular paths).
 */

const SUBCUTANEOUS_MARGIN: Threshold = {
  name: 'subcutaneousMarginMm',
  value: 1.0,
  unit: 'mm',
  description: 'A subcutaneous thread must lie at least this far below the dermis (skin thickness + margin).',
  source:
    'design choice: about the outer diameter of a 19G cannula, so the whole thread clears the dermis; 2.5 x the standard deviation of measured skin thickness (2.1 +/- 0.4 mm, domain.md).',
};

const SMAS_TOLERANCE: Threshold = {
  name: 'smasToleranceMm',
  value: 1.0,
  unit: 'mm',
  description: 'A thread made for the SMAS may lie up to this much above the top of the SMAS (skin + fat).',
  source: 'design choice: allows for the spread of fat thickness between people (5.2 +/- 1.9 mm, domain.md) without flagging every SMAS path.',
};

const WHY_SHALLOW =
  'A thread this close to the surface can show or be felt through the skin, and its barbs can cause dimpling, lumps and accordion-like folds.';
const WHY_DERMIS =
  'A thread in the dermis shows through the skin, puckers it and is prone to extrusion and infection; visible threads and dimpling are among the commonest complications.';

/** A run of consecutive samples that are all too shallow for the thread's layer. */
interface Stretch {
  readonly samples: readonly PathSample[];
  /** Path length the stretch covers, millimetres (each sample stands for half the gap to each neighbour). */
  readonly lengthMm: number;
  readonly startMm: number;
  readonly endMm: number;
}

interface Verdict {
  readonly severity: 'critical' | 'warning';
  /** The longest too-shallow stretch: named in the title, located at its middle. */
  readonly longest: Stretch;
  /** The longest stretch inside the dermis, when there is one. */
  readonly dermis: Stretch | null;
  /** Total too-shallow length over every stretch, millimetres. */
  readonly totalMm: number;
  readonly stretchCount: number;
  /** The depth that clears every too-shallow sample of the path. */
  readonly requiredMm: number;
}

export const superficialPath: Rule = {
  description: {
    id: 'superficial-path',
    title: 'Path too superficial',
    description:
      "Compares the depth along each path with the skin thickness of the region it crosses: critical inside the dermis anywhere, otherwise a warning above the thread type's layer (subcutaneous: below the skin plus a margin; SMAS: near the top of the SMAS). Thin skin raises the margin, thick skin lowers it a little. The finding names the region where the longest too-shallow stretch mostly lies, gives its length, and points at its middle.",
    thresholds: [SUBCUTANEOUS_MARGIN, SMAS_TOLERANCE, THIN_SKIN_EXTRA, THICK_SKIN_RELIEF],
  },
  checkThread(g: ThreadGeometry, context: ThreadRuleContext): Finding[] {
    const verdict = judge(g, skinMarginAdjustMm(context.plan.meta.skinThickness));
    return verdict ? [toFinding(g, verdict, context.plan.meta.skinThickness === 'thin')] : [];
  },
};

/** The minimum depth for a layer at a sample: below the skin plus the layer's margin. */
function requiredDepthMm(layer: IntendedLayer, sample: PathSample, adjust: number): number {
  const skin = sample.tissue.skinMm;
  if (layer === 'subdermal') return skin + Math.max(0, adjust);
  if (layer === 'smas') return Math.max(skin, skin + sample.tissue.fatMm - SMAS_TOLERANCE.value + adjust);
  return Math.max(skin, skin + SUBCUTANEOUS_MARGIN.value + adjust);
}

const inDermis = (sample: PathSample): boolean => sample.tissue.skinMm - sample.depthMm > 1e-9;

function judge(g: ThreadGeometry, adjust: number): Verdict | null {
  const layer: IntendedLayer = g.type?.layer ?? 'subcutaneous';
  let requiredMm = 0;
  const shallow = g.samples.map((sample) => {
    const required = requiredDepthMm(layer, sample, adjust);
    const tooShallow = required - sample.depthMm > 1e-9;
    if (tooShallow) requiredMm = Math.max(requiredMm, required);
    return tooShallow;
  });
  const stretches = stretchesWhere(g, shallow);
  if (stretches.length === 0) return null;
  const dermisStretches = stretchesWhere(g, g.samples.map(inDermis));
  return {
    severity: dermisStretches.length > 0 ? 'critical' : 'warning',
    longest: longestOf(stretches),
    dermis: dermisStretches.length > 0 ? longestOf(dermisStretches) : null,
    totalMm: stretches.reduce((sum, st) => sum + st.lengthMm, 0),
    stretchCount: stretches.length,
    requiredMm,
  };
}

/** The half-gaps either side of sample i: the stretch of path it stands for. */
function spanOf(samples: readonly PathSample[], i: number, lengthMm: number): [number, number] {
  const s = samples[i]!.s;
  const from = i === 0 ? 0 : (samples[i - 1]!.s + s) / 2;
  const to = i === samples.length - 1 ? lengthMm : (s + samples[i + 1]!.s) / 2;
  return [from, to];
}

function stretchesWhere(g: ThreadGeometry, flags: readonly boolean[]): Stretch[] {
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

const longestOf = (stretches: readonly Stretch[]): Stretch =>
  stretches.reduce((best, st) => (st.lengthMm > best.lengthMm + 1e-9 ? st : best));

/** The region covering most of a stretch's length (each sample weighted by the path it stands for). */
function mainRegion(stretch: Stretch): RegionKind | null {
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

/** The sample nearest the middle of a stretch: where the finding points. */
function middleOf(stretch: Stretch): PathSample {
  const mid = (stretch.startMm + stretch.endMm) / 2;
  return stretch.samples.reduce((best, sample) => (Math.abs(sample.s - mid) < Math.abs(best.s - mid) ? sample : best));
}

const shallowestOf = (stretch: Stretch): PathSample =>
  stretch.samples.reduce((best, sample) => (sample.depthMm < best.depthMm ? sample : best));

const inRegion = (kind: RegionKind | null): string => (kind ? `in the ${regionWords(kind)}` : `in ${regionWords(kind)}`);

function toFinding(g: ThreadGeometry, v: Verdict, thinSkin: boolean): Finding {
  const n = ThreadList([g.number]);
  const where = inRegion(mainRegion(v.longest));
  const shallowest = shallowestOf(v.longest);
  const thinNote = thinSkin ? ' The plan records thin skin, which makes a shallow thread easier to see.' : '';
  const others =
    v.stretchCount > 1 ? ` In all, ${mm(v.totalMm)} of the path in ${v.stretchCount} separate stretches is too shallow.` : '';
  const fix = `Deepen the path to at least ${mm(v.requiredMm)} wherever it is shallower than that.`;
  const common = { fix, threads: [g.thread.id], location: middleOf(v.longest), side: g.side };
  const title = `${n} runs too shallow over ${mm(v.longest.lengthMm)}, mostly ${where}`;
  if (v.dermis) {
    const dermisDeepest = shallowestOf(v.dermis);
    const dermisWhere = inRegion(mainRegion(v.dermis));
    return makeFinding('superficial-path', 'critical', {
      ...common,
      title:
        v.dermis.lengthMm >= v.longest.lengthMm - 1e-6
          ? `${n} runs in the dermis over ${mm(v.dermis.lengthMm)}, mostly ${dermisWhere}`
          : `${title}, partly in the dermis`,
      message: `Over ${mm(v.dermis.lengthMm)}, mostly ${dermisWhere}, it is shallower than the skin (at ${mm(dermisDeepest.depthMm)} where the skin is about ${mm(dermisDeepest.tissue.skinMm)}).${others} ${WHY_DERMIS}${thinNote}`,
      aspect: 'intradermal',
    });
  }
  return makeFinding('superficial-path', 'warning', {
    ...common,
    title,
    message: `Along this stretch it lies just under the skin instead of in its own layer (at ${mm(shallowest.depthMm)} where the skin is about ${mm(shallowest.tissue.skinMm)}).${others} ${WHY_SHALLOW}${thinNote}`,
    aspect: 'too-shallow',
  });
}
