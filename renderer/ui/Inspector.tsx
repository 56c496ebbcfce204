/** Shows the inspector for the current selection: one thread, one entry point, or a count. */
import { threadNumbers } from '../../shared/scene/numbering';
import { t } from '../i18n';
import { usePanelSnapshot } from './editor-context';
import { EntryPointInspector } from './EntryPointInspector';
import { ThreadInspector } from './ThreadInspector';

export function Inspector() {
  const { plan, selection } = usePanelSnapshot();
  const count = selection.threadIds.length + selection.entryPointIds.length;
  let body;
  if (count === 0) {
    body = <p className="muted empty-note">{t('inspector.nothingSelected')}</p>;
  } else if (count > 1) {
    body = <p className="muted empty-note">{t('inspector.multipleSelected', { count })}</p>;
  } else if (selection.threadIds.length === 1) {
    const thread = plan.threads.find((th) => th.id === selection.threadIds[0]);
    body = thread ? <ThreadInspector key={thread.id} thread={thread} number={threadNumbers(plan).get(thread.id) ?? 0} /> : null;
  } else {
    const index = plan.entryPoints.findIndex((e) => e.id === selection.entryPointIds[0]);
    const entry = plan.entryPoints[index];
    body = entry ? <EntryPointInspector key={entry.id} entry={entry} index={index} /> : null;
  }
  return (
    <div className="panel-body" data-testid="inspector">
      {body}
    </div>
  );
}
