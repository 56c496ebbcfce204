/**
 * Findings, grouped by severity, updated live on every edit. Choosing a finding highlights its
 * threads and place on the canvas (choose it again to clear); its threads can be selected from
 * it. Findings naming the selected thread are marked. Arrow keys move between findings.
 *
 * `data-analysis-generation` counts the analysis results this panel has shown; the UI benchmark
 * watches it to time how long an edit takes to reach the panel.
 */
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { findingKey } from '../../shared/analysis';
import { ruleTitle } from '../../shared/analysis/rule-text';
import { listFindings } from '../../shared/analysis/finding-groups';
import type { Finding, Severity } from '../../shared/analysis/types';
import { threadNumbers } from '../../shared/scene/numbering';
import { currentLocale, findingWords, t } from '../i18n';
import { useCommitCount, useEditor, usePanelSnapshot } from './editor-context';
import { MetricsSummary } from './MetricsSummary';
import { SeverityIcon } from './SeverityIcon';

const GROUPS: readonly { severity: Severity; title: 'findings.severity.critical' | 'findings.severity.warning' | 'findings.severity.info' }[] = [
  { severity: 'critical', title: 'findings.severity.critical' },
  { severity: 'warning', title: 'findings.severity.warning' },
  { severity: 'info', title: 'findings.severity.info' },
];

/** Counts analysis results shown, and announces changes in the number of findings. */
function useAnalysisGeneration(analysis: unknown, count: number): { generation: number; announcement: string } {
  const seen = useRef({ analysis, generation: 0, count });
  const [announcement, setAnnouncement] = useState('');
  if (seen.current.analysis !== analysis) seen.current = { ...seen.current, analysis, generation: seen.current.generation + 1 };
  useEffect(() => {
    if (seen.current.count === count) return;
    seen.current.count = count;
    setAnnouncement(count === 0 ? t('findings.none') : t('findings.count', { count }));
  }, [count]);
  return { generation: seen.current.generation, announcement };
}

function moveFocus(e: KeyboardEvent<HTMLElement>) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(e.key)) return;
  const items = Array.from(e.currentTarget.querySelectorAll<HTMLElement>('[data-finding-key]'));
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : at + (e.key === 'ArrowDown' ? 1 : -1);
  const target = items[Math.max(0, Math.min(items.length - 1, next))];
  if (target) {
    e.preventDefault();
    target.focus();
  }
}

interface ItemProps {
  readonly finding: Finding;
  readonly active: boolean;
  readonly involved: boolean;
  readonly numbers: ReadonlyMap<string, number>;
}

/**
 * Re-render a finding only when what it shows changes: each analysis makes new finding
 * objects, but most findings read the same from one pointer move to the next.
 */
function sameItem(a: ItemProps, b: ItemProps): boolean {
  const f = a.finding;
  const g = b.finding;
  return (
    a.active === b.active &&
    a.involved === b.involved &&
    f.severity === g.severity &&
    f.title === g.title &&
    f.message === g.message &&
    f.fix === g.fix &&
    f.folded?.count === g.folded?.count &&
    f.threads.length === g.threads.length &&
    f.threads.every((id, i) => id === g.threads[i] && a.numbers.get(id) === b.numbers.get(id))
  );
}

