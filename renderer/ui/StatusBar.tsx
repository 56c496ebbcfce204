/** File name and dirty marker, the side convention, the tool hint, messages and the zoom. */
import { useEffect, useState } from 'react';
import type { EditorSnapshot } from '../editor/api';
import { ACTUAL_SIZE_ZOOM } from '../editor/view-transform';
import type { ViewId } from '../../shared/surface/types';
import { t, type MessageKey } from '../i18n';

/** Which side of the patient the view shows, and where. */
const SIDE_NOTE: Readonly<Record<ViewId, MessageKey>> = {
  frontal: 'app.sideNote',
  'left-oblique': 'app.sideNote.left-oblique',
  'right-oblique': 'app.sideNote.right-oblique',
  'left-profile': 'app.sideNote.left-profile',
  'right-profile': 'app.sideNote.right-profile',
};
import { useEditorState, useEnvironment } from './editor-context';

const HINT = {
  select: 'tool.select.hint',
  entry: 'tool.entry.hint',
  thread: 'tool.thread.hint',
  edit: 'tool.edit.hint',
} as const;

/**
 * How long an info message ("Saved plan.vlift.") stays: design choice, long enough to read a
 * short sentence twice; the live region has announced it already. Errors stay until replaced.
 */
export const INFO_STATUS_MS = 6000;

/** The status message, or null once an info message has been shown for INFO_STATUS_MS. */
function useTransientStatus(status: EditorSnapshot['status']): EditorSnapshot['status'] {
  const [expired, setExpired] = useState<EditorSnapshot['status']>(null);
  useEffect(() => {
    if (status?.kind !== 'info') return;
    const timer = setTimeout(() => setExpired(status), INFO_STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return status !== null && status === expired ? null : status;
}

/**
 * An error (a refused file, a failed save) takes the tool hint's place and wraps to the bar's two
 * lines, its full text also in the title: cut to one line at 40 % of the bar, the reason a file was
 * refused was lost ("...; the most Ve…"). It stays until replaced or dismissed.
 */
export function StatusBar() {
  const { editor } = useEnvironment();
  const file = useEditorState((s) => s.file);
  const zoom = useEditorState((s) => s.view.zoom);
  const status = useTransientStatus(useEditorState((s) => s.status));
  const tool = useEditorState((s) => s.tool);
  const drawing = useEditorState((s) => s.draft !== null);
  const faceView = useEditorState((s) => s.faceView);
  const error = status?.kind === 'error';
  const hint = tool === 'thread' && drawing ? t('tool.thread.drawingHint') : t(HINT[tool]);
  return (
    <footer className="statusbar">
      <span className="status-file" data-testid="file-name" title={file.location ?? file.name}>
        {file.dirty && (
          <span className="dirty" aria-label={t('status.unsaved')} title={t('status.unsaved')} data-testid="dirty-marker">
            ●
          </span>
        )}
        {file.name}
      </span>
      <span className="status-note" data-testid="side-note" title={t(SIDE_NOTE[faceView])}>
        {t(SIDE_NOTE[faceView])}
      </span>
      {!error && (
        <span className="status-hint" data-testid="tool-hint" title={hint}>
          {hint}
        </span>
      )}
      <span className={`status-message${error ? ' is-error' : ''}`} role={error ? 'alert' : 'status'} title={error ? status.text : undefined} data-testid="status-message">
        {status?.text ?? ''}
      </span>
      {error && (
        <button type="button" className="status-dismiss" aria-label={t('status.dismiss')} title={t('status.dismiss')} onClick={() => editor.dismissStatus()} data-testid="status-dismiss">
          ×
        </button>
      )}
      <span className="status-zoom" data-testid="zoom">
        {Math.round((zoom / ACTUAL_SIZE_ZOOM) * 100)}%
      </span>
    </footer>
  );
}
