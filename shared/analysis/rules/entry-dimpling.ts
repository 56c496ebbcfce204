import type { Rule, ThreadRuleContext } from '../context';
import { makeFinding } from '../findings';
import { PATIENT_MARGIN_THRESHOLDS, marginNoteText, patientDepthMargin, type PatientMargin } from '../patient-margin';
import type { PathSample, ThreadGeometry } from '../thread-geometry';
import type { Finding, Threshold } from '../types';
import type { FindingParam } from '../finding-text';

/**
 * A barb close to the puncture and close to the surface pulls the skin in at the entry:
 * dimpling and retraction (domain.md; dimpling in 10% of patients in a meta-analysis of 26
 * studies, 16% in patients over 50 against 5.6% below). Checked at every puncture of the path:
 * the entry always, and the far end where the thread comes out through the skin there.
 *
 * Which far ends are punctures (farEndIsPuncture): the seeds place these dimples "where the
 * needle enters and exits". Cog and smooth threads are laid through one puncture with a needle
 * or cannula that is then drawn back out through it, so their far end stays buried in the fat and
 * is no puncture (a shallow barb there is the superficial-path rule's case). Cone threads are
 * double-needle sutures passed from the entry to an exit point (domain.md: their cones need an
 * "entry-to-exit length"), so their far end is one. A thread of a type the catalogue does not know
 * keeps both checks: nothing says how it is laid.
 *
 * Design choice: "near the surface" is measured from the underside of the skin, not as one fixed
 * depth from the surface. A barb dimples by pulling on the dermis, so what protects against it is
 * the cushion of fat between barb and dermis; skin thickness differs by region (thinner in the
 * cheek than in the temple), so a fixed depth would be too strict where the skin is thick and too
 * lax where it is thin. The limit is therefore "the local skin + 3 mm of fat" (4.7 mm where the
 * skin is 1.7 mm), and the finding states that number so the user sees why e.g. 4.5 mm counts.
 * Near a puncture this is stricter than the superficial-path margin on purpose: the thread climbs
 * to the surface there, so a barb sits shallower than the planned depth.
 */

const NEAR_END: Threshold = {
  name: 'barbToPunctureMinMm',
  value: 5,
  unit: 'mm',
  description: 'Barbs closer than this (along the path) to the entry, or to the far end where the thread comes out (cone threads), are checked for depth.',
  source:
    'design choice: about twice the skin plus needle-bevel length; the first few millimetres of a path are where the needle rises to the puncture, so a barb there sits nearer the surface than the plan says.',
};

const SHALLOW_FAT_MM = 3;
/** Two skin thicknesses the sentence gives as examples: the measured mean and one standard deviation below (2.1 +/- 0.4 mm, domain.md). */
const EXAMPLE_SKIN_MM = { thin: 1.7, mean: 2.1 } as const;
const exampleDepth = (skinMm: number) => Math.round((skinMm + SHALLOW_FAT_MM) * 10) / 10;

const SHALLOW_FAT: Threshold = {
  name: 'shallowBelowSkinMm',
  value: SHALLOW_FAT_MM,
  unit: 'mm',
  description: `A barb near a puncture is too close to the surface when its depth from the surface is less than the local skin thickness plus this much fat (${exampleDepth(EXAMPLE_SKIN_MM.thin)} mm where the skin is ${EXAMPLE_SKIN_MM.thin} mm, ${exampleDepth(EXAMPLE_SKIN_MM.mean)} mm where it is ${EXAMPLE_SKIN_MM.mean} mm).`,
  params: { thinSkinMm: EXAMPLE_SKIN_MM.thin, thinDepthMm: exampleDepth(EXAMPLE_SKIN_MM.thin), skinMm: EXAMPLE_SKIN_MM.mean, depthMm: exampleDepth(EXAMPLE_SKIN_MM.mean) },
  source:
    'design choice: measured below the skin, not from the surface, because a barb dimples by pulling on the dermis and the fat between them is what protects; skin thickness varies by region. 3 mm is below the low end of the measured superficial fat (5.2 +/- 1.9 mm along temple and pre-auricular paths, domain.md), so such a barb lies in the upper part of the fat, close to the dermis it can pull on.',
};

