/** A compact, read-only list of findings (severity shape and words, headline, the rule by its title; the id in data-rule). */
import { ruleTitle } from '../../../shared/analysis/rule-text';
import type { Finding } from '../../../shared/analysis/types';
import { currentLocale, findingWords } from '../../i18n';
import { SeverityIcon } from '../SeverityIcon';

export function FindingList({ findings, empty, testId }: { readonly findings: readonly Finding[]; readonly empty: string; readonly testId?: string }) {
  if (findings.length === 0) return <p className="muted" data-testid={testId}>{empty}</p>;
  return (
    <ul className="training-findings" data-testid={testId}>
      {findings.map((f, i) => (
        <li key={`${f.rule}-${i}`} className={`sev-${f.severity}`} data-rule={f.rule}>
          <SeverityIcon severity={f.severity} />
          <span>{findingWords(f).title}</span> <span className="rule-chip">{ruleTitle(f.rule, currentLocale())}</span>
        </li>
      ))}
    </ul>
  );
}
