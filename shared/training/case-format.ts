import { RULE_IDS, type RuleId } from '../analysis/types';
import { planError, pointerFromSegments, type PlanError, type PlanErrorText } from '../plan/errors';
import { valueDescription } from '../plan/error-text/render';
import { findExcessiveNesting, findJsonSyntaxError, lineColumnAt, locateJsonPointer, utf8ByteLength } from '../plan/json-text';
import { CASE_ID_MAX_LENGTH, CASE_ID_PATTERN } from './case-files';
import { isMistakeId, type MistakeId } from './mistakes';
import { CASE_AREAS, CASE_FORMAT, CASE_SCHEMA_VERSION, type CaseArea, type TeachingNotes, type TrainingCase } from './types';

/**
 * Reading and writing `case.json`. parseCaseText never throws: it returns the case or ONE problem
 * with its JSON pointer (and line and column when known), in the same shape as a plan error so
 * formatPlanError prints both the same way, in the reader's language (the refusals are keys of
 * the plan-error tables, shared/plan/error-text/, 'case.*').
 *
 * Limits below are DESIGN CHOICES, not clinical facts: far above any real case (the longest
 * teaching note in the library is under 1,000 characters), low enough that a damaged or hostile
 * file is refused at once.
 */
export type CaseError = PlanError;

export type CaseParseResult = { ok: true; case: TrainingCase } | { ok: false; error: CaseError };

export const CASE_LIMITS = {
  /** Largest case.json read, bytes. The designs are separate files, so a case file is small. */
  maxFileBytes: 200_000,
  /** A case nests three levels (case > teaching > text); anything far deeper is not a case. */
  maxNesting: 16,
  maxIdLength: CASE_ID_MAX_LENGTH,
  maxTitleLength: 200,
  maxSummaryLength: 1_000,
  maxTeachingLength: 5_000,
  maxFileNameLength: 100,
} as const;

export { CASE_ID_PATTERN };
/** A plain file name next to case.json: no folders, no leading dot, ending in .vlift. */
export const CASE_PLAN_FILE_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]*\.vlift$/;

export const CASE_KEYS = ['format', 'schemaVersion', 'id', 'title', 'area', 'rules', 'mistakes', 'summary', 'teaching', 'poor', 'corrected'] as const;
export const TEACHING_KEYS = ['whatIsWrong', 'whyItMatters', 'whatTheCorrectionChanges'] as const;
const OPTIONAL_KEYS: ReadonlySet<string> = new Set(['mistakes']);

/** A refusal found while checking the parsed value: what, and where (pointer segments). */
class Refusal {
  constructor(
    readonly segments: readonly (string | number)[],
    readonly text: PlanErrorText,
  ) {}
}

/** "... (got 1e400)": a problem with the offending value described after it. */
const got = (text: PlanErrorText, value: unknown): PlanErrorText => ({ ...text, got: valueDescription(value) });

/** Read case.json text. Never throws. */
export function parseCaseText(text: string): CaseParseResult {
  try {
    return parseUnguarded(text);
  } catch (e) {
    // Nothing below is expected to throw; the contract is "never throws" all the same.
    return fail({ key: 'case.unreadable', params: { detail: e instanceof Error ? e.message : String(e) } }, '', null);
  }
}

/** Check a value already parsed from JSON (e.g. built in the app). Never throws. */
export function validateCase(value: unknown): CaseParseResult {
  try {
    return { ok: true, case: checkCase(value) };
  } catch (e) {
    if (e instanceof Refusal) return fail(e.text, pointerFromSegments(e.segments), null);
    return fail({ key: 'case.unreadable', params: { detail: e instanceof Error ? e.message : String(e) } }, '', null);
  }
}

