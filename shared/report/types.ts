import type { Locale } from '../i18n/locale';
import type { AnalysisResult, Finding } from '../analysis/types';
import type { Atlas } from '../atlas/types';
import type { ThreadType } from '../catalogue/types';
import type { PlanDocument } from '../plan/types';
import type { ClinicProfile } from '../record/clinic';
import type { RecordTexts } from '../record/record-texts';
import type { OverlayLayerId } from '../scene/types';
import type { TissueMap } from '../simulation/map';

/** The two paper sizes clinics use: ISO A4 (Europe, Korea, Russia) and US Letter. */
export type PaperSize = 'a4' | 'letter';

export interface ReportOptions {
  readonly paper: PaperSize;
  /** Leave out the patient's pseudonym/ID and the plan notes (training handouts). */
  readonly anonymize: boolean;
  /** Add the aftercare handout page for the patient. */
  readonly aftercare: boolean;
  /** Add the signature block for practitioner and patient. */
  readonly signature: boolean;
  /** Add the consent section (procedure, common risks with their published rates, photo consent). */
  readonly consent?: boolean;
  /**
   * When the report was generated, ISO 8601 (`2025-03-14` or `2025-03-14T09:30:00Z`). Printed in
   * the header and written as the PDF's creation date. Fix it to get byte-identical output
   * (golden tests, reproducible handouts); omitted means "now".
   */
  readonly generatedAt?: string;
  /** Add the training-exercise page (trainee, case, summary, remaining findings). */
  readonly exercise?: ExerciseReport;
  /**
   * Photo pages (issue 11, photo-pages.ts): the plan drawn over the aligned frontal baseline
   * photo, and a before/after page. Omitted: no photos.
   */
  readonly photos?: { readonly overPlan: boolean; readonly beforeAfter: boolean };
  /** Photos identify the patient: an anonymized report leaves them out unless this is true. */
  readonly photosWhenAnonymized?: boolean;
  /**
   * The language the whole report is written in (issue 14: a patient's handout in the patient's
   * language, whatever the interface's). English when omitted.
   */
  readonly language?: Locale;
}

export interface ReportInput {
  readonly plan: PlanDocument;
  readonly atlas: Atlas;
  readonly catalogue: readonly ThreadType[];
  readonly analysis: AnalysisResult;
  /** Overlays drawn on the diagram, as chosen on screen. */
  readonly layers: Readonly<Record<OverlayLayerId, boolean>>;
  /**
   * The simulated tissue map of this plan, drawn when `layers.tissue` is on; computed here
   * (shared/simulation) when the caller does not pass it.
   */
  readonly tissue?: TissueMap | null;
  /**
   * The TrueType font file to embed (assets/fonts/NotoSansKR-VectorLift.ttf). Passed in rather
   * than imported because shared/ cannot read files: the CLI reads it from disk, the app fetches it.
   */
  readonly font: Uint8Array;
  readonly options: ReportOptions;
  /**
   * The clinic's letterhead and its own consent and handout words (from the preferences). Omitted:
   * no letterhead, and VectorLift's default texts.
   */
  readonly record?: ReportRecord;
}

export interface ReportRecord {
  readonly clinic: ClinicProfile;
  readonly texts: RecordTexts;
}

/**
 * A training exercise's result, printed on a page of its own after the plan (optional: a plain
 * plan report has none). The counts are problems (warnings and critical findings), as the
 * exercise in the app counts them (shared/training/exercise.ts).
 */
export interface ExerciseReport {
  /** The trainee's name as they typed it. */
  readonly traineeName: string;
  /** The training case's title. */
  readonly caseTitle: string;
  readonly findingsAtStart: number;
  readonly resolved: number;
  readonly introduced: number;
  readonly edits: number;
  /** No warning or critical finding left. */
  readonly passed: boolean;
  /**
   * The problems still in the design (warnings and critical findings), most serious first: the
   * findings themselves, so the page writes their headlines in the report's language.
   */
  readonly remaining: readonly Finding[];
}
