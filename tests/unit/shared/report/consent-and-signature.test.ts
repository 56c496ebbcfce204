/**
 * The consent section's clinic texts and the signature block, read line by line from the PDF's
 * layout text (consent-section.ts, signature-block.ts): the clinic's paragraphs as it wrote them
 * (a blank line between paragraphs, single line breaks joined), the order of the parts, and the
 * practitioner's name filled in on the practitioner's side only, trimmed; the patient's left blank.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_CLINIC } from '../../../../shared/record/clinic';
import { EMPTY_RECORD_TEXTS } from '../../../../shared/record/record-texts';
import { pageLayout } from '../../../../shared/report/page-layout';
import { REPORT_TEXT as T } from '../../../../shared/report/report-strings';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { INK } from '../../../../shared/report/report-style';
import { countColour, pdfPages, pdfWords, renderPage, type PdfWord } from './pdf-tools';
import { buildReport, squeeze } from './report-fixture';

const base = makeLargePlan(3, { title: 'Consent plan', patientId: 'P-0060', date: '2025-03-14' });
const plan = { ...base, meta: { ...base.meta, practitioner: '  Dr Ana Ortiz  ' } };

/** The layout text's lines of every page, trimmed, without blank ones. */
const lines = (pdf: Uint8Array): string[] =>
  pdfPages(pdf, { layout: true })
    .join('\n')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');

describe('the consent section', () => {
  it("prints the clinic's paragraphs: a blank line starts a new one, a single line break does not", async () => {
    const texts = {
      ...EMPTY_RECORD_TEXTS,
      consentProcedure: 'First paragraph starts\r\nand carries on.\r\n\r\n  Second paragraph.  \n \n\nThird one.',
      consentPhoto: 'Photo words.',
    };
    const pdf = await buildReport(plan, { options: { consent: true }, record: { clinic: EMPTY_CLINIC, texts } });
    const all = lines(pdf);
    expect(all).toContain('First paragraph starts and carries on.');
    expect(all).toContain('Second paragraph.');
    expect(all).toContain('Third one.');
    const at = (l: string) => all.indexOf(l);
    // In order: the procedure's heading and text, the risks, the photo consent and its boxes.
    expect(at(T.consentProcedureTitle)).toBeLessThan(at('First paragraph starts and carries on.'));
    expect(at('Third one.')).toBeLessThan(at(T.consentRisksTitle));
    expect(at(T.consentRisksTitle)).toBeLessThan(at(T.consentPhotoTitle));
    expect(at(T.consentPhotoTitle)).toBeLessThan(at('Photo words.'));
    expect(at('Photo words.')).toBeLessThan(at(`${T.consentPhotoYes} ${T.consentPhotoNo}`));
    // It starts on a page of its own.
    const page = pdfPages(pdf).find((p) => p.includes(T.consentTitle))!;
    expect(page).not.toContain(T.metricsTitle);
  });
});

describe('the consent section, as laid out', () => {
  it("starts each of the clinic's paragraphs at the margin, as high whether or not it opens with blank lines, and puts each tick box's label beside its box", async () => {
    /** The words of the page with the procedure text, below its heading. */
    const procedure = async (consentProcedure: string): Promise<PdfWord[]> => {
      const texts = { ...EMPTY_RECORD_TEXTS, consentProcedure, consentPhoto: 'Photo words.' };
      const pdf = await buildReport(plan, { options: { consent: true }, record: { clinic: EMPTY_CLINIC, texts } });
      return pdfWords(pdf).find((words) => words.some((w) => w.text === 'Alpha'))!;
    };
    // A single line break (LF only, no space before it) joins; a line of spaces separates.
    const plain = await procedure('Alpha paragraph\nwith a break.\n   \n   Beta paragraph.');
    const opened = await procedure('\n \n\nAlpha paragraph\nwith a break.\n   \n   Beta paragraph.');
    const at = (words: PdfWord[], text: string) => words.find((w) => w.text === text)!;
    // Leading spaces are not printed: the second paragraph starts where the first does.
    expect(at(plain, 'Beta').xMin).toBeCloseTo(at(plain, 'Alpha').xMin, 1);
    expect(at(plain, 'Beta').yMin).toBeGreaterThan(at(plain, 'Alpha').yMax);
    expect(at(plain, 'with').yMax).toBeCloseTo(at(plain, 'Alpha').yMax, 1);
    // Blank lines before the first paragraph add no room above it.
    expect(at(opened, 'Alpha').yMin).toBeCloseTo(at(plain, 'Alpha').yMin, 1);
    expect(at(opened, 'Beta').yMin).toBeCloseTo(at(plain, 'Beta').yMin, 1);
    // The two tick boxes (9 pt) at the margin, each label 5 pt after its box, 28 pt between
    // the first label and the second box.
    const yes = T.consentPhotoYes.split(' ');
    const no = T.consentPhotoNo.split(' ');
    const line = plain.filter((w) => Math.abs(w.yMax - at(plain, yes.at(-1)!).yMax) < 1).sort((a, b) => a.xMin - b.xMin);
    expect(line.map((w) => w.text)).toEqual([...yes, ...no]);
    expect(line[0]!.xMin).toBeCloseTo(pageLayout('a4').content.x + 14, 0);
    expect(line[yes.length]!.xMin - line[yes.length - 1]!.xMax).toBeCloseTo(42, 0);
  });
});

