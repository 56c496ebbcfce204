import { FINDING_TEXT_RU } from '../analysis/messages/ru';
import { WORDS_RU } from '../analysis/messages/words-ru';
import { RULE_TEXT_RU } from '../analysis/rule-text/ru';
import { THRESHOLD_SOURCE_RU } from '../analysis/rule-text/sources-ru';
import { THRESHOLD_TEXT_RU, THRESHOLD_UNIT_RU } from '../analysis/rule-text/thresholds-ru';
import { STRUCTURE_NAMES_RU } from '../atlas/names/ru';
import { IPC_REFUSAL_RU } from '../ipc/refusal-text/ru';
import { PLAN_ERROR_RU } from '../plan/error-text/ru';
import { DEFAULT_RECORD_TEXTS_RU } from '../record/record-texts-ru';
import type { LanguageTables } from './language-tables';

/** Russian: the tables of shared code, in one chunk that loads when Russian is first used (./language-tables.ts). */
export const TABLES_RU: LanguageTables = {
  findingText: FINDING_TEXT_RU,
  findingWords: WORDS_RU,
  ruleText: RULE_TEXT_RU,
  thresholdText: THRESHOLD_TEXT_RU,
  thresholdUnit: THRESHOLD_UNIT_RU,
  thresholdSource: THRESHOLD_SOURCE_RU,
  structureNames: STRUCTURE_NAMES_RU,
  planErrors: PLAN_ERROR_RU,
  ipcRefusals: IPC_REFUSAL_RU,
  recordTexts: DEFAULT_RECORD_TEXTS_RU,
};
