import type { RuleDescription, RuleId, Threshold } from '../types';

/** A rule's title and description in one language. */
export interface RuleText {
  readonly title: string;
  readonly description: string;
}

/** Every rule, typed on RULE_IDS: a rule added without its words in a language fails the type check. */
export type RuleTextTable = Readonly<Record<RuleId, RuleText>>;

/** A threshold as a language writes it: the unit is words ("мм", "доля"), not the English unit key. */
export interface ThresholdInLanguage extends Omit<Threshold, 'unit'> {
  readonly unit: string;
}

/** A rule's description in one language, for the rule lists and `vectorlift rules --lang`. */
export interface RuleDescriptionIn extends Omit<RuleDescription, 'thresholds'> {
  readonly thresholds: readonly ThresholdInLanguage[];
}
