/**
 * The CLI's text report at the thread limit: repeats folded, at most MAX_LISTED_FINDINGS listed,
 * then "and N more".
 */
import { describe, expect, it } from 'vitest';
import { analysisText } from '../../../cli/report';
import { analyze } from '../../../shared/analysis';
import { MAX_LISTED_FINDINGS } from '../../../shared/analysis/finding-groups';
import { CANONICAL_ATLAS } from '../../../shared/atlas';
import { MAX_THREADS } from '../../../shared/plan/limits';
import { makeLargePlan } from '../../fixtures/pdf/large-plan';

describe('analyze text at the thread limit', () => {
  it('lists at most MAX_LISTED_FINDINGS findings and says how many more', () => {
    const plan = makeLargePlan(MAX_THREADS);
    const result = analyze(plan, CANONICAL_ATLAS);
    expect(result.findings.length).toBeGreaterThan(MAX_LISTED_FINDINGS);
    const text = analysisText(result, plan, 'big.vlift');
    expect(text.match(/^ {2}- /gm)).toHaveLength(MAX_LISTED_FINDINGS);
    expect(text).toContain(`... and ${result.findings.length - MAX_LISTED_FINDINGS} more findings, not listed (vectorlift analyze --json lists them all).`);
    // Headings and the summary count every finding, listed or not.
    const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
    expect(text).toContain(`CRITICAL (${count('critical')})`);
    expect(text).toContain(`Summary: ${count('critical')} critical, ${count('warning')} warnings`);
  });

  it('says when a finding stands for repeats on its thread, and names all their threads', () => {
    const plan = makeLargePlan(60);
    const result = analyze(plan, CANONICAL_ATLAS);
    const folded = result.findings.find((f) => f.folded);
    expect(folded).toBeDefined();
    const numbers = folded!.threads.map((id) => plan.threads.findIndex((t) => t.id === id) + 1).join(', ');
    expect(analysisText(result, plan, 'p.vlift')).toContain(`And ${folded!.folded!.count} more like it; together they concern threads ${numbers}`);
  });
});
