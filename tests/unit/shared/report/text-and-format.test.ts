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

  it('keeps a number with its unit and a thread size in one piece, in every language', () => {
    // Each of these once broke between the number and what it counts.
    expect(wrapText('PDO cog, 19G 100 mm', 12, chars)).toEqual(['PDO cog,', '19G 100 mm']);
    expect(wrapText('117.1 / 100 mm', 9, chars)).toEqual(['117.1 /', '100 mm']);
    expect(wrapText('(about 3.2 mm)', 10, chars)).toEqual(['(about', '3.2 mm)']);
    expect(wrapText('около 3,2 мм)', 10, chars)).toEqual(['около', '3,2 мм)']);
    expect(wrapText('실 100 mm 입니다', 7, chars)).toEqual(['실', '100 mm', '입니다']);
    // Only a unit after a number is glued: a word that merely starts like one still breaks.
    expect(wrapText('12 mmHg apart', 6, chars)).toEqual(['12', 'mmHg', 'apart']);
    // A glued piece wider than the line is cut as any long word is.
    expect(wrapText('19G 100 mm', 6, chars)).toEqual(['19G 10', '0 mm']);
    // A thread type's name arrives with no-break spaces (threadTypeName): never a break point.
    expect(wrapText('PDO нить с насечками, 8\u00a0конусов', 12, chars)).toEqual(['PDO нить с', 'насечками,', '8\u00a0конусов']);
  });

  it('keeps paragraph breaks and splits words longer than a line', () => {
    expect(wrapText('ab\ncd', 10, chars)).toEqual(['ab', 'cd']);
    // A code is cut plainly: a hyphen would read as part of it.
    expect(wrapText('LOT-ABCDEFGHIJKL', 6, chars)).toEqual(['LOT-', 'ABCDEF', 'GHIJKL']);
    // A word of lower-case letters is cut with a hyphen, keeping two letters or more on each side.
    expect(wrapText('Преаурикулярная область', 13, chars)).toEqual(['Преаурикуляр-', 'ная область']);
    expect(wrapText('abcdefg', 6, chars)).toEqual(['abcde-', 'fg']);
    expect(wrapText('abcdef', 5, chars)).toEqual(['abc-', 'def']); // before a consonant where one fits
    for (const line of wrapText('Преаурикулярная', 4, chars)) expect(chars(line)).toBeLessThanOrEqual(4);
    // Hangul without spaces splits between syllables, never inside a code point.
    expect(wrapText('가나다라마바사', 3, chars)).toEqual(['가나다', '라마바', '사']);
  });

  it('fits a label with an ellipsis', () => {
    expect(fitText('short', 10, chars)).toBe('short');
    expect(fitText('a much longer label', 8, chars)).toBe('a much…');
  });

  it('reads Windows and old Mac line ends as paragraph breaks', () => {
    expect(wrapText('ab\r\ncd', 10, chars)).toEqual(['ab', 'cd']);
    expect(wrapText('ab\rcd', 10, chars)).toEqual(['ab', 'cd']);
  });

  it('keeps no space at either end of a line, and makes no empty line of leading spaces', () => {
    expect(wrapText('ab cd ', 10, chars)).toEqual(['ab cd']);
    // A word cut into pieces: the space after its last piece does not start the next line.
    expect(wrapText('abcdefghij xy', 5, chars)).toEqual(['abc-', 'defg-', 'hij', 'xy']);
    // Spaces before a word too long for the line are dropped, not printed as a line of their own.
    expect(wrapText('  ABCDEFGHIJ', 5, chars)).toEqual(['ABCDE', 'FGHIJ']);
  });

  it('shortens a label only when it does not fit, to the longest start that fits with the ellipsis', () => {
    // Exactly the width: kept whole.
    expect(fitText('abcde', 5, chars)).toBe('abcde');
    // One too many: four characters and the ellipsis fill the five exactly.
    expect(fitText('abcdef', 5, chars)).toBe('abcd…');
    // Never wider than the room, a leading space included.
    for (const text of [' abcdef', 'ab cdef', 'abc de', '  a b c d e f']) {
      for (const room of [2, 3, 4, 5]) expect(chars(fitText(text, room, chars)), `${text} in ${room}`).toBeLessThanOrEqual(room);
    }
    // Room for less than the ellipsis: the ellipsis alone.
    expect(fitText('abc', 0.5, chars)).toBe('…');
  });
});

