/**
 * "Save as training case": the plan in the editor is one design (poor or corrected), the trainer
 * picks the other design's file, writes the title, area and teaching notes, and the app makes
 * the case with shared/training makeTrainingCase (which derives the rules the pair demonstrates
 * and refuses a pair with nothing to teach) and saves its three files.
 */
import { useState, type FormEvent } from 'react';
import { formatPlanError } from '../../../shared/plan/errors';
import { parsePlanText } from '../../../shared/plan/parse';
import { CASE_AREAS, makeTrainingCase, type CaseArea } from '../../../shared/training';
import { getBridge } from '../../bridge';
import { readPlanFile } from '../../bridge/browser-files';
import { currentLocale, t } from '../../i18n';
import { useEditor, useEnvironment } from '../editor-context';
import { Modal } from '../Modal';
import { caseIdFromTitle, caseSaveRequest } from './save-case-files';
import { areaLabel } from './TrainingBrowser';
import { useTraining } from './training-context';

export function SaveCaseDialog() {
  const editor = useEditor();
  const { catalogue, atlas } = useEnvironment();
  const { show } = useTraining();
  // The plan in the editor is taken for the poor design when it has a warning or a critical
  // finding, else for the corrected one: a trainer saving a case usually has the flawed design open.
  const [currentIs, setCurrentIs] = useState<'corrected' | 'poor'>(() => (editor.getSnapshot().analysis.findings.some((f) => f.severity !== 'info') ? 'poor' : 'corrected'));
  const [other, setOther] = useState<{ name: string; text: string } | null>(null);
  const [title, setTitle] = useState('');
  const [area, setArea] = useState<CaseArea>('midface');
  const [notes, setNotes] = useState({ whatIsWrong: '', whyItMatters: '', whatTheCorrectionChanges: '' });
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const close = () => show({ kind: 'none' });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!other) return setMessage({ kind: 'error', text: t('saveCase.needOther') });
    const parsed = parsePlanText(other.text, { knownThreadTypeIds: new Set(catalogue.map((c) => c.id)) });
    if (!parsed.ok) return setMessage({ kind: 'error', text: t('status.openFailed', { name: other.name, error: formatPlanError(parsed.error, undefined, currentLocale()) }) });
    const current = editor.getSnapshot().plan;
    const result = makeTrainingCase({
      id: caseIdFromTitle(title),
      title: title.trim(),
      area,
      poor: currentIs === 'poor' ? current : parsed.plan,
      corrected: currentIs === 'corrected' ? current : parsed.plan,
      teaching: notes,
      atlas,
    });
    if (!result.ok) return setMessage({ kind: 'error', text: t('saveCase.refused', { error: formatPlanError(result.error, undefined, currentLocale()) }) });
    const request = caseSaveRequest(result.case.id, result.files);
    const { id, rules } = result.case;
    const bridge = getBridge();
    setSaving(true);
    setMessage(null);
    bridge
      .saveTrainingCase(request)
      .then((saved) => {
        if (!saved) return setMessage({ kind: 'info', text: t('saveCase.cancelled') });
        const text =
          bridge.platform === 'electron'
            ? t('saveCase.savedToFolder', { id, path: saved.location, rules: rules.join(', ') })
            : t('saveCase.saved', { id, files: request.files.map((f) => f.name).join(', '), rules: rules.join(', ') });
        setMessage({ kind: 'info', text });
      })
      .catch((error: unknown) => setMessage({ kind: 'error', text: t('saveCase.failed', { error: error instanceof Error ? error.message : String(error) }) }))
      .finally(() => setSaving(false));
  };

  const note = (key: keyof typeof notes, label: string) => (
    <label className="field">
      <span>{label}</span>
      <textarea required rows={3} value={notes[key]} onChange={(e) => setNotes({ ...notes, [key]: e.currentTarget.value })} data-testid={`note-${key}`} />
    </label>
  );

  return (
    <Modal title={t('saveCase.title')} onCancel={close} className="save-case" testId="save-case-dialog">
      <form onSubmit={submit}>
        <fieldset>
          <legend>{t('saveCase.currentIs')}</legend>
          {(['corrected', 'poor'] as const).map((which) => (
            <label key={which} className="check-row">
              <input type="radio" name="current-is" checked={currentIs === which} onChange={() => setCurrentIs(which)} />
              {t(which === 'poor' ? 'training.poorDesign' : 'training.correctedDesign')}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t(currentIs === 'poor' ? 'saveCase.pickCorrected' : 'saveCase.pickPoor')}</span>
          <input
            type="file"
            accept=".vlift,application/json"
            data-testid="other-design"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              readPlanFile(file).then(
                (text) => setOther({ name: file.name, text }),
                (error: unknown) => {
                  setOther(null);
                  setMessage({ kind: 'error', text: t('status.openFailed', { name: file.name, error: error instanceof Error ? error.message : String(error) }) });
                },
              );
            }}
          />
        </label>
        <label className="field">
          <span>{t('saveCase.caseTitle')}</span>
          <input type="text" required maxLength={200} value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-testid="case-title" />
        </label>
        <p className="muted">{t('saveCase.id', { id: caseIdFromTitle(title) || '-' })}</p>
        <label className="field">
          <span>{t('training.filterArea')}</span>
          <select value={area} onChange={(e) => setArea(e.currentTarget.value as CaseArea)}>
            {CASE_AREAS.map((a) => (
              <option key={a} value={a}>
                {areaLabel(a)}
              </option>
            ))}
          </select>
        </label>
        {note('whatIsWrong', t('training.whatIsWrong'))}
        {note('whyItMatters', t('training.whyItMatters'))}
        {note('whatTheCorrectionChanges', t('training.whatTheCorrectionChanges'))}
        {message && (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'muted'} data-testid="save-case-message">
            {message.text}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={close}>
            {t('dialog.close')}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {t('saveCase.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
