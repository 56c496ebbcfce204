/**
 * Writing a refusal in a language: the one place a PlanError's text is rendered, for the app
 * (the interface language), the CLI (--lang) and the desktop shell (the menu language).
 * English comes from the same table, so `PlanError.message` is simply the English rendering.
 */
import { formatNumber } from '../../i18n/format';
import { languageTables } from '../../i18n/language-tables';
import type { Locale } from '../../i18n/locale';
import { renderMessage, type MessageParams } from '../../i18n/message';
import { PLAN_ERROR_EN, type PlanErrorKey } from './en';
import type { Dictionary } from '../../i18n/dictionary';

export type { PlanErrorKey };

/** The refusals' templates in `locale`: English built in, Korean and Russian once loaded (shared/i18n/language-tables.ts). */
export const planErrorTable = (locale: Locale): Dictionary<PlanErrorKey> => (locale === 'en' ? PLAN_ERROR_EN : languageTables(locale).planErrors);

/**
 * An offending value, described without words so each language can describe it: short text,
 * numbers, booleans and null are quoted as they are (the reader looks for them in the file);
 * the rest is named ("a list of 3", "список из 3 элементов").
 */
export type ValueDescription =
  | { readonly kind: 'quoted'; readonly text: string }
  | { readonly kind: 'list'; readonly length: number }
  | { readonly kind: 'object' }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'type'; readonly type: string }
  | { readonly kind: 'longText'; readonly head: string; readonly length: number };

/** A refusal as data: a key of the tables, its parameters, and the offending value if quoted. */
export interface PlanErrorText {
  readonly key: PlanErrorKey;
  /** Numbers are written the language's way; text (ids, field names, values) as it is. */
  readonly params?: MessageParams;
  /**
   * Parameters that are words of the same tables (a part of the plan, a unit), written in the
   * language first, with `params` ("control character {code}").
   */
  readonly words?: Readonly<Record<string, PlanErrorKey>>;
  /** Values from the file, each described in the language ("a list of 3", or quoted as written). */
  readonly values?: Readonly<Record<string, ValueDescription>>;
  /** Numbers written with exactly this many decimals ("25.0 MB", "25,0 МБ"). */
  readonly fixed?: Readonly<Record<string, { readonly value: number; readonly decimals: number }>>;
  /** The offending value, quoted after the problem: "... (got 1e400)". */
  readonly got?: ValueDescription;
  /** Parameters that are refusals themselves (a case's design that is not a valid plan), written in the same language. */
  readonly nested?: Readonly<Record<string, PlanErrorText>>;
}

/** Describe any value for a message, once, without choosing a language. */
export function valueDescription(value: unknown): ValueDescription {
  if (value === null) return { kind: 'quoted', text: 'null' };
  if (Array.isArray(value)) return { kind: 'list', length: value.length };
  switch (typeof value) {
    case 'number':
    case 'boolean':
      return { kind: 'quoted', text: String(value) };
    case 'string':
      return value.length > 40
        ? { kind: 'longText', head: JSON.stringify(value.slice(0, 37)), length: value.length }
        : { kind: 'quoted', text: JSON.stringify(value) };
    case 'object':
      return { kind: 'object' };
    case 'undefined':
      return { kind: 'nothing' };
    default:
      return { kind: 'type', type: typeof value };
  }
}

const KNOWN_TYPES: Readonly<Record<string, PlanErrorKey>> = { number: 'type.number', string: 'type.string', boolean: 'type.boolean' };

/** A described value in `locale`: "a list of 3" / "список из 3 элементов"; quoted text unchanged. */
export function describeValueIn(d: ValueDescription, locale: Locale): string {
  const table = planErrorTable(locale);
  switch (d.kind) {
    case 'quoted':
      return d.text;
    case 'list':
      return renderMessage(locale, table['value.list'], { count: d.length });
    case 'object':
      return table['value.object'];
    case 'nothing':
      return table['value.nothing'];
    case 'type': {
      const word = KNOWN_TYPES[d.type];
      return renderMessage(locale, table['value.type'], { type: word ? table[word] : d.type });
    }
    case 'longText':
      return renderMessage(locale, table['value.longText'], { head: d.head, count: d.length });
  }
}

/** The refusal's sentence in `locale`, with its parameters and the quoted value. */
export function renderPlanErrorText(text: PlanErrorText, locale: Locale): string {
  const table = planErrorTable(locale);
  const params: Record<string, string | number> = { ...text.params };
  for (const [name, key] of Object.entries(text.words ?? {})) params[name] = renderMessage(locale, table[key], text.params);
  for (const [name, d] of Object.entries(text.values ?? {})) params[name] = describeValueIn(d, locale);
  for (const [name, nested] of Object.entries(text.nested ?? {})) params[name] = renderPlanErrorText(nested, locale);
  for (const [name, { value, decimals }] of Object.entries(text.fixed ?? {})) {
    params[name] = formatNumber(locale, value, { minDecimals: decimals, maxDecimals: decimals });
  }
  const problem = renderMessage(locale, table[text.key], params);
  if (!text.got) return problem;
  return renderMessage(locale, table.got, { problem, got: describeValueIn(text.got, locale) });
}

/** " (line 12, column 17)" in `locale`, or '' when the place is not known. */
export function renderWhere(line: number | null, column: number | null, locale: Locale): string {
  if (line === null) return '';
  const table = planErrorTable(locale);
  return column !== null ? renderMessage(locale, table['where.lineColumn'], { line, column }) : renderMessage(locale, table['where.line'], { line });
}
