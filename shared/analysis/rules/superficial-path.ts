import type { RegionKind } from '../../atlas/types';
import type { IntendedLayer } from '../../catalogue/types';
import type { Rule, ThreadRuleContext } from '../context';
import { SMAS_TOLERANCE, SUBCUTANEOUS_MARGIN, shallowLimitMm } from '../depth-window';
import type { FindingParam } from '../finding-text';
import { makeFinding } from '../findings';
import { OLDER_PATIENT_FROM_AGE, PATIENT_MARGIN_THRESHOLDS, patientDepthMargin, type PatientMargin } from '../patient-margin';
import { type Stretch, longestOf, mainRegion, middleOf, stretchesWhere } from '../stretches';
import { isSmoothType, type PathSample, type ThreadGeometry } from '../thread-geometry';
import type { Finding } from '../types';

/**
 * Each thread type has its layer: lifting threads in the subcutaneous fat (sometimes the SMAS),
 * mono threads may lie just under the dermis (domain.md). Too shallow gives visible threads,
 * dimpling, lumps and folds; thin skin makes it worse. The skin thickness at each sample comes
 * from the atlas region (domain.md: skin 2.1 +/- 0.4 mm along temple and pre-auricular paths).
 */

interface Verdict {
  readonly severity: 'critical' | 'warning';
  /** The longest too-shallow stretch: named in a warning's title and text, located at its middle. */
  readonly longest: Stretch;
  /** The longest stretch inside the dermis, when there is one: then it is what the (critical) finding names. */
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
      "Compares the depth along each path with the skin thickness of the region it crosses: critical inside the dermis anywhere, otherwise a warning above the thread type's layer (subcutaneous: below the skin plus a margin; SMAS: near the top of the SMAS). Thin skin and an age of 50 or over raise the margin (age only for barbed threads: the age margin rests on barb dimpling), thick skin lowers it a little. The finding names one stretch (the longest in the dermis when there is one, else the longest too shallow): its length and the region it mostly lies in, in both title and text, and points at its middle. The depth profile hatches the same stretches.",
    thresholds: [SUBCUTANEOUS_MARGIN, SMAS_TOLERANCE, ...PATIENT_MARGIN_THRESHOLDS],
  },
  checkThread(g: ThreadGeometry, context: ThreadRuleContext): Finding[] {
    // The same patient margin as entry-dimpling (patient-margin.ts): thin skin and age 50+ raise it.
    const margin = patientDepthMargin(context.plan.meta, isSmoothType(g.type));
    const verdict = judge(g, margin.adjustMm);
    return verdict ? [toFinding(g, verdict, margin)] : [];
  },
};

const inDermis = (sample: PathSample): boolean => sample.tissue.skinMm - sample.depthMm > 1e-9;

function judge(g: ThreadGeometry, adjust: number): Verdict | null {
  const layer: IntendedLayer = g.type?.layer ?? 'subcutaneous';
  if (!shallowAnywhere(g.samples, layer, adjust)) return null;
  let requiredMm = 0;
  const shallow = g.samples.map((sample) => {
    const required = shallowLimitMm(layer, sample.tissue, adjust);
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

/** Whether any sample lies above the layer's minimum depth (most paths: none, and nothing more is made). */
function shallowAnywhere(samples: readonly PathSample[], layer: IntendedLayer, adjust: number): boolean {
  for (let i = 0; i < samples.length; i++) {
    const sample = samples[i]!;
    if (shallowLimitMm(layer, sample.tissue, adjust) - sample.depthMm > 1e-9) return true;
  }
  return false;
}

const shallowestOf = (stretch: Stretch): PathSample =>
  stretch.samples.reduce((best, sample) => (sample.depthMm < best.depthMm ? sample : best));

/** Where a stretch mostly lies, as the depth findings say it ("in the jowl"). */
const inRegion = (kind: RegionKind | null): FindingParam => (kind ? { text: 'region.in', params: { region: { region: kind } } } : { text: 'region.outside' });

function toFinding(g: ThreadGeometry, v: Verdict, margin: PatientMargin): Finding {
  const thread = { threads: [g.number], start: true };
  const thin: FindingParam = margin.thinSkin ? { text: 'superficial-path.thinSkin' } : '';
  const older: FindingParam = margin.older ? { text: 'superficial-path.older', params: { age: OLDER_PATIENT_FROM_AGE.value } } : '';
  const others: FindingParam =
    v.stretchCount > 1 ? { text: 'superficial-path.others', params: { total: { mm: v.totalMm }, count: v.stretchCount } } : '';
  const required = { mm: v.requiredMm };
  // One stretch per finding: its length, region and middle are computed once and the title, the
  // text and the highlight all come from them.
  if (v.dermis) {
    const deepest = shallowestOf(v.dermis);
    return makeFinding('superficial-path', 'critical', {
      text: {
        id: 'superficial-path.intradermal',
        params: {
          thread,
          length: { mm: v.dermis.lengthMm },
          where: inRegion(mainRegion(v.dermis)),
          depth: { mm: deepest.depthMm },
          skin: { mm: deepest.tissue.skinMm },
          others,
          thin,
          older,
          required,
        },
      },
      threads: [g.thread.id],
      location: middleOf(v.dermis),
      side: g.side,
      aspect: 'intradermal',
    });
  }
  const shallowest = shallowestOf(v.longest);
  // What a shallow thread does: barbs also pull the skin in and gather it into folds; a smooth
  // (mono or screw) thread has none, so its text does not speak of them.
  const why: FindingParam = { text: isSmoothType(g.type) ? 'superficial-path.why.smooth' : 'superficial-path.why.barbed' };
  return makeFinding('superficial-path', 'warning', {
    text: {
      id: 'superficial-path.too-shallow',
      params: {
        thread,
        why,
        length: { mm: v.longest.lengthMm },
        where: inRegion(mainRegion(v.longest)),
        depth: { mm: shallowest.depthMm },
        skin: { mm: shallowest.tissue.skinMm },
        others,
        thin,
        older,
        required,
      },
    },
    threads: [g.thread.id],
    location: middleOf(v.longest),
    side: g.side,
    aspect: 'too-shallow',
  });
}
