/** File name and dirty marker, the side convention, the tool hint, messages and the zoom. */
import { ACTUAL_SIZE_ZOOM } from '../editor/view-transform';
import { t } from '../i18n';
import { useEditorState } from './editor-context';

const HINT = {
  select: 'tool.select.hint',
  entry: 'tool.entry.hint',
  thread: 'tool.thread.hint',
  edit: 'tool.edit.hint',
} as const;

export function StatusBar() {
  const file = useEditorState((s) => s.file);
  const zoom = useEditorState((s) => s.view.zoom);
  const status = useEditorState((s) => s.status);
  const tool = useEditorState((s) => s.tool);
  const drawing = useEditorState((s) => s.draft !== null);
  const hint = tool === 'thread' && drawing ? t('tool.thread.drawingHint') : t(HINT[tool]);
  return (
    <footer className="statusbar">
      <span className="status-file" data-testid="file-name" title={file.path ?? file.name}>
        {file.dirty && (
          <span className="dirty" aria-label={t('status.unsaved')} title={t('status.unsaved')} data-testid="dirty-marker">
            ●
          </span>
        )}
        {file.name}
      </span>
      <span className="status-note">{t('app.sideNote')}</span>
      <span className="status-hint" data-testid="tool-hint">
        {hint}
      </span>
      <span className={`status-message${status?.kind === 'error' ? ' is-error' : ''}`} role={status?.kind === 'error' ? 'alert' : 'status'} data-testid="status-message">
        {status?.text ?? ''}
      </span>
      <span className="status-zoom" data-testid="zoom">
        {Math.round((zoom / ACTUAL_SIZE_ZOOM) * 100)}%
      </span>
    </footer>
  );
}
