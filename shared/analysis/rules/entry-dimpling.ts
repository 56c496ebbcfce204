import type { AnalysisContext, Rule } from '../context';
import { makeFinding } from '../findings';
import { THICK_SKIN_RELIEF, THIN_SKIN_EXTRA, skinMarginAdjustMm } from '../skin';
import type { PathSample, ThreadGeometry } from '../thread-geometry';
import type { Finding, Threshold } from '../types';
import { mm, threadList } from '../words';

/**
 * A barb close to the puncture and close to the surface pulls the skin in at the entry:
 * dimpling and retraction (domain.md; dimpling in 10% of patients in a meta-analysis of 26
 * studies, 16% in patients over 50). Checked at both ends of the path: where the thread goes in
 * and where it ends or comes out.
 */

const NEAR_END: Threshold = {
  name: 'barbToPunctureMinMm',
  value: 5,
  unit: 'mm',
  description: 'Barbs closer than this (along the path) to the entry or the far end are checked for depth.',
  source:
    'design choice: about twice the skin plus needle-bevel length; the first few millimetres of a path are where the needle rises to the puncture, so a barb there sits nearer the surface than the plan says.',
};

const SHALLOW_FAT: Threshold = {
  name: 'shallowBelowSkinMm',
  value: 3,
  unit: 'mm',
  description: 'A barb near a puncture counts as shallow when it lies less than this far below the skin.',
  source:
    'design choice: below the low end of the measured superficial fat (5.2 +/- 1.9 mm along temple and pre-auricular paths, domain.md), so such a barb is in the upper part of the fat, close to the dermis it can pull on.',
};

export const entryDimpling: Rule = {
  description: {
    id: 'entry-dimpling',
    title: 'Barbs near a puncture',
    description:
      'Flags barbs that lie within a few millimetres of the entry point or the far end of a path and in the upper part of the fat, where they pull the skin in and leave a dimple.',
    thresholds: [NEAR_END, SHALLOW_FAT, THIN_SKIN_EXTRA, THICK_SKIN_RELIEF],
  },
  check(context: AnalysisContext): Finding[] {
    const adjust = skinMarginAdjustMm(context.plan.meta.skinThickness);
    const out: Finding[] = [];
    for (const g of context.threads) {
      if (g.barbed === null) continue;
      const atEntry = shallowBarbNear(g, adjust, (s) => s <= NEAR_END.value);
      if (atEntry) out.push(toFinding(g, atEntry, 'entry'));
      const atExit = shallowBarbNear(g, adjust, (s) => s >= g.lengthMm - NEAR_END.value);
      // A very short path has one puncture zone covering both ends: report it once.
      if (atExit && !(atEntry && g.lengthMm <= 2 * NEAR_END.value)) out.push(toFinding(g, atExit, 'exit'));
    }
    return out;
  },
};

function shallowBarbNear(g: ThreadGeometry, adjust: number, near: (s: number) => boolean): PathSample | null {
  let shallowest: PathSample | null = null;
  for (const sample of g.samples) {
    if (!sample.barbed || !near(sample.s)) continue;
    const limit = sample.tissue.skinMm + SHALLOW_FAT.value + adjust;
    if (sample.depthMm < limit && (shallowest === null || sample.depthMm < shallowest.depthMm)) shallowest = sample;
  }
  return shallowest;
}

function toFinding(g: ThreadGeometry, sample: PathSample, end: 'entry' | 'exit'): Finding {
  const which = end === 'entry' ? 'entry point' : 'far end';
  const distance = end === 'entry' ? sample.s : g.lengthMm - sample.s;
  return makeFinding('entry-dimpling', 'warning', {
    title: `Barbs of ${threadList([g.number])} sit close to its ${which}`,
    message: `A barb ${mm(distance)} from the ${which} at ${mm(sample.depthMm)} deep can catch the skin at the puncture and pull it in: a visible dimple or retraction. Dimpling is one of the commonest complications of thread lifts.`,
    fix:
      end === 'entry'
        ? `Start the barbed section at least ${mm(NEAR_END.value)} from the entry point, or lay the first part of the path deeper.`
        : `End the barbed section at least ${mm(NEAR_END.value)} before the far end, or lay the end of the path deeper.`,
    threads: [g.thread.id],
    location: sample,
    side: g.side,
    aspect: end,
  });
}
