import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../../shared/plan/types';
import { REPORT_TEXT as T } from '../../../../shared/report/report-strings';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { type PdfWord, findPhrase, pdfWords } from './pdf-tools';
import { NO_OVERLAYS, buildReport } from './report-fixture';

/**
 * Where page 1's header and the running header of later pages put each thing, from the word
 * boxes pdftotext reports (what-is-printed.test.ts checks what they say): overline, title, the
 * four labelled fields side by side, the status line and the anonymized note below them, each
 * below the one before; values kept inside their field and to two lines; a cut title that
 * reads on; the running header's title kept clear of the patient. A box's top (yMin) includes
 * the font's ascender room, so positions are compared top to top or top to bottom.
 */

const base = makeLargePlan(2, { title: 'Midface plan', patientId: 'Pq7Patient', practitioner: 'Dr Ana Lopes' });
/** 26 two-letter words: more than two lines of the practitioner's field. */
const LONG_NAME = 'Dr ' + Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i) + String.fromCharCode(97 + i)).join(' ');
const LABELS = [T.patient, T.planDate, T.practitioner, T.generated].map((l) => l.toUpperCase());

const build = async (plan: PlanDocument, anonymize = false) => pdfWords(await buildReport(plan, { layers: NO_OVERLAYS, options: { anonymize } }));
const withMeta = (meta: Partial<PlanDocument['meta']>, extra: Partial<PlanDocument> = {}): PlanDocument => ({ ...base, ...extra, meta: { ...base.meta, ...meta } });
const lineOf = (words: readonly PdfWord[], w: PdfWord): PdfWord[] => words.filter((x) => Math.abs(x.yMin - w.yMin) < 1).sort((a, b) => a.xMin - b.xMin);
/** The first word of `phrase` on the line that holds the whole phrase. */
const phraseAt = (words: readonly PdfWord[], phrase: string): PdfWord => {
  const first = phrase.split(' ')[0]!;
  const w = words.find((x) => x.text === first && findPhrase(lineOf(words, x), phrase) !== undefined);
  if (!w) throw new Error(`no "${phrase}" in: ${words.map((x) => x.text).join(' ')}`);
  return w;
};

/** Page 1's header parts: the overline, the title's lines, the labels and each field's value lines. */
function header(page: readonly PdfWord[]) {
  const overline = phraseAt(page, T.overline);
  const labels = LABELS.map((l) => phraseAt(page, l));
  const title = page.filter((w) => w.yMin > overline.yMax - 1 && w.yMin < labels[0]!.yMin - 1);
  const titleLines = [...new Set(title.map((w) => w.yMin))].map((y) => lineOf(title, title.find((w) => w.yMin === y)!));
  // A field's words: on the two lines below its label (about 13 pt each, so within 25 pt of the
  // label's top; below that come the status line, the note or the diagram), from its label's
  // left edge to the next label's.
  const values = labels.map((label, i) => {
    const right = labels[i + 1]?.xMin ?? Infinity;
    const own = page.filter((w) => w.yMin > label.yMin + 1 && w.yMin < label.yMin + 25 && w.xMin >= label.xMin - 0.5 && w.xMin < right);
    return [...new Set(own.map((w) => w.yMin))].sort((a, b) => a - b).map((y) => own.filter((w) => w.yMin === y));
  });
  return { overline, titleLines, labels, values };
}

