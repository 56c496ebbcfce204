import type { FindingParam } from './finding-text';
import type { AgeBand, PlanMeta } from '../plan/types';
import { THICK_SKIN_RELIEF, THIN_SKIN_EXTRA, skinMarginAdjustMm } from './skin';
import type { Threshold } from './types';

/**
 * How the patient recorded in the plan (skin thickness and age band) moves the depth margins of
 * the depth rules (superficial-path, entry-dimpling). One place, so every depth rule treats the
 * same patient the same way and says why in the same words.
 *
 * Age: a meta-analysis of 26 studies found dimpling in 16% of patients over 50 against 5.6% in
 * younger ones (domain.md, "Reference numbers": Niu et al., Aesthetic Plast Surg 2021), nearly
 * three times the rate. Ageing skin is thinner and less elastic, so a barb or a thread near the
 * dermis pulls it in more readily. The margin is raised for the older age bands by the same step
 * as thin skin, because that is the same mechanism; both add up for thin skin over 50.
 */

export const OLDER_PATIENT_FROM_AGE: Threshold = {
  name: 'olderPatientFromAgeYears',
  value: 50,
  unit: 'years',
  description: "From this age (the plan's age bands 50-59, 60-69 and 70-plus) the depth margins are raised by olderPatientExtraMm.",
  source:
    'domain.md (meta-analysis of 26 studies, Niu et al., Aesthetic Plast Surg 2021): dimpling in 16% of patients over 50 against 5.6% below, the cut-off the study reports.',
};

export const OLDER_PATIENT_EXTRA: Threshold = {
  name: 'olderPatientExtraMm',
  value: 0.5,
  unit: 'mm',
  description: `Added to the minimum depth of the depth rules (superficial-path, entry-dimpling) when the patient is ${OLDER_PATIENT_FROM_AGE.value} or over, for barbed threads (smooth mono and screw threads have no barb to pull the dermis in); added to the thin-skin margin when both apply.`,
  params: { fromAgeYears: OLDER_PATIENT_FROM_AGE.value },
  source:
    'design choice on domain.md: dimpling is nearly three times as frequent over 50 (16% against 5.6%, meta-analysis of 26 studies); the study gives no depth, so the margin takes the same step as thin skin (0.5 mm, about one standard deviation of the measured skin thickness 2.1 +/- 0.4 mm), the same mechanism of a thin, less elastic dermis that a barb pulls in.',
};

/** Every threshold of this module, for a rule's description (docs/rules.md). */
export const PATIENT_MARGIN_THRESHOLDS: readonly Threshold[] = [THIN_SKIN_EXTRA, THICK_SKIN_RELIEF, OLDER_PATIENT_FROM_AGE, OLDER_PATIENT_EXTRA];

/** The lowest age of each band, years. */
const BAND_FROM: Readonly<Record<AgeBand, number>> = {
  'under-30': 0,
  '30-39': 30,
  '40-49': 40,
  '50-59': 50,
  '60-69': 60,
  '70-plus': 70,
};

export const isOlderPatient = (ageBand: AgeBand | null): boolean => ageBand !== null && BAND_FROM[ageBand] >= OLDER_PATIENT_FROM_AGE.value;

export interface PatientMargin {
  /** Millimetres added to (or, for thick skin, taken off) a depth rule's minimum depth. */
  readonly adjustMm: number;
  readonly thinSkin: boolean;
  readonly thickSkin: boolean;
  readonly older: boolean;
}

/** Every margin made so far, for barbed and for smooth threads, by skin thickness and age band (a handful). */
const margins = { barbed: new Map<PlanMeta['skinThickness'], Map<PlanMeta['ageBand'], PatientMargin>>(), smooth: new Map<PlanMeta['skinThickness'], Map<PlanMeta['ageBand'], PatientMargin>>() };

/**
 * The depth margin for this patient: thin skin and an age of 50 or over each raise it, thick
 * skin lowers it a little. Depth rules add `adjustMm` to their minimum and state the reason with
 * marginNoteText (in the finding's language).
 *
 * `smooth`: the thread has no barbs (a mono or screw thread, thread-geometry.ts isSmoothType).
 * Age then moves nothing: the age margin rests on dimpling, which a barb pulling the dermis in
 * causes, and a smooth thread has none to pull with; thin skin still raises it (a smooth thread
 * under thin skin shows through, domain.md), so a mono laid at its usual subdermal depth is not
 * called too shallow for an older patient only.
 */
export function patientDepthMargin(meta: Pick<PlanMeta, 'skinThickness' | 'ageBand'>, smooth = false): PatientMargin {
  // One answer per kind of thread, skin thickness and age band, made once: the depth rules ask for every thread.
  const made = smooth ? margins.smooth : margins.barbed;
  const byAge = made.get(meta.skinThickness);
  const known = byAge?.get(meta.ageBand);
  if (known !== undefined) return known;
  const margin = makePatientDepthMargin(meta, smooth);
  if (byAge === undefined) made.set(meta.skinThickness, new Map([[meta.ageBand, margin]]));
  else byAge.set(meta.ageBand, margin);
  return margin;
}

function makePatientDepthMargin(meta: Pick<PlanMeta, 'skinThickness' | 'ageBand'>, smooth: boolean): PatientMargin {
  const thinSkin = meta.skinThickness === 'thin';
  const thickSkin = meta.skinThickness === 'thick';
  const older = !smooth && isOlderPatient(meta.ageBand);
  const adjustMm = skinMarginAdjustMm(meta.skinThickness) + (older ? OLDER_PATIENT_EXTRA.value : 0);
  return Object.freeze({ adjustMm, thinSkin, thickSkin, older });
}

/**
 * The margin's reason as finding-text data (finding-text.ts), so it reads in the finding's
 * language: thin skin and age together, each alone, age with thick skin, thick skin alone, or
 * nothing ('') for a patient whose margin nothing moves.
 */
export function marginNoteText(margin: PatientMargin): FindingParam {
  const age = OLDER_PATIENT_FROM_AGE.value;
  if (margin.thinSkin) return { text: margin.older ? 'margin.thinOlder' : 'margin.thin', params: { age } };
  if (margin.older) return { text: margin.thickSkin ? 'margin.olderThick' : 'margin.older', params: { age } };
  return margin.thickSkin ? { text: 'margin.thick' } : '';
}
