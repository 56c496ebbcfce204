import type { FindingTextKey } from '../analysis/messages/en';
import type { LocaleWords } from '../analysis/messages/locale-words';
import type { ThresholdSourceTable, ThresholdTextTable, ThresholdUnitTable } from '../analysis/rule-text/threshold-keys';
import type { RuleTextTable } from '../analysis/rule-text/types';
import type { StructureNameTable } from '../atlas/names/keys';
import type { IpcRefusalKey } from '../ipc/refusal-text/en';
import type { PlanErrorKey } from '../plan/error-text/en';
import type { RecordTexts } from '../record/record-texts';
import type { Dictionary } from './dictionary';
import { LOCALE_NAMES, type Locale } from './locale';

/**
 * The Korean and Russian tables of shared/ code, loaded on demand (issue 15: about 40 KB of
 * gzipped JavaScript an English first screen never needs). English stays built into each module;
 * another language's tables arrive with `loadLanguage`, which every user of shared/ awaits before
 * it writes a word in that language: the interface when it shows a language
 * (renderer/i18n/index.ts), the PDF export for the report's language, the CLI for --lang, the
 * desktop shell at start-up, and the unit tests (tests/unit/setup/interface-languages.ts).
 *
 * The modules read their tables here synchronously (a finding's words are written while a panel
 * renders); asking for a language that was never loaded is a programming error and throws,
 * naming the call that is missing, rather than printing English on a Korean page.
 */

export type TranslatedLocale = Exclude<Locale, 'en'>;

/** One language's tables, each typed on its module's English keys (a missing key fails tsc). */
export interface LanguageTables {
  /** Findings' titles, messages and fixes (shared/analysis/finding-text.ts). */
  readonly findingText: Dictionary<FindingTextKey>;
  /** The names and units the finding templates take as parameters. */
  readonly findingWords: LocaleWords;
  /** The rules' titles and descriptions, and their thresholds' sentences, units and sources (shared/analysis/rule-text). */
  readonly ruleText: RuleTextTable;
  readonly thresholdText: ThresholdTextTable;
  readonly thresholdUnit: ThresholdUnitTable;
  readonly thresholdSource: ThresholdSourceTable;
  /** The atlas's structure names (shared/atlas/names). */
  readonly structureNames: StructureNameTable;
  /** A plan file's refusals (shared/plan/error-text). */
  readonly planErrors: Dictionary<PlanErrorKey>;
  /** The IPC validators' refusals (shared/ipc/refusal-text). */
  readonly ipcRefusals: Dictionary<IpcRefusalKey>;
  /** The default consent and handout texts (shared/record/record-texts.ts). */
  readonly recordTexts: RecordTexts;
}

const loaders: Readonly<Record<TranslatedLocale, () => Promise<LanguageTables>>> = {
  ko: () => import('./tables-ko').then((m) => m.TABLES_KO),
  ru: () => import('./tables-ru').then((m) => m.TABLES_RU),
};

const loaded: Partial<Record<TranslatedLocale, LanguageTables>> = {};

/** Loads `locale`'s tables of shared code, once; English is always there. */
export async function loadLanguage(locale: Locale): Promise<void> {
  if (locale === 'en' || loaded[locale]) return;
  loaded[locale] = await loaders[locale]();
}

/** Whether `locale`'s tables of shared code are loaded (English always is). */
export const isLanguageLoaded = (locale: Locale): boolean => locale === 'en' || loaded[locale] !== undefined;

/** `locale`'s tables; throws when `loadLanguage(locale)` has not been awaited (see above). */
export function languageTables(locale: TranslatedLocale): LanguageTables {
  const tables = loaded[locale];
  if (!tables) throw new Error(`${LOCALE_NAMES[locale]} (${locale}) texts of shared code are not loaded: await loadLanguage('${locale}') before writing in it`);
  return tables;
}
