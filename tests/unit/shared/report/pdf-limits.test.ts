/**
 * The PDF at the thread limit (issue 8): it summarizes past PDF_LISTED_FINDINGS findings (a
 * 1,000-thread plan once gave 11,895 pages) and stays a document a colleague can read.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { MAX_THREADS } from '../../../../shared/plan/limits';
import { PDF_LISTED_FINDINGS } from '../../../../shared/report/findings-section';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { PDF_MARKED_THREADS } from '../../../../shared/report/marking-sheet';
import { pdfInfo, pdfText } from './pdf-tools';
import { buildReport, squeeze } from './report-fixture';

describe('the PDF of a plan at the thread limit', () => {
  it('describes the first findings in full, counts the rest by rule, and stays short', { timeout: 60_000 }, async () => {
    const plan = makeLargePlan(MAX_THREADS);
    const { findings } = analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE });
    expect(findings.length).toBeGreaterThan(PDF_LISTED_FINDINGS);
    const pdf = await buildReport(plan);
    const text = squeeze(pdfText(pdf));
    const rest = findings.length - PDF_LISTED_FINDINGS;
    expect(text).toContain(squeeze(`${rest} more findings are not described here, to keep the report readable`));
    expect(text).toContain(squeeze(`the first ${PDF_LISTED_FINDINGS} are explained on the next pages, the rest counted by rule`));
    expect(text).toContain(`${PDF_LISTED_FINDINGS}.`);
    expect(text).not.toContain(`${PDF_LISTED_FINDINGS + 1}. ${findings[PDF_LISTED_FINDINGS]!.title}`);
    // The marking sheet marks the first PDF_MARKED_THREADS threads and counts the rest.
    expect(text).toContain(squeeze(`${MAX_THREADS - PDF_MARKED_THREADS} more threads are not marked here, to keep the report readable`));
    // The thread table (~6 pages at 200 threads), ten or so of findings, the metrics, the
    // marking sheet (~8 pages: two oblique views and 40 threads' tables): not hundreds. (The
    // deep-path rule added its row and findings for the rotated copies that dive under the eye.)
    expect(pdfInfo(pdf).pages).toBeLessThanOrEqual(32);
  });
});
