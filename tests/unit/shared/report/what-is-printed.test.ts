import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../../shared/plan/types';
import { REPORT_TEXT as T } from '../../../../shared/report/report-strings';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { pdfInfo, pdfPages } from './pdf-tools';
import { NO_OVERLAYS, buildReport, squeeze } from './report-fixture';

/**
 * Who and what each part of the PDF names: the patient on page 1's field, in the running header
 * of every later page and in every footer (or "anonymized" in each of those places); the plan and
 * thread notes only in a named copy, and only the ones with text; the stand-ins for blank fields.
 * A small plan without overlays keeps each PDF quick (these tests also serve `npm run mutate`).
 */

const ID = 'Pq7Patient';
const base = makeLargePlan(2, { title: 'Midface plan', patientId: ID, practitioner: 'Dr Ana Lopes', notes: 'Pq7Plannote' });
const build = (plan: PlanDocument, anonymize = false) => buildReport(plan, { layers: NO_OVERLAYS, options: { anonymize } });
const count = (text: string, what: string): number => squeeze(text).split(squeeze(what)).length - 1;
const withNotes = (plan: PlanDocument, notes: readonly string[]): PlanDocument => ({ ...plan, threads: plan.threads.map((t, i) => ({ ...t, notes: notes[i] ?? '' })) });

describe('what the PDF prints, and where', () => {
  it('names the patient in the page-1 field, the running header of each later page and every footer', async () => {
    const pages = pdfPages(await build(base));
    expect(pages.length).toBeGreaterThan(1);
    // Page 1: the field and the footer. Later pages: the running header and the footer.
    pages.forEach((page, i) => expect(count(page, ID), `page ${i + 1}`).toBe(2));
    pages.slice(1).forEach((page, i) => expect(count(page, T.footerPatient(ID)), `page ${i + 2}`).toBe(2));
    expect(count(pages[0]!, T.footerPatient(ID))).toBe(1);
    expect(pages.join('\n')).not.toContain(T.anonymizedNote);
    // Every footer also numbers its page out of the whole and carries the disclaimer.
    pages.forEach((page, i) => {
      expect(count(page, T.footerPage(i + 1, pages.length)), `page ${i + 1}`).toBe(1);
      expect(count(page, T.footerDisclaimer), `page ${i + 1}`).toBe(1);
    });
  });

  it('a title too long for two lines is cut with an ellipsis on page 1 and fitted on one line in the running header; the metadata keeps it whole', async () => {
    const words = Array.from({ length: 40 }, (_, i) => `Word${i}`);
    const title = words.join(' ');
    const pdf = await build({ ...base, meta: { ...base.meta, title } });
    const pages = pdfPages(pdf);
    expect(pages[0]).toContain('Word0 Word1');
    expect(pages[0]).not.toContain('Word39');
    expect(squeeze(pages[0]!)).toContain('…');
    for (const page of pages.slice(1)) {
      expect(page).toContain('Word0');
      expect(page).not.toContain('Word39');
    }
    expect(pdfInfo(pdf).fields.Title).toBe(title);
    // A shorter title prints whole.
    const two = words.slice(0, 8).join(' ');
    const first = pdfPages(await build({ ...base, meta: { ...base.meta, title: two } }))[0]!;
    expect(squeeze(first)).toContain(squeeze(two));
  });

  it('an anonymized copy says "anonymized" in each of those places, says why on page 1, and names the patient nowhere', async () => {
    const pages = pdfPages(await build(base, true));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(count(page, ID), `page ${i + 1}`).toBe(0);
      expect(count(page, T.footerPatient(T.anonymized)), `page ${i + 1}`).toBe(i === 0 ? 1 : 2);
    });
    expect(count(pages[0]!, T.anonymizedNote)).toBe(1);
    expect(count(pages.slice(1).join('\n'), T.anonymizedNote)).toBe(0);
  });

  it('prints the plan notes, trimmed, under their heading in a named copy only, and no heading for blank notes', async () => {
    const padded = { ...base, meta: { ...base.meta, notes: '   Pq7Plannote   ' } };
    const named = squeeze(pdfPages(await build(padded)).join('\n'));
    expect(named).toContain(squeeze(`${T.notesTitle} Pq7Plannote`));
    const anonymized = squeeze(pdfPages(await build(padded, true)).join('\n'));
    expect(anonymized).not.toContain('Pq7Plannote');
    expect(anonymized).not.toContain(squeeze(T.notesTitle));
    const blank = squeeze(pdfPages(await build({ ...base, meta: { ...base.meta, notes: ' \n ' } })).join('\n'));
    expect(blank).not.toContain(squeeze(T.notesTitle));
  });

  it('lists only the threads whose notes have text, each by its number in the plan, trimmed', async () => {
    const text = squeeze(pdfPages(await build(withNotes(base, ['   ', '  Pq7Second  ']))).join('\n'));
    expect(text).toContain(squeeze(`${T.threadNotes} 2. Pq7Second`));
    const both = squeeze(pdfPages(await build(withNotes(base, ['Pq7First', 'Pq7Second']))).join('\n'));
    expect(both).toContain(squeeze(`${T.threadNotes} 1. Pq7First 2. Pq7Second`));
    // No thread has a note: no heading.
    const none = squeeze(pdfPages(await build(withNotes(base, [' ', '']))).join('\n'));
    expect(none).not.toContain(squeeze(T.threadNotes));
    // Anonymized: neither the heading nor the notes.
    const anonymized = squeeze(pdfPages(await build(withNotes(base, ['Pq7First', 'Pq7Second']), true)).join('\n'));
    expect(anonymized).not.toContain(squeeze(T.threadNotes));
    expect(anonymized).not.toContain('Pq7First');
  });

  it('prints the stand-ins for a blank patient id, title and practitioner, in the header, the running header and the metadata', async () => {
    const blank = { ...base, meta: { ...base.meta, patientId: '  ', title: ' ', practitioner: ' ' } };
    const pdf = await build(blank);
    const pages = pdfPages(pdf);
    pages.forEach((page, i) => expect(count(page, T.footerPatient(T.notRecorded)), `page ${i + 1}`).toBe(i === 0 ? 1 : 2));
    expect(count(pages[0]!, T.untitled)).toBe(1);
    // Page 1's practitioner field (the patient's stand-in is the other "not recorded" there).
    expect(count(pages[0]!, T.notRecorded)).toBe(3);
    pages.slice(1).forEach((page, i) => expect(count(page, T.untitled), `page ${i + 2}`).toBe(1));
    expect(pdfInfo(pdf).fields.Title).toBe(T.untitled);
  });

  it('writes the title and the trimmed practitioner into the PDF metadata', async () => {
    const info = pdfInfo(await build({ ...base, meta: { ...base.meta, practitioner: '  Dr Ana Lopes ' } }));
    expect(info.fields.Title).toBe('Midface plan');
    expect(info.fields.Author).toBe('Dr Ana Lopes');
    expect(info.fields.Subject).toBe(T.documentSubject);
  });
});
