/** The toolbar's way into training mode: the case library (L), present the plan (P), save as a case. */
import { t } from '../../i18n';
import { useEditor } from '../editor-context';
import { Icon } from '../icons';
import { useTraining } from './training-context';

export function TrainingButtons() {
  const editor = useEditor();
  const { show, analyse } = useTraining();
  return (
    <div className="tb-group" role="group" aria-label={t('training.group')}>
      <button type="button" className="tb-button tb-wide" title={t('training.openHint')} onClick={() => show({ kind: 'browser' })} data-command="training.open">
        <span className="tb-text">{t('training.open')}</span>
      </button>
      <button
        type="button"
        className="tb-button tb-wide"
        title={t('presenter.openHint')}
        data-command="training.present"
        onClick={() => {
          const snap = editor.getSnapshot();
          show({ kind: 'presenter', source: { title: snap.plan.meta.title || snap.file.name, plan: snap.plan, analysis: analyse(snap.plan) }, back: { kind: 'none' } });
        }}
      >
        <span className="tb-text">{t('presenter.open')}</span>
      </button>
      <button type="button" className="tb-button" title={t('saveCase.title')} onClick={() => show({ kind: 'save-case' })} data-command="training.saveCase">
        <Icon name="save" />
        <span className="tb-text">{t('saveCase.short')}</span>
      </button>
    </div>
  );
}