describe('the photo consent boxes', () => {
  it('draws a box to tick before each answer', async () => {
    const texts = { ...EMPTY_RECORD_TEXTS, consentPhoto: 'Photo words.' };
    const pdf = await buildReport(plan, { options: { consent: true }, record: { clinic: EMPTY_CLINIC, texts } });
    const pages = pdfWords(pdf);
    const p = pages.findIndex((words) => words.some((w) => w.text === 'Photo'));
    const words = pages[p]!;
    const yes = words.find((w) => w.text === T.consentPhotoYes.split(' ')[0] && words.some((v) => v.text === 'agree' && Math.abs(v.yMax - w.yMax) < 1))!;
    const no = words.filter((w) => Math.abs(w.yMax - yes.yMax) < 1).sort((a, b) => a.xMin - b.xMin)[T.consentPhotoYes.split(' ').length]!;
    const raster = renderPage(pdf, p + 1, 144);
    const ink = hexOf(INK.text);
    // Each 9 pt box, outlined in the text colour, in the 14 pt before its label; nothing there
    // but the box (the label starts 5 pt after it).
    for (const label of [yes, no]) {
      const box = { x: label.xMin - 15, y: label.yMin - 3, width: 11, height: label.yMax - label.yMin + 6 };
      expect(countColour(raster, box, ink, 60), label.text).toBeGreaterThan(30);
    }
  });
});

describe('the signature block', () => {
  it("fills in the practitioner's name, trimmed, and leaves the patient's blank", async () => {
    const pdf = await buildReport(plan, { options: { signature: true } });
    const all = lines(pdf);
    const title = all.indexOf(T.signatureTitle);
    expect(title).toBeGreaterThan(0);
    const block = all.slice(title, title + 12);
    expect(squeeze(block.join(' '))).toContain(squeeze(T.signatureStatement));
    expect(block).toContain(`${T.signaturePractitioner} ${T.signaturePatient}`);
    // The practitioner's name on its Name line, the patient's Name line empty.
    expect(block).toContain(`${T.signatureName} Dr Ana Ortiz ${T.signatureName}`);
    expect(block).toContain(`${T.signatureSign} ${T.signatureSign}`);
    expect(block).toContain(`${T.signatureDate} ${T.signatureDate}`);
    expect(block.indexOf(`${T.signatureName} Dr Ana Ortiz ${T.signatureName}`)).toBeLessThan(block.indexOf(`${T.signatureSign} ${T.signatureSign}`));
    expect(block.indexOf(`${T.signatureSign} ${T.signatureSign}`)).toBeLessThan(block.indexOf(`${T.signatureDate} ${T.signatureDate}`));
  });

  it('prints a name given with spaces around it where the same name without them prints', async () => {
    /** The practitioner's name on the signature page: the first word and the Name label of its line. */
    const nameAt = async (practitioner: string): Promise<{ first: PdfWord; label: PdfWord }> => {
      const pdf = await buildReport({ ...plan, meta: { ...plan.meta, practitioner } }, { options: { signature: true } });
      const page = pdfWords(pdf).find((words) => words.some((w) => w.text === 'Ortiz' && words.some((v) => v.text === T.signatureName)))!;
      const first = page.find((w) => w.text === 'Dr' && page.some((v) => v.text === 'Ortiz' && Math.abs(v.yMax - w.yMax) < 1))!;
      const label = page.find((w) => w.text === T.signatureName && Math.abs(w.yMax - first.yMax) < 3)!;
      return { first, label };
    };
    const padded = await nameAt('  Dr Ana Ortiz  ');
    const trimmed = await nameAt('Dr Ana Ortiz');
    expect(padded.first.xMin).toBeCloseTo(trimmed.first.xMin, 1);
    // On the Name line, after its label, in the practitioner's (left) column.
    expect(padded.first.xMin).toBeGreaterThan(padded.label.xMax);
    expect(padded.label.xMin).toBeCloseTo(trimmed.label.xMin, 1);
  });
});

function hexOf(c: { r: number; g: number; b: number }): string {
  const byte = (v: number) => Math.round(v * 255).toString(16).padStart(2, '0');
  return `#${byte(c.r)}${byte(c.g)}${byte(c.b)}`;
}