export const entryDimpling: Rule = {
  description: {
    id: 'entry-dimpling',
    title: 'Barbs near a puncture',
    description:
      'Flags barbs that lie within a few millimetres of a puncture (the entry point, and the far end of a cone thread, which comes out through the skin there) and less than the local skin thickness plus 3 mm of fat below the surface (the upper part of the fat), where they pull the skin in and leave a dimple. Thin skin and an age of 50 or over raise that limit, thick skin lowers it a little. Near a puncture the thread climbs toward the surface, so this limit is deeper than the superficial-path margin.',
    thresholds: [NEAR_END, SHALLOW_FAT, ...PATIENT_MARGIN_THRESHOLDS],
  },
  checkThread(g: ThreadGeometry, context: ThreadRuleContext): Finding[] {
    const margin = patientDepthMargin(context.plan.meta);
    const out: Finding[] = [];
    if (g.barbed === null) return out;
    // The samples are sorted by s: those near the entry lead, those near the far end close the list.
    const samples = g.samples;
    let entryEnd = 0;
    while (entryEnd < samples.length && samples[entryEnd]!.s <= NEAR_END.value) entryEnd++;
    const atEntry = shallowBarbAmong(samples, 0, entryEnd, margin.adjustMm);
    if (atEntry) out.push(toFinding(g, atEntry, 'entry', margin));
    if (!farEndIsPuncture(g)) return out;
    const exitFrom = g.lengthMm - NEAR_END.value;
    let exitStart = samples.length;
    while (exitStart > 0 && samples[exitStart - 1]!.s >= exitFrom) exitStart--;
    const atExit = shallowBarbAmong(samples, exitStart, samples.length, margin.adjustMm);
    // A very short path has one puncture zone covering both ends: report it once.
    if (atExit && !(atEntry && g.lengthMm <= 2 * NEAR_END.value)) out.push(toFinding(g, atExit, 'exit', margin));
    return out;
  },
};

/** Whether the thread comes out through the skin at its far end (see the top of this file). */
const farEndIsPuncture = (g: ThreadGeometry): boolean => g.type === null || g.type.configuration === 'cone';

/** How deep a barb near a puncture must lie: the local skin plus the fat cushion, moved for skin type. */
const depthLimitMm = (sample: PathSample, adjust: number): number => sample.tissue.skinMm + SHALLOW_FAT.value + adjust;

/** The shallowest barbed sample of samples[from, to) above the depth limit (the first on a tie), or null. */
function shallowBarbAmong(samples: readonly PathSample[], from: number, to: number, adjust: number): PathSample | null {
  let shallowest: PathSample | null = null;
  for (let i = from; i < to; i++) {
    const sample = samples[i]!;
    if (!sample.barbed) continue;
    if (sample.depthMm < depthLimitMm(sample, adjust) && (shallowest === null || sample.depthMm < shallowest.depthMm)) shallowest = sample;
  }
  return shallowest;
}

function toFinding(g: ThreadGeometry, sample: PathSample, end: 'entry' | 'exit', margin: PatientMargin): Finding {
  const distance = end === 'entry' ? sample.s : g.lengthMm - sample.s;
  const limitMm = { mm: depthLimitMm(sample, margin.adjustMm) };
  const at: FindingParam =
    distance < 0.5 ? { text: `entry-dimpling.rightAt.${end}` } : { text: `entry-dimpling.from.${end}`, params: { distance: { mm: distance } } };
  return makeFinding('entry-dimpling', 'warning', {
    text: {
      id: 'entry-dimpling',
      params: {
        thread: { threads: [g.number] },
        which: { text: `entry-dimpling.close.${end}` },
        at,
        depthMm: { mm: sample.depthMm },
        fatMm: { mm: SHALLOW_FAT.value },
        limitMm,
        skinMm: { mm: sample.tissue.skinMm },
        note: marginNoteText(margin),
        fix: { text: `entry-dimpling.fix.${end}`, params: { nearMm: { mm: NEAR_END.value }, limitMm } },
      },
    },
    threads: [g.thread.id],
    location: sample,
    side: g.side,
    aspect: end,
  });
}
