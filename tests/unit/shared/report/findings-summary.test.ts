/**
 * The findings box at the foot of page 1 (findings-summary.ts), drawn on a real page of a real
 * document, with what it asks the page to draw recorded on the way: the stripe's colour, the
 * rows it lists in a box of a given height, the closing line (every finding shown, some left for
 * the next pages, or more than the pages describe), the line for a plan without findings, the
 * headline cut to the box, and the severity tag wide enough for its word (with room at the sides)
 * in a language with long tags. golden.test.ts sees the box only for its two plans, each with a
 * critical finding and more findings than rows (a partial Stryker run of the file with golden and
 * pdf-limits: 86.8%).
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/analysis/types';
import type { Locale } from '../../../../shared/i18n/locale';
import { loadLanguage } from '../../../../shared/i18n/language-tables';
import type { Rgb } from '../../../../shared/report/color';
import { PDF_LISTED_FINDINGS } from '../../../../shared/report/findings-section';
import { drawFindingsSummary, summaryHeight } from '../../../../shared/report/findings-summary';
import type { PaintStyle, TextStyle } from '../../../../shared/report/page-canvas';
import { pageLayout, type Box } from '../../../../shared/report/page-layout';
import { ReportDocument } from '../../../../shared/report/pdf-document';
import { reportLanguage } from '../../../../shared/report/report-language';
import { INK, severityColor } from '../../../../shared/report/report-style';
import { FONT, finding } from './report-fixture';

/** Rows page 1 gives the box (page-one.ts's SUMMARY_MAX_ROWS). */
const MAX_ROWS = 7;

interface Drawn {
  readonly box: Box;
  readonly rects: { x: number; y: number; w: number; h: number; style: PaintStyle }[];
  readonly texts: { text: string; x: number; y: number; style: TextStyle }[];
  readonly measure: (text: string, size: number) => number;
}

/** Draws the summary of `findings` into a box `extra` points taller than summaryHeight asks for. */
async function draw(findings: readonly Finding[], opts: { extra?: number; locale?: Locale } = {}): Promise<Drawn> {
  const locale = opts.locale ?? 'en';
  await loadLanguage(locale);
  const doc = await ReportDocument.create(FONT, pageLayout('a4'), { title: 'Summary', author: '', subject: '', date: new Date(0) }, reportLanguage(locale));
  const canvas = doc.addPage();
  const drawn: Drawn = { box: { x: 40, y: 300, width: 515, height: summaryHeight(findings, MAX_ROWS) + (opts.extra ?? 0) }, rects: [], texts: [], measure: (t, s) => canvas.measure(t, s) };
  const rect = canvas.rect.bind(canvas);
  const text = canvas.text.bind(canvas);
  canvas.rect = (x, y, w, h, style) => {
    drawn.rects.push({ x, y, w, h, style });
    return rect(x, y, w, h, style);
  };
  canvas.text = (t, x, y, style) => {
    drawn.texts.push({ text: t, x, y, style });
    return text(t, x, y, style);
  };
  drawFindingsSummary(canvas, drawn.box, findings);
  return drawn;
}

const many = (n: number, severity: Finding['severity'] = 'warning'): Finding[] => Array.from({ length: n }, (_, i) => finding(severity, [], `Headline ${i + 1}`));
/** The headlines listed, in order. */
const headlines = (d: Drawn): string[] => d.texts.filter((t) => t.text.startsWith('Headline ')).map((t) => t.text);
/** The closing line: the last words drawn. */
const closing = (d: Drawn): string => d.texts[d.texts.length - 1]!.text;
/** The stripe down the box's left edge: the full-height rectangle other than the panel. */
const stripe = (d: Drawn): Rgb | undefined => d.rects.find((r) => r.x === d.box.x && r.h === d.box.height && r.style.fill !== INK.panel)?.style.fill;
const T = reportLanguage('en').text;

