import { languageTables } from '../../i18n/language-tables';
import type { Locale } from '../../i18n/locale';
import { renderMessage } from '../../i18n/message';
import { RULES } from '../registry';
import type { RuleId, Threshold } from '../types';
import type { RuleDescriptionIn, RuleText, RuleTextTable, ThresholdInLanguage } from './types';

/**
 * The rules' titles and descriptions per language, for the rule lists (the training browser,
 * `vectorlift rules --lang`). English is each rule's own `description` (registry.ts), written
 * once; Korean and Russian are tables on RULE_IDS, and the thresholds' sentences and units tables
 * on their names (threshold-keys.ts), and so are the thresholds' sources (sources-ko.ts,
 * sources-ru.ts: the reasoning translated, the citations as published). Those tables load with
 * their language (shared/i18n/language-tables.ts).
 */

export type { RuleDescriptionIn, RuleText, RuleTextTable, ThresholdInLanguage };

const ENGLISH: ReadonlyMap<RuleId, RuleText> = new Map(RULES.map((r) => [r.description.id, { title: r.description.title, description: r.description.description }]));

/** A rule's title and description in `locale`. */
export function ruleText(id: RuleId, locale: Locale): RuleText {
  if (locale === 'en') return ENGLISH.get(id) ?? { title: id, description: '' };
  return languageTables(locale).ruleText[id];
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
  const words = languageTables(locale);
  const params = { value: threshold.value, ...threshold.params };
  return {
    ...threshold,
    unit: words.thresholdUnit[threshold.unit],
    description: renderMessage(locale, words.thresholdText[threshold.name], params),
    source: renderMessage(locale, words.thresholdSource[threshold.name], params),
  };
}

/** describeRules() with each rule's title, description and thresholds' sentences in `locale`. */
export function describeRulesIn(locale: Locale): RuleDescriptionIn[] {
  return RULES.map((rule) => ({ ...rule.description, ...ruleText(rule.description.id, locale), thresholds: rule.description.thresholds.map((t) => thresholdIn(t, locale)) }));
}
