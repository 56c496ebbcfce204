/**
 * The interface's string lookup. The tables live one file per language (./en.ts defines the
 * keys; a translation is typed on the same keys, so a missing key fails the type check); the
 * templates are filled by the shared renderer (shared/i18n/message.ts), the same one the PDF
 * and the CLI use, so numbers and plurals follow the language everywhere.
 */
import type { Dictionary } from '../../shared/i18n/dictionary';
import { wordsOf, type FindingWords } from '../../shared/analysis/finding-text';
import type { Finding } from '../../shared/analysis/types';
import { formatNumber } from '../../shared/i18n/format';
import { loadLanguage } from '../../shared/i18n/language-tables';
import { localeFromSystem, localeOfTag, type Locale } from '../../shared/i18n/locale';
import { renderMessage, type MessageParams } from '../../shared/i18n/message';
import { keepNumbersWithUnits } from '../../shared/i18n/no-break';
import type { MessageKey } from './en';
import { enFirstScreen } from './en-first-screen';

export type { MessageKey, MessageParams };

type Table = Dictionary<MessageKey>;

/**
 * The Korean and Russian tables load on demand: an English screen never fetches them (about 24 KB
 * of the first screen's gzipped JavaScript, bench/startup.bench.ts), and a Korean or Russian one
 * fetches only its own. Every language has the whole table (Dictionary<MessageKey> makes a
 * missing key a type error).
 */
const loaders: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<Table>>> = {
  ko: () => import('./ko').then((m) => m.ko),
  ru: () => import('./ru').then((m) => m.ru),
};

const tables: Partial<Record<Locale, Table>> = {};

/**
 * English: the first screen's strings at once, the views' strings (./en-views.ts) once loaded.
 * English is also every language's fallback, so it is the one table that may lack keys.
 */
let en: Partial<Table> = enFirstScreen;
let viewTexts: Promise<void> | null = null;

/**
 * Loads the English strings of the views loaded on demand (once; again after a failure). The
 * app starts it after the first canvas draw, and every lazy view's loader awaits it with its
 * code (withViewTexts), so no view is drawn before its words are there.
 */
export function loadViewTexts(): Promise<void> {
  viewTexts ??= import('./en-views').then(
    ({ enViews }) => {
      en = { ...enFirstScreen, ...enViews };
      if (activeLocale === 'en') active = en;
    },
    (error: unknown) => {
      viewTexts = null;
      throw error;
    },
  );
  return viewTexts;
}

/** `module` once both it and the views' English strings have loaded: for a lazy view's import. */
export const withViewTexts = <M>(module: Promise<M>): Promise<M> => Promise.all([module, loadViewTexts()]).then(([m]) => m);

/**
 * Loads `locale`'s table (once), with the tables of shared code in that language (findings, atlas
 * names, refusals, rule texts: shared/i18n/language-tables.ts), which the interface shows too. The
 * app awaits this before the first render and before a switch (renderer/i18n/prepare.ts), so no
 * view is drawn in a language whose words are not there yet.
 */
export async function loadInterfaceLanguage(locale: Locale): Promise<void> {
  if (tables[locale] || locale === 'en') return;
  const [table] = await Promise.all([loaders[locale](), loadLanguage(locale)]);
  tables[locale] = table;
}

/** Whether `locale`'s table is loaded (English always is). */
export const isLanguageLoaded = (locale: Locale): boolean => locale === 'en' || tables[locale] !== undefined;

let activeLocale: Locale = 'en';
let active: Partial<Table> = en;

/**
 * Switch the language (BCP 47 tag); languages we do not have fall back to English. A language
 * whose table has not been loaded (loadInterfaceLanguage) also shows English, whole, rather than
 * English words with another language's numbers.
 */
export function setLanguage(tag: string): void {
  const wanted = localeOfTag(tag) ?? 'en';
  const table = wanted === 'en' ? en : tables[wanted];
  activeLocale = table ? wanted : 'en';
  active = table ?? en;
}

/** The language the interface is shown in now. */
export const currentLocale = (): Locale => activeLocale;

/** Is `key` a key in the string table? (For keys built at run time, e.g. per-layer labels.) */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/**
 * The text for `key`, with {placeholders} filled from `params` (numbers written the language's
 * way, {n, plural, ...} choosing the language's plural form). A missing placeholder is left
 * visible as {name} so the gap shows up in review instead of silently reading "undefined".
 * Every number stays on the line of its unit ("4,5 мм", "1,0 Н": shared/i18n/no-break.ts): the
 * join is made here, once for every interface string, rather than in each table's templates.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  // A view's string asked before the views' strings loaded (one put in the first screen's file by
  // mistake, en.ts) shows its key rather than breaking the view.
  return keepNumbersWithUnits(renderMessage(activeLocale, active[key] ?? en[key] ?? key, params));
}

/** The system's preferred languages, most preferred first (none under Node, where tests run). */
function systemLanguages(): readonly string[] {
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
  return nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [];
}

/**
 * The language a preference shows: 'system' follows the system's languages (the first of ours it
 * lists, else English); a tag is the user's own choice; a tag we have no table for, English.
 */
export function resolveLanguage(preference: string, system: readonly string[] = systemLanguages()): Locale {
  return preference === 'system' ? localeFromSystem(system) : (localeOfTag(preference) ?? 'en');
}

/** Show the interface in the language of `preference` from the next render on. */
export function applyLanguage(preference: string): Locale {
  const locale = resolveLanguage(preference);
  setLanguage(locale);
  return locale;
}

/**
 * `value` with exactly `decimals` digits after the separator, written the interface language's
 * way: toFixed() for text the user reads ("2.5 mm" / "2,5 мм"). English equals toFixed().
 */
export const fixed = (value: number, decimals: number): string => formatNumber(activeLocale, value, { minDecimals: decimals, maxDecimals: decimals });
/** A number in the interface language with at most `maxDecimals` decimals and no trailing zeros (4.5, 4.25, 4). */
export const upTo = (value: number, maxDecimals: number): string => formatNumber(activeLocale, value, { minDecimals: 0, maxDecimals });

/** Is `name` "Untitled plan" in one of our languages? (An untitled plan is renamed on a switch.) */
export const isUntitledName = (name: string): boolean => [en, ...Object.values(tables)].some((table) => table?.['app.untitled'] === name);

/**
 * A finding's title, message and fix in the interface language (shared/analysis/finding-text.ts),
 * each number on the line of its unit as in t(): the findings panel, the inspector and the
 * training lists show them in narrow columns.
 */
export function findingWords(finding: Finding): FindingWords {
  const words = wordsOf(finding, activeLocale);
  return { title: keepNumbersWithUnits(words.title), message: keepNumbersWithUnits(words.message), fix: keepNumbersWithUnits(words.fix) };
}