describe('the findings summary on page 1', () => {
  it('says the analysis raised nothing when there are no findings, in a box shorter than one with a finding', async () => {
    const d = await draw([]);
    const words = d.texts.map((t) => t.text);
    expect(words).toContain(T.summaryNone);
    expect(words).not.toContain(T.summaryDetails);
    // On a line of its own under the title, inside the box.
    const title = d.texts.find((t) => t.text === T.summaryTitle)!;
    const none = d.texts.find((t) => t.text === T.summaryNone)!;
    expect(none.y - title.y).toBeGreaterThanOrEqual(none.style.size);
    expect(none.y).toBeLessThanOrEqual(d.box.y + d.box.height);
    // No finding rows and no closing line: the box needs less room than the box of one finding.
    expect(summaryHeight([], MAX_ROWS)).toBeLessThan(summaryHeight(many(1), MAX_ROWS));
    expect(stripe(d)).toEqual(INK.accent);
  });

  it('colours the stripe by the most serious finding present', async () => {
    expect(stripe(await draw([...many(2, 'info'), ...many(1, 'warning')]))).toEqual(severityColor('warning'));
    expect(stripe(await draw(many(2, 'info')))).toEqual(severityColor('info'));
    expect(stripe(await draw([...many(1, 'info'), ...many(1, 'critical')]))).toEqual(severityColor('critical'));
  });

  it('lists every finding and points to the next pages when all fit', async () => {
    const d = await draw(many(3));
    expect(headlines(d)).toEqual(['Headline 1', 'Headline 2', 'Headline 3']);
    expect(closing(d)).toBe(T.summaryDetails);
  });

  it('lists as many rows as the box was sized for, even in a box up to a row taller, and counts the rest', async () => {
    const findings = many(12);
    const row = summaryHeight(findings, MAX_ROWS + 1) - summaryHeight(findings, MAX_ROWS);
    for (const extra of [0, 0.5 * row, 0.95 * row]) {
      const d = await draw(findings, { extra });
      expect(headlines(d), `${extra} pt taller`).toEqual(findings.slice(0, MAX_ROWS).map((f) => f.title));
      expect(closing(d)).toBe(T.summaryMore(12 - MAX_ROWS));
    }
    // A whole row more room: one more row.
    expect(headlines(await draw(findings, { extra: row }))).toHaveLength(MAX_ROWS + 1);
  });

  it(`counts the unlisted findings as described on the next pages up to ${PDF_LISTED_FINDINGS}, and says the rest are counted by rule above that`, async () => {
    expect(closing(await draw(many(PDF_LISTED_FINDINGS)))).toBe(T.summaryMore(PDF_LISTED_FINDINGS - MAX_ROWS));
    expect(closing(await draw(many(PDF_LISTED_FINDINGS + 1)))).toBe(T.summaryMoreCapped(PDF_LISTED_FINDINGS + 1 - MAX_ROWS, PDF_LISTED_FINDINGS));
  });

  it('cuts a long headline short of the box edge', async () => {
    const long = `Headline ${'that goes on and on '.repeat(20)}`;
    const d = await draw([finding('warning', [], long)]);
    const title = d.texts.find((t) => t.text.startsWith('Headline '))!;
    expect(title.text.endsWith('…')).toBe(true);
    expect(title.x + d.measure(title.text, title.style.size)).toBeLessThanOrEqual(d.box.x + d.box.width);
  });

  it('makes each severity tag wide enough for its word with room at the sides, in a language with long tags', async () => {
    const findings = [...many(1, 'critical'), ...many(1, 'warning'), ...many(1, 'info')];
    for (const locale of ['en', 'ru', 'ko'] as const) {
      const d = await draw(findings, { locale });
      const words = Object.values(reportLanguage(locale).text.severity).map((w) => w.toUpperCase());
      const tags = d.texts.filter((t) => words.includes(t.text));
      expect(tags, locale).toHaveLength(3);
      for (const tag of tags) {
        // The tag's outline: the stroked rectangle the word is centred in.
        const outline = d.rects.find((r) => r.style.stroke !== undefined && r.style.fill === undefined && Math.abs(r.x + r.w / 2 - tag.x) < 1e-9 && r.y < tag.y && tag.y < r.y + r.h);
        expect(outline, `${locale} ${tag.text}`).toBeDefined();
        // Clear of the 0.7 pt outline by at least 2 pt on each side (the project's choice: a word
        // nearly touching its outline reads as cramped; the tags are drawn with 4 pt).
        expect(outline!.w, `${locale} ${tag.text}`).toBeGreaterThanOrEqual(d.measure(tag.text, tag.style.size) + 2 * 2);
      }
    }
  });
});
