import { wordsOf, type FindingWords } from '../analysis/finding-text';
import type { Finding } from '../analysis/types';
import type { RegionKind } from '../atlas/types';
import { structureNameTable } from '../atlas/names';
import { formatDay } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { complicationWords, rateText, type ComplicationRate } from '../record/complication-rates';
import { effectiveText, type RecordTextId, type RecordTexts } from '../record/record-texts';
import { formatMm, formatNewtons, formatPercent } from './format';
import { REPORT_TEXT, type ReportText } from './report-strings';
import { REPORT_TEXT_KO } from './report-strings-ko';
import { REPORT_TEXT_RU } from './report-strings-ru';

/**
 * The language a report is written in (issue 14: a patient's handout in the patient's language,
 * whatever language the practitioner's screen uses): its words, and its way of writing numbers,
 * days, findings and the default record texts. The document carries it; every part of the report
 * reads it from the flow or the page it draws on, so one PDF never mixes two languages.
 */
export interface ReportLanguage {
  readonly locale: Locale;
  readonly text: ReportText;
  /** Millimetres to 0.1 ("2.5 mm", "2,5 мм"); without the unit for table cells under a unit heading. */
  mm(value: number, unit?: boolean): string;
  newtons(value: number): string;
  percent(share: number): string;
  /** A calendar day "2025-03-14" as the language writes it; other text unchanged. */
  day(isoDay: string): string;
  /** A finding's title, message and fix. */
  finding(f: Finding): FindingWords;
  /** A complication's name and explanation for the patient, and its rate in words. */
  risk(rate: ComplicationRate): { readonly name: string; readonly explanation: string };
  rate(share: number): string;
  /**
   * A region of the face in a table (no side: the table has a side column): its proper name from
   * the atlas's name table ("Malar (zygomatic) prominence", "Скуловое возвышение"), as the
   * diagram labels it, not the lower-case words a finding's sentence uses.
   */
  regionName(kind: RegionKind): string;
  /** A consent or handout text: the clinic's own as written, else the default in this language. */
  recordText(texts: RecordTexts, id: RecordTextId): string;
}

const TABLES: Readonly<Record<Locale, ReportText>> = { en: REPORT_TEXT, ko: REPORT_TEXT_KO, ru: REPORT_TEXT_RU };

const languages = new Map<Locale, ReportLanguage>();

export function reportLanguage(locale: Locale): ReportLanguage {
  let language = languages.get(locale);
  if (!language) {
    language = {
      locale,
      text: TABLES[locale],
      mm: (value, unit = true) => formatMm(value, unit, locale),
      newtons: (value) => formatNewtons(value, locale),
      percent: formatPercent,
      day: (isoDay) => formatDay(locale, isoDay),
      finding: (f) => wordsOf(f, locale),
      risk: (rate) => complicationWords(rate, locale),
      rate: (share) => rateText(share, locale),
      recordText: (texts, id) => effectiveText(texts, id, locale),
      regionName: (kind) => structureNameTable(locale).region[kind],
    };
    languages.set(locale, language);
  }
  return language;
}

/** English: what a report is written in unless asked otherwise. */
export const ENGLISH_REPORT: ReportLanguage = reportLanguage('en');
