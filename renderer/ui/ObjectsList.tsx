/**
 * The keyboard and screen-reader path to the canvas: every entry point with the threads that
 * start there, as a listbox. Arrow keys move and select (the canvas highlights the selection),
 * Shift+click or Shift+Space adds to the selection, Home/End jump to the ends.
 */
import { useRef, type KeyboardEvent } from 'react';
import { worstSeverityByThread } from '../../shared/analysis';
import { entryPointCaption, threadNumbers } from '../../shared/scene/numbering';
import type { Selection } from '../editor/api';
import { t } from '../i18n';
import { useEditor, useSnapshot } from './editor-context';
import { SeverityIcon } from './SeverityIcon';

interface Row {
  readonly key: string;
  readonly kind: 'entry' | 'thread';
  readonly id: string;
  readonly label: string;
}

export function ObjectsList() {
  const editor = useEditor();
  const { plan, selection, analysis } = useSnapshot();
  const listRef = useRef<HTMLUListElement>(null);
  const numbers = threadNumbers(plan);
  const worst = worstSeverityByThread(analysis.findings);

  const rows: Row[] = [];
  plan.entryPoints.forEach((e, i) => {
    const caption = entryPointCaption(e.label, i);
    rows.push({ key: `e:${e.id}`, kind: 'entry', id: e.id, label: t('objects.entryPoint', { label: caption }) });
    for (const th of plan.threads.filter((x) => x.entryPointId === e.id)) {
      const side = t(th.side === 'right' ? 'side.right' : 'side.left');
      rows.push({ key: `t:${th.id}`, kind: 'thread', id: th.id, label: t('objects.thread', { number: numbers.get(th.id) ?? 0, label: caption, side }) });
    }
  });
  // Threads whose entry point is missing (a damaged file) still get a row.
  for (const th of plan.threads.filter((x) => !plan.entryPoints.some((e) => e.id === x.entryPointId))) {
    rows.push({ key: `t:${th.id}`, kind: 'thread', id: th.id, label: t('objects.thread', { number: numbers.get(th.id) ?? 0, label: '?', side: th.side }) });
  }

  const isSelected = (r: Row) => (r.kind === 'entry' ? selection.entryPointIds : selection.threadIds).includes(r.id);
  const only = (r: Row): Selection => (r.kind === 'entry' ? { threadIds: [], entryPointIds: [r.id] } : { threadIds: [r.id], entryPointIds: [] });
  const toggle = (r: Row): Selection => {
    const list = r.kind === 'entry' ? selection.entryPointIds : selection.threadIds;
    const next = list.includes(r.id) ? list.filter((x) => x !== r.id) : [...list, r.id];
    return r.kind === 'entry' ? { ...selection, entryPointIds: next } : { ...selection, threadIds: next };
  };
  const choose = (r: Row, add: boolean) => editor.select(add ? toggle(r) : only(r));

  // Roving focus: the selected row (or the first) is the one Tab stop.
  const firstSelected = rows.findIndex(isSelected);
  const tabStop = firstSelected === -1 ? 0 : firstSelected;

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const items = Array.from(listRef.current?.querySelectorAll<HTMLElement>('[role="option"]') ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (at === -1) return;
    let next: number;
    if (e.key === 'ArrowDown') next = at + 1;
    else if (e.key === 'ArrowUp') next = at - 1;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      choose(rows[at]!, e.shiftKey);
      return;
    } else return;
    e.preventDefault();
    next = Math.max(0, Math.min(items.length - 1, next));
    items[next]?.focus();
    if (!e.shiftKey) choose(rows[next]!, false);
  };

  if (rows.length === 0) return <p className="muted empty-note">{t('objects.empty')}</p>;
  return (
    <ul ref={listRef} className="objects" role="listbox" aria-multiselectable="true" aria-label={t('panel.objects')} onKeyDown={onKeyDown} data-testid="objects">
      {rows.map((r, i) => {
        const severity = r.kind === 'thread' ? worst.get(r.id) : undefined;
        return (
          <li
            key={r.key}
            role="option"
            aria-selected={isSelected(r)}
            tabIndex={i === tabStop ? 0 : -1}
            className={`object object-${r.kind}`}
            data-object-id={r.id}
            onClick={(e) => choose(r, e.shiftKey)}
          >
            {r.kind === 'entry' ? <span className="object-dot" aria-hidden="true" /> : <span className={`object-line sev-${severity ?? 'ok'}`} aria-hidden="true" />}
            <span className="object-label">{r.label}</span>
            {severity && severity !== 'info' && <SeverityIcon severity={severity} />}
          </li>
        );
      })}
    </ul>
  );
}
