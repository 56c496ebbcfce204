import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../../shared/photo/image-bytes';
import { clinicLogoFromBytes } from '../../../../shared/record/clinic';
import { COMPLICATION_RATES, COMPLICATION_SOURCE, rateText } from '../../../../shared/record/complication-rates';
import { EMPTY_RECORD_TEXTS } from '../../../../shared/record/record-texts';
import { logoSize } from '../../../../shared/report/letterhead';
import { productRows } from '../../../../shared/report/products-section';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { pdfPages, pdfText, pdfWords, qpdfCheck, rasterImages } from './pdf-tools';
import { buildReport, squeeze, withLots } from './report-fixture';

/** The record parts of the PDF: letterhead, product summary, consent section, patient handout. */

const LOGO = clinicLogoFromBytes(new Uint8Array(readFileSync(new URL('../../../fixtures/record/clinic-logo.png', import.meta.url))), encodeBase64);
if (!LOGO.ok) throw new Error(LOGO.error);
const CLINIC = { name: 'Riverside Aesthetic Clinic', address: '12 Hangang-daero\nYongsan-gu, Seoul', telephone: '+82 2 555 0142', logo: LOGO.value };

/** Threads 1-2 from an in-date lot, 3-4 from one that expired before the plan date, 5-6 with none. */
const plan = withLots(makeLargePlan(6, { title: 'Midface plan', patientId: 'P-0042', date: '2025-03-14' }));

describe('letterhead', () => {
  it('prints the clinic name, address, telephone and logo on page 1 and on the handout', async () => {
    const pdf = await buildReport(plan, { options: { aftercare: true }, record: { clinic: CLINIC, texts: EMPTY_RECORD_TEXTS } });
    const pages = pdfPages(pdf);
    expect(pages[0]).toContain('Riverside Aesthetic Clinic');
    expect(pages[0]).toContain('Yongsan-gu, Seoul');
    expect(pages[0]).toContain('+82 2 555 0142');
    const handout = pages.findIndex((p) => p.includes('Before and after your thread lift'));
    expect(pages[handout]).toContain('Riverside Aesthetic Clinic');
    // One logo image, drawn on both pages.
    const images = rasterImages(pdf);
    expect(new Set(images.map((row) => row.trim().split(/\s+/)[0])).size).toBe(2);
    expect(images.every((row) => /\b240\s+96\b/.test(row))).toBe(true);
    expect(qpdfCheck(pdf).status).toBe(0);
  });

  it('labels the telephone, trims the name, and needs no logo or address', async () => {
    const full = pdfPages(await buildReport(plan, { record: { clinic: CLINIC, texts: EMPTY_RECORD_TEXTS } }))[0]!;
    expect(full).toContain('Tel. +82 2 555 0142');
    const nameOnly = { name: '  Small Clinic  ', address: '', telephone: ' ', logo: null };
    const pdf = await buildReport(plan, { record: { clinic: nameOnly, texts: EMPTY_RECORD_TEXTS } });
    const page = pdfPages(pdf, { layout: true })[0]!;
    expect(page).toMatch(/^\s*Small Clinic\n/m);
    expect(page).not.toContain('Tel.');
    // Trimmed: the name starts at the left margin, where the header's title below it starts.
    const words = pdfWords(pdf)[0]!;
    const name = words.find((w) => w.text === 'Small')!;
    const title = words.find((w) => w.text === plan.meta.title.split(' ')[0])!;
    expect(Math.abs(name.xMin - title.xMin)).toBeLessThan(0.5);
  });

  it('fits a logo in 40 x 16 mm, keeping its shape', () => {
    const mm = 72 / 25.4;
    const wide = logoSize({ width: 400, height: 100 });
    expect(wide.width).toBeCloseTo(40 * mm, 6);
    expect(wide.height).toBeCloseTo(10 * mm, 6);
    const tall = logoSize({ width: 100, height: 400 });
    expect(tall.height).toBeCloseTo(16 * mm, 6);
    expect(tall.width).toBeCloseTo(4 * mm, 6);
  });

  it('is absent without a clinic profile', async () => {
    const text = pdfText(await buildReport(plan));
    expect(text).not.toContain('Riverside');
    expect(rasterImages(await buildReport(plan))).toEqual([]);
  });
});