/** case.json text: keys in the documented order, 2-space indent, trailing newline. */
export function serializeCase(trainingCase: TrainingCase): string {
  const c = trainingCase;
  const canonical: TrainingCase = {
    format: c.format,
    schemaVersion: c.schemaVersion,
    id: c.id,
    title: c.title,
    area: c.area,
    rules: [...c.rules],
    mistakes: [...c.mistakes],
    summary: c.summary,
    teaching: {
      whatIsWrong: c.teaching.whatIsWrong,
      whyItMatters: c.teaching.whyItMatters,
      whatTheCorrectionChanges: c.teaching.whatTheCorrectionChanges,
    },
    poor: c.poor,
    corrected: c.corrected,
  };
  return JSON.stringify(canonical, null, 2) + '\n';
}

function fail(text: PlanErrorText, path: string, position: { line: number; column: number } | null): CaseParseResult {
  return { ok: false, error: planError(text, path, position?.line ?? null, position?.column ?? null) };
}

function parseUnguarded(rawText: string): CaseParseResult {
  if (typeof rawText !== 'string') return fail({ key: 'read.notText' }, '', null);
  const bytes = rawText.length * 3 <= CASE_LIMITS.maxFileBytes ? 0 : utf8ByteLength(rawText);
  if (bytes > CASE_LIMITS.maxFileBytes) {
    return fail({ key: 'case.tooLarge', params: { size: Math.round(bytes / 1000), max: CASE_LIMITS.maxFileBytes / 1000 } }, '', null);
  }
  const text = rawText.startsWith('\uFEFF') ? ' ' + rawText.slice(1) : rawText;
  const deep = findExcessiveNesting(text, CASE_LIMITS.maxNesting);
  if (deep !== null) return fail({ key: 'case.nestedTooDeep', params: { max: CASE_LIMITS.maxNesting } }, '', lineColumnAt(text, deep));

  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    const problem = findJsonSyntaxError(text);
    if (problem === null) return fail({ key: 'case.notJson' }, '', null);
    const what: PlanErrorText = problem.text.key === 'json.truncated' ? { key: 'case.truncated' } : problem.text;
    return fail(what, '', lineColumnAt(text, problem.offset));
  }

  try {
    return { ok: true, case: checkCase(doc) };
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    const found = locateJsonPointer(text, e.segments.map(String));
    return fail(e.text, pointerFromSegments(e.segments), found ? lineColumnAt(text, found.offset) : null);
  }
}

function checkCase(doc: unknown): TrainingCase {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new Refusal([], { key: 'case.notObject', values: { what: valueDescription(doc) } });
  }
  const d = doc as Record<string, unknown>;
  if (!('format' in d)) throw new Refusal(['format'], { key: 'case.noFormat', params: { format: CASE_FORMAT } });
  if (d.format !== CASE_FORMAT) {
    const key = d.format === 'vectorlift-plan' ? 'case.wrongFormatPlan' : 'case.wrongFormat';
    throw new Refusal(['format'], { key, params: { format: CASE_FORMAT }, values: { got: valueDescription(d.format) } });
  }
  const v = d.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    throw new Refusal(['schemaVersion'], got({ key: 'identity.schemaVersion', params: { min: 1 } }, v));
  }
  if (v > CASE_SCHEMA_VERSION) {
    throw new Refusal(['schemaVersion'], { key: 'case.newer', params: { version: v, max: CASE_SCHEMA_VERSION } });
  }
  for (const key of Object.keys(d)) {
    if (!(CASE_KEYS as readonly string[]).includes(key)) throw new Refusal([key], { key: 'case.unknownField', params: { field: JSON.stringify(key.slice(0, 60)), known: CASE_KEYS.join(', ') } });
  }
  for (const key of CASE_KEYS) {
    if (!(key in d) && !OPTIONAL_KEYS.has(key)) throw new Refusal([key], { key: 'case.missingField', params: { field: key } });
  }

  const id = text(d.id, ['id'], CASE_LIMITS.maxIdLength);
  if (!CASE_ID_PATTERN.test(id)) throw new Refusal(['id'], got({ key: 'case.id' }, id));
  const area = d.area;
  if (typeof area !== 'string' || !(CASE_AREAS as readonly string[]).includes(area)) {
    throw new Refusal(['area'], got({ key: 'case.area', params: { areas: CASE_AREAS.join(', ') } }, area));
  }
  const poor = planFile(d.poor, 'poor');
  const corrected = planFile(d.corrected, 'corrected');
  if (poor === corrected) throw new Refusal(['corrected'], { key: 'case.sameFiles', params: { name: JSON.stringify(poor) } });
  return {
    format: CASE_FORMAT,
    schemaVersion: CASE_SCHEMA_VERSION,
    id,
    title: text(d.title, ['title'], CASE_LIMITS.maxTitleLength),
    area: area as CaseArea,
    rules: ruleList(d.rules),
    mistakes: mistakeList(d.mistakes),
    summary: text(d.summary, ['summary'], CASE_LIMITS.maxSummaryLength),
    teaching: teaching(d.teaching),
    poor,
    corrected,
  };
}