const FindingItem = memo(function FindingItem({ finding, active, involved, numbers }: ItemProps) {
  const editor = useEditor();
  const key = findingKey(finding);
  const words = findingWords(finding);
  return (
    <li className={`finding sev-${finding.severity}${active ? ' is-active' : ''}${involved ? ' is-involved' : ''}`} data-rule={finding.rule} data-threads={finding.threads.join(' ')}>
      <button
        type="button"
        className="finding-head"
        aria-expanded={active}
        data-finding-key={key}
        onClick={() => editor.setActiveFinding(active ? null : finding)}
      >
        <SeverityIcon severity={finding.severity} />
        <span className="finding-title">{words.title}</span>
        {finding.folded && (
          <span className="finding-folded" title={t('findings.foldedTitle', { count: finding.folded.count })} data-testid="finding-folded">
            {t('findings.folded', { count: finding.folded.count })}
          </span>
        )}
        {/* The rule by its title in the interface language; its id (docs/rules.md, `vectorlift rules`) stays in data-rule. */}
        <span className="finding-rule" data-rule={finding.rule}>
          {ruleTitle(finding.rule, currentLocale())}
        </span>
      </button>
      {active && (
        <div className="finding-detail">
          <p>
            <strong>{t('findings.why')}: </strong>
            {words.message}
          </p>
          <p>
            <strong>{t('findings.fix')}: </strong>
            {words.fix}
          </p>
          {finding.threads.length > 0 && (
            <ul className="chip-list" aria-label={t('findings.threads')}>
              {finding.threads.map((id) => (
                <li key={id}>
                  <button type="button" className="chip" onClick={() => editor.select({ threadIds: [id], entryPointIds: [] })}>
                    {t('inspector.thread', { number: numbers.get(id) ?? 0 })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}, sameItem);

export function FindingsPanel() {
  const { plan, analysis, activeFinding, selection } = usePanelSnapshot();
  const rootRef = useRef<HTMLDivElement>(null);
  useCommitCount(rootRef);
  // With one thread selected the list can be narrowed to that thread ("choosing a thread
  // shows its findings"); the choice sticks while the user moves between threads.
  const [onlySelected, setOnlySelected] = useState(false);
  const focusThread = selection.threadIds.length === 1 ? selection.threadIds[0]! : null;
  const findings = onlySelected && focusThread ? analysis.findings.filter((f) => f.threads.includes(focusThread)) : analysis.findings;
  const { generation, announcement } = useAnalysisGeneration(analysis, analysis.findings.length);
  const activeKey = activeFinding ? findingKey(activeFinding) : null;
  const selected = new Set(selection.threadIds);
  const numbers = threadNumbers(plan);
  // A readable list at the plan size limit: the first ones (critical first), then "and N more".
  const { listed, more } = listFindings(findings);

  return (
    <div ref={rootRef} className="panel-body findings" data-testid="findings" data-analysis-generation={generation} data-finding-count={analysis.findings.length}>
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="findings-announcer">
        {announcement}
      </div>
      <div className="finding-counts" aria-hidden="true">
        {GROUPS.map(({ severity }) => {
          const n = findings.filter((f) => f.severity === severity).length;
          return (
            <span key={severity} className={`count-pill sev-${severity}${n === 0 ? ' is-zero' : ''}`}>
              <SeverityIcon severity={severity} /> {n}
            </span>
          );
        })}
      </div>
      {focusThread && (
        <label className="check-row findings-filter">
          <input type="checkbox" checked={onlySelected} onChange={(e) => setOnlySelected(e.currentTarget.checked)} data-testid="findings-only-thread" />
          {t('findings.onlyThread', { number: numbers.get(focusThread) ?? 0 })}
        </label>
      )}
      {findings.length === 0 ? (
        <p className="muted empty-note">{onlySelected && focusThread ? t('findings.noneForThread') : t('findings.none')}</p>
      ) : (
        <div onKeyDown={moveFocus} aria-label={t('aria.findings')} role="group">
          {GROUPS.map(({ severity, title }) => {
            const group = listed.filter((f) => f.severity === severity);
            if (group.length === 0) return null;
            const total = findings.filter((f) => f.severity === severity).length;
            return (
              <section key={severity} className="finding-group" aria-label={`${t(title)}: ${total}`}>
                <h4 className={`group-title sev-${severity}`}>
                  {t(title)} <span className="group-count">{total}</span>
                </h4>
                <ul className="finding-list">
                  {group.map((f) => {
                    const key = findingKey(f);
                    return <FindingItem key={key} finding={f} active={key === activeKey} involved={f.threads.some((id) => selected.has(id))} numbers={numbers} />;
                  })}
                </ul>
              </section>
            );
          })}
          {more > 0 && (
            <p className="muted findings-more" data-testid="findings-more">
              {t('findings.more', { count: more })}
            </p>
          )}
        </div>
      )}
      <MetricsSummary />
    </div>
  );
}
