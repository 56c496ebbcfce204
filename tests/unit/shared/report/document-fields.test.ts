import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../../shared/plan/types';
import { REPORT_TEXT as T } from '../../../../shared/report/report-strings';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { pdfWords, type PdfWord } from './pdf-tools';
import { NO_OVERLAYS, buildReport } from './report-fixture';

/**
 * Free text as the plan holds it is trimmed before the PDF uses it: the practitioner in the
 * document's Author field, and the plan notes under their heading (blank lines typed before the
 * notes would otherwise push them down the page). pdftotext drops spaces at the ends of words, so
 * these read the document information with pdf-lib and the word boxes. A small plan without overlays keeps
 * each PDF quick.
 */

const plan = (meta: Partial<PlanDocument['meta']>) => makeLargePlan(1, { title: 'Midface plan', patientId: 'Pq7Patient', ...meta });
const build = (p: PlanDocument) => buildReport(p, { layers: NO_OVERLAYS });

/** The distance from the top of the notes heading to the top of the word `word` below it, points. */
function notesDrop(pages: PdfWord[][], word: string): number {
  for (const words of pages) {
    const heading = words.find((w) => w.text === T.notesTitle.split(' ')[0]);
    const note = words.find((w) => w.text === word);
    if (heading && note) return note.yMin - heading.yMin;
  }
  throw new Error(`no page has "${T.notesTitle}" and "${word}"`);
}

describe('free text in the PDF, trimmed', () => {
  it('gives the practitioner as the Author, without the spaces around the name', async () => {
    // Read as written in the file (pdfinfo trims what it prints).
    const doc = await PDFDocument.load(await build(plan({ practitioner: '  Dr Ana Lopes  ' })), { updateMetadata: false });
    expect(doc.getAuthor()).toBe('Dr Ana Lopes');
  });

  it('starts the plan notes on the line under their heading even when the notes begin with blank lines', async () => {
    const plain = notesDrop(pdfWords(await build(plan({ notes: 'Pq7Plannote' }))), 'Pq7Plannote');
    const padded = notesDrop(pdfWords(await build(plan({ notes: '\n\n\nPq7Plannote\n\n' }))), 'Pq7Plannote');
    expect(plain).toBeGreaterThan(0);
    expect(padded).toBeCloseTo(plain, 1);
  });
});