describe("page 1's header, where each part sits", () => {
  it('prints the overline, then the title, then the four field labels in capitals side by side, each value under its label', async () => {
    const [page] = await build(base);
    const h = header(page!);
    expect(h.titleLines.map((l) => l.map((w) => w.text).join(' '))).toEqual(['Midface plan']);
    // Each part starts below the bottom of the one above (boxes include ascender room).
    expect(h.titleLines[0]![0]!.yMin).toBeGreaterThanOrEqual(h.overline.yMax);
    for (const label of h.labels) expect(label.yMin).toBeGreaterThanOrEqual(h.titleLines[0]![0]!.yMax);
    // One row of labels, left to right; the patient's and the practitioner's fields are the wide ones.
    expect(new Set(h.labels.map((l) => l.yMin)).size).toBe(1);
    const xs = h.labels.map((l) => l.xMin);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[1]! - xs[0]!).toBeGreaterThan(xs[2]! - xs[1]!);
    expect(xs[3]! - xs[2]!).toBeCloseTo(xs[1]! - xs[0]!, 0);
    expect(h.values.map((lines) => lines.map((l) => l.map((w) => w.text).join(' ')))).toEqual([['Pq7Patient'], ['2025-05-14'], ['Dr Ana Lopes'], ['2025-06-01']]);
    h.values.forEach((lines, i) => expect(lines[0]![0]!.xMin, LABELS[i]).toBeCloseTo(h.labels[i]!.xMin, 0));
  });

  it('says "not recorded" for a plan without a date', async () => {
    const [page] = await build(withMeta({ date: '' }));
    expect(header(page!).values[1]!.map((l) => l.map((w) => w.text).join(' '))).toEqual([T.notRecorded]);
  });

  it('page 1 starts at the same top margin as the later pages', async () => {
    const pages = await build(base);
    const top = (page: readonly PdfWord[]) => Math.min(...page.map((w) => w.yMin));
    // The two first lines differ only by their type sizes (the overline is the larger).
    expect(Math.abs(top(pages[0]!) - top(pages[1]!))).toBeLessThan(6);
  });

  it('wraps a long value in its own field, two lines at most, one line under the other', async () => {
    const [page] = await build(withMeta({ practitioner: LONG_NAME }));
    const h = header(page!);
    const lines = h.values[2]!;
    expect(lines).toHaveLength(2);
    const words = lines.flat().map((w) => w.text);
    expect(words.slice(0, 3)).toEqual(['Dr', 'Aa', 'Bb']);
    expect(LONG_NAME.startsWith(words.join(' '))).toBe(true);
    expect(page!.map((w) => w.text)).not.toContain('Zz');
    // Inside the field: clear of the next field's label by the field's margin.
    for (const w of lines.flat()) expect(w.xMax).toBeLessThan(h.labels[3]!.xMin - 8);
    // The second line one line height below the first: no overlap, no blank line between.
    const step = lines[1]![0]!.yMin - lines[0]![0]!.yMin;
    const height = lines[0]![0]!.yMax - lines[0]![0]!.yMin;
    expect(step / height).toBeGreaterThan(0.8);
    expect(step / height).toBeLessThan(1);
  });

  it('keeps the anonymized note the same distance below the fields whether a value takes one line or two', async () => {
    const gapBelow = async (plan: PlanDocument) => {
      const [page] = await build(plan, true);
      const h = header(page!);
      const last = Math.max(...h.values.flat(2).map((w) => w.yMin));
      return phraseAt(page!, T.anonymizedNote).yMin - last;
    };
    const one = await gapBelow(base);
    expect(one).toBeGreaterThan(0);
    // Close below: less than two lines of the fields' type (a box's height is about 1.45 its size).
    const [page] = await build(base);
    const value = header(page!).values[0]![0]![0]!;
    expect(one).toBeLessThan(2 * (value.yMax - value.yMin));
    expect(await gapBelow(withMeta({ practitioner: LONG_NAME }))).toBeCloseTo(one, 0);
  });

  it('puts the status line of a signed plan below the fields and the anonymized note below that, and the body below the header', async () => {
    const signed = withMeta({ practitioner: LONG_NAME }, { signOff: { by: 'Dr K', on: '2025-03-14' } });
    const [page] = await build(signed, true);
    const h = header(page!);
    const lastValue = h.values.flat(2).reduce((a, b) => (b.yMin > a.yMin ? b : a));
    const status = phraseAt(page!, 'FINAL:');
    const note = phraseAt(page!, T.anonymizedNote);
    expect(status.yMin).toBeGreaterThanOrEqual(lastValue.yMax);
    expect(status.xMin).toBeCloseTo(h.labels[0]!.xMin, 0);
    expect(note.yMin).toBeGreaterThanOrEqual(status.yMax);
    // The rest of page 1 (the diagram's captions and key) starts below the header.
    const body = page!.filter((w) => w.yMin > note.yMin + 1);
    expect(body.length).toBeGreaterThan(0);
    expect(Math.min(...body.map((w) => w.yMin))).toBeGreaterThanOrEqual(note.yMax + 4);
    // The same without the note: the body starts below the status line.
    const [named] = await build(signed);
    const namedStatus = phraseAt(named!, 'FINAL:');
    expect(Math.min(...named!.filter((w) => w.yMin > namedStatus.yMin + 1).map((w) => w.yMin))).toBeGreaterThanOrEqual(namedStatus.yMax + 4);
  });

  it('fits a long status on one line with an ellipsis, and a short one whole', async () => {
    const by = Array.from({ length: 30 }, (_, i) => `Name${i}`).join(' ');
    const pages = await build(withMeta({}, { signOff: { by, on: '2025-03-14' } }));
    const status = lineOf(pages[0]!, phraseAt(pages[0]!, 'FINAL:'));
    expect(status.at(-1)!.text.endsWith('…')).toBe(true);
    expect(status.map((w) => w.text)).not.toContain('Name29');
    // Within the right margin: where the running header of page 2 ends.
    const rightMargin = Math.max(...pages[1]!.filter((w) => w.yMin === Math.min(...pages[1]!.map((x) => x.yMin))).map((w) => w.xMax));
    expect(status.at(-1)!.xMax).toBeLessThanOrEqual(rightMargin + 0.5);
    expect(status.at(-1)!.xMax).toBeGreaterThan(rightMargin - 30);
    const [short] = await build(withMeta({}, { signOff: { by: 'Dr K', on: '2025-03-14' } }));
    const whole = lineOf(short!, phraseAt(short!, 'FINAL:'));
    expect(whole.map((w) => w.text).join(' ')).toBe(T.revisionFinal(1, 'Dr K', '2025-03-14'));
  });

  it('cuts a title too long for two lines at the end of the second, reading on from the first, with an ellipsis', async () => {
    const words = Array.from({ length: 40 }, (_, i) => `Word${i}`);
    const [page] = await build(withMeta({ title: words.join(' ') }));
    const lines = header(page!).titleLines.map((l) => l.map((w) => w.text));
    expect(lines).toHaveLength(2);
    const shown = lines.flat();
    const last = shown.pop()!;
    // Whole words in the title's order from the first, then the cut one with the ellipsis.
    expect(shown).toEqual(words.slice(0, shown.length));
    expect(last.endsWith('…')).toBe(true);
    expect(words[shown.length]!.startsWith(last.slice(0, -1))).toBe(true);
    // The two lines: one under the other, one line height apart.
    const [a, b] = header(page!).titleLines.map((l) => l[0]!);
    expect((b!.yMin - a!.yMin) / (a!.yMax - a!.yMin)).toBeGreaterThan(0.75);
    expect((b!.yMin - a!.yMin) / (a!.yMax - a!.yMin)).toBeLessThan(1);
  });

  it('fills the rest of the second line with the start of the next word when that word is too long to end it', async () => {
    // Twelve short words (a line and a half), then one long word that needs a line of its own.
    const words = [...Array.from({ length: 12 }, (_, i) => `Word${i}`), 'X'.repeat(36), 'Tail'];
    const [page] = await build(withMeta({ title: words.join(' ') }));
    const shown = header(page!).titleLines.flat().map((w) => w.text);
    const last = shown.pop()!;
    expect(shown).toEqual(words.slice(0, 12));
    // After a space: the long word's first letters, cut with the ellipsis.
    expect(last).toMatch(/^X+…$/);
  });

  it('prints a title of exactly two lines whole, with no ellipsis', async () => {
    const words = Array.from({ length: 12 }, (_, i) => `Word${i}`);
    const [page] = await build(withMeta({ title: words.join(' ') }));
    const lines = header(page!).titleLines;
    expect(lines).toHaveLength(2);
    expect(lines.flat().map((w) => w.text)).toEqual(words);
  });
});

