import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../../shared/photo/image-bytes';
import { checkClinicLogo, checkClinicProfile, clinicLogoFromBytes, MAX_LOGO_BYTES } from '../../../../shared/record/clinic';
import { COMPLICATION_RATES, rateText } from '../../../../shared/record/complication-rates';
import { parseHandoutText } from '../../../../shared/record/handout-text';
import { checkRecordTexts, DEFAULT_RECORD_TEXTS, effectiveText, EMPTY_RECORD_TEXTS, MAX_RECORD_TEXT_LENGTH } from '../../../../shared/record/record-texts';

const LOGO = new Uint8Array(readFileSync(new URL('../../../fixtures/record/clinic-logo.png', import.meta.url)));
const JPEG = new Uint8Array(readFileSync(new URL('../../../fixtures/photos/face-small.jpg', import.meta.url)));
const clinic = { name: 'Riverside Clinic', address: '12 River Rd\nSeoul', telephone: '+82 2 555 0142', logo: null };

describe('clinic profile', () => {
  it('accepts a profile and a PNG or JPEG logo, reading its size from the header', () => {
    expect(checkClinicProfile(clinic)).toEqual({ ok: true, value: clinic });
    const png = clinicLogoFromBytes(LOGO, encodeBase64);
    expect(png.ok && png.value).toMatchObject({ mediaType: 'image/png', width: 240, height: 96 });
    const jpeg = clinicLogoFromBytes(JPEG, encodeBase64);
    expect(jpeg.ok && jpeg.value.mediaType).toBe('image/jpeg');
  });

  it('refuses, with what and where, every bad field', () => {
    const bad = (patch: object) => {
      const r = checkClinicProfile({ ...clinic, ...patch });
      return r.ok ? 'accepted' : r.error;
    };
    expect(bad({ name: 'x'.repeat(121) })).toMatch(/clinic name is longer than 120/);
    expect(bad({ name: 'a\nb' })).toMatch(/clinic name holds control characters/);
    expect(bad({ address: '1\n2\n3\n4\n5' })).toMatch(/more than 4 lines/);
    expect(bad({ telephone: 42 })).toMatch(/clinic telephone must be text/);
    expect(bad({ logo: { base64: 'bm90IGFuIGltYWdl' } })).toMatch(/not a complete PNG or JPEG/);
    expect(bad({ logo: 'logo.png' })).toMatch(/logo must be an image/);
    expect(bad({ path: '/etc/passwd' })).toMatch(/unexpected field\(s\): path/);
  });

  it('caps the logo at MAX_LOGO_BYTES before decoding it', () => {
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(LOGO);
    const r = clinicLogoFromBytes(big, encodeBase64);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/at most 256 KB/);
    expect(checkClinicLogo({ base64: 'A'.repeat(((MAX_LOGO_BYTES + 3) / 3) * 4 + 8) }).ok).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    const hostile = [undefined, null, 1, 'x', [], { logo: { base64: 7 } }, { name: Symbol('x') }, Object.create(null)];
    for (const value of hostile) expect(() => checkClinicProfile(value)).not.toThrow();
  });
});

describe('record texts', () => {
  it("'' stands for the default text, so storing '' is the reset", () => {
    expect(effectiveText(EMPTY_RECORD_TEXTS, 'aftercare')).toBe(DEFAULT_RECORD_TEXTS.aftercare);
    const own = { ...EMPTY_RECORD_TEXTS, consentPhoto: 'Photos stay in the chart.' };
    expect(effectiveText(own, 'consentPhoto')).toBe('Photos stay in the chart.');
  });

  it('refuses unknown texts, too-long texts and control characters', () => {
    expect(checkRecordTexts({ ...EMPTY_RECORD_TEXTS, aftercare: 'x'.repeat(MAX_RECORD_TEXT_LENGTH + 1) }).ok).toBe(false);
    expect(checkRecordTexts({ ...EMPTY_RECORD_TEXTS, evil: '' }).ok).toBe(false);
    expect(checkRecordTexts({ ...EMPTY_RECORD_TEXTS, consentPhoto: 'a\u0007b' }).ok).toBe(false);
    expect(checkRecordTexts({ aftercare: 'Line one\n\nLine two' })).toEqual({ ok: true, value: { ...EMPTY_RECORD_TEXTS, aftercare: 'Line one\n\nLine two' } });
  });

  it('keeps the before-treatment advice out of the aftercare', () => {
    expect(DEFAULT_RECORD_TEXTS.beforeTreatment).toMatch(/alcohol/);
    expect(DEFAULT_RECORD_TEXTS.aftercare).not.toMatch(/week before/i);
  });

  it('parses the handout line format: headings, bullets with a bold period, paragraphs', () => {
    expect(parseHandoutText('# After\n- First week: Sleep on your back.\n- Keep still: really\n- Plain point\nOne\ntwo\n\nThree')).toEqual([
      { kind: 'heading', text: 'After' },
      { kind: 'bullet', lead: 'First week', text: 'Sleep on your back.' },
      { kind: 'bullet', lead: 'Keep still', text: 'really' },
      { kind: 'bullet', lead: '', text: 'Plain point' },
      { kind: 'paragraph', text: 'One two' },
      { kind: 'paragraph', text: 'Three' },
    ]);
    // A colon far into a sentence is not a period to bold.
    expect(parseHandoutText('- If it hurts more each day instead of less: call us')[0]).toMatchObject({ lead: '' });
  });
});

describe('complication rates', () => {
  it('are the six the issue names, most common first, with the meta-analysis figures', () => {
    expect(COMPLICATION_RATES.map((r) => [r.id, r.share])).toEqual([
      ['swelling', 0.35],
      ['dimpling', 0.1],
      ['paraesthesia', 0.06],
      ['visible-thread', 0.04],
      ['infection', 0.02],
      ['extrusion', 0.02],
    ]);
    expect(rateText(0.35)).toBe('about 35 in 100 (35%)');
  });
});
