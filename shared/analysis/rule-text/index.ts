import type { Locale } from '../../i18n/locale';
import { renderMessage } from '../../i18n/message';
import { RULES } from '../registry';
import type { RuleId, Threshold } from '../types';
import { RULE_TEXT_KO } from './ko';
import { RULE_TEXT_RU } from './ru';
import { THRESHOLD_SOURCE_KO } from './sources-ko';
import { THRESHOLD_SOURCE_RU } from './sources-ru';
import type { ThresholdSourceTable, ThresholdTextTable, ThresholdUnitTable } from './threshold-keys';
import { THRESHOLD_TEXT_KO, THRESHOLD_UNIT_KO } from './thresholds-ko';
import { THRESHOLD_TEXT_RU, THRESHOLD_UNIT_RU } from './thresholds-ru';
import type { RuleDescriptionIn, RuleText, RuleTextTable, ThresholdInLanguage } from './types';

/**
 * The rules' titles and descriptions per language, for the rule lists (the training browser,
 * `vectorlift rules --lang`). English is each rule's own `description` (registry.ts), written
 * once; Korean and Russian are tables on RULE_IDS, and the thresholds' sentences and units tables
 * on their names (threshold-keys.ts), and so are the thresholds' sources (sources-ko.ts,
 * sources-ru.ts: the reasoning translated, the citations as published).
 */

export type { RuleDescriptionIn, RuleText, RuleTextTable, ThresholdInLanguage };

const TRANSLATED: Readonly<Record<Exclude<Locale, 'en'>, RuleTextTable>> = { ko: RULE_TEXT_KO, ru: RULE_TEXT_RU };

const THRESHOLD_TEXT: Readonly<
  Record<Exclude<Locale, 'en'>, { readonly text: ThresholdTextTable; readonly unit: ThresholdUnitTable; readonly source: ThresholdSourceTable }>
> = {
  ko: { text: THRESHOLD_TEXT_KO, unit: THRESHOLD_UNIT_KO, source: THRESHOLD_SOURCE_KO },
  ru: { text: THRESHOLD_TEXT_RU, unit: THRESHOLD_UNIT_RU, source: THRESHOLD_SOURCE_RU },
};

const ENGLISH: ReadonlyMap<RuleId, RuleText> = new Map(RULES.map((r) => [r.description.id, { title: r.description.title, description: r.description.description }]));

/** A rule's title and description in `locale`. */
export function ruleText(id: RuleId, locale: Locale): RuleText {
  if (locale === 'en') return ENGLISH.get(id) ?? { title: id, description: '' };
  return TRANSLATED[locale][id];
}

/** A rule's title in `locale` ("Over-tension", "과도한 장력", "Избыточное натяжение"). */
export const ruleTitle = (id: RuleId, locale: Locale): string => ruleText(id, locale).title;

/**
 * A threshold's sentence, unit and source in `locale`; the value and name as they are. English is
 * the rule's own sentence and source; Korean and Russian fill the templates with the value and
 * the params.
 */
export function thresholdIn(threshold: Threshold, locale: Locale): ThresholdInLanguage {
  if (locale === 'en') return threshold;
  const words = THRESHOLD_TEXT[locale];
  const params = { value: threshold.value, ...threshold.params };
  return {
    ...threshold,
    unit: words.unit[threshold.unit],
    description: renderMessage(locale, words.text[threshold.name], params),
    source: renderMessage(locale, words.source[threshold.name], params),
  };
}

/** describeRules() with each rule's title, description and thresholds' sentences in `locale`. */
export function describeRulesIn(locale: Locale): RuleDescriptionIn[] {
  return RULES.map((rule) => ({ ...rule.description, ...ruleText(rule.description.id, locale), thresholds: rule.description.thresholds.map((t) => thresholdIn(t, locale)) }));
}
