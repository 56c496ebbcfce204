import { analyze } from '../analysis/analyze';
import { describeRules } from '../analysis/registry';
import { RULE_IDS, type Finding, type RuleId } from '../analysis/types';
import { CANONICAL_ATLAS } from '../atlas/canonical';
import type { Atlas } from '../atlas/types';
import { planError, type PlanErrorText } from '../plan/errors';
import { validatePlan } from '../plan/validate';
import { serializePlan } from '../plan/serialize';
import type { PlanDocument } from '../plan/types';
import { serializeCase, validateCase, type CaseError } from './case-format';
import { CASE_FILE, CORRECTED_FILE, POOR_FILE } from './case-files';
import { isProblem } from './problems';
import type { MistakeId } from './mistakes';
import { CASE_FORMAT, CASE_SCHEMA_VERSION, type CaseArea, type TeachingNotes, type TrainingCase } from './types';

/**
 * "Save as training case": turn two plans and the trainer's notes into the three files of a case
 * folder. Pure: the caller writes the files (the app through its bridge, scripts with fs).
 */

export { CASE_FILE, CORRECTED_FILE, POOR_FILE };

export interface MakeTrainingCaseInput {
  readonly id: string;
  readonly title: string;
  readonly area: CaseArea;
  readonly poor: PlanDocument;
  readonly corrected: PlanDocument;
  readonly teaching: TeachingNotes;
  /** The rules the poor design demonstrates. Derived from the analysis when omitted. */
  readonly rules?: readonly RuleId[];
  readonly mistakes?: readonly MistakeId[];
  /** One or two sentences for the case list; built from the rules' titles when omitted. */
  readonly summary?: string;
  /** The atlas the designs are analyzed on; the canonical face by default. */
  readonly atlas?: Atlas;
}

export interface TrainingCaseFiles {
  readonly 'case.json': string;
  readonly 'poor.vlift': string;
  readonly 'corrected.vlift': string;
}

export type MakeTrainingCaseResult =
  | { ok: true; case: TrainingCase; caseJson: string; files: TrainingCaseFiles }
  | { ok: false; error: CaseError };

/** Rule ids with at least one problem among `findings`, in RULE_IDS order. */
export function problemRules(findings: readonly Finding[]): RuleId[] {
  const found = new Set(findings.filter(isProblem).map((f) => f.rule));
  return RULE_IDS.filter((id) => found.has(id));
}

/**
 * The rules a pair of designs teaches: rules with a warning or critical finding on the poor
 * design and none on the corrected one.
 */
export function demonstratedRules(poor: PlanDocument, corrected: PlanDocument, atlas: Atlas = CANONICAL_ATLAS): RuleId[] {
  const stillThere = new Set(problemRules(analyze(corrected, atlas).findings));
  return problemRules(analyze(poor, atlas).findings).filter((id) => !stillThere.has(id));
}

/** A refusal as key and parameters (shared/plan/error-text 'case.*'), so the dialog writes it in the interface language. */
const fail = (text: PlanErrorText, path: string): MakeTrainingCaseResult => ({ ok: false, error: planError(text, path) });

export function makeTrainingCase(input: MakeTrainingCaseInput): MakeTrainingCaseResult {
  for (const which of ['poor', 'corrected'] as const) {
    const checked = validatePlan(input[which]);
    if (!checked.ok) {
      const { error } = checked;
      // A plan refusal without its text (none is expected) is passed on in its English words.
      const problem: PlanErrorText = error.text ?? { key: 'case.unreadable', params: { detail: error.message } };
      const key = which === 'poor' ? 'case.poorNotPlan' : 'case.correctedNotPlan';
      return fail({ key, params: { path: error.path ? `${error.path} ` : '' }, nested: { problem } }, `/${which}`);
    }
  }
  const atlas = input.atlas ?? CANONICAL_ATLAS;
  const demonstrated = demonstratedRules(input.poor, input.corrected, atlas);
  let rules: readonly RuleId[];
  if (input.rules === undefined) {
    if (demonstrated.length === 0) {
      return fail({ key: 'case.nothingDemonstrated' }, '/rules');
    }
    rules = demonstrated;
  } else {
    const missing = input.rules.filter((r) => !demonstrated.includes(r));
    if (missing.length > 0) {
      return fail({ key: 'case.notDemonstrated', params: { rules: missing.join(', ') } }, '/rules');
    }
    rules = input.rules;
  }
  const titles = new Map(describeRules().map((d) => [d.id, d.title.toLowerCase()]));
  const summary = input.summary ?? `A poor design and its correction: ${rules.map((r) => titles.get(r) ?? r).join('; ')}.`;
  const draft: TrainingCase = {
    format: CASE_FORMAT,
    schemaVersion: CASE_SCHEMA_VERSION,
    id: input.id,
    title: input.title,
    area: input.area,
    rules: [...rules],
    mistakes: [...(input.mistakes ?? [])],
    summary,
    teaching: input.teaching,
    poor: POOR_FILE,
    corrected: CORRECTED_FILE,
  };
  // The same checks as reading the file back: ids, lengths, known rules and mistakes.
  const checked = validateCase(draft);
  if (!checked.ok) return checked;
  const caseJson = serializeCase(checked.case);
  return {
    ok: true,
    case: checked.case,
    caseJson,
    files: { [CASE_FILE]: caseJson, [POOR_FILE]: serializePlan(input.poor), [CORRECTED_FILE]: serializePlan(input.corrected) } as TrainingCaseFiles,
  };
}