describe('the running header of later pages', () => {
  it('prints the title whole at the left and the patient at the right, on one line, and the page body below it', async () => {
    const pages = await build(base);
    for (const page of pages.slice(1)) {
      const top = Math.min(...page.map((w) => w.yMin));
      const line = page.filter((w) => w.yMin === top).sort((a, b) => a.xMin - b.xMin);
      expect(line.map((w) => w.text).join(' ')).toBe(`Midface plan ${T.patient}: Pq7Patient`);
      const below = page.filter((w) => w.yMin > top + 1);
      expect(Math.min(...below.map((w) => w.yMin))).toBeGreaterThanOrEqual(line[0]!.yMax + 8);
    }
  });

  it('cuts a long title with an ellipsis well clear of the patient', async () => {
    const title = Array.from({ length: 40 }, (_, i) => `Word${i}`).join(' ');
    const pages = await build(withMeta({ title }));
    for (const page of pages.slice(1)) {
      const top = Math.min(...page.map((w) => w.yMin));
      const line = page.filter((w) => w.yMin === top).sort((a, b) => a.xMin - b.xMin);
      const patient = phraseAt(line, `${T.patient}: Pq7Patient`);
      const titleWords = line.filter((w) => w.xMax < patient.xMin);
      expect(titleWords.at(-1)!.text.endsWith('…')).toBe(true);
      expect(titleWords.at(-1)!.xMax).toBeLessThan(patient.xMin - 10);
      // Cut close to that limit, not far before it: the gap is less than two words.
      expect(patient.xMin - titleWords.at(-1)!.xMax).toBeLessThan(60);
    }
  });
});
