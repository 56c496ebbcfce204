/** The inspector for one entry point: its label and the threads that start there. */
import type { EntryPoint } from '../../shared/plan/types';
import { entryPointCaption, threadNumbers } from '../../shared/scene/numbering';
import { fixed, t } from '../i18n';
import { useEnvironment, usePanelSnapshot } from './editor-context';
import { TextField } from './fields';
import { PointSkinMark } from './SkinMarks';

export function EntryPointInspector({ entry }: { readonly entry: EntryPoint }) {
  const { editor } = useEnvironment();
  const { plan } = usePanelSnapshot();
  const numbers = threadNumbers(plan);
  const threads = plan.threads.filter((th) => th.entryPointId === entry.id);
  const caption = entryPointCaption(plan, entry.id);
  return (
    <section className="inspector" aria-labelledby="inspector-title" data-testid="entry-inspector">
      <h3 id="inspector-title">{t('inspector.entryPoint', { label: caption })}</h3>
      <TextField label={t('inspector.entryPoint.label')} value={entry.label} maxLength={8} testId="entry-label" onCommit={(label) => editor.updateEntryPoint(entry.id, { label })} />
      <dl className="facts">
        <dt>{t('inspector.entryPoint.position')}</dt>
        <dd>
          {t('inspector.entryPoint.xy', { x: fixed(entry.position.x, 1), y: fixed(entry.position.y, 1) })}
        </dd>
        <PointSkinMark point={entry.position} />
        <dt>{t('inspector.thread.side')}</dt>
        <dd>{t(entry.side === 'right' ? 'side.right' : 'side.left')}</dd>
      </dl>
      <h4>{t('inspector.entryPoint.threads')}</h4>
      {threads.length === 0 ? (
        <p className="muted">{t('inspector.entryPoint.noThreads')}</p>
      ) : (
        <ul className="chip-list">
          {threads.map((th) => (
            <li key={th.id}>
              <button type="button" className="chip" onClick={() => editor.select({ threadIds: [th.id], entryPointIds: [] })}>
                {t('inspector.thread', { number: numbers.get(th.id) ?? 0 })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
