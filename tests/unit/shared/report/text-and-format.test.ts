import { describe, expect, it } from 'vitest';
import { parseColor, tintOnWhite } from '../../../../shared/report/color';
import { formatMm, formatNewtons, isoDay, parseGeneratedAt } from '../../../../shared/report/format';
import { fitText, wrapText } from '../../../../shared/report/wrap-text';

/** One unit per character: widths in these tests are character counts. */
const chars = (s: string) => [...s].length;

describe('wrapText', () => {
  it('breaks at spaces without exceeding the width', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 10, chars);
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
    for (const l of lines) expect(chars(l)).toBeLessThanOrEqual(10);
  });

  it('keeps paragraph breaks and splits words longer than a line', () => {
    expect(wrapText('ab\ncd', 10, chars)).toEqual(['ab', 'cd']);
    expect(wrapText('LOT-ABCDEFGHIJKL', 6, chars)).toEqual(['LOT-', 'ABCDEF', 'GHIJKL']);
    // Hangul without spaces splits between syllables, never inside a code point.
    expect(wrapText('가나다라마바사', 3, chars)).toEqual(['가나다', '라마바', '사']);
  });

  it('fits a label with an ellipsis', () => {
    expect(fitText('short', 10, chars)).toBe('short');
    expect(fitText('a much longer label', 8, chars)).toBe('a much…');
  });
});

describe('colours and numbers', () => {
  it('reads the palette formats', () => {
    expect(parseColor('#ff0000')).toEqual({ rgb: { r: 1, g: 0, b: 0 }, alpha: 1 });
    expect(parseColor('#0f0').rgb).toEqual({ r: 0, g: 1, b: 0 });
    expect(parseColor('rgba(0, 0, 255, 0.5)')).toEqual({ rgb: { r: 0, g: 0, b: 1 }, alpha: 0.5 });
    expect(() => parseColor('red')).toThrow(/cannot read colour/);
    expect(tintOnWhite('#000000', 0.25)).toEqual({ r: 0.75, g: 0.75, b: 0.75 });
  });

  it('formats millimetres and newtons like the findings do', () => {
    expect(formatMm(12)).toBe('12 mm');
    expect(formatMm(12.04)).toBe('12 mm');
    expect(formatMm(5.55, false)).toBe('5.5');
    expect(formatNewtons(1.5)).toBe('1.5 N');
    expect(formatNewtons(0.125)).toBe('0.13 N');
  });

  it('reads generatedAt as a date or date-time in UTC, whole seconds', () => {
    expect(parseGeneratedAt('2025-03-14').toISOString()).toBe('2025-03-14T00:00:00.000Z');
    expect(parseGeneratedAt('2025-03-14T09:30:15.900Z').toISOString()).toBe('2025-03-14T09:30:15.000Z');
    expect(isoDay(parseGeneratedAt('2025-03-14T23:59:00Z'))).toBe('2025-03-14');
    expect(() => parseGeneratedAt('14/03/2025')).toThrow(/ISO date/);
    expect(() => parseGeneratedAt('2025-13-40')).toThrow(/ISO date/);
    const fixed = new Date('2030-01-01T00:00:00Z');
    expect(parseGeneratedAt(undefined, () => fixed)).toBe(fixed);
  });
});

describe('defaultPaper', () => {
  it('is Letter where Letter is the norm and A4 elsewhere', async () => {
    const { defaultPaper } = await import('../../../../shared/report/default-paper');
    expect(defaultPaper('en-US')).toBe('letter');
    expect(defaultPaper('es_MX')).toBe('letter');
    expect(defaultPaper('fr-CA')).toBe('letter');
    expect(defaultPaper('en-GB')).toBe('a4');
    expect(defaultPaper('ko-KR')).toBe('a4');
    expect(defaultPaper('ru-RU')).toBe('a4');
    expect(defaultPaper('zh-Hant-TW')).toBe('a4');
    expect(defaultPaper('en')).toBe('a4');
    expect(defaultPaper(undefined)).toBe('a4');
  });
});
