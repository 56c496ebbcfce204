/**
 * Finishing an exercise: findings resolved, new findings introduced, the number of edits and
 * what is left (shared/training finishExercise), and the result as a PDF with the trainee's
 * name (the plan report plus the exercise page).
 */
import { useMemo, useState } from 'react';
import { defaultPaper } from '../../../shared/report/default-paper';
import { getBridge } from '../../bridge';
import { exerciseCaseTitle } from '../../training/exercise-tracker';
import { exerciseSummary } from '../../training/exercise-summary';
import { currentLocale, t } from '../../i18n';
import { useEditor, useEnvironment } from '../editor-context';
import { Modal } from '../Modal';
import { DiffList } from './CaseDetails';
import { FindingList } from './FindingList';
import { useTraining } from './training-context';

export function ExerciseSummaryDialog({ onClose }: { readonly onClose: () => void }) {
  const editor = useEditor();
  const { atlas } = useEnvironment();
  const { tracker } = useTraining();
  const summary = useMemo(() => exerciseSummary(tracker, atlas), [tracker, atlas]);
  const run = tracker.getSnapshot();
  const [name, setName] = useState(() => editor.getSnapshot().preferences.practitionerName);
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  if (!summary || !run) return null;

  const exportPdf = async () => {
    setStatus({ kind: 'info', text: t('exercise.exporting') });
    try {
      const snap = editor.getSnapshot();
      const { exportPlanPdf } = await import('../../export/pdf-export');
      const bytes = await exportPlanPdf({
        plan: snap.plan,
        analysis: snap.analysis,
        layers: snap.layers,
        options: {
          paper: defaultPaper(navigator.language),
          anonymize: true,
          aftercare: false,
          signature: false,
          // The trainee's page in the language they worked in.
          language: currentLocale(),
          exercise: {
            traineeName: name,
            caseTitle: exerciseCaseTitle(run.info, currentLocale()),
            findingsAtStart: summary.findingsAtStart.length,
            resolved: summary.resolved.length,
            introduced: summary.introduced.length,
            edits: summary.edits,
            passed: summary.passed,
            remaining: summary.findingsRemaining,
          },
        },
      });
      const saved = await getBridge().exportPdf({ suggestedName: `${run.info.caseId}-exercise.pdf`, bytes });
      setStatus(saved ? { kind: 'info', text: t('status.exported', { name: saved.name }) } : null);
    } catch (e) {
      setStatus({ kind: 'error', text: t('status.exportFailed', { error: e instanceof Error ? e.message : String(e) }) });
    }
  };

  return (
    <Modal title={t('exercise.summaryTitle', { title: exerciseCaseTitle(run.info, currentLocale()) })} onCancel={onClose} className="exercise-summary" testId="exercise-summary">
      <p className={summary.passed ? 'exercise-passed' : 'exercise-not-passed'} data-testid="exercise-result">
        {t(summary.passed ? 'exercise.passed' : 'exercise.notPassed')}
      </p>
      <dl className="exercise-figures">
        <dt>{t('exercise.atStart')}</dt>
        <dd data-testid="summary-start">{summary.findingsAtStart.length}</dd>
        <dt>{t('exercise.resolved')}</dt>
        <dd data-testid="summary-resolved">{summary.resolved.length}</dd>
        <dt>{t('exercise.introduced')}</dt>
        <dd data-testid="summary-introduced">{summary.introduced.length}</dd>
        <dt>{t('exercise.editCount')}</dt>
        <dd data-testid="summary-edits">{summary.edits}</dd>
      </dl>
      <h3>{t('exercise.remainingTitle')}</h3>
      <FindingList findings={summary.findingsRemaining} empty={t('training.none')} />
      {summary.introduced.length > 0 && (
        <>
          <h3>{t('exercise.introducedTitle')}</h3>
          <FindingList findings={summary.introduced} empty={t('training.none')} />
        </>
      )}
      <h3>{t('exercise.changesTitle')}</h3>
      <DiffList diff={summary.diff} target="yours" />
      <label className="field">
        <span>{t('exercise.traineeName')}</span>
        <input type="text" value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="trainee-name" autoComplete="name" />
      </label>
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'error' : 'muted'}>
          {status.text}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('exercise.keepEditing')}
        </button>
        <button type="button" onClick={() => { tracker.stop(); onClose(); }}>
          {t('exercise.end')}
        </button>
        <button type="button" className="primary" onClick={() => void exportPdf()} data-testid="export-exercise-pdf">
          {t('exercise.exportPdf')}
        </button>
      </div>
    </Modal>
  );
}
