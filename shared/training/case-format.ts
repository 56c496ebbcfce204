import { RULE_IDS, type RuleId } from '../analysis/types';
import { describeValue, pointerFromSegments, type PlanError } from '../plan/errors';
import { findExcessiveNesting, findJsonSyntaxError, lineColumnAt, locateJsonPointer, utf8ByteLength } from '../plan/json-text';
import { CASE_ID_MAX_LENGTH, CASE_ID_PATTERN } from './case-files';
import { isMistakeId, type MistakeId } from './mistakes';
import { CASE_AREAS, CASE_FORMAT, CASE_SCHEMA_VERSION, type CaseArea, type TeachingNotes, type TrainingCase } from './types';

/**
 * Reading and writing `case.json`. parseCaseText never throws: it returns the case or ONE problem
 * with its JSON pointer (and line and column when known), in the same shape as a plan error so
 * formatPlanError prints both the same way.
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
    readonly message: string,
  ) {}
}

/** Read case.json text. Never throws. */
export function parseCaseText(text: string): CaseParseResult {
  try {
    return parseUnguarded(text);
  } catch (e) {
    // Nothing below is expected to throw; the contract is "never throws" all the same.
    return fail(`could not be read (${e instanceof Error ? e.message : String(e)})`, '', null);
  }
}

/** Check a value already parsed from JSON (e.g. built in the app). Never throws. */
export function validateCase(value: unknown): CaseParseResult {
  try {
    return { ok: true, case: checkCase(value) };
  } catch (e) {
    if (e instanceof Refusal) return fail(e.message, pointerFromSegments(e.segments), null);
    return fail(`could not be read (${e instanceof Error ? e.message : String(e)})`, '', null);
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

function fail(message: string, path: string, position: { line: number; column: number } | null): CaseParseResult {
  return { ok: false, error: { message, path, line: position?.line ?? null, column: position?.column ?? null } };
}

function parseUnguarded(rawText: string): CaseParseResult {
  if (typeof rawText !== 'string') return fail('is not text', '', null);
  const bytes = rawText.length * 3 <= CASE_LIMITS.maxFileBytes ? 0 : utf8ByteLength(rawText);
  if (bytes > CASE_LIMITS.maxFileBytes) {
    return fail(`case file is ${Math.round(bytes / 1000)} kB; a training case file is at most ${CASE_LIMITS.maxFileBytes / 1000} kB (the designs are separate .vlift files)`, '', null);
  }
  const text = rawText.startsWith('\uFEFF') ? ' ' + rawText.slice(1) : rawText;
  const deep = findExcessiveNesting(text, CASE_LIMITS.maxNesting);
  if (deep !== null) return fail(`nested too deeply (more than ${CASE_LIMITS.maxNesting} levels); a case nests only a few levels`, '', lineColumnAt(text, deep));

  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    const problem = findJsonSyntaxError(text);
    if (problem === null) return fail('is not valid JSON', '', null);
    const what = problem.truncated && problem.problem !== 'the file is empty' ? 'the file ends before the case does (it looks truncated)' : problem.problem;
    return fail(`is not valid JSON: ${what}`, '', lineColumnAt(text, problem.offset));
  }

  try {
    return { ok: true, case: checkCase(doc) };
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    const found = locateJsonPointer(text, e.segments.map(String));
    return fail(e.message, pointerFromSegments(e.segments), found ? lineColumnAt(text, found.offset) : null);
  }
}

function checkCase(doc: unknown): TrainingCase {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new Refusal([], `is not a VectorLift training case: the file holds ${describeValue(doc)}, not a case object`);
  }
  const d = doc as Record<string, unknown>;
  if (!('format' in d)) throw new Refusal(['format'], `is not a VectorLift training case: it has no "format" field (expected "${CASE_FORMAT}")`);
  if (d.format !== CASE_FORMAT) {
    const hint = d.format === 'vectorlift-plan' ? ' (this is a plan; open it as a plan, or make a case from two plans)' : '';
    throw new Refusal(['format'], `is not a VectorLift training case: format is ${describeValue(d.format)}, expected "${CASE_FORMAT}"${hint}`);
  }
  const v = d.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    throw new Refusal(['schemaVersion'], `must be a whole number from 1 (got ${describeValue(v)})`);
  }
  if (v > CASE_SCHEMA_VERSION) {
    throw new Refusal(
      ['schemaVersion'],
      `this case was made by a newer version of VectorLift (case schema ${v}; this version reads up to ${CASE_SCHEMA_VERSION}); update VectorLift to open it`,
    );
  }
  for (const key of Object.keys(d)) {
    if (!(CASE_KEYS as readonly string[]).includes(key)) throw new Refusal([key], `unknown field ${JSON.stringify(key.slice(0, 60))} in a training case (known fields: ${CASE_KEYS.join(', ')})`);
  }
  for (const key of CASE_KEYS) {
    if (!(key in d) && !OPTIONAL_KEYS.has(key)) throw new Refusal([key], `missing field "${key}" (required in a training case)`);
  }

  const id = text(d.id, ['id'], CASE_LIMITS.maxIdLength);
  if (!CASE_ID_PATTERN.test(id)) throw new Refusal(['id'], `must be lower-case words of letters and digits joined by hyphens, e.g. "midface-converging-vectors" (got ${describeValue(id)})`);
  const area = d.area;
  if (typeof area !== 'string' || !(CASE_AREAS as readonly string[]).includes(area)) {
    throw new Refusal(['area'], `must be one of ${CASE_AREAS.join(', ')} (got ${describeValue(area)})`);
  }
  const poor = planFile(d.poor, 'poor');
  const corrected = planFile(d.corrected, 'corrected');
  if (poor === corrected) throw new Refusal(['corrected'], `must name a different file from "poor" (both are ${JSON.stringify(poor)})`);
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
  if (typeof value !== 'string') throw new Refusal(at, `must be text (got ${describeValue(value)})`);
  if (value.trim() === '') throw new Refusal(at, 'must not be empty');
  if (value.length > max) throw new Refusal(at, `is ${value.length} characters long; at most ${max} are allowed`);
  return value;
}

