/**
 * The summary of a running exercise (findings resolved and introduced, edits, what is left).
 * Apart from the tracker so the plan comparison it needs (shared/training finishExercise, with
 * the words of each change in every language) loads with the summary dialog, not at start-up.
 */
import type { Atlas } from '../../shared/atlas/types';
import { finishExercise, type ExerciseSummary } from '../../shared/training/finish-exercise';
import type { ExerciseTracker } from './exercise-tracker';

/** The summary of the exercise so far, or null when none is running. */
export function exerciseSummary(tracker: ExerciseTracker, atlas: Atlas): ExerciseSummary | null {
  const progress = tracker.progress();
  return progress && finishExercise(progress.state, atlas, { start: progress.start, current: progress.current });
}
