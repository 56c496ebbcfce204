import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { ko } from '../../../renderer/i18n/ko';
import { ru } from '../../../renderer/i18n/ru';
import { applyLanguage, currentLocale, findingWords, resolveLanguage, setLanguage, t } from '../../../renderer/i18n';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../shared/catalogue';
import { parsePlanText } from '../../../shared/plan';

/**
 * The interface tables: the type check already refuses a missing key (Dictionary<MessageKey>);
 * these tests check what types cannot: the same placeholders as English, and no English words
 * left in a translation.
 */

const TABLES = { ko, ru } as const;

/** The parameter names a template uses: {name} and {name, plural, ...}. */
function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)(?=[},])/g)].map((m) => m[1]!))].sort();
}

/**
 * Latin words a Korean or Russian screen may show: the product, key names, file formats,
 * international units and abbreviations, the clinical acronym SMAS (used as is in both
 * languages' literature; docs/glossary.md), the paper size "US Letter", coordinates x, y, and the
 * names of image metadata formats, kept in brackets after their description (EXIF, GPS, XMP, IPTC).
 */
const LATIN_ALLOWED = new Set([
  'VectorLift', 'SMAS', 'PDF', 'PNG', 'JPEG', 'KB', 'ID', 'px', 'mm', 'in', 'N', 'x', 'y', 'vlift',
  'Ctrl', 'Shift', 'Alt', 'Delete', 'Backspace', 'Esc', 'Enter', 'Space', 'Home', 'End', 'US', 'Letter',
  'A4', 'F', 'D', 'E', 'C', 'L', 'P', 'EXIF', 'GPS', 'XMP', 'IPTC', 'Photoshop',
]);

describe.each(Object.entries(TABLES))('the %s interface table', (_name, table) => {
  it('has exactly the English keys, none empty', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(table)) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders as English in every string', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(table[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('leaves no English words (only units, key names and ids)', () => {
    for (const [key, text] of Object.entries(table)) {
      // Placeholders and plural selectors are template syntax, not text.
      const words = text.replace(/\{\w+(, plural,)?|\b(one|few|many|other)\s*\{|[{}#]/g, ' ').match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
      const stray = words.filter((w) => !LATIN_ALLOWED.has(w));
      expect(stray, `${key}: ${text}`).toEqual([]);
    }
  });
});

describe('choosing the interface language', () => {
  afterEach(() => setLanguage('en'));

  it("'system' follows the first of the system's languages we have, else English", () => {
    expect(resolveLanguage('system', ['ru-RU', 'en-US'])).toBe('ru');
    expect(resolveLanguage('system', ['de-DE', 'ko-KR'])).toBe('ko');
    expect(resolveLanguage('system', ['de-DE'])).toBe('en');
    expect(resolveLanguage('ko', ['ru-RU'])).toBe('ko');
    expect(resolveLanguage('fr', ['ru-RU'])).toBe('en');
  });

  it('switches the table at once, with the language\'s plurals and numbers', () => {
    applyLanguage('ru');
    expect(currentLocale()).toBe('ru');
    expect(t('tool.thread')).toBe('Нить');
    expect([1, 3, 5, 21].map((count) => t('count.threads', { count }))).toEqual(['1 нить', '3 нити', '5 нитей', '21 нить']);
    // A number and its unit are joined by a no-break space: a narrow panel never wraps between them.
    expect(t('unit.mm', { value: 2.5 })).toBe('2,5\u00a0мм');
    expect(t('objects.threadDetail', { depth: 4.5, tension: '1,0' })).toBe('глубина 4,5\u00a0мм, 1,0\u00a0Н');
    applyLanguage('ko');
    expect(t('count.threads', { count: 3 })).toBe('실 3개');
    applyLanguage('en');
    expect(t('unit.mm', { value: 2.5 })).toBe('2.5\u00a0mm');
    expect(t('objects.threadDetail', { depth: 4.5, tension: '1.0' })).toBe('4.5\u00a0mm deep, 1.0\u00a0N');
  });

  it("shows a finding's numbers joined to their units, in every language, its words otherwise as written", () => {
    const parsed = parsePlanText(readFileSync(new URL('../../../assets/examples/poor-over-tension.vlift', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const finding = analyze(parsed.plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE }).findings.find((f) => f.rule === 'over-tension')!;
    for (const locale of ['en', 'ru', 'ko'] as const) {
      applyLanguage(locale);
      const words = findingWords(finding);
      const all = `${words.title} ${words.message} ${words.fix}`;
      expect(all, locale).toMatch(/\d\u00a0(N|Н)/u);
      expect(all, locale).not.toMatch(/\d (mm|мм|N|Н)(?![\p{L}\d])/u);
    }
    applyLanguage('en');
    expect(findingWords(finding).message.replace(/\u00a0/g, ' ')).toBe(finding.message);
  });
});
