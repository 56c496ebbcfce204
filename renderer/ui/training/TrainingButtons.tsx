/**
 * The toolbar's way into training mode, one menu so the toolbar stays on one row on a laptop:
 * the case library (L), present this plan (P), save as a training case.
 */
import { t } from '../../i18n';
import { useEditor } from '../editor-context';
import { ToolbarMenu } from '../ToolbarMenu';
import { useTraining } from './training-context';

export function TrainingButtons() {
  const editor = useEditor();
  const { show, analyzePlan } = useTraining();
  return (
    <ToolbarMenu label={t('training.open')} title={t('training.menuHint')} className="training-menu" testId="training-menu" closeOnChoose>
      <div role="group" aria-label={t('training.group')} className="menu-items">
        <button type="button" className="menu-item" onClick={() => show({ kind: 'browser' })} data-command="training.open">
          <span>{t('training.library')}</span>
          <kbd>L</kbd>
        </button>
        <button
          type="button"
          className="menu-item"
          data-command="training.present"
          onClick={() => {
            const snap = editor.getSnapshot();
            show({ kind: 'presenter', source: { title: () => snap.plan.meta.title || snap.file.name, plan: snap.plan, analysis: analyzePlan(snap.plan) }, back: { kind: 'none' } });
          }}
        >
          <span>{t('presenter.openMenu')}</span>
          <kbd>P</kbd>
        </button>
        <button type="button" className="menu-item" onClick={() => show({ kind: 'save-case' })} data-command="training.saveCase">
          <span>{t('saveCase.title')}</span>
        </button>
      </div>
    </ToolbarMenu>
  );
}
