import { FINDING_TEXT_KO } from '../analysis/messages/ko';
import { WORDS_KO } from '../analysis/messages/words-ko';
import { RULE_TEXT_KO } from '../analysis/rule-text/ko';
import { THRESHOLD_SOURCE_KO } from '../analysis/rule-text/sources-ko';
import { THRESHOLD_TEXT_KO, THRESHOLD_UNIT_KO } from '../analysis/rule-text/thresholds-ko';
import { STRUCTURE_NAMES_KO } from '../atlas/names/ko';
import { IPC_REFUSAL_KO } from '../ipc/refusal-text/ko';
import { PLAN_ERROR_KO } from '../plan/error-text/ko';
import { DEFAULT_RECORD_TEXTS_KO } from '../record/record-texts-ko';
import type { LanguageTables } from './language-tables';

/** Korean: the tables of shared code, in one chunk that loads when Korean is first used (./language-tables.ts). */
export const TABLES_KO: LanguageTables = {
  findingText: FINDING_TEXT_KO,
  findingWords: WORDS_KO,
  ruleText: RULE_TEXT_KO,
  thresholdText: THRESHOLD_TEXT_KO,
  thresholdUnit: THRESHOLD_UNIT_KO,
  thresholdSource: THRESHOLD_SOURCE_KO,
  structureNames: STRUCTURE_NAMES_KO,
  planErrors: PLAN_ERROR_KO,
  ipcRefusals: IPC_REFUSAL_KO,
  recordTexts: DEFAULT_RECORD_TEXTS_KO,
};
