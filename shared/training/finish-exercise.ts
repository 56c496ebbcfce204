import { analyze } from '../analysis/analyze';
import type { AnalysisResult, Finding } from '../analysis/types';
import type { Atlas } from '../atlas/types';
import type { ExerciseState } from './exercise';
import { problemsOf } from './problems';
import { diffPlans, type PlanDiff } from './plan-diff';

/**
 * The summary of a training exercise (exercise.ts). "Findings" in it are PROBLEMS: warnings and
 * critical findings. Info notes (for example one thread more on one side) are advice, not
 * mistakes, and do not count.
 */

export interface ExerciseSummary {
  readonly findingsAtStart: readonly Finding[];
  readonly findingsRemaining: readonly Finding[];
  /** Problems of the start design that are gone. */
  readonly resolved: readonly Finding[];
  /** Problems the trainee's edits created. */
  readonly introduced: readonly Finding[];
  readonly edits: number;
  /** No warning and no critical finding left. */
  readonly passed: boolean;
  /** Threads and entry points added, moved and removed (for the summary's "what you changed"). */
  readonly diff: PlanDiff;
}

export function finishExercise(
  state: ExerciseState,
  atlas: Atlas,
  analysis?: { readonly start?: AnalysisResult; readonly current?: AnalysisResult },
): ExerciseSummary {
  const startAnalysis = analysis?.start ?? analyze(state.start, atlas);
  const currentAnalysis = analysis?.current ?? analyze(state.current, atlas);
  const onlyProblems = (a: AnalysisResult): AnalysisResult => ({ metrics: a.metrics, findings: problemsOf(a) });
  const diff = diffPlans(state.start, state.current, atlas, {
    analysis: { before: onlyProblems(startAnalysis), after: onlyProblems(currentAnalysis) },
  });
  const findingsRemaining = diff.analysis.after.findings;
  return {
    findingsAtStart: diff.analysis.before.findings,
    findingsRemaining,
    resolved: diff.findingsResolved,
    introduced: diff.findingsIntroduced,
    edits: state.edits,
    passed: findingsRemaining.length === 0,
    diff,
  };
}
