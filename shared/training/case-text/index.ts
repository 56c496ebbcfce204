import type { Locale } from '../../i18n/locale';
import { keepNumbersWithUnits } from '../../i18n/no-break';
import { MISTAKES, type MistakeId } from '../mistakes';
import type { TeachingNotes, TrainingCase } from '../types';
import { CASE_TEXT_KO } from './ko';
import { MISTAKE_TEXT_KO, MISTAKE_TEXT_RU } from './mistakes';
import { CASE_TEXT_RU } from './ru';
import { BUILT_IN_CASE_IDS, type BuiltInCaseId, type CaseText, type CaseTextTable } from './types';

/**
 * The built-in training cases' words per language: title, summary and teaching notes. English
 * stays where it lives, in each case's case.json (written once); Korean and Russian are tables
 * keyed by case id (ko.ts, ru.ts). A case a trainer makes and saves keeps its own words in every
 * language: only an id of the shipped library (BUILT_IN_CASE_IDS) is looked up, and the app's
 * library holds only the shipped cases (renderer/training/case-library.ts).
 */

export { BUILT_IN_CASE_IDS, type BuiltInCaseId, type CaseText, type CaseTextTable };

const TABLES: Readonly<Record<Exclude<Locale, 'en'>, CaseTextTable>> = { ko: CASE_TEXT_KO, ru: CASE_TEXT_RU };

export const isBuiltInCaseId = (id: string): id is BuiltInCaseId => (BUILT_IN_CASE_IDS as readonly string[]).includes(id);

/** The translation of a built-in case, or null for English and for a case the library does not ship. */
function translated(id: string, locale: Locale): CaseText | null {
  return locale === 'en' || !isBuiltInCaseId(id) ? null : TABLES[locale][id];
}

/** A case's title in `locale` (an index entry or a whole case). */
export const caseTitle = (c: Pick<TrainingCase, 'id' | 'title'>, locale: Locale): string => translated(c.id, locale)?.title ?? c.title;

/** A case's one- or two-sentence summary in `locale`. */
export const caseSummary = (c: Pick<TrainingCase, 'id' | 'summary'>, locale: Locale): string => translated(c.id, locale)?.summary ?? c.summary;

/**
 * A case's teaching notes in `locale`, each number kept with its unit ("2,2 мм", "2.2 N": the
 * compare panel and the presenter's notes wrapped between them). The tables and a trainer's
 * case.json keep plain spaces; the join is made here, where every language's notes are given out.
 */
export function caseTeaching(c: Pick<TrainingCase, 'id' | 'teaching'>, locale: Locale): TeachingNotes {
  const notes = translated(c.id, locale)?.teaching ?? c.teaching;
  return {
    whatIsWrong: keepNumbersWithUnits(notes.whatIsWrong),
    whyItMatters: keepNumbersWithUnits(notes.whyItMatters),
    whatTheCorrectionChanges: keepNumbersWithUnits(notes.whatTheCorrectionChanges),
  };
}

/** A built-in case's words in a translated language (tests read the tables through this). */
export const caseTextTable = (locale: Exclude<Locale, 'en'>): CaseTextTable => TABLES[locale];

/** A classic mistake's name in `locale` (MISTAKES is the English). */
export function mistakeName(id: MistakeId, locale: Locale): string {
  if (locale === 'en') return MISTAKES[id];
  return (locale === 'ko' ? MISTAKE_TEXT_KO : MISTAKE_TEXT_RU)[id];
}
