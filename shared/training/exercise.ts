import type { PlanDocument } from '../plan/types';

/**
 * A training exercise: the trainee opens a poor design, edits it and finishes. Pure data and
 * functions; the editor keeps the state and calls recordEdit whenever its document changes.
 * The summary at the end is finish-exercise.ts: it compares the designs, which the designer
 * loads only when an exercise is finished (issue 15's start-up budget).
 */

export interface ExerciseState {
  /** The design as the exercise began. */
  readonly start: PlanDocument;
  /** The design as it is now. */
  readonly current: PlanDocument;
  /** Number of recorded changes to the design. */
  readonly edits: number;
}

export function startExercise(poorPlan: PlanDocument): ExerciseState {
  return { start: poorPlan, current: poorPlan, edits: 0 };
}

/**
 * Record the design after one edit. Plans are immutable, so an unchanged design is the same
 * object (the editor's no-op edits return the document they were given): it is not counted.
 */
export function recordEdit(state: ExerciseState, plan: PlanDocument): ExerciseState {
  if (plan === state.current) return state;
  return { start: state.start, current: plan, edits: state.edits + 1 };
}