function ruleList(value: unknown): RuleId[] {
  if (!Array.isArray(value)) throw new Refusal(['rules'], `must be a list of rule ids (got ${describeValue(value)})`);
  if (value.length === 0) throw new Refusal(['rules'], 'must name at least one rule the poor design demonstrates');
  const seen = new Set<string>();
  value.forEach((rule, i) => {
    if (typeof rule !== 'string' || !(RULE_IDS as readonly string[]).includes(rule)) {
      throw new Refusal(['rules', i], `unknown rule id ${describeValue(rule)} (vectorlift rules lists them: ${RULE_IDS.join(', ')})`);
    }
    if (seen.has(rule)) throw new Refusal(['rules', i], `rule ${JSON.stringify(rule)} is listed twice`);
    seen.add(rule);
  });
  return RULE_IDS.filter((id) => seen.has(id));
}

function mistakeList(value: unknown): MistakeId[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Refusal(['mistakes'], `must be a list of mistake ids (got ${describeValue(value)})`);
  const seen = new Set<MistakeId>();
  value.forEach((m, i) => {
    if (!isMistakeId(m)) throw new Refusal(['mistakes', i], `unknown mistake id ${describeValue(m)} (docs/training-cases.md lists them)`);
    if (seen.has(m)) throw new Refusal(['mistakes', i], `mistake ${JSON.stringify(m)} is listed twice`);
    seen.add(m);
  });
  return [...seen];
}

function teaching(value: unknown): TeachingNotes {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Refusal(['teaching'], `must be an object with ${TEACHING_KEYS.join(', ')} (got ${describeValue(value)})`);
  }
  const t = value as Record<string, unknown>;
  for (const key of Object.keys(t)) {
    if (!(TEACHING_KEYS as readonly string[]).includes(key)) throw new Refusal(['teaching', key], `unknown field ${JSON.stringify(key.slice(0, 60))} in the teaching notes (known fields: ${TEACHING_KEYS.join(', ')})`);
  }
  const note = (key: (typeof TEACHING_KEYS)[number]): string => {
    if (!(key in t)) throw new Refusal(['teaching', key], `missing field "${key}" in the teaching notes`);
    return text(t[key], ['teaching', key], CASE_LIMITS.maxTeachingLength);
  };
  return { whatIsWrong: note('whatIsWrong'), whyItMatters: note('whyItMatters'), whatTheCorrectionChanges: note('whatTheCorrectionChanges') };
}

function planFile(value: unknown, key: 'poor' | 'corrected'): string {
  const name = text(value, [key], CASE_LIMITS.maxFileNameLength);
  if (!CASE_PLAN_FILE_PATTERN.test(name)) {
    throw new Refusal([key], `must be the file name of a .vlift plan next to case.json, without folders, e.g. "${key}.vlift" (got ${describeValue(name)})`);
  }
  return name;
}
