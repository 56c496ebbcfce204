import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { structureBaseName } from '../../../../shared/atlas/names';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import type { PlanDocument } from '../../../../shared/plan/types';
import { markingRows } from '../../../../shared/report/marking-sheet';
import { landmarkLayer } from '../../../../shared/report/marking-views';
import { REPORT_TEXT } from '../../../../shared/report/report-strings';
import { MARK_REFERENCES, referenceLabelOf } from '../../../../shared/surface';
import { ALL_EXAMPLES } from '../../../../cli/examples/plans';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { pdfPages } from './pdf-tools';
import { NO_OVERLAYS, buildReport } from './report-fixture';

/**
 * The marking sheet's rows and the landmarks on its views, read from the data the report draws
 * (no PDF, except the page-break check): which end is the fixation point, the landmark names in
 * the report's language, and a midline landmark (the chin) named on both obliques. Each call is
 * made inside its test, so `npm run mutate` sees it.
 */

const plan = ALL_EXAMPLES.find((e) => e.file === 'good-midface.vlift')!.plan;
const T = REPORT_TEXT.marking;

/** The example with its first thread fixed at its far end instead of its entry. */
const fixedAtFarEnd = (): PlanDocument => ({ ...plan, threads: plan.threads.map((t, i) => (i === 0 ? { ...t, fixationEnd: 'distal' } : t)) });

/** The example with its first thread starting on the chin, 4 mm left of the midline: its entry is measured from midline landmarks. */
const fromTheChin = (): PlanDocument => ({
  ...plan,
  threads: plan.threads.map((t, i) => (i === 0 ? { ...t, path: [{ x: 4, y: 118 }, ...t.path.slice(1)] } : t)),
});

const texts = (items: ReturnType<typeof landmarkLayer>['items']) => items.flatMap((i) => (i.type === 'text' ? [i] : []));

describe("the marking sheet's rows", () => {
  it('names the far end as the fixation point of a thread fixed there, and the entry as a plain entry', () => {
    expect(plan.threads[0]!.fixationEnd).toBe('entry');
    const before = markingRows(plan, CANONICAL_ATLAS, THREAD_CATALOGUE)[0]!;
    expect(before.rows[0]!.cells[0]).toMatch(/fixation point$/);
    expect(before.rows[1]!.cells[0]).toBe(T.distal);
    const rows = markingRows(fixedAtFarEnd(), CANONICAL_ATLAS, THREAD_CATALOGUE)[0]!.rows;
    expect(rows[0]!.cells[0]).toMatch(/^Entry point/);
    expect(rows[0]!.cells[0]).not.toMatch(/fixation/);
    expect(rows[1]!.cells[0]).toBe(T.distalFixation);
  });

  it("keeps each thread's table on one page: its heading and its last row, the direction, together", async () => {
    const pages = pdfPages(await buildReport(makeLargePlan(14), { layers: NO_OVERLAYS }));
    const sheet = pages.filter((p, i) => i > 0 && pages.slice(0, i + 1).some((q) => q.includes(T.title)));
    let threads = 0;
    for (const page of sheet) {
      const headings = page.match(/^Thread \d+$/gm)?.length ?? 0;
      const directions = page.split('\n').filter((l) => l.trim() === T.direction).length;
      expect(directions, page.slice(0, 80)).toBe(headings);
      threads += headings;
    }
    expect(threads).toBe(14);
  });
});

describe("the landmarks on the marking sheet's views", () => {
  it("are named in the report's language", () => {
    for (const locale of ['ko', 'ru'] as const) {
      const named = texts(landmarkLayer(plan, CANONICAL_ATLAS, 'left', locale).items);
      const english = texts(landmarkLayer(plan, CANONICAL_ATLAS, 'left').items);
      expect(named.length).toBe(english.length);
      expect(named.length).toBeGreaterThan(0);
      named.forEach((item, k) => {
        expect(item.text).not.toBe(english[k]!.text);
        const refs = MARK_REFERENCES.filter((r) => r.name === english[k]!.text);
        // The landmark the distance phrases under the drawing name (mark-words.ts).
        expect(refs.some((r) => item.text === referenceLabelOf(r, locale))).toBe(true);
      });
    }
    // Not an atlas structure that shares the reference's id: the zygomatic arch line is not the
    // periosteum fixation zone of the same id, which the drawing used to name in ru and ko.
    const arch = MARK_REFERENCES.find((r) => r.id === 'zygomatic-arch-left')!;
    for (const locale of ['ko', 'ru'] as const) expect(referenceLabelOf(arch, locale)).not.toBe(structureBaseName(arch.id, locale, arch.name));
    expect(referenceLabelOf(arch, 'ru')).toBe('скуловая дуга');
  });

  it('show a midline landmark on each oblique, named to its right', () => {
    const chin = fromTheChin();
    const midline = MARK_REFERENCES.filter((r) => r.side === 'midline').map((r) => r.name);
    for (const side of ['left', 'right'] as const) {
      const onMidline = texts(landmarkLayer(chin, CANONICAL_ATLAS, side).items).filter((i) => midline.includes(i.text));
      expect(onMidline.length, side).toBeGreaterThan(0);
      for (const item of onMidline) {
        expect(item.align).toBe('left');
        expect(item.at.x).toBeCloseTo(1.8, 6);
      }
    }
  });
});
