import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import type { PlanDocument } from '../../../../shared/plan/types';
import { REPORT_TEXT as T } from '../../../../shared/report/report-strings';
import { threadRows } from '../../../../shared/report/thread-table';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { type PdfWord, findPhrase, pdfWords } from './pdf-tools';
import { NO_OVERLAYS, buildReport } from './report-fixture';

/**
 * The thread section as printed, from the word boxes pdftotext reports: the heading, the column
 * headings in order over their cells (numbers and lengths right-aligned, words left-aligned), the
 * line for a plan without threads, and the thread notes under their own heading, indented. The
 * cells' contents are thread-table.test.ts's; here they are only found in the PDF.
 */

const COLUMNS = Object.values(T.columns);
const RIGHT_ALIGNED: ReadonlySet<string> = new Set([T.columns.length, T.columns.depth, T.columns.tension]);
/** Cells that fit on one line in every row of the fixture, by column index. */
const ONE_LINE = [1, 2, 4, 5, 6, 7, 8];

/** Words within half a point of each other's top are on one line. */
const lineAt = (words: readonly PdfWord[], y: number): PdfWord[] => words.filter((w) => Math.abs(w.yMin - y) < 1).sort((a, b) => a.xMin - b.xMin);

/** The page and the words of the thread section's heading (the first line that is just "Threads"). */
function section(pdf: Uint8Array): { words: PdfWord[]; heading: PdfWord } {
  for (const words of pdfWords(pdf)) {
    const heading = words.find((w) => w.text === T.threadsTitle && lineAt(words, w.yMin).length === 1);
    if (heading) return { words, heading };
  }
  throw new Error('no thread section');
}

const build = (plan: PlanDocument, anonymize = false) => buildReport(plan, { layers: NO_OVERLAYS, options: { anonymize } });

describe('the thread section of the PDF', () => {
  const plan = makeLargePlan(2);

  it('heads the table with the ten column headings in order on the line below the section heading, then a row per thread', async () => {
    const { words, heading } = section(await build(plan));
    const below = words.filter((w) => w.yMin > heading.yMin + 1).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    const head = lineAt(words, below[0]!.yMin);
    // Each heading's first word, left to right in column order, all on that line.
    const starts = COLUMNS.map((c) => head.find((w) => w.text === c.split(' ')[0]));
    expect(starts.every(Boolean), head.map((w) => w.text).join(' ')).toBe(true);
    const xs = starts.map((w) => w!.xMin);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // Every word of every heading is on that line or the next (a long heading wraps).
    const next = lineAt(words, below.find((w) => w.yMin > head[0]!.yMin + 1)!.yMin);
    const headWords = [...head, ...next].map((w) => w.text);
    for (const c of COLUMNS) for (const part of c.split(' ')) expect(headWords, c).toContain(part);
    // Then the rows, numbered 1 and 2 in the first column (left of where "Side" starts).
    const numbers = words.filter((w) => /^\d+$/.test(w.text) && w.xMax < starts[1]!.xMin && w.yMin > next[0]!.yMin);
    expect(numbers.slice(0, 2).map((w) => w.text)).toEqual(['1', '2']);
  });

  it('right-aligns the length, depth and tension under their headings and starts the other cells where their heading starts', async () => {
    const { words, heading } = section(await build(plan));
    const rows = threadRows(plan, CANONICAL_ATLAS, THREAD_CATALOGUE, analyze(plan, CANONICAL_ATLAS).findings);
    // The fixture's two tensions differ in width, so right and left alignment differ for them.
    expect(rows[0]!.cells[8]).not.toHaveLength(rows[1]!.cells[8]!.length);
    const head = lineAt(words, words.filter((w) => w.yMin > heading.yMin + 1).sort((a, b) => a.yMin - b.yMin)[0]!.yMin);
    // Each heading's box on its first line: the longest start of it found there (a long one wraps).
    const headBox = COLUMNS.map((c) => {
      const parts = c.split(' ');
      for (let n = parts.length; n > 0; n--) {
        const box = findPhrase(head, parts.slice(0, n).join(' '));
        if (box) return box;
      }
      throw new Error(`no heading ${c}`);
    });
    const sideWords = words.filter((w) => w.text === T.side.right || w.text === T.side.left).filter((w) => w.yMin > head[0]!.yMin + 1);
    expect(sideWords).toHaveLength(2);
    sideWords.forEach((first, r) => {
      const line = lineAt(words, first.yMin);
      for (const c of ONE_LINE) {
        // Searched right of where the column before starts (the type's name also says "PDO").
        const cell = findPhrase(line.filter((w) => w.xMin > headBox[c - 1]!.xMin + 0.5), rows[r]!.cells[c]!);
        expect(cell, `row ${r + 1}, ${COLUMNS[c]}: ${line.map((w) => w.text).join(' ')}`).toBeDefined();
        if (RIGHT_ALIGNED.has(COLUMNS[c]!)) expect(cell!.xMax, `row ${r + 1}, ${COLUMNS[c]}`).toBeCloseTo(headBox[c]!.xMax, 0);
        else expect(cell!.xMin, `row ${r + 1}, ${COLUMNS[c]}`).toBeCloseTo(headBox[c]!.xMin, 0);
      }
    });
  });

  it('says the plan has no threads yet, under the heading and with no table, when it has none', async () => {
    const { words, heading } = section(await build({ ...plan, threads: [] }));
    const next = words.filter((w) => w.yMin > heading.yMin + 1).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    expect(lineAt(words, next[0]!.yMin).map((w) => w.text).join(' ')).toBe(T.threadsNone);
    expect(words.map((w) => w.text)).not.toContain(T.columns.material);
  });

  it('lists the thread notes under their heading, below the table, smaller than the heading and indented from it', async () => {
    const notes = ['Pq7First', 'Pq7Second'];
    const withNotes = { ...plan, threads: plan.threads.map((t, i) => ({ ...t, notes: notes[i]! })) };
    const { words, heading } = section(await build(withNotes));
    const title = words.find((w) => w.text === T.threadNotes.split(' ')[0] && findPhrase(lineAt(words, w.yMin), T.threadNotes) !== undefined)!;
    expect(title.yMin).toBeGreaterThan(heading.yMin);
    const items = notes.map((n) => words.find((w) => w.text === n)!);
    const marks = items.map((w) => lineAt(words, w.yMin)[0]!);
    expect(marks.map((w) => w.text)).toEqual(['1.', '2.']);
    expect(items[0]!.yMin).toBeGreaterThan(title.yMin);
    expect(items[1]!.yMin).toBeGreaterThan(items[0]!.yMin);
    // Below every table cell (the last rows' words lie above the notes heading).
    const tension = words.filter((w) => w.text === 'N' && w.yMin > heading.yMin);
    expect(Math.max(...tension.map((w) => w.yMin))).toBeLessThan(title.yMin);
    for (const mark of marks) {
      expect(mark.xMin).toBeGreaterThan(title.xMin + 3);
      expect(mark.yMax - mark.yMin).toBeLessThan(title.yMax - title.yMin);
    }
  });
});
