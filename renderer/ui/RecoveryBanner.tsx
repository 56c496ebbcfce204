/** The offer to restore work left by a session that did not close normally (on the first screen). */
import { t } from '../i18n';
import { useEditor, useEditorState } from './editor-context';

export function RecoveryBanner() {
  const editor = useEditor();
  const recovery = useEditorState((s) => s.recovery);
  if (!recovery) return null;
  return (
    <div className="banner" role="alert" data-testid="recovery-banner">
      <span>{t('recovery.message')}</span>
      <button type="button" className="primary" onClick={() => void editor.restoreRecovery()}>
        {t('recovery.restore')}
      </button>
      <button type="button" onClick={() => editor.discardRecovery()}>
        {t('recovery.discard')}
      </button>
    </div>
  );
}
