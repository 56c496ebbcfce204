import type { RuleId } from '../analysis/types';
import type { MistakeId } from './mistakes';

/**
 * A training case: a poor plan design, its corrected design and plain-language teaching notes.
 * On disk a case is a folder `assets/cases/<id>/` holding `case.json` (this document) and the two
 * designs as ordinary `.vlift` plan files next to it, so each design opens in the app and in
 * `vectorlift analyze` like any other plan. docs/training-cases.md describes the format.
 */

export const CASE_FORMAT = 'vectorlift-case';
/** Bump when the shape changes (and teach parseCaseText to read the older shape). */
export const CASE_SCHEMA_VERSION = 1;

/** The treatment area a case is about; 'combined' covers several areas in one plan. */
export const CASE_AREAS = ['midface', 'jawline', 'brow', 'neck', 'combined'] as const;
export type CaseArea = (typeof CASE_AREAS)[number];

export interface TeachingNotes {
  /** What is wrong with the poor design, in plain words. */
  readonly whatIsWrong: string;
  /** Why it matters clinically: what the patient would see or feel. */
  readonly whyItMatters: string;
  /** What the corrected design changes, and why that fixes it. */
  readonly whatTheCorrectionChanges: string;
}

export interface TrainingCase {
  readonly format: typeof CASE_FORMAT;
  readonly schemaVersion: typeof CASE_SCHEMA_VERSION;
  /** Lower-case words joined by hyphens; also the case's folder name. */
  readonly id: string;
  readonly title: string;
  readonly area: CaseArea;
  /**
   * The rules the poor design demonstrates: each gives at least one warning or critical finding
   * on the poor design and none on the corrected one. In RULE_IDS order, no repeats, at least one.
   */
  readonly rules: readonly RuleId[];
  /** Classic mistakes the case shows (mistakes.ts); may be empty. Optional in the file. */
  readonly mistakes: readonly MistakeId[];
  /** One or two sentences for the case list. */
  readonly summary: string;
  readonly teaching: TeachingNotes;
  /** File name of the poor design, a sibling of case.json, e.g. "poor.vlift". */
  readonly poor: string;
  /** File name of the corrected design, a sibling of case.json, e.g. "corrected.vlift". */
  readonly corrected: string;
}
