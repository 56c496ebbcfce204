/**
 * The plan's record status in the plan details: its revision, whether it is signed off as final
 * (by whom, when), "Mark final…" to sign it off, and the kept final revisions, each exportable
 * as it was signed off. The sign-off is a plan edit (one undo step); the first edit after it
 * starts the next revision and keeps this one read-only (shared/plan/revisions.ts).
 */
import { useId, useState } from 'react';
import { todayIso } from '../../../shared/plan/factory';
import { MAX_PRACTITIONER_LENGTH } from '../../../shared/plan/limits';
import { t } from '../../i18n';
import { useEditor, usePanelSnapshot } from '../editor-context';
import { Modal } from '../Modal';

export function RevisionPanel() {
  const editor = useEditor();
  const plan = usePanelSnapshot().plan;
  const [signing, setSigning] = useState(false);
  const { signOff } = plan;
  return (
    <section className="revision-panel" aria-labelledby="revision-title" data-testid="revision-panel">
      <h3 id="revision-title" className="revision-title">
        {t('record.revision.title')}
      </h3>
      <p className="revision-status" data-testid="revision-status">
        {signOff
          ? t('record.revision.final', { revision: plan.revision, by: signOff.by, on: signOff.on })
          : t('record.revision.draft', { revision: plan.revision })}
      </p>
      {signOff ? (
        <p className="field-hint">{t('record.revision.finalHint', { next: plan.revision + 1 })}</p>
      ) : (
        <button type="button" onClick={() => setSigning(true)} data-testid="mark-final">
          {t('record.revision.markFinal')}
        </button>
      )}
      {plan.finalRevisions.length > 0 && (
        <ul className="revision-list" aria-label={t('record.revision.kept')}>
          {plan.finalRevisions.map((r) => (
            <li key={r.revision}>
              <span>{t('record.revision.keptItem', { revision: r.revision, by: r.signOff.by, on: r.signOff.on })}</span>
              <button type="button" className="link-button opens" data-revision={r.revision} onClick={() => void editor.exportRevisionPdf(r.revision)}>
                {t('record.revision.export')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {signing && <MarkFinalDialog practitioner={plan.meta.practitioner} onDone={() => setSigning(false)} />}
    </section>
  );
}

function MarkFinalDialog({ practitioner, onDone }: { readonly practitioner: string; readonly onDone: () => void }) {
  const editor = useEditor();
  const [by, setBy] = useState(practitioner);
  const [on, setOn] = useState(todayIso());
  const byId = useId();
  const onId = useId();
  const valid = by.trim() !== '' && /^\d{4}-\d{2}-\d{2}$/.test(on);
  return (
    <Modal title={t('record.revision.markFinalTitle')} onCancel={onDone} testId="mark-final-dialog">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          editor.markFinal({ by, on });
          onDone();
        }}
      >
        <p>{t('record.revision.markFinalIntro')}</p>
        <div className="field">
          <label htmlFor={byId}>{t('record.revision.signedBy')}</label>
          <input id={byId} type="text" value={by} maxLength={MAX_PRACTITIONER_LENGTH} required autoFocus onChange={(e) => setBy(e.currentTarget.value)} />
        </div>
        <div className="field">
          <label htmlFor={onId}>{t('record.revision.signedOn')}</label>
          <input id={onId} type="date" value={on} required onChange={(e) => setOn(e.currentTarget.value)} />
        </div>
        <div className="dialog-buttons">
          <button type="button" onClick={onDone}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!valid}>
            {t('record.revision.markFinalConfirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
