/**
 * The consent section's clinic texts and the signature block, read line by line from the PDF's
 * layout text (consent-section.ts, signature-block.ts): the clinic's paragraphs as it wrote them
 * (a blank line between paragraphs, single line breaks joined), the order of the parts, and the
 * practitioner's name filled in on the practitioner's side only, trimmed; the patient's left blank.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_CLINIC } from '../../../../shared/record/clinic';
import { EMPTY_RECORD_TEXTS } from '../../../../shared/record/record-texts';
import { REPORT_TEXT as T } from '../../../../shared/report/report-strings';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { pdfPages } from './pdf-tools';
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
});
