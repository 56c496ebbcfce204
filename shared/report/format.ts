import { decimalSeparator } from '../i18n/format';
import type { Locale } from '../i18n/locale';

/**
 * Numbers as the report prints them: the same rounding as the analysis's finding texts
 * (millimetres to 0.1, newtons to 0.01), so a value reads the same in a finding and in a table.
 */

const trim = (text: string): string => text.replace(/\.0+$/, '').replace(/(\.\d*?)0+$/, '$1');

/** The units as each language writes them (Russian: мм, Н, as its findings do; Korean keeps the Latin symbols). */
const UNITS: Readonly<Record<Locale, { readonly mm: string; readonly n: string }>> = {
  en: { mm: 'mm', n: 'N' },
  ko: { mm: 'mm', n: 'N' },
  ru: { mm: 'мм', n: 'Н' },
};

/** A rounded number with the language's decimal separator (English unchanged: "2.5"). */
const localized = (text: string, locale: Locale): string => (locale === 'en' ? text : text.replace('.', decimalSeparator(locale)));

export const formatMm = (value: number, unit = true, locale: Locale = 'en'): string =>
  `${localized(trim(value.toFixed(1)), locale)}${unit ? ` ${UNITS[locale].mm}` : ''}`;

export const formatNewtons = (value: number, locale: Locale = 'en'): string => `${localized(trim(value.toFixed(2)), locale)} ${UNITS[locale].n}`;

export const formatPercent = (share: number): string => `${Math.round(share * 100)}%`;

/** "2025-03-14" from an ISO date or date-time, in UTC so the output does not depend on the machine. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Reads the `generatedAt` option: a calendar date (taken as midnight UTC) or a full ISO date-time.
 * Throws on anything else so a typo never silently becomes "now".
 */
export function parseGeneratedAt(value: string | undefined, now: () => Date = () => new Date()): Date {
  if (value === undefined) return now();
  const text = value.trim();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : new Date(text);
  // Date rolls 2025-02-30 over to 2025-03-02; a date that does not read back the same is not a date.
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(text) || date.toISOString().slice(0, 10) !== text.slice(0, 10)) {
    throw new Error(`generatedAt must be an ISO date such as 2025-03-14, not "${value}"`);
  }
  // Round to whole seconds: PDF dates have no fractions, and equal input must give equal bytes.
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}
