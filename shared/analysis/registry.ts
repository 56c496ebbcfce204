import type { Rule } from './context';
import { asymmetry } from './rules/asymmetry';
import { cheekboneConcentration } from './rules/cheekbone-concentration';
import { crowding } from './rules/crowding';
import { dangerZone } from './rules/danger-zone';
import { deepPath } from './rules/deep-path';
import { entryDimpling } from './rules/entry-dimpling';
import { gravityDirection } from './rules/gravity-direction';
import { lengthMismatch } from './rules/length-mismatch';
import { muscleConflict } from './rules/muscle-conflict';
import { productExpiry } from './rules/product-expiry';
import { overTension } from './rules/over-tension';
import { smoothThreadLift } from './rules/smooth-thread-lift';
import { superficialPath } from './rules/superficial-path';
import { threadCount } from './rules/thread-count';
import { weakFixation } from './rules/weak-fixation';
import type { RuleDescription } from './types';

/** Every rule, in the order of RULE_IDS (types.ts). A test checks the two lists match. */
export const RULES: readonly Rule[] = [
  cheekboneConcentration,
  superficialPath,
  deepPath,
  entryDimpling,
  muscleConflict,
  dangerZone,
  weakFixation,
  smoothThreadLift,
  overTension,
  crowding,
  lengthMismatch,
  gravityDirection,
  asymmetry,
  threadCount,
  productExpiry,
];

/** What `vectorlift rules` and docs/rules.md print: each rule with its documented thresholds. */
export function describeRules(): RuleDescription[] {
  return RULES.map((rule) => rule.description);
}
