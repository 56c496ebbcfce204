/** The compare view's side panel: teaching notes, what changed, and each design's findings. */
import { caseTeaching, describeEntryMoved, describeNumbering, describeThreadAdded, describeThreadMoved, describeThreadRemoved, problemsOf, type DiffTarget, type PlanDiff } from '../../../shared/training';
import type { AnalyzedCase } from '../../training/case-library';
import { currentLocale, t } from '../../i18n';
import { useEnvironment } from '../editor-context';
import { FindingList } from './FindingList';

/**
 * The changes in the interface language (shared/training/diff-text writes them). Every thread is
 * named by its number in the design the change starts from (the poor design; in an exercise, the
 * design the trainee started from), which is what the resolved findings below the list use too;
 * a thread's number in `target` is added where it differs. A note above the list says so.
 */
export function DiffList({ diff, target = 'corrected' }: { readonly diff: PlanDiff; readonly target?: DiffTarget }) {
  const { atlas, catalogue } = useEnvironment();
  const locale = currentLocale();
  const rows: { kind: string; text: string }[] = [
    ...diff.threadsAdded.map((r) => ({ kind: 'added', text: describeThreadAdded(r, locale, target) })),
    ...diff.threadsMoved.map((m) => ({ kind: 'moved', text: describeThreadMoved(m, locale, { atlas, catalogue }, target) })),
    ...diff.threadsRemoved.map((r) => ({ kind: 'removed', text: describeThreadRemoved(r, locale) })),
    ...diff.entryPointsMoved.map((m) => ({ kind: 'moved', text: t('training.entryMoved', { label: m.after.label || '-', what: describeEntryMoved({ label: m.after.label, shift: m.shift }, locale, false) }) })),
    ...diff.entryPointsAdded.map((e) => ({ kind: 'added', text: t('training.entryAdded', { label: e.label || '-' }) })),
    ...diff.entryPointsRemoved.map((e) => ({ kind: 'removed', text: t('training.entryRemoved', { label: e.label || '-' }) })),
  ];
  if (rows.length === 0) return <p className="muted">{t('training.noChanges')}</p>;
  const threads = diff.threadsAdded.length + diff.threadsMoved.length + diff.threadsRemoved.length;
  return (
    <>
      {threads > 0 && (
        <p className="muted diff-numbering" data-testid="diff-numbering">
          {describeNumbering(locale, target)}
        </p>
      )}
      <ul className="diff-list" data-testid="diff-list">
        {rows.map((r, i) => (
          <li key={i} data-change={r.kind}>
            <span className={`change-tag change-${r.kind}`}>{t(`training.change.${r.kind as 'added' | 'moved' | 'removed'}`)}</span> {r.text}
          </li>
        ))}
      </ul>
    </>
  );
}

export function CaseDetails({ loaded, diff }: { readonly loaded: AnalyzedCase; readonly diff: PlanDiff }) {
  const notes = caseTeaching(loaded.case, currentLocale());
  return (
    <aside className="case-details" aria-label={t('training.detailsLabel')} tabIndex={0}>
      <section>
        <h2>{t('training.teachingNotes')}</h2>
        <h3>{t('training.whatIsWrong')}</h3>
        <p>{notes.whatIsWrong}</p>
        <h3>{t('training.whyItMatters')}</h3>
        <p>{notes.whyItMatters}</p>
        <h3>{t('training.whatTheCorrectionChanges')}</h3>
        <p>{notes.whatTheCorrectionChanges}</p>
      </section>
      <section>
        <h2>{t('training.whatChanged')}</h2>
        <DiffList diff={diff} />
        <h3>{t('training.findingsResolved', { count: diff.findingsResolved.length })}</h3>
        <FindingList findings={diff.findingsResolved} empty={t('training.none')} testId="findings-resolved" />
      </section>
      <section>
        <h2>{t('training.poorFindings')}</h2>
        <FindingList findings={loaded.poorAnalysis.findings} empty={t('findings.none')} testId="poor-findings" />
        <h2>{t('training.correctedFindings')}</h2>
        <FindingList findings={loaded.correctedAnalysis.findings} empty={t('findings.none')} testId="corrected-findings" />
        <p className="muted">{t('training.correctedClean', { count: problemsOf(loaded.correctedAnalysis).length })}</p>
      </section>
    </aside>
  );
}
