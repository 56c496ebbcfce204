/**
 * The languages VectorLift is written in. One list: the preferences, the PDF export dialog and
 * the CLI's --lang all offer exactly these, and every dictionary must have all three.
 */
export const LOCALES = ['en', 'ko', 'ru'] as const;

export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/**
 * Each language named in itself, as a language menu shows it: a reader looks for the name they
 * can read, not for a translation of it into the current interface language.
 */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', ko: '한국어', ru: 'Русский' };

/** The language of a BCP 47 tag ('ru-RU' -> 'ru', 'ko' -> 'ko'), or null when we have none for it. */
export function localeOfTag(tag: string): Locale | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(base) ? base : null;
}

/**
 * The first language in `tags` (the system's preferred languages, most preferred first) that we
 * have, else English: a Russian system with English as its second choice gets Russian.
 */
export function localeFromSystem(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return 'en';
}
