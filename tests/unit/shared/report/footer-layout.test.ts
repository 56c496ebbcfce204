import { describe, expect, it } from 'vitest';
import { REPORT_TEXT as T } from '../../../../shared/report/report-strings';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { findPhrase, pdfWords } from './pdf-tools';
import { NO_OVERLAYS, buildReport } from './report-fixture';

/**
 * Where the footer's three parts sit, from the word boxes pdftotext reports: on one line below
 * everything else on the page, the patient at the left margin, "Page x of y" ending at the right
 * margin, and the disclaimer between them without touching either.
 */

describe('the footer on every page', () => {
  it('is one line below the rest, patient at the left margin, page number at the right, the disclaimer between', async () => {
    const pages = pdfWords(await buildReport(makeLargePlan(2, { patientId: 'Pq7Patient' }), { layers: NO_OVERLAYS }));
    expect(pages.length).toBeGreaterThan(2);
    // The margins: the leftmost and rightmost word edges of the running header on page 2.
    const header = pages[1]!.filter((w) => w.yMin === Math.min(...pages[1]!.map((x) => x.yMin)));
    const left = Math.min(...header.map((w) => w.xMin));
    const right = Math.max(...header.map((w) => w.xMax));
    pages.forEach((words, i) => {
      const bottom = Math.max(...words.map((w) => w.yMin));
      const line = words.filter((w) => w.yMin === bottom);
      const patient = findPhrase(line, T.footerPatient('Pq7Patient'));
      const page = findPhrase(line, T.footerPage(i + 1, pages.length));
      const disclaimer = findPhrase(line, T.footerDisclaimer);
      expect([patient, page, disclaimer].every(Boolean), `page ${i + 1}: ${line.map((w) => w.text).join(' ')}`).toBe(true);
      // Nothing else shares the footer's line, and the body stays clear above it.
      expect(line.length).toBe(T.footerPatient('Pq7Patient').split(' ').length + T.footerPage(1, 1).split(' ').length + T.footerDisclaimer.split(' ').length);
      const above = words.filter((w) => w.yMin !== bottom);
      expect(Math.max(...above.map((w) => w.yMin)), `page ${i + 1}`).toBeLessThan(bottom - 8);
      expect(patient!.xMin).toBeCloseTo(left, 0);
      expect(page!.xMax).toBeCloseTo(right, 0);
      expect(disclaimer!.xMin).toBeGreaterThan(patient!.xMax + 8);
      expect(disclaimer!.xMax).toBeLessThan(page!.xMin - 8);
    });
  });

  it('cuts a long patient id with an ellipsis so it stays clear of the disclaimer', async () => {
    const id = 'Pq7' + 'Longpatientidentifier'.repeat(5);
    const pages = pdfWords(await buildReport(makeLargePlan(2, { patientId: id }), { layers: NO_OVERLAYS }));
    for (const words of pages) {
      const bottom = Math.max(...words.map((w) => w.yMin));
      const line = words.filter((w) => w.yMin === bottom);
      const disclaimer = findPhrase(line, T.footerDisclaimer)!;
      expect(disclaimer).toBeDefined();
      const patient = line.filter((w) => w.xMax <= disclaimer.xMin);
      expect(patient.map((w) => w.text).join(' ')).toMatch(/^Patient: Pq7Longpatient\S*…$/);
      expect(line.map((w) => w.text).join(' ')).not.toContain(id);
    }
  });
});
