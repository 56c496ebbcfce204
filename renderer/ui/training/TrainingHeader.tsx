/** The bar on top of every training view: its title, extra actions and a way back to the designer. */
import type { ReactNode } from 'react';
import { t } from '../../i18n';
import { useTraining } from './training-context';

export function TrainingHeader({ title, back, children }: { readonly title: string; readonly back?: () => void; readonly children?: ReactNode }) {
  const { show } = useTraining();
  return (
    <header className="training-header">
      {back && (
        <button type="button" onClick={back} data-testid="training-back">
          {t('training.back')}
        </button>
      )}
      <h1 id="training-title">{title}</h1>
      <div className="training-actions">{children}</div>
      <button type="button" onClick={() => show({ kind: 'none' })} data-testid="training-close" title={t('training.closeHint')}>
        {t('training.close')}
      </button>
    </header>
  );
}
