/**
 * The case library: every case as a card (thumbnail of the poor design, title, area, rules),
 * filtered by area and by rule. Cards are buttons in a list, so Tab and Enter open a case.
 */
import { useEffect, useMemo, useState } from 'react';
import { ruleTitle as ruleTitleIn } from '../../../shared/analysis/rule-text';
import type { RuleId } from '../../../shared/analysis/types';
import type { PaletteName } from '../../../shared/scene/palette';
import { CASE_AREAS, caseSummary, caseTitle, filterCases, type CaseArea, type CaseIndex } from '../../../shared/training';
import { currentLocale, t } from '../../i18n';
import { CaseThumbnail } from './CaseThumbnail';
import { TrainingHeader } from './TrainingHeader';
import { useTraining } from './training-context';

/** A rule's title in the interface language (shared/analysis/rule-text). */
export const ruleTitle = (rule: RuleId): string => ruleTitleIn(rule, currentLocale());
export const areaLabel = (area: CaseArea): string => t(`training.area.${area}`);

export function TrainingBrowser({ theme }: { readonly theme: PaletteName }) {
  const { library, show } = useTraining();
  const [index, setIndex] = useState<CaseIndex | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [area, setArea] = useState<CaseArea | ''>('');
  const [rule, setRule] = useState<RuleId | ''>('');
  useEffect(() => {
    library.index().then(setIndex, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [library]);

  const rulesInLibrary = useMemo(() => [...new Set(index?.cases.flatMap((c) => c.rules) ?? [])].sort(), [index]);
  const cases = useMemo(() => (index ? filterCases(index.cases, { area: area || null, rule: rule || null }) : []), [index, area, rule]);

  return (
    <>
      <TrainingHeader title={t('training.browserTitle')} />
      <div className="training-body">
        <div className="case-filters" role="group" aria-label={t('training.filters')}>
          <label>
            {t('training.filterArea')}
            <select value={area} onChange={(e) => setArea(e.currentTarget.value as CaseArea | '')} data-testid="filter-area">
              <option value="">{t('training.allAreas')}</option>
              {CASE_AREAS.map((a) => (
                <option key={a} value={a}>
                  {areaLabel(a)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('training.filterRule')}
            <select value={rule} onChange={(e) => setRule(e.currentTarget.value as RuleId | '')} data-testid="filter-rule">
              <option value="">{t('training.allRules')}</option>
              {rulesInLibrary.map((r) => (
                <option key={r} value={r}>
                  {ruleTitle(r)}
                </option>
              ))}
            </select>
          </label>
          <output className="muted" aria-live="polite" data-testid="case-count">
            {t('training.caseCount', { count: cases.length })}
          </output>
        </div>
        {error && (
          <p role="alert" className="error">
            {t('training.libraryUnreadable', { error })}
          </p>
        )}
        {/* Busy until the library index has arrived (its code and the index load on first open). */}
        <ul className="case-grid" aria-label={t('training.caseList')} aria-busy={index === null && error === null}>
          {cases.map((c) => (
            <li key={c.id}>
              <button type="button" className="case-card" data-case={c.id} onClick={() => show({ kind: 'compare', entry: c })}>
                <CaseThumbnail entry={c} theme={theme} />
                <span className="case-title">{caseTitle(c, currentLocale())}</span>
                <span className="case-meta">
                  <span className="case-area">{areaLabel(c.area)}</span>
                  {c.rules.map((r) => (
                    <span key={r} className="rule-chip" data-rule={r}>
                      {ruleTitle(r)}
                    </span>
                  ))}
                </span>
                <span className="case-summary">{caseSummary(c, currentLocale())}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
