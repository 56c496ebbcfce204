/**
 * The editor's modal questions (confirm delete, unsaved changes) and the keyboard help, loaded
 * after the first screen and mounted while open (lazy-panels.tsx).
 */
import { t } from '../i18n';
import { useEditor, useEditorState } from './editor-context';
import { Modal } from './Modal';

export function ConfirmDialog() {
  const editor = useEditor();
  const confirm = useEditorState((s) => s.confirm);
  if (!confirm) return null;
  return (
    <Modal title={t(confirm.kind === 'delete' ? 'confirm.delete.title' : 'confirm.unsaved.title')} onCancel={() => editor.answerConfirm(false)} testId="confirm-dialog" role="alertdialog">
      <p>{confirm.message}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={() => editor.answerConfirm(false)} autoFocus>
          {confirm.cancelLabel}
        </button>
        {confirm.alternateLabel && (
          <button type="button" onClick={() => editor.chooseConfirmAlternate()}>
            {confirm.alternateLabel}
          </button>
        )}
        <button type="button" className={confirm.kind === 'delete' ? 'danger' : 'primary'} onClick={() => editor.answerConfirm(true)}>
          {confirm.confirmLabel}
        </button>
      </div>
    </Modal>
  );
}

export function HelpDialog() {
  const editor = useEditor();
  const helpOpen = useEditorState((s) => s.helpOpen);
  if (!helpOpen) return null;
  const commands = editor.commands();
  return (
    <Modal title={t('help.title')} onCancel={() => editor.setHelpOpen(false)} className="help" testId="help-dialog">
      <p className="muted">{t('help.intro')}</p>
      {/* Focusable so keyboard users can scroll the list (axe: scrollable-region-focusable). */}
      <div className="help-scroll" tabIndex={0} role="region" aria-label={t('help.title')}>
        <table className="shortcuts">
          <thead>
            <tr>
              <th scope="col">{t('help.command')}</th>
              <th scope="col">{t('help.shortcut')}</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((c) => (
              <tr key={c.id} data-command={c.id}>
                <td>{c.label}</td>
                <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : t('help.none')}</td>
              </tr>
            ))}
            <tr>
              <td>{t('help.pan')}</td>
              <td>
                <kbd>{t('help.panKeys')}</kbd>
              </td>
            </tr>
            <tr>
              <td>{t('help.keyboardCursor')}</td>
              <td>
                <kbd>{t('help.keyboardCursorKeys')}</kbd>
              </td>
            </tr>
            <tr>
              <td>{t('help.zoomWheel')}</td>
              <td>
                <kbd>{t('help.zoomWheelKeys')}</kbd>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={() => editor.setHelpOpen(false)} autoFocus>
          {t('dialog.close')}
        </button>
      </div>
    </Modal>
  );
}
