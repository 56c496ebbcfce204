/**
 * The interface's string lookup. The tables live one file per language (./en.ts defines the
 * keys; a translation is typed on the same keys, so a missing key fails the type check); the
 * templates are filled by the shared renderer (shared/i18n/message.ts), the same one the PDF
 * and the CLI use, so numbers and plurals follow the language everywhere.
 */
import type { Dictionary } from '../../shared/i18n/dictionary';
import { localeOfTag, type Locale } from '../../shared/i18n/locale';
import { renderMessage, type MessageParams } from '../../shared/i18n/message';
import { en, type MessageKey } from './en';

export type { MessageKey, MessageParams };

type Table = Dictionary<MessageKey>;

/** Languages with an interface table so far; the others show English until theirs lands. */
const tables: Partial<Readonly<Record<Locale, Table>>> = { en };

let activeLocale: Locale = 'en';
let active: Table = en;

/** Switch the language (BCP 47 tag); languages without a table fall back to English. */
export function setLanguage(tag: string): void {
  const locale = localeOfTag(tag);
  const table = locale ? tables[locale] : undefined;
  activeLocale = table && locale ? locale : 'en';
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
 */
export function t(key: MessageKey, params?: MessageParams): string {
  return renderMessage(activeLocale, active[key] ?? en[key], params);
}
