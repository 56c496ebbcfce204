import { describe, expect, it } from 'vitest';
import { formatDay, formatNumber, localeFromSystem, localeOfTag, localizeNumber, pluralCategory, renderMessage, translator } from '../../../../shared/i18n';
import type { Dictionaries } from '../../../../shared/i18n';

const THREADS = {
  en: '{n, plural, one {# thread} other {# threads}}',
  ru: '{n, plural, one {# нить} few {# нити} many {# нитей} other {# нити}}',
  ko: '실 {n}개',
};

describe('plurals per language (Intl.PluralRules)', () => {
  it('Russian picks one / few / many / other', () => {
    const ru = (n: number): string => renderMessage('ru', THREADS.ru, { n });
    expect([1, 2, 5, 11, 21, 22, 25, 101, 111].map(ru)).toEqual([
      '1 нить', '2 нити', '5 нитей', '11 нитей', '21 нить', '22 нити', '25 нитей', '101 нить', '111 нитей',
    ]);
    expect(ru(1.5)).toBe('1,5 нити');
  });

  it('Korean has one form; English two', () => {
    expect(pluralCategory('ko', 1)).toBe('other');
    expect(renderMessage('ko', THREADS.ko, { n: 3 })).toBe('실 3개');
    expect(renderMessage('en', THREADS.en, { n: 1 })).toBe('1 thread');
    expect(renderMessage('en', THREADS.en, { n: 0 })).toBe('0 threads');
  });

  it('an exact =N branch wins over the category, and placeholders inside a branch are filled', () => {
    const template = '{n, plural, =0 {no threads on the {side}} one {# thread on the {side}} other {# threads on the {side}}}';
    expect(renderMessage('en', template, { n: 0, side: 'left' })).toBe('no threads on the left');
    expect(renderMessage('en', template, { n: 2, side: 'left' })).toBe('2 threads on the left');
  });
});

describe('placeholders', () => {
  it('fills by name, leaves missing ones visible and never re-reads a value as template', () => {
    expect(renderMessage('en', 'Opened {name}.', { name: 'k.vlift' })).toBe('Opened k.vlift.');
    expect(renderMessage('en', 'Opened {name}.')).toBe('Opened {name}.');
    expect(renderMessage('en', 'Could not save: {error}', { error: '$& {name}' })).toBe('Could not save: $& {name}');
    expect(renderMessage('en', '{n, plural, one {# x} other {# xs}}', {})).toBe('{n, plural, one {# x} other {# xs}}');
  });

  it('reads a template the same on every fill (each template is cut once and the cut kept)', () => {
    // Spaces inside the braces, a name given twice, a missing one kept as written, a stray "}",
    // an empty template, a template with no placeholder, unbalanced and nested braces.
    const template = 'a { x } b {y}} {x}{z }';
    for (let k = 0; k < 2; k++) {
      expect(renderMessage('en', template, { x: 1.5, y: 'Y' })).toBe('a 1.5 b Y} 1.5{z }');
      expect(renderMessage('ru', template, { x: 1.5, z: '' })).toBe('a 1,5 b {y}} 1,5');
      expect(renderMessage('en', template)).toBe(template);
      expect(renderMessage('en', '', { x: 1 })).toBe('');
      expect(renderMessage('en', 'no braces', { x: 1 })).toBe('no braces');
      expect(renderMessage('en', 'open {x and {y}', { x: 1, y: 2 })).toBe('open {x and {y}');
      expect(renderMessage('en', '{x} then {a {y}}', { x: 1, y: 2 })).toBe('1 then {a {y}}');
      expect(renderMessage('en', '{x} then {y', { x: 1, y: 2 })).toBe('1 then {y');
    }
  });

  it('writes numbers with the language\'s decimal separator; English exactly as String()', () => {
    expect(renderMessage('ru', '{v} мм', { v: 2.5 })).toBe('2,5 мм');
    expect(renderMessage('ko', '{v} mm', { v: 2.5 })).toBe('2.5 mm');
    expect(renderMessage('en', '{v} mm', { v: 2048 })).toBe('2048 mm');
    expect(localizeNumber('en', 0.30000000000000004)).toBe(String(0.30000000000000004));
    expect(localizeNumber('ru', -0)).toBe('0');
  });
});

describe('locale formatting', () => {
  it('formatNumber rounds and uses the decimal comma in Russian, without grouping', () => {
    expect(formatNumber('ru', 12.345, { maxDecimals: 1 })).toBe('12,3');
    expect(formatNumber('en', 12.345, { maxDecimals: 1 })).toBe('12.3');
    expect(formatNumber('ru', 20480)).toBe('20480');
    expect(formatNumber('en', 2, { minDecimals: 2, maxDecimals: 2 })).toBe('2.00');
    expect(formatNumber('ru', -0.01, { maxDecimals: 1 })).toBe('0');
  });

  it('formatDay writes a stored day the language\'s way and leaves free text alone', () => {
    expect(formatDay('en', '2025-03-14')).toBe('2025-03-14');
    expect(formatDay('ko', '2025-03-14')).toBe('2025년 3월 14일');
    expect(formatDay('ru', '2025-03-14')).toBe('14.03.2025');
    expect(formatDay('ru', '2025-02-30')).toBe('2025-02-30');
    expect(formatDay('ru', 'spring 2025')).toBe('spring 2025');
  });

  it('the system language picks the first language we have', () => {
    expect(localeOfTag('ru-RU')).toBe('ru');
    expect(localeOfTag('ko_KR')).toBe('ko');
    expect(localeOfTag('de-DE')).toBeNull();
    expect(localeFromSystem(['de-DE', 'ru-RU', 'en-US'])).toBe('ru');
    expect(localeFromSystem(['fr'])).toBe('en');
  });
});

describe('translator', () => {
  const tables: Dictionaries<'a' | 'b'> = {
    en: { a: 'Thread {n}', b: 'Both' },
    ko: { a: '실 {n}', b: '양쪽' },
    ru: { a: 'Нить {n}', b: 'Обе' },
  };

  it('is bound to one language', () => {
    const ru = translator(tables, 'ru');
    expect(ru.locale).toBe('ru');
    expect(ru('a', { n: 3 })).toBe('Нить 3');
    expect(translator(tables, 'ko')('b')).toBe('양쪽');
  });

  it('a dictionary missing a key does not type-check', () => {
    // @ts-expect-error: 'b' is missing from ru
    const broken: Dictionaries<'a' | 'b'> = { en: { a: '', b: '' }, ko: { a: '', b: '' }, ru: { a: '' } };
    expect(broken.ru).toBeDefined();
  });
});