/** A non-blank string of at most `max` characters. */
function text(value: unknown, at: readonly (string | number)[], max: number): string {
  if (typeof value !== 'string') throw new Refusal(at, got({ key: 'case.notText' }, value));
  if (value.trim() === '') throw new Refusal(at, { key: 'case.empty' });
  if (value.length > max) throw new Refusal(at, { key: 'case.tooLong', params: { length: value.length, max } });
  return value;
}

function ruleList(value: unknown): RuleId[] {
  if (!Array.isArray(value)) throw new Refusal(['rules'], got({ key: 'case.rulesNotList' }, value));
  if (value.length === 0) throw new Refusal(['rules'], { key: 'case.noRules' });
  const seen = new Set<string>();
  value.forEach((rule, i) => {
    if (typeof rule !== 'string' || !(RULE_IDS as readonly string[]).includes(rule)) {
      throw new Refusal(['rules', i], { key: 'case.unknownRule', params: { rules: RULE_IDS.join(', ') }, values: { rule: valueDescription(rule) } });
    }
    if (seen.has(rule)) throw new Refusal(['rules', i], { key: 'case.ruleTwice', params: { rule: JSON.stringify(rule) } });
    seen.add(rule);
  });
  return RULE_IDS.filter((id) => seen.has(id));
}

function mistakeList(value: unknown): MistakeId[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Refusal(['mistakes'], got({ key: 'case.mistakesNotList' }, value));
  const seen = new Set<MistakeId>();
  value.forEach((m, i) => {
    if (!isMistakeId(m)) throw new Refusal(['mistakes', i], { key: 'case.unknownMistake', values: { mistake: valueDescription(m) } });
    if (seen.has(m)) throw new Refusal(['mistakes', i], { key: 'case.mistakeTwice', params: { mistake: JSON.stringify(m) } });
    seen.add(m);
  });
  return [...seen];
}

function teaching(value: unknown): TeachingNotes {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Refusal(['teaching'], got({ key: 'case.teachingNotObject', params: { keys: TEACHING_KEYS.join(', ') } }, value));
  }
  const t = value as Record<string, unknown>;
  for (const key of Object.keys(t)) {
    if (!(TEACHING_KEYS as readonly string[]).includes(key)) {
      throw new Refusal(['teaching', key], { key: 'case.unknownTeachingField', params: { field: JSON.stringify(key.slice(0, 60)), known: TEACHING_KEYS.join(', ') } });
    }
  }
  const note = (key: (typeof TEACHING_KEYS)[number]): string => {
    if (!(key in t)) throw new Refusal(['teaching', key], { key: 'case.missingTeachingField', params: { field: key } });
    return text(t[key], ['teaching', key], CASE_LIMITS.maxTeachingLength);
  };
  return { whatIsWrong: note('whatIsWrong'), whyItMatters: note('whyItMatters'), whatTheCorrectionChanges: note('whatTheCorrectionChanges') };
}

function planFile(value: unknown, key: 'poor' | 'corrected'): string {
  const name = text(value, [key], CASE_LIMITS.maxFileNameLength);
  if (!CASE_PLAN_FILE_PATTERN.test(name)) {
    throw new Refusal([key], got({ key: 'case.planFile', params: { example: `${key}.vlift` } }, name));
  }
  return name;
}
