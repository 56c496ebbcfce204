import { describe, expect, it } from 'vitest';
import { REPORT_TEXT as T } from '../../../../shared/report/report-strings';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { findPhrase, pdfWords, type PdfWord } from './pdf-tools';
import { ALL_OVERLAYS, NO_OVERLAYS, buildReport } from './report-fixture';

/**
 * The key beside page 1's diagram (legend.ts): its three sections in order, and for a report
 * printed with every overlay switched off, the line saying so under "Overlays shown" (and
 * nowhere else), rather than an empty section a reader could take for a missing key.
 */

/** Page 1's words grouped in lines (the same baseline), top to bottom. */
function lines(words: readonly PdfWord[]): PdfWord[][] {
  const byLine = new Map<number, PdfWord[]>();
  for (const w of words) byLine.set(w.yMax, [...(byLine.get(w.yMax) ?? []), w]);
  return [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => l.sort((a, b) => a.xMin - b.xMin));
}

/** The lines holding `phrase` (in the key's column, right of the diagram), with its box. */
function where(page: PdfWord[][], phrase: string): { yMin: number; yMax: number; xMin: number }[] {
  return page.flatMap((line) => {
    const box = findPhrase(line, phrase);
    return box ? [{ yMin: Math.min(...line.map((w) => w.yMin)), yMax: Math.max(...line.map((w) => w.yMax)), xMin: box.xMin }] : [];
  });
}

const plan = makeLargePlan(3, { title: 'Key plan', patientId: 'P-0070' });

describe('the key on page 1', () => {
  it('says no overlay is shown, once, under its heading, when every overlay is off', async () => {
    const page = lines(pdfWords(await buildReport(plan, { layers: NO_OVERLAYS }))[0]!);
    const title = where(page, T.legendTitle);
    const threads = where(page, T.legendThreads.toUpperCase());
    const symbols = where(page, T.legendSymbols.toUpperCase());
    const overlays = where(page, T.legendOverlays.toUpperCase());
    const none = where(page, T.legendNoOverlays);
    expect(title.length).toBeGreaterThan(0);
    expect(threads).toHaveLength(1);
    expect(symbols).toHaveLength(1);
    expect(overlays).toHaveLength(1);
    expect(none).toHaveLength(1);
    // Top to bottom: threads, symbols, overlays, then the line, wholly below its heading and in
    // the key's column.
    expect(threads[0]!.yMax).toBeLessThan(symbols[0]!.yMin);
    expect(symbols[0]!.yMax).toBeLessThan(overlays[0]!.yMin);
    expect(none[0]!.yMin).toBeGreaterThan(overlays[0]!.yMax);
    expect(none[0]!.yMin - overlays[0]!.yMax).toBeLessThan(12);
    expect(none[0]!.xMin).toBeCloseTo(overlays[0]!.xMin, 0);
  });

  it('lists the overlays shown instead, without the line, when some are on', async () => {
    const page = lines(pdfWords(await buildReport(plan, { layers: ALL_OVERLAYS }))[0]!);
    expect(where(page, T.legendOverlays.toUpperCase())).toHaveLength(1);
    expect(where(page, T.legendNoOverlays)).toHaveLength(0);
    expect(where(page, T.legendRegions.split(' ')[0]!).length).toBeGreaterThan(0);
  });
});
