import type { Locale } from '../../i18n/locale';
import { RULES } from '../registry';
import type { RuleDescription, RuleId } from '../types';
import { RULE_TEXT_KO } from './ko';
import { RULE_TEXT_RU } from './ru';
import type { RuleText, RuleTextTable } from './types';

/**
 * The rules' titles and descriptions per language, for the rule lists (the training browser,
 * `vectorlift rules --lang`). English is each rule's own `description` (registry.ts), written
 * once; Korean and Russian are tables on RULE_IDS. Threshold descriptions stay English: they are
 * the rules' documentation (docs/rules.md), and docs/languages.md says so.
 */

export type { RuleText, RuleTextTable };

const TRANSLATED: Readonly<Record<Exclude<Locale, 'en'>, RuleTextTable>> = { ko: RULE_TEXT_KO, ru: RULE_TEXT_RU };

const ENGLISH: ReadonlyMap<RuleId, RuleText> = new Map(RULES.map((r) => [r.description.id, { title: r.description.title, description: r.description.description }]));

/** A rule's title and description in `locale`. */
export function ruleText(id: RuleId, locale: Locale): RuleText {
  if (locale === 'en') return ENGLISH.get(id) ?? { title: id, description: '' };
  return TRANSLATED[locale][id];
}

/** A rule's title in `locale` ("Over-tension", "과도한 장력", "Избыточное натяжение"). */
export const ruleTitle = (id: RuleId, locale: Locale): string => ruleText(id, locale).title;

/** describeRules() with each rule's title and description in `locale` (thresholds as they are). */
export function describeRulesIn(locale: Locale): RuleDescription[] {
  return RULES.map((rule) => ({ ...rule.description, ...ruleText(rule.description.id, locale) }));
}