describe('patient handout', () => {
  it('fills the contact lines from the clinic profile and separates before-treatment advice', async () => {
    const pages = pdfPages(await buildReport(plan, { options: { aftercare: true }, record: { clinic: CLINIC, texts: EMPTY_RECORD_TEXTS } }));
    const handout = squeeze(pages.at(-1)!);
    expect(handout.indexOf(squeeze('Before your treatment'))).toBeLessThan(handout.indexOf(squeeze('After your treatment')));
    expect(handout).toContain(squeeze('Telephone +82 2 555 0142'));
    expect(handout).toContain(squeeze('Clinic Riverside Aesthetic Clinic, 12 Hangang-daero, Yongsan-gu, Seoul'));
  });

  it("prints the clinic's own texts instead of the defaults", async () => {
    const texts = { ...EMPTY_RECORD_TEXTS, aftercare: '# Our advice\n- Day 1: Rest at home.', beforeTreatment: '' };
    const text = pdfText(await buildReport(plan, { options: { aftercare: true }, record: { clinic: CLINIC, texts } }));
    expect(text).toContain('Our advice');
    expect(text).toContain('Rest at home.');
    expect(text).not.toContain('Sleep on your back');
    // An empty before-treatment text is the default one, not none.
    expect(text).toContain('Do not drink alcohol');
  });
});

describe('consent section', () => {
  it('prints every risk with its rate from the one table, the source, and the photo line', async () => {
    const pdf = await buildReport(plan, { options: { consent: true, signature: true } });
    const text = squeeze(pdfText(pdf));
    expect(text).toContain(squeeze('Consent to treatment'));
    for (const rate of COMPLICATION_RATES) {
      expect(text).toContain(squeeze(rate.name));
      expect(text).toContain(squeeze(rateText(rate.share)));
    }
    expect(text).toContain(squeeze(`${COMPLICATION_SOURCE.studies} published studies`));
    expect(text).toContain(squeeze('Aesthetic Plast Surg. 2021'));
    expect(text).toContain(squeeze('I do not agree'));
    // The signature block follows the consent section.
    expect(text.indexOf(squeeze('Consent to treatment'))).toBeLessThan(text.indexOf(squeeze('Consent and signatures')));
  });

  it('uses the clinic procedure text and is left out unless asked', async () => {
    const texts = { ...EMPTY_RECORD_TEXTS, consentProcedure: 'We place six PDO threads on each side.' };
    expect(pdfText(await buildReport(plan, { options: { consent: true }, record: { clinic: CLINIC, texts } }))).toContain('We place six PDO threads on each side.');
    expect(pdfText(await buildReport(plan))).not.toContain('Consent to treatment');
  });
});

describe('product summary', () => {
  it('counts threads by type and lot and marks a lot that expired before the plan date', async () => {
    expect(productRows(plan, THREAD_CATALOGUE).map((r) => [r.count, r.lot, r.expiry, r.expired])).toEqual([
      [2, 'GOOD-1', '2026-01-31', false],
      [2, 'OLD-7', '2025-02-28', true],
      [2, '', '', false],
    ]);
    const text = squeeze(pdfText(await buildReport(plan)));
    expect(text).toContain(squeeze('Products'));
    expect(text).toContain(squeeze('OLD-7 2025-02-28 EXPIRED before 2025-03-14'));
    expect(text).toContain(squeeze('GOOD-1 2026-01-31 in date'));
    // Each row's count before its lot; threads without a lot say so in the lot, expiry and status.
    expect(text).toContain(squeeze('2 GOOD-1'));
    expect(text).toContain(squeeze('2 not recorded — expiry not recorded'));
    // A plan without threads has nothing to prepare: no section at all.
    const empty = squeeze(pdfText(await buildReport({ ...plan, threads: [] })));
    expect(empty).not.toContain(squeeze('Threads to prepare, by type and lot.'));
    // And the analysis says the same in the findings.
    expect(text).toContain(squeeze("lot OLD-7 expired on 2025-02-28, before the plan's date 2025-03-14"));
  });
});

describe('record status in the header', () => {
  it('says FINAL with who and when for a signed-off plan, DRAFT after it, and nothing for a plan never signed', async () => {
    const signed = { ...plan, signOff: { by: 'Dr K', on: '2025-03-14' } };
    expect(squeeze(pdfPages(await buildReport(signed))[0]!)).toContain(squeeze('FINAL: revision 1, signed off by Dr K on 2025-03-14.'));
    const kept = { revision: 1, signOff: signed.signOff, meta: plan.meta, entryPoints: plan.entryPoints, threads: plan.threads };
    const next = { ...plan, revision: 2, signOff: null, finalRevisions: [kept] };
    expect(squeeze(pdfPages(await buildReport(next))[0]!)).toContain(squeeze('DRAFT: revision 2, not signed off. Revision 1 was signed off by Dr K on 2025-03-14.'));
    const never = pdfPages(await buildReport(plan))[0]!;
    expect(never).not.toContain('FINAL');
    expect(never).not.toContain('DRAFT');
  });
});
