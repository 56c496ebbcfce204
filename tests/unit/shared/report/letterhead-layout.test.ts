import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../../shared/photo/image-bytes';
import { clinicLogoFromBytes, type ClinicProfile } from '../../../../shared/record/clinic';
import { EMPTY_RECORD_TEXTS } from '../../../../shared/record/record-texts';
import { logoSize } from '../../../../shared/report/letterhead';
import { pageLayout } from '../../../../shared/report/page-layout';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { pdfWords, type PdfWord } from './pdf-tools';
import { NO_OVERLAYS, buildReport } from './report-fixture';

/**
 * Where the letterhead's parts go on page 1 (letterhead.ts), read from the word boxes: the
 * clinic's name, address lines and telephone one under the other, each below the one before, the name larger; beside the logo when there is one, at the margin when not; and the
 * report's header below all of it, below the logo too when the logo is taller than the text.
 */

const LOGO = clinicLogoFromBytes(new Uint8Array(readFileSync(new URL('../../../fixtures/record/clinic-logo.png', import.meta.url))), encodeBase64);
if (!LOGO.ok) throw new Error(LOGO.error);
const CLINIC: ClinicProfile = { name: 'Riverside Aesthetic Clinic', address: '12 Hangang-daero\nYongsan-gu, Seoul', telephone: '+82 2 555 0142', logo: LOGO.value };

const plan = makeLargePlan(2, { title: 'Letterhead plan', patientId: 'P-0100' });
const content = pageLayout('a4').content;

async function pageOne(clinic: ClinicProfile): Promise<PdfWord[]> {
  const pdf = await buildReport(plan, { layers: NO_OVERLAYS, record: { clinic, texts: EMPTY_RECORD_TEXTS } });
  return pdfWords(pdf)[0]!;
}

/** How far below the top margin the report's header starts (0 on a page without a letterhead). */
async function headerOffset(words: readonly PdfWord[]): Promise<number> {
  const bare = word(await pageOne({ name: '', address: '', telephone: '', logo: null }), 'Letterhead');
  return word(words, 'Letterhead').yMin - bare.yMin;
}

const word = (words: readonly PdfWord[], text: string): PdfWord => {
  const found = words.find((w) => w.text === text);
  expect(found, text).toBeDefined();
  return found!;
};

describe('the letterhead on page 1', () => {
  it('sets the name, the address lines and the telephone one under the other, beside the logo', async () => {
    const words = await pageOne(CLINIC);
    const lines = ['Riverside', '12', 'Yongsan-gu,', 'Tel.'].map((t) => word(words, t));
    for (let i = 1; i < lines.length; i++) {
      // pdftotext's boxes span the font's whole ascent and descent, so they overlap a little.
      expect(lines[i]!.yMin, lines[i]!.text).toBeGreaterThan(lines[i - 1]!.yMin + 8);
      expect(lines[i]!.xMin, lines[i]!.text).toBeCloseTo(lines[0]!.xMin, 1);
    }
    // The name in larger type than the lines under it.
    expect(lines[0]!.yMax - lines[0]!.yMin).toBeGreaterThan(lines[1]!.yMax - lines[1]!.yMin + 1);
    // Right of the logo (at the margin, 40 x 16 mm), with a narrow gap; the text's top level
    // with the logo's.
    const logo = logoSize(LOGO.ok ? LOGO.value : { width: 1, height: 1 });
    expect(lines[0]!.xMin).toBeGreaterThan(content.x + logo.width);
    expect(lines[0]!.xMin).toBeLessThan(content.x + logo.width + 16);
    // The name's box top (it reaches a little above the baseline's 12 pt) at the top margin.
    expect(Math.abs(lines[0]!.yMin - content.y)).toBeLessThan(4);
    // More room between the name and the address than between address lines (3 pt, and the
    // name's larger type).
    expect(lines[1]!.yMax - lines[0]!.yMax).toBeGreaterThan(lines[2]!.yMax - lines[1]!.yMax + 1);
    // The report's header moved down by the letterhead: its rule 10 pt under the telephone's
    // baseline, the header 10 pt under the rule (the telephone's box reaches 2.25 pt below the
    // baseline: 17.75 pt from its bottom to the header's top).
    const headerTop = (await headerOffset(words)) - (lines[3]!.yMax - content.y);
    expect(headerTop).toBeCloseTo(17.75, 0);
  });

  it('starts the text at the margin without a logo, and keeps the header below a logo taller than the text', async () => {
    const noLogo = await pageOne({ ...CLINIC, logo: null });
    expect(word(noLogo, 'Riverside').xMin).toBeCloseTo(content.x, 0);
    expect(word(noLogo, 'Tel.').xMin).toBeCloseTo(content.x, 0);

    // Name and logo only: the logo (16 mm high) reaches lower than the one line of text.
    const nameAndLogo = await pageOne({ ...CLINIC, address: '', telephone: '' });
    const logo = logoSize(LOGO.ok ? LOGO.value : { width: 1, height: 1 });
    const name = word(nameAndLogo, 'Riverside');
    expect(name.yMax).toBeLessThan(content.y + logo.height);
    // The rule 6 pt under the logo, the header 10 pt under the rule.
    expect(await headerOffset(nameAndLogo)).toBeCloseTo(logo.height + 16, 1);
  });

  it('cuts a long name inside the margin, starts at the top without a name, and trims the telephone', async () => {
    const long = 'Riverside ' + 'Aesthetic and Reconstructive '.repeat(6) + 'Clinic';
    // A logo whose bytes pdf-lib cannot read is left out: the text starts at the margin.
    const unreadable = { ...CLINIC.logo!, base64: 'AAAA' };
    const words = await pageOne({ name: long, address: '12 Hangang-daero', telephone: '  +82 2 555 0142  ', logo: unreadable });
    const nameLine = words.filter((w) => Math.abs(w.yMax - word(words, 'Riverside').yMax) < 0.5);
    expect(nameLine[0]!.xMin).toBeCloseTo(content.x, 0);
    expect(Math.max(...nameLine.map((w) => w.xMax))).toBeLessThanOrEqual(content.x + content.width + 0.5);
    expect(nameLine.at(-1)!.text.endsWith('…')).toBe(true);
    // One space between the label and the number, as for a number typed without spaces.
    expect(word(words, '+82').xMin - word(words, 'Tel.').xMax).toBeLessThan(4);

    // No name: the address takes the name's place at the top.
    const noName = await pageOne({ name: '   ', address: '12 Hangang-daero', telephone: '', logo: null });
    expect(word(noName, '12').yMin).toBeLessThan(content.y + 6);
  });
});
