/**
 * The UI string lookup. Only English ships today; the table lives in ./en.ts so a translation is
 * one more file with the same keys.
 */
import { en, type MessageKey } from './en';

export type { MessageKey };
export type MessageParams = Readonly<Record<string, string | number>>;

type Table = Readonly<Record<MessageKey, string>>;

const tables: Readonly<Record<string, Table>> = { en };

let active: Table = en;

/** Switch the language (BCP 47 tag); unknown languages fall back to English. */
export function setLanguage(tag: string): void {
  const base = tag.toLowerCase().split('-')[0] ?? 'en';
  active = tables[base] ?? en;
}

/** Is `key` a key in the string table? (For keys built at run time, e.g. per-layer labels.) */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/**
 * The text for `key`, with {placeholders} filled from `params`. A missing placeholder is left
 * visible as {name} so the gap shows up in review instead of silently reading "undefined".
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = active[key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
