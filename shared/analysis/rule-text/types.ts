import type { RuleId } from '../types';

/** A rule's title and description in one language (the thresholds keep their English, see docs/languages.md). */
export interface RuleText {
  readonly title: string;
  readonly description: string;
}

/** Every rule, typed on RULE_IDS: a rule added without its words in a language fails the type check. */
export type RuleTextTable = Readonly<Record<RuleId, RuleText>>;
