/**
 * Published complication rates after facial thread lifting: the one source every number in the
 * consent section comes from (the PDF prints these values; nothing retypes them).
 *
 * Source: the pooled incidences of a systematic review and meta-analysis of 26 studies, as
 * collected in shared/domain.md ("Reference numbers"): Niu Z, Zhang K, Yao W, et al. A
 * meta-analysis and systematic review of the incidences of complications following facial
 * thread-lifting. Aesthetic Plast Surg. 2021;45(5):2148-2158.
 */

export interface ComplicationRate {
  /** Stable id (tests, translations). */
  readonly id: 'swelling' | 'dimpling' | 'paraesthesia' | 'visible-thread' | 'infection' | 'extrusion';
  /** Plain words for a patient. */
  readonly name: string;
  /** What the patient would notice, in plain words. */
  readonly explanation: string;
  /** Pooled incidence, a share of patients (0.35 = 35 in 100). */
  readonly share: number;
}

export const COMPLICATION_SOURCE = {
  /** Short form printed under the table. */
  citation:
    'Niu Z, Zhang K, Yao W, et al. A meta-analysis and systematic review of the incidences of complications following facial thread-lifting. Aesthetic Plast Surg. 2021;45(5):2148-2158.',
  studies: 26,
} as const;

/** Most common first, as the meta-analysis reports them. */
export const COMPLICATION_RATES: readonly ComplicationRate[] = [
  { id: 'swelling', name: 'Swelling', explanation: 'Puffiness of the treated area, usually settling within one to two weeks.', share: 0.35 },
  { id: 'dimpling', name: 'Dimpling or puckering', explanation: 'Small dents or folds in the skin over a thread; most settle, some need the thread adjusted.', share: 0.1 },
  { id: 'paraesthesia', name: 'Altered sensation', explanation: 'Numbness, tingling or tenderness, usually temporary.', share: 0.06 },
  { id: 'visible-thread', name: 'Visible or palpable thread', explanation: 'A thread that can be seen or felt under the skin.', share: 0.04 },
  { id: 'infection', name: 'Infection', explanation: 'Redness, warmth, pain or discharge that gets worse; it needs treatment.', share: 0.02 },
  { id: 'extrusion', name: 'Thread extrusion', explanation: 'A thread end working its way out through the skin; it is then removed.', share: 0.02 },
];

/** "35 in 100 (35%)": the rate as a patient reads it. */
export function rateText(share: number): string {
  const percent = Math.round(share * 1000) / 10;
  return `about ${percent} in 100 (${percent}%)`;
}
