import type { Locale } from './locale';

/**
 * Numbers, plurals and dates per language, on the platform's Intl (no tables of our own):
 * Russian writes 2,5 and has one/few/many/other plural forms, Korean has one form only.
 * Formatters are cached per locale and options: building an Intl object costs far more than
 * using one, and a findings panel formats hundreds of numbers.
 */

/** The BCP 47 tag each language is formatted with. */
const INTL_TAG: Readonly<Record<Locale, string>> = { en: 'en-US', ko: 'ko-KR', ru: 'ru-RU' };

export interface NumberStyle {
  /** Digits after the decimal separator, at most (default 2) and at least (default 0). */
  readonly maxDecimals?: number;
  readonly minDecimals?: number;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * `value` rounded to `maxDecimals` and written the locale's way: "2.5" / "2,5". No digit
 * grouping: the values are clinical measurements, thread numbers and pixel sizes, where "2,048"
 * would read as a decimal in Russian and a space would split an id.
 */
export function formatNumber(locale: Locale, value: number, style: NumberStyle = {}): string {
  const max = style.maxDecimals ?? 2;
  const min = Math.min(style.minDecimals ?? 0, max);
  if (locale === 'en' && Number.isFinite(value) && Math.abs(value) < 1e21) return formatEnglish(value, min, max);
  const key = `${locale}|${min}|${max}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_TAG[locale], { useGrouping: false, minimumFractionDigits: min, maximumFractionDigits: max });
    numberFormats.set(key, format);
  }
  // + 0 turns -0 into 0, so a value rounded to zero never prints as "-0".
  return format.format(value + 0).replace(/^-(0(?:[.,]0+)?)$/, '$1');
}

/**
 * English without Intl. The first Intl.NumberFormat a page builds loads the platform's number
 * data, about a tenth of a second on the 2-core machine (issue 15 measured it as the largest
 * single cost before the first canvas draw), and an English first screen formats numbers at
 * once. Intl rounds the shortest decimal that reads back as the number (1.005 gives 1.01, where
 * toFixed() rounds the binary value just under it to 1.00), half away from zero, so this does the
 * same on String(value)'s digits. tests/unit/shared/i18n/format-english.test.ts compares the two
 * over many values.
 */
function formatEnglish(value: number, min: number, max: number): string {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(value)));
  if (!m) return String(value); // NaN and Infinity are kept out by the caller
  let digits = m[1]! + (m[2] ?? '');
  let point = m[1]!.length + Number(m[3] ?? 0); // where the decimal point falls in `digits`
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  digits = digits.padEnd(point + max + 1, '0');
  // Keep `max` decimals; the next digit rounds up from 5 (a tie goes away from zero).
  let kept = digits.slice(0, point + max).split('').map(Number);
  if (digits[point + max]! >= '5') {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === 9) kept[i--] = 0;
    if (i >= 0) kept[i]! += 1;
    else {
      kept = [1, ...kept];
      point++;
    }
  }
  let end = kept.length;
  while (end > point + min && kept[end - 1] === 0) end--;
  const whole = kept.slice(0, point).join('').replace(/^0+(?=\d)/, '');
  const text = end > point ? `${whole}.${kept.slice(point, end).join('')}` : whole;
  // A value that rounds to zero is written without its sign, as formatNumber does for Intl's.
  return value < 0 && kept.some((d) => d !== 0) ? `-${text}` : text;
}

const decimalSeparators = new Map<Locale, string>();

/**
 * The locale's decimal separator ('.' or ','), from Intl; English's without Intl, as
 * formatNumber does (the first Intl.NumberFormat loads the platform's number data: 30-50 ms of a
 * cold `vectorlift export` on the 2-core machine, for a '.'). format-english.test.ts checks it
 * equals Intl's.
 */
export function decimalSeparator(locale: Locale): string {
  if (locale === 'en') return '.';
  let sep = decimalSeparators.get(locale);
  if (sep === undefined) {
    sep = new Intl.NumberFormat(INTL_TAG[locale]).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    decimalSeparators.set(locale, sep);
  }
  return sep;
}

/**
 * A number already rounded by its caller (the analysis rounds millimetres to 0.1, newtons to
 * 0.01), written with the locale's decimal separator and otherwise unchanged. English output is
 * exactly String(value), so English texts stay byte for byte what they were.
 */
export function localizeNumber(locale: Locale, value: number): string {
  const text = String(value + 0);
  if (locale === 'en') return text;
  const sep = decimalSeparator(locale);
  // Intl's minus sign for the locale is '-' in all three; exponents never occur in our values.
  return sep === '.' ? text : text.replace('.', sep);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The plural category of `count` in `locale`: 'one' | 'few' | 'many' | 'other' (ru), 'other' (ko). */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(INTL_TAG[locale]);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A calendar day ("2025-03-14", as plans and revisions store it) as the locale writes dates in a
 * clinical record: English keeps the ISO form (unambiguous between US and UK readers, and what
 * every English report has printed), Korean "2025년 3월 14일", Russian "14.03.2025".
 * Text that is not a valid day is returned unchanged: it is the user's own entry.
 */
export function formatDay(locale: Locale, isoDay: string): string {
  if (locale === 'en') return isoDay;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay.trim());
  if (!m) return isoDay;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.toISOString().slice(0, 10) !== isoDay.trim()) return isoDay;
  let format = dateFormats.get(locale);
  if (!format) {
    format =
      locale === 'ko'
        ? new Intl.DateTimeFormat(INTL_TAG.ko, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
        : new Intl.DateTimeFormat(INTL_TAG[locale], { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}
