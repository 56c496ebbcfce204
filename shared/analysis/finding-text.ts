import type { DangerZoneKind, FixationZoneKind, MuscleKind, RegionKind } from '../atlas/types';
import type { Side } from '../plan/types';
import type { Finding } from './types';
import type { Dictionary } from '../i18n/dictionary';
import { formatDay } from '../i18n/format';
import { languageTables } from '../i18n/language-tables';
import type { Locale } from '../i18n/locale';
import { renderMessage } from '../i18n/message';
import { FINDING_TEXT_EN, type FindingTextKey } from './messages/en';
import { WORDS_EN, type LocaleWords } from './messages/locale-words';
import { degrees } from './words';

/**
 * Findings as data (issue 14): a rule gives the key of its texts and their parameters, and the
 * words are chosen when the finding is shown, in the reader's language: the findings panel in
 * the interface's, a PDF in the one its export dialog asks for, the CLI in --lang's. analyze()
 * builds no sentence; switching language changes no finding.
 */

export type { FindingTextKey };

/** A parameter: plain text or a number, or a value the language writes its own way. */
export type FindingParam =
  | string
  | number
  | { readonly threads: readonly number[]; readonly start?: boolean }
  | { readonly mm: number }
  | { readonly newtons: number }
  | { readonly danger: DangerZoneKind }
  | { readonly day: string }
  | { readonly side: Side }
  | { readonly muscle: MuscleKind }
  | { readonly deg: number }
  | { readonly list: readonly FindingParam[] }
  | { readonly orList: readonly FindingParam[] }
  | { readonly fixation: FixationZoneKind }
  | { readonly region: RegionKind | null }
  | { readonly nerve: RegionKind | null }
  | { readonly direction: number }
  | { readonly percent: number; readonly decimals?: number }
  | { readonly series: readonly FindingParam[] }
  | { readonly text: FindingTextKey; readonly params?: FindingParams };

export type FindingParams = Readonly<Record<string, FindingParam>>;

/** A finding's words as data: `<id>.title`, `<id>.message`, `<id>.fix` filled with `params`. */
export interface FindingText {
  readonly id: string;
  readonly params: FindingParams;
}

export interface FindingWords {
  readonly title: string;
  readonly message: string;
  readonly fix: string;
}

/** The templates of `locale`: English built in, Korean and Russian once loaded (shared/i18n/language-tables.ts). */
const table = (locale: Locale): Dictionary<FindingTextKey> => (locale === 'en' ? FINDING_TEXT_EN : languageTables(locale).findingText);

/** Words the templates take as parameters, per language (./messages/locale-words.ts). */
const wordsIn = (locale: Locale): LocaleWords => (locale === 'en' ? WORDS_EN : languageTables(locale).findingWords);

function paramText(locale: Locale, param: FindingParam): string | number {
  if (typeof param === 'string' || typeof param === 'number') return param;
  const words = wordsIn(locale);
  if ('threads' in param) return words.threads(param.threads, param.start ?? false);
  if ('mm' in param) return words.mm(param.mm);
  if ('newtons' in param) return words.newtons(param.newtons);
  if ('danger' in param) return words.danger(param.danger);
  if ('day' in param) return formatDay(locale, param.day);
  if ('fixation' in param) return words.fixation(param.fixation);
  if ('orList' in param) return words.orList(param.orList.map((item) => String(paramText(locale, item))));
  if ('muscle' in param) return words.muscle(param.muscle);
  if ('deg' in param) return degrees(param.deg);
  if ('side' in param) return words.side(param.side);
  if ('list' in param) return words.list(param.list.map((item) => String(paramText(locale, item))));
  if ('series' in param) return words.series(param.series.map((item) => String(paramText(locale, item))));
  if ('region' in param) return words.region(param.region);
  if ('nerve' in param) return words.nerve(param.nerve);
  if ('direction' in param) return words.direction(param.direction);
  if ('percent' in param) return words.percent(param.percent, param.decimals ?? 0);
  return renderKey(locale, param.text, param.params ?? {});
}

function renderKey(locale: Locale, key: FindingTextKey, params: FindingParams): string {
  const template = table(locale)[key] ?? FINDING_TEXT_EN[key];
  // Only the parameters the template names are written out: a title names one or two of a
  // finding's several, and the sort renders the title of every finding that ties (issue 15).
  const filled: Record<string, string | number> = {};
  for (const name of namesIn(template)) {
    if (Object.prototype.hasOwnProperty.call(params, name)) filled[name] = paramText(locale, params[name]!);
  }
  return renderMessage(locale, template, filled);
}

/** Every name a template may read as a parameter ({name} or {name, plural, ...}, nested ones too), per template. */
const templateNames = new Map<string, readonly string[]>();

function namesIn(template: string): readonly string[] {
  let names = templateNames.get(template);
  if (names === undefined) {
    // A superset of what renderMessage reads (i18n/message.ts): any "{" followed by a word and then "}" or ",".
    names = [...new Set(Array.from(template.matchAll(/\{\s*(\w+)\s*[,}]/g), (m) => m[1]!))];
    templateNames.set(template, names);
  }
  return names;
}

/** A finding's title, message and fix in `locale`. */
export function renderFindingText(text: FindingText, locale: Locale): FindingWords {
  return { title: renderFindingPart(text, locale, 'title'), message: renderFindingPart(text, locale, 'message'), fix: renderFindingPart(text, locale, 'fix') };
}

/** One of a finding's title, message and fix in `locale` (the sort reads only titles). */
export function renderFindingPart(text: FindingText, locale: Locale, part: keyof FindingWords): string {
  return sentenceStart(renderKey(locale, partKeys(text.id)[part], text.params), locale);
}

/**
 * Each part is a sentence, so it starts with a capital whatever its template starts with: a
 * Russian title that opens with the thread ("{thread}: насечки близко к …") wrote "нить 7: …",
 * since the thread words are lower case inside a sentence. (English templates ask for the capital
 * with `start`; Korean has no case.)
 */
function sentenceStart(text: string, locale: Locale): string {
  const first = text.charAt(0);
  const upper = first.toLocaleUpperCase(locale);
  return upper === first ? text : upper + text.slice(1);
}

/**
 * The keys of a text's title, message and fix, made once per text id: the same key object on every
 * read is looked up without reading its characters again (a large plan's sort renders thousands of
 * titles).
 */
const keysById = new Map<string, Readonly<Record<keyof FindingWords, FindingTextKey>>>();

function partKeys(id: string): Readonly<Record<keyof FindingWords, FindingTextKey>> {
  let keys = keysById.get(id);
  if (keys === undefined) {
    keys = { title: `${id}.title` as FindingTextKey, message: `${id}.message` as FindingTextKey, fix: `${id}.fix` as FindingTextKey };
    // (ids are the rules' literal keys, a few hundred; the bound only guards against made-up ones)
    if (keysById.size < 10_000) keysById.set(id, keys);
  }
  return keys;
}

/** Is `key` a finding text of ours? (Tests; rules name their keys with literal types.) */
export const isFindingTextKey = (key: string): key is FindingTextKey => Object.prototype.hasOwnProperty.call(FINDING_TEXT_EN, key);

/** The words of `finding` in `locale`: from its text data (every rule gives it), or its English when it has none (a finding built with words, as some tests do). */
export function wordsOf(finding: Finding, locale: Locale): FindingWords {
  if (finding.text && locale !== 'en') return renderFindingText(finding.text, locale);
  return { title: finding.title, message: finding.message, fix: finding.fix };
}
