import type { IntendedLayer } from '../../catalogue/types';
import type { AnalysisContext, Rule } from '../context';
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

interface Verdict {
  readonly severity: 'critical' | 'warning';
  readonly sample: PathSample;
  readonly requiredMm: number;
}

export const superficialPath: Rule = {
  description: {
    id: 'superficial-path',
    title: 'Path too superficial',
    description:
      "Compares the depth along each path with the skin thickness of the region it crosses: critical inside the dermis, a warning above the thread type's layer (subcutaneous: below the skin plus a margin; SMAS: near the top of the SMAS). Thin skin raises the margin, thick skin lowers it a little.",
    thresholds: [SUBCUTANEOUS_MARGIN, SMAS_TOLERANCE, THIN_SKIN_EXTRA, THICK_SKIN_RELIEF],
  },
  check(context: AnalysisContext): Finding[] {
    const adjust = skinMarginAdjustMm(context.plan.meta.skinThickness);
    const out: Finding[] = [];
    for (const g of context.threads) {
      const verdict = worstSample(g, adjust);
      if (verdict) out.push(toFinding(g, verdict, context.plan.meta.skinThickness === 'thin'));
    }
    return out;
  },
};

/** The minimum depth for a layer at a sample: below the skin plus the layer's margin. */
function requiredDepthMm(layer: IntendedLayer, sample: PathSample, adjust: number): number {
  const skin = sample.tissue.skinMm;
  if (layer === 'subdermal') return skin + Math.max(0, adjust);
  if (layer === 'smas') return Math.max(skin, skin + sample.tissue.fatMm - SMAS_TOLERANCE.value + adjust);
  return Math.max(skin, skin + SUBCUTANEOUS_MARGIN.value + adjust);
}

function worstSample(g: ThreadGeometry, adjust: number): Verdict | null {
  const layer: IntendedLayer = g.type?.layer ?? 'subcutaneous';
  let worst: Verdict | null = null;
  let worstDeficit = 0;
  let dermis: Verdict | null = null;
  let dermisDeficit = 0;
  for (const sample of g.samples) {
    const required = requiredDepthMm(layer, sample, adjust);
    const deficit = required - sample.depthMm;
    if (deficit > worstDeficit + 1e-9) {
      worstDeficit = deficit;
      worst = { severity: 'warning', sample, requiredMm: required };
    }
    const inDermis = sample.tissue.skinMm - sample.depthMm;
    if (inDermis > 1e-9 && inDermis > dermisDeficit + 1e-9) {
      dermisDeficit = inDermis;
      dermis = { severity: 'critical', sample, requiredMm: required };
    }
  }
  return dermis ?? worst;
}

function toFinding(g: ThreadGeometry, v: Verdict, thinSkin: boolean): Finding {
  const where = regionWords(v.sample.region?.kind);
  const n = ThreadList([g.number]);
  const skin = mm(v.sample.tissue.skinMm);
  const thinNote = thinSkin ? ' The plan records thin skin, which makes a shallow thread easier to see.' : '';
  if (v.severity === 'critical') {
    return makeFinding('superficial-path', 'critical', {
      title: `${n} runs in the dermis in the ${where}`,
      message: `At ${mm(v.sample.depthMm)} it is shallower than the skin there (about ${skin}). ${WHY_DERMIS}${thinNote}`,
      fix: `Deepen the path to at least ${mm(v.requiredMm)} in the ${where}.`,
      threads: [g.thread.id],
      location: v.sample,
      side: g.side,
      aspect: 'intradermal',
    });
  }
  return makeFinding('superficial-path', 'warning', {
    title: `${n} runs too shallow in the ${where}`,
    message: `At ${mm(v.sample.depthMm)} it lies just under the skin (about ${skin}) instead of in its own layer. ${WHY_SHALLOW}${thinNote}`,
    fix: `Deepen the path to at least ${mm(v.requiredMm)} in the ${where}.`,
    threads: [g.thread.id],
    location: v.sample,
    side: g.side,
    aspect: 'too-shallow',
  });
}
