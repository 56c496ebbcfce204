import { describe, expect, it } from 'vitest';
import { pageLayout } from '../../../../shared/report/page-layout';
import { INK } from '../../../../shared/report/report-style';
import { REPORT_TEXT as T } from '../../../../shared/report/report-strings';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { countColour, findPhrase, pdfWords, renderPage, textObjects, type PdfWord, type TextObject } from './pdf-tools';
import { NO_OVERLAYS, buildReport } from './report-fixture';

/**
 * How the footer is drawn, beyond where its words are (footer-layout.test.ts): it stays inside
 * its band at the bottom of the page (the bottom margin is kept clear for hole punching and the
 * printer's edge), a hairline in the rule colour separates it from the page body across the full
 * width, and "Page x of y" is set bold (the PDF's fill-and-stroke text mode) while the patient and
 * the disclaimer are not.
 */

const layout = pageLayout('a4');
const footer = layout.footer;

/**
 * A two-page report and its words. Each test builds its own (not once in a hook): mutation testing
 * runs only the tests that executed a mutated line, and work done in a hook belongs to no test.
 */
async function report(): Promise<{ bytes: Uint8Array; pages: PdfWord[][] }> {
  const bytes = await buildReport(makeLargePlan(2, { patientId: 'Pq7Patient' }), { layers: NO_OVERLAYS, options: { paper: 'a4' } });
  return { bytes, pages: pdfWords(bytes) };
}

/** The words of the footer line of a page (the lowest line). */
const footerLine = (words: readonly PdfWord[]): PdfWord[] => {
  const bottom = Math.max(...words.map((w) => w.yMin));
  return words.filter((w) => w.yMin === bottom);
};

describe('the drawn footer', () => {
  it('stays inside its band above the bottom margin on every page', async () => {
    const { pages } = await report();
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, words] of pages.entries()) {
      const line = footerLine(words);
      for (const w of line) {
        expect(w.yMin, `page ${i + 1} "${w.text}"`).toBeGreaterThanOrEqual(footer.y);
        expect(w.yMax, `page ${i + 1} "${w.text}"`).toBeLessThanOrEqual(footer.y + footer.height);
      }
    }
  });

  it('centres the disclaimer in the room between the patient column (the left 30 %) and "Page x of y"', async () => {
    const { pages } = await report();
    for (const [i, words] of pages.entries()) {
      const line = footerLine(words);
      const page = findPhrase(line, T.footerPage(i + 1, pages.length))!;
      const disclaimer = findPhrase(line, T.footerDisclaimer)!;
      const room = { left: footer.x + footer.width * 0.3, right: page.xMin };
      expect((disclaimer.xMin + disclaimer.xMax) / 2, `page ${i + 1}`).toBeCloseTo((room.left + room.right) / 2, 0);
    }
  });

  it('sets "Page x of y" bold and the patient and disclaimer in regular weight', async () => {
    const { bytes, pages } = await report();
    const objects = textObjects(bytes, layout.height);
    expect(objects.length).toBe(pages.length);
    for (const [i, words] of pages.entries()) {
      const line = footerLine(words);
      const at = (phrase: string): TextObject => {
        const box = findPhrase(line, phrase);
        expect(box, `page ${i + 1}: ${phrase}`).toBeDefined();
        // The text object drawn where the phrase starts, on the footer's baseline.
        const found = objects[i]!.filter((o) => Math.abs(o.x - box!.xMin) < 1 && o.y > footer.y && o.y <= footer.y + footer.height);
        expect(found.length, `page ${i + 1}: ${phrase}`).toBe(1);
        return found[0]!;
      };
      expect(at(T.footerPage(i + 1, pages.length)).mode, `page ${i + 1}`).toBe(2);
      expect(at(T.footerPatient('Pq7Patient')).mode, `page ${i + 1}`).toBe(0);
      expect(at(T.footerDisclaimer).mode, `page ${i + 1}`).toBe(0);
    }
  });

  it('has a hairline in the rule colour across the full width, between the page body and the footer words', async () => {
    const { bytes, pages } = await report();
    // 144 dpi: 2 pixels per point, so the 0.5 pt hairline covers at least one pixel row.
    const raster = renderPage(bytes, 2, 144);
    const line = footerLine(pages[1]!);
    const wordsTop = Math.min(...line.map((w) => w.yMin));
    const body = pages[1]!.filter((w) => w.yMin < footer.y);
    const bodyBottom = Math.max(...body.map((w) => w.yMax));
    // Scan the rows between the body's last word and the footer's words for the rule.
    const rows: { y: number; count: number }[] = [];
    for (let y = bodyBottom + 0.5; y < wordsTop - 0.25; y += 0.5) {
      rows.push({ y, count: countColour(raster, { x: footer.x, y, width: footer.width, height: 0.5 }, hexOf(INK.rule), 24) });
    }
    const best = rows.reduce((a, b) => (b.count > a.count ? b : a));
    const pixelsAcross = footer.width * raster.scale;
    // Nearly every pixel across the band (the ends may be anti-aliased), in one row.
    expect(best.count, `rows between the body (${bodyBottom.toFixed(1)} pt) and the footer (${wordsTop.toFixed(1)} pt)`).toBeGreaterThan(0.95 * pixelsAcross);
    // Only left of the band's start and right of its end: nothing of it outside the footer's width.
    expect(countColour(raster, { x: 0, y: best.y, width: footer.x - 2, height: 0.5 }, hexOf(INK.rule), 24)).toBe(0);
    expect(countColour(raster, { x: footer.x + footer.width + 2, y: best.y, width: layout.width, height: 0.5 }, hexOf(INK.rule), 24)).toBe(0);
  });
});

function hexOf(c: { r: number; g: number; b: number }): string {
  const byte = (v: number) => Math.round(v * 255).toString(16).padStart(2, '0');
  return `#${byte(c.r)}${byte(c.g)}${byte(c.b)}`;
}
