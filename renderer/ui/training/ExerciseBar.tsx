/**
 * Shown in the designer while an exercise runs: the case, the live count of remaining problems
 * (warnings and critical findings; it goes down as the trainee fixes the design), the edits so
 * far, and Finish, which opens the summary.
 */
import { Suspense, useState } from 'react';
// The module itself, not the shared/training index: the index would bring case making and
// the case format into the designer's first-screen chunk.
import { problemsOf } from '../../../shared/training/problems';
import { exerciseCaseTitle } from '../../training/exercise-tracker';
import { currentLocale, t } from '../../i18n';
import { useEditorState } from '../editor-context';
import { ExerciseSummaryDialog } from './lazy-views';
import { useExercise, useTraining } from './training-context';

export function ExerciseBar() {
  const exercise = useExercise();
  const { tracker } = useTraining();
  const analysis = useEditorState((s) => s.analysis);
  const [finishing, setFinishing] = useState(false);
  if (!exercise) return null;
  const remaining = problemsOf(analysis).length;
  const atStart = problemsOf(exercise.startAnalysis).length;
  return (
    <section className="exercise-bar" aria-label={t('exercise.label')} data-testid="exercise-bar">
      <strong>{t('exercise.title', { title: exerciseCaseTitle(exercise.info, currentLocale()) })}</strong>
      <span className="exercise-count" role="status" aria-live="polite" data-testid="exercise-remaining" data-count={remaining}>
        {t('exercise.remaining', { count: remaining, start: atStart })}
      </span>
      <span className="muted" data-testid="exercise-edits">
        {t('exercise.edits', { count: exercise.state.edits })}
      </span>
      <button type="button" className="primary" onClick={() => setFinishing(true)} data-testid="finish-exercise">
        {t('exercise.finish')}
      </button>
      <button type="button" onClick={() => tracker.stop()}>
        {t('exercise.quit')}
      </button>
      {finishing && (
        <Suspense fallback={null}>
          <ExerciseSummaryDialog onClose={() => setFinishing(false)} />
        </Suspense>
      )}
    </section>
  );
}
