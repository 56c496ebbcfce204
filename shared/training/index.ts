/** Training mode's pure core: the case format, making cases, comparing designs, exercises, the library index. */
export * from './types';
export { MISTAKES, MISTAKE_IDS, isMistakeId, type MistakeId } from './mistakes';
export {
  parseCaseText,
  validateCase,
  serializeCase,
  CASE_LIMITS,
  CASE_KEYS,
  TEACHING_KEYS,
  CASE_ID_PATTERN,
  CASE_PLAN_FILE_PATTERN,
  type CaseError,
  type CaseParseResult,
} from './case-format';
export {
  makeTrainingCase,
  demonstratedRules,
  problemRules,
  CASE_FILE,
  POOR_FILE,
  CORRECTED_FILE,
  type MakeTrainingCaseInput,
  type MakeTrainingCaseResult,
  type TrainingCaseFiles,
} from './make-case';
export {
  diffPlans,
  matchFindings,
  SAME_POSITION_MM,
  fixationZoneName,
  type PlanDiff,
  type DiffOptions,
  type ThreadChange,
  type ThreadChangeKind,
  type ThreadMoved,
  type ThreadRef,
  type EntryPointMoved,
} from './plan-diff';
export { pairThreadsByGeometry, threadPairCost, MAX_PAIR_COST_MM, PAIR_SAMPLES, type ThreadPair } from './thread-pairing';
export { startExercise, recordEdit, type ExerciseState } from './exercise';
export { finishExercise, type ExerciseSummary } from './finish-exercise';
export { isProblem, problemsOf } from './problems';
export { caseTitle, caseSummary, caseTeaching, mistakeName, isBuiltInCaseId, BUILT_IN_CASE_IDS, type BuiltInCaseId, type CaseText } from './case-text';
export { describeChange, describeThreadMoved, describeThreadAdded, describeThreadRemoved, describeNumbering, describeEntryMoved, describeShift, fixationZoneWords, type Shift, type ThreadChangeDetail, type DiffNames, type DiffTarget } from './diff-text';
export {
  buildCaseIndex,
  caseIndexEntry,
  serializeCaseIndex,
  parseCaseIndexText,
  filterCases,
  CASE_INDEX_FORMAT,
  CASE_INDEX_SCHEMA_VERSION,
  type CaseIndex,
  type CaseIndexEntry,
  type CaseFilter,
  type CaseIndexParseResult,
} from './library';
