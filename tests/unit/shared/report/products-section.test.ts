import { describe, expect, it } from 'vitest';
import { pageLayout } from '../../../../shared/report/page-layout';
import { REPORT_TEXT as T } from '../../../../shared/report/report-strings';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { pdfWords, textObjects, type PdfWord } from './pdf-tools';
import { NO_OVERLAYS, buildReport, withLots } from './report-fixture';

/**
 * The product summary as drawn (products-section.ts through table.ts): the row of a lot that
 * expired before the plan's date is set bold, every cell of it, so it stands out on the shelf
 * list; the rows of lots in date, or of threads without a lot, are not.
 */

/** Threads 1-2 from an in-date lot, 3-4 from one that expired before the plan date, 5-6 with none. */
const plan = withLots(makeLargePlan(6, { title: 'Products plan', patientId: 'P-0080', date: '2025-03-14' }));

describe('the product summary', () => {
  it('sets the row of an expired lot bold, and the other rows in regular weight', async () => {
    const bytes = await buildReport(plan, { layers: NO_OVERLAYS });
    const pages = pdfWords(bytes);
    const objects = textObjects(bytes, pageLayout('a4').height);
    // The section's introduction (its last word); the thread table above it also names the lots.
    const intro = T.productsIntro.split(' ').at(-1)!;
    const p = pages.findIndex((words) => words.some((w) => w.text === intro));
    expect(p).toBeGreaterThan(0);
    const top = pages[p]!.find((w) => w.text === intro)!.yMax;
    const words = pages[p]!.filter((w) => w.yMin > top);
    /** The text-rendering mode of the text object drawn where `word` starts, on its line. */
    const modeOf = (word: PdfWord): number => {
      const found = objects[p]!.filter((o) => Math.abs(o.x - word.xMin) < 1 && o.y > word.yMin && o.y <= word.yMax + 1);
      expect(found.length, word.text).toBe(1);
      return found[0]!.mode;
    };
    const rowOf = (lot: string): PdfWord[] => {
      const cell = words.find((w) => w.text === lot)!;
      return words.filter((w) => Math.abs(w.yMax - cell.yMax) < 0.5);
    };
    const expired = rowOf('OLD-7');
    const inDate = rowOf('GOOD-1');
    // The lot, the expiry and the status of each row, each a cell of its own.
    expect(expired.map((w) => w.text)).toEqual(expect.arrayContaining(['2', 'OLD-7', '2025-02-28', 'EXPIRED']));
    expect(inDate.map((w) => w.text)).toEqual(expect.arrayContaining(['2', 'GOOD-1', '2026-01-31']));
    const cellStarts = (row: PdfWord[]) => row.filter((w) => ['2', 'OLD-7', 'GOOD-1', '2025-02-28', '2026-01-31', 'EXPIRED', T.productInDate.split(' ')[0]].includes(w.text));
    for (const w of cellStarts(expired)) expect(modeOf(w), `expired row: ${w.text}`).toBe(2);
    for (const w of cellStarts(inDate)) expect(modeOf(w), `in-date row: ${w.text}`).toBe(0);
  });
});
