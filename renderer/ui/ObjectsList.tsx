/**
 * The keyboard and screen-reader path to the canvas: every entry point with the threads that
 * start there, as a listbox. Arrow keys move and select (the canvas highlights the selection),
 * Shift+click or Shift+Space adds to the selection, Home/End jump to the ends.
 */
import { memo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { worstSeverityByThread } from '../../shared/analysis';
import type { Severity } from '../../shared/analysis/types';
import type { Thread } from '../../shared/plan/types';
import { entryPointCaptions, threadNumbers } from '../../shared/scene/numbering';
import type { Selection } from '../editor/api';
import { fixed, t } from '../i18n';
import { useCommitCount, useEnvironment, usePanelSnapshot } from './editor-context';
import { SeverityIcon } from './SeverityIcon';

interface Row {
  readonly key: string;
  readonly kind: 'entry' | 'thread';
  readonly id: string;
  /** Full sentence for assistive technology. */
  readonly label: string;
  /** What the row shows: a short name and a muted detail. */
  readonly title: string;
  readonly detail: string;
  readonly severity: Severity | undefined;
}

/** One row; memoised on plain values so a drag re-renders only the rows that changed. */
const ObjectRow = memo(function ObjectRow(props: { kind: Row['kind']; id: string; label: string; title: string; detail: string; severity: Severity | undefined; selected: boolean; tabStop: boolean }) {
  return (
    <li
      role="option"
      aria-selected={props.selected}
      tabIndex={props.tabStop ? 0 : -1}
      className={`object object-${props.kind}`}
      data-object-id={props.id}
      data-object-kind={props.kind}
      aria-label={props.label}
    >
      {props.kind === 'entry' ? <span className="object-dot" aria-hidden="true" /> : <span className={`object-line sev-${props.severity ?? 'ok'}`} aria-hidden="true" />}
      <span className="object-label">
        <span className="object-title">{props.title}</span>
        {props.detail && <span className="object-detail">{props.detail}</span>}
      </span>
      {props.severity && props.severity !== 'info' && <SeverityIcon severity={props.severity} />}
    </li>
  );
});

export function ObjectsList() {
  const { editor } = useEnvironment();
  const { plan, selection, analysis } = usePanelSnapshot();
  const listRef = useRef<HTMLUListElement>(null);
  useCommitCount(listRef);
  const numbers = threadNumbers(plan);
  const worst = worstSeverityByThread(analysis.findings);
  const sideWord = (side: 'right' | 'left') => t(side === 'right' ? 'side.right' : 'side.left');
  const threadDetail = (th: Thread) => t('objects.threadDetail', { depth: th.depthMm, tension: fixed(th.tensionN, 1) });

  const captions = entryPointCaptions(plan);
  const rows: Row[] = [];
  plan.entryPoints.forEach((e) => {
    const caption = captions.get(e.id)!;
    const entryLabel = t('objects.entryPoint', { label: caption });
    rows.push({ key: `e:${e.id}`, kind: 'entry', id: e.id, label: entryLabel, title: entryLabel, detail: sideWord(e.side), severity: undefined });
    for (const th of plan.threads.filter((x) => x.entryPointId === e.id)) {
      const number = numbers.get(th.id) ?? 0;
      const label = t('objects.thread', { number, label: caption, side: sideWord(th.side) });
      rows.push({ key: `t:${th.id}`, kind: 'thread', id: th.id, label, title: t('inspector.thread', { number }), detail: threadDetail(th), severity: worst.get(th.id) });
    }
  });
  // Threads whose entry point is missing (a damaged file) still get a row.
  for (const th of plan.threads.filter((x) => !plan.entryPoints.some((e) => e.id === x.entryPointId))) {
    const number = numbers.get(th.id) ?? 0;
    const label = t('objects.thread', { number, label: '?', side: sideWord(th.side) });
    rows.push({ key: `t:${th.id}`, kind: 'thread', id: th.id, label, title: t('inspector.thread', { number }), detail: threadDetail(th), severity: worst.get(th.id) });
  }

  const isSelected = (r: Row) => (r.kind === 'entry' ? selection.entryPointIds : selection.threadIds).includes(r.id);
  const only = (r: Row): Selection => (r.kind === 'entry' ? { threadIds: [], entryPointIds: [r.id] } : { threadIds: [r.id], entryPointIds: [] });
  const toggle = (r: Row): Selection => {
    // The selection as it is now, not the panel's paced copy: a Shift-click right after a click
    // must add to what that click selected even before this list has re-rendered.
    const current = editor.getSnapshot().selection;
    const list = r.kind === 'entry' ? current.entryPointIds : current.threadIds;
    const next = list.includes(r.id) ? list.filter((x) => x !== r.id) : [...list, r.id];
    return r.kind === 'entry' ? { ...current, entryPointIds: next } : { ...current, threadIds: next };
  };
  const choose = (r: Row, add: boolean) => editor.select(add ? toggle(r) : only(r));
  const rowOf = (el: EventTarget | null): Row | undefined => {
    const li = el instanceof Element ? el.closest<HTMLElement>('[role="option"]') : null;
    return li ? rows.find((r) => r.id === li.dataset.objectId && r.kind === li.dataset.objectKind) : undefined;
  };

  // Roving focus: the selected row (or the first) is the one Tab stop.
  const firstSelected = rows.findIndex(isSelected);
  const tabStop = firstSelected === -1 ? 0 : firstSelected;

  const onClick = (e: MouseEvent<HTMLUListElement>) => {
    const row = rowOf(e.target);
    if (row) choose(row, e.shiftKey);
  };
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
    <ul ref={listRef} className="objects" role="listbox" aria-multiselectable="true" aria-label={t('panel.objects')} onKeyDown={onKeyDown} onClick={onClick} data-testid="objects">
      {rows.map((r, i) => (
        <ObjectRow key={r.key} kind={r.kind} id={r.id} label={r.label} title={r.title} detail={r.detail} severity={r.severity} selected={isSelected(r)} tabStop={i === tabStop} />
      ))}
    </ul>
  );
}
