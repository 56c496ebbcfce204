import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { createEmptyPlan } from '../../../../shared/plan/factory';
import { markingRows } from '../../../../shared/report/marking-sheet';
import { landmarkLayer } from '../../../../shared/report/marking-views';
import { CANONICAL_SURFACE, frankfortWords, threadMarks } from '../../../../shared/surface';
import { ALL_EXAMPLES } from '../../../../cli/examples/plans';
import { pdfPages } from './pdf-tools';
import { buildReport, squeeze } from './report-fixture';

/** The PDF's marking sheet (issue 9): marks for the skin, one table per thread. */

const plan = ALL_EXAMPLES.find((e) => e.file === 'good-midface.vlift')!.plan;

describe('the marking sheet', () => {
  it('has a page with every thread\'s entry and far-end marks, skin length, barbed section and direction', async () => {
    const pdf = await buildReport(plan);
    const pages = pdfPages(pdf);
    const sheet = pages.findIndex((p) => p.includes('Marking sheet'));
    expect(sheet).toBeGreaterThan(0);
    const text = squeeze(pages.slice(sheet).join(' '));
    plan.threads.forEach((t, i) => {
      const m = threadMarks(CANONICAL_SURFACE, t);
      expect(text).toContain(squeeze(`Thread ${i + 1}`));
      expect(text).toContain(squeeze(m.entry.text));
      expect(text).toContain(squeeze(m.distal.text));
      expect(text).toContain(squeeze(`${m.surfaceLengthMm.toFixed(1)} mm (thread 100 mm)`));
      expect(text).toContain(squeeze(frankfortWords(m.frankfortAngleDeg)));
    });
    // The two obliques with their captions and the landmarks' names drawn on them.
    expect(text).toContain(squeeze("Patient's right, oblique 45°"));
    expect(text).toContain(squeeze("Patient's left, oblique 45°"));
    expect(text).toContain(squeeze('top of the ear'));
    // The standard temple entry, as a practitioner marks it.
    expect(text).toContain(squeeze('29 mm in front of the top of the ear, 29 mm above the zygomatic arch'));
  });

  it('names the fixation point and gives the barbed section in skin millimetres from the entry', () => {
    const rows = markingRows(plan, CANONICAL_ATLAS, THREAD_CATALOGUE);
    const first = rows[0]!;
    const m = threadMarks(CANONICAL_SURFACE, plan.threads[0]!);
    expect(first.header[1]).toMatch(/^Patient's (right|left) · PDO cog/);
    expect(first.rows[0]!.cells[0]).toMatch(/fixation point$/); // the midface vectors are fixed at the entry
    expect(first.rows[3]!.cells[1]).toBe(`${Number(m.barbedFromEntryMm!.startMm.toFixed(1))} to ${Number(m.barbedFromEntryMm!.endMm.toFixed(1))} mm from the entry`);
  });

  it('is left out of a plan without threads', async () => {
    const pdf = await buildReport(createEmptyPlan());
    expect(pdfPages(pdf).some((p) => p.includes('Marking sheet'))).toBe(false);
  });
});

describe('the landmarks on the marking sheet\'s views', () => {
  it('are exactly the landmarks the plan\'s marks are measured from, each with its name', () => {
    const layer = landmarkLayer(plan, CANONICAL_ATLAS);
    const used = new Set<string>();
    for (const t of plan.threads) {
      const m = threadMarks(CANONICAL_SURFACE, t);
      for (const d of [...m.entry.distances, ...m.distal.distances]) used.add(d.name);
    }
    const names = layer.items.filter((i) => i.type === 'text').map((i) => (i.type === 'text' ? i.text : ''));
    expect(new Set(names)).toEqual(used);
    // Both sides of a bilateral plan: every name twice.
    expect(names.length).toBe(2 * used.size);
    // The zygomatic arch is drawn as a line, the point landmarks as dots.
    expect(layer.items.some((i) => i.type === 'path')).toBe(true);
    expect(layer.items.some((i) => i.type === 'circle')).toBe(true);
    // An oblique shows one side: its layer names that side's landmarks (and the midline's) only.
    const left = landmarkLayer(plan, CANONICAL_ATLAS, 'left').items.filter((i) => i.type === 'text');
    expect(left.length).toBe(used.size);
    expect(left.every((i) => i.type === 'text' && i.at.x > 0)).toBe(true);
  });
});