describe('colours and numbers', () => {
  it('reads the palette formats', () => {
    expect(parseColor('#ff0000')).toEqual({ rgb: { r: 1, g: 0, b: 0 }, alpha: 1 });
    expect(parseColor('#0f0').rgb).toEqual({ r: 0, g: 1, b: 0 });
    expect(parseColor('rgba(0, 0, 255, 0.5)')).toEqual({ rgb: { r: 0, g: 0, b: 1 }, alpha: 0.5 });
    expect(() => parseColor('red')).toThrow(/cannot read colour/);
    // The alpha of #rrggbbaa, rgb() without one, and spaces around the text.
    expect(parseColor('#00000080').alpha).toBeCloseTo(128 / 255, 12);
    expect(parseColor('#000000').alpha).toBe(1);
    expect(parseColor('rgb(51, 102, 153)')).toEqual({ rgb: { r: 0.2, g: 0.4, b: 0.6 }, alpha: 1 });
    expect(parseColor('  #ff0000 ')).toEqual({ rgb: { r: 1, g: 0, b: 0 }, alpha: 1 });
    expect(tintOnWhite('#000000', 0.25)).toEqual({ r: 0.75, g: 0.75, b: 0.75 });
  });

  it('formats millimetres and newtons like the findings do', () => {
    expect(formatMm(12)).toBe('12 mm');
    expect(formatMm(12.04)).toBe('12 mm');
    expect(formatMm(5.55, false)).toBe('5.5');
    expect(formatNewtons(1.5)).toBe('1.5 N');
    expect(formatNewtons(0.125)).toBe('0.13 N');
  });

  it('writes the decimal comma in Russian and the point in English and Korean', () => {
    expect(formatMm(2.5, true, 'ru')).toBe('2,5 мм');
    expect(formatNewtons(1.25, 'ru')).toBe('1,25 Н');
    expect(formatMm(2.5, true, 'en')).toBe('2.5 mm');
    expect(formatMm(2.5, true, 'ko')).toBe('2.5 mm');
    expect(formatMm(3, false, 'ru')).toBe('3');
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

  it('reads spaces around generatedAt, refuses a day the month does not have, and is now when not given', () => {
    expect(parseGeneratedAt(' 2025-03-14 ').toISOString()).toBe('2025-03-14T00:00:00.000Z');
    // Date would roll 30 February over to 2 March.
    expect(() => parseGeneratedAt('2025-02-30')).toThrow(/ISO date/);
    expect(() => parseGeneratedAt('2025-02-30T10:00:00Z')).toThrow(/ISO date/);
    // Years of four digits only: not the expanded form Date also reads.
    expect(() => parseGeneratedAt('+010000-01-01T00:00:00Z')).toThrow(/ISO date/);
    const before = Date.now();
    const now = parseGeneratedAt(undefined);
    expect(now).toBeInstanceOf(Date);
    expect(now.getTime()).toBeGreaterThanOrEqual(before);
    expect(now.getTime()).toBeLessThanOrEqual(Date.now());
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

  it('is Letter in every region of the list, with a script subtag or an extension around the region', async () => {
    const { defaultPaper } = await import('../../../../shared/report/default-paper');
    // CLDR's Letter regions (see default-paper.ts).
    for (const region of ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'PR', 'SV', 'NI', 'BZ']) {
      expect(defaultPaper(`es-${region}`), region).toBe('letter');
      expect(defaultPaper(`es-${region.toLowerCase()}`), region).toBe('letter');
    }
    expect(defaultPaper('zh-Hant-US')).toBe('letter');
    expect(defaultPaper('en-US-u-ca-gregory')).toBe('letter');
    expect(defaultPaper('en-GB-u-ca-gregory')).toBe('a4');
  });
});
