/**
 * Shows the inspector for the current selection: one thread, one entry point, or several threads
 * at once (a multi-selection; selected entry points bring their threads, as every other edit of
 * the selection does).
 */
import { threadNumbers } from '../../shared/scene/numbering';
import { expandSelection } from '../editor/plan-ops';
import { t, withViewTexts } from '../i18n';
import { usePanelSnapshot } from './editor-context';
import { lazyModule, useLoadedModule } from './lazy-module';

/** Nothing is selected on the first screen: the inspectors load after it (lazy-module.ts). */
const selectionInspectors = lazyModule(() => withViewTexts(import('./selection-inspectors')));

export function Inspector() {
  const { plan, selection } = usePanelSnapshot();
  const count = selection.threadIds.length + selection.entryPointIds.length;
  const inspectors = useLoadedModule(selectionInspectors, count > 0);
  let body;
  if (count === 0) {
    body = <p className="muted empty-note">{t('inspector.nothingSelected')}</p>;
  } else if (!inspectors) {
    // Only when something is selected in the moment before the inspectors arrive.
    body = null;
  } else if (count === 1 && selection.threadIds.length === 1) {
    const { ThreadInspector } = inspectors;
    const thread = plan.threads.find((th) => th.id === selection.threadIds[0]);
    body = thread ? <ThreadInspector key={thread.id} thread={thread} number={threadNumbers(plan).get(thread.id) ?? 0} /> : null;
  } else if (count === 1) {
    const { EntryPointInspector } = inspectors;
    const entry = plan.entryPoints.find((e) => e.id === selection.entryPointIds[0]);
    body = entry ? <EntryPointInspector key={entry.id} entry={entry} /> : null;
  } else {
    const { MultiThreadInspector } = inspectors;
    const threadIds = [...expandSelection(plan, selection).threadIds];
    body =
      threadIds.length > 0 ? (
        <MultiThreadInspector key={threadIds.join(" ")} threadIds={threadIds} />
      ) : (
        <p className="muted empty-note">{t('inspector.multipleSelected', { count })}</p>
      );
  }
  return (
    <div className="panel-body" data-testid="inspector" aria-busy={count > 0 && !inspectors}>
      {body}
    </div>
  );
}
