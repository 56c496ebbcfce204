import type { Locale } from './locale';
import { renderMessage, type MessageParams } from './message';

/**
 * A dictionary is a flat table key -> template (message.ts gives the template syntax). The
 * English table defines the keys; every other language is typed `Dictionary<keyof typeof en>`,
 * so a key missing from a translation, or one the English table no longer has, fails the type
 * check instead of showing up as English on a Korean screen.
 */
export type Dictionary<K extends string> = { readonly [P in K]: string };

/** The same keys in every language: the type that makes a missing translation a compile error. */
export type Dictionaries<K extends string> = Readonly<Record<Locale, Dictionary<K>>>;

export interface Translator<K extends string> {
  readonly locale: Locale;
  /** The text for `key` in this translator's language, with its parameters filled. */
  (key: K, params?: MessageParams): string;
}

/** A translator bound to one language (a PDF in the patient's language, a CLI run with --lang). */
export function translator<K extends string>(tables: Dictionaries<K>, locale: Locale): Translator<K> {
  const table = tables[locale];
  const fallback = tables.en;
  const t = (key: K, params?: MessageParams): string => renderMessage(locale, table[key] ?? fallback[key], params);
  return Object.assign(t, { locale }) as Translator<K>;
}
