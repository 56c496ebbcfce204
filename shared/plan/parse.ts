import { describeValue, pointerFromSegments, type PlanError } from './errors';
import {
  findExcessiveNesting,
  findJsonSyntaxError,
  lineColumnAt,
  locateJsonPointer,
  utf8ByteLength,
} from './json-text';
import { MAX_NESTING_DEPTH, MAX_PLAN_FILE_BYTES } from './limits';
import { MIGRATIONS, applyMigrations, type Migration } from './migrations';
import { megabytes } from './plan-file';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, type PlanDocument } from './types';
import { refusalMessage, validatePlanDetailed, type ValidateOptions } from './validate';

export type { PlanError } from './errors';
export { formatPlanError } from './errors';

export type ParseResult =
  | { ok: true; plan: PlanDocument; migratedFrom: number | null }
  | { ok: false; error: PlanError };

export interface ParseOptions extends ValidateOptions {
  /** For tests of the migration mechanism only; defaults to the real chain and version. */
  readonly migrations?: readonly Migration[];
  readonly currentVersion?: number;
}

const BOM = '\uFEFF';


/**
 * Read a `.vlift` file's text into a plan. Never throws, whatever the string: it returns
 * either the plan (upgraded to the current schema if it was older) or ONE problem with where it
 * is. Order of checks: size, nesting, JSON syntax, that it is a VectorLift plan at all, its
 * schema version (newer files are refused, older ones migrated), then every field.
 */
export function parsePlanText(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseUnguarded(text, options);
  } catch (e) {
    // Belt and braces: nothing below is expected to throw, but the contract is "never throws".
    const why = e instanceof Error ? e.message : String(e);
    return fail(`could not be read (${why})`, '', null, null);
  }
}

function fail(message: string, path: string, line: number | null, column: number | null): ParseResult {
  return { ok: false, error: { message, path, line, column } };
}

function failAt(text: string, offset: number, message: string, path = ''): ParseResult {
  const { line, column } = lineColumnAt(text, offset);
  return fail(message, path, line, column);
}

function parseUnguarded(rawText: string, options: ParseOptions): ParseResult {
  if (typeof rawText !== 'string') return fail('is not text', '', null, null);
  // A JS string of n code units is between n and 3n UTF-8 bytes: count only when it matters.
  const bytes = rawText.length * 3 <= MAX_PLAN_FILE_BYTES ? 0 : utf8ByteLength(rawText);
  if (bytes > MAX_PLAN_FILE_BYTES) {
    return fail(`plan file is ${megabytes(bytes)}; the largest plan VectorLift opens is ${megabytes(MAX_PLAN_FILE_BYTES)}`, '', null, null);
  }
  // Editors on Windows may save a byte-order mark; it is not part of the JSON.
  const text = rawText.startsWith(BOM) ? ' ' + rawText.slice(1) : rawText;

  const deep = findExcessiveNesting(text, MAX_NESTING_DEPTH);
  if (deep !== null) {
    return failAt(text, deep, `nested too deeply (more than ${MAX_NESTING_DEPTH} levels of brackets); a plan nests only a few levels`);
  }

  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return syntaxFailure(text, e);
  }

  const chain = options.migrations ?? MIGRATIONS;
  const currentVersion = options.currentVersion ?? PLAN_SCHEMA_VERSION;
  // Schema 1 is the first release; a (test) chain may describe older, pre-release versions.
  const oldestVersion = Math.min(1, ...chain.map((m) => m.from));
  const shape = checkIdentity(text, doc, oldestVersion, currentVersion);
  if (shape) return shape;

  const migrated = applyMigrations(doc, chain, currentVersion);
  if (!migrated.ok) return fail(migrated.message, migrated.path, null, null);

  const checked = validatePlanDetailed(migrated.doc, options);
  if (checked.ok) return { ok: true, plan: checked.plan, migratedFrom: migrated.migratedFrom };

  const { refusal } = checked;
  const path = pointerFromSegments(refusal.segments);
  // Line and column refer to the file as written; after a migration that moved fields the paths
  // may not match it (a migration that only added fields keeps them).
  if (!migrated.keepsPaths) return fail(refusalMessage(refusal), path, null, null);
  const found = locateJsonPointer(text, refusal.segments.map(String));
  if (!found) return fail(refusalMessage(refusal), path, null, null);
  // Quote numbers as written: 1e400 parses to Infinity, and "got Infinity" would puzzle the reader.
  const raw = typeof refusal.got?.value === 'number' && found.depth === refusal.segments.length ? found.raw : undefined;
  const { line, column } = lineColumnAt(text, found.offset);
  return fail(refusalMessage(refusal, raw), path, line, column);
}

/** Is this a VectorLift plan at all, and one this version can read? */
function checkIdentity(text: string, doc: unknown, oldestVersion: number, currentVersion: number): ParseResult | null {
  const whatItIs = doc === null ? 'null' : Array.isArray(doc) ? 'a list' : typeof doc === 'object' ? 'an object' : `a ${typeof doc}`;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return failAt(text, text.length - text.trimStart().length, `is not a VectorLift plan: the file holds ${whatItIs}, not a plan object`);
  }
  const d = doc as Record<string, unknown>;
  const where = (key: string): { line: number | null; column: number | null; raw: string } => {
    const found = locateJsonPointer(text, [key]);
    return found && found.depth === 1
      ? { ...lineColumnAt(text, found.offset), raw: found.raw }
      : { line: null, column: null, raw: describeValue(d[key]) };
  };
  if (!('format' in d)) return fail(`is not a VectorLift plan: it has no "format" field (expected "${PLAN_FORMAT}")`, '/format', null, null);
  if (d.format !== PLAN_FORMAT) {
    const { line, column } = where('format');
    return fail(`is not a VectorLift plan: format is ${describeValue(d.format)}, expected "${PLAN_FORMAT}"`, '/format', line, column);
  }
  if (!('schemaVersion' in d)) return fail('missing field "schemaVersion" (required in a VectorLift plan)', '/schemaVersion', null, null);
  const v = d.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < oldestVersion) {
    const { line, column, raw } = where('schemaVersion');
    // quote numbers as written (1e400 would otherwise read as "Infinity")
    const got = typeof v === 'number' ? raw : describeValue(v);
    return fail(`must be a whole number from ${oldestVersion} (got ${got})`, '/schemaVersion', line, column);
  }
  if (v > currentVersion) {
    const { line, column } = where('schemaVersion');
    return fail(
      `this plan was made by a newer version of VectorLift (schema ${v}; this version reads up to ${currentVersion}); update VectorLift to open it`,
      '/schemaVersion', line, column,
    );
  }
  return null;
}

/**
 * Turn a JSON.parse failure into a message with line and column. The position comes from V8's
 * message when it carries one ("... in JSON at position 12", newer engines "(line 3 column 5)").
 * Some V8 messages carry none ("Unexpected token 'x', "..." is not valid JSON"), and their
 * wording differs between Node and Chromium, so the plain-words description and the fallback
 * position come from our own grammar scan (json-text.ts).
 */
function syntaxFailure(text: string, e: unknown): ParseResult {
  if (e instanceof RangeError) return fail('nested too deeply to read', '', null, null);
  const message = e instanceof Error ? e.message : String(e);
  const scanned = findJsonSyntaxError(text);
  if (/Unexpected end of JSON input/i.test(message) || scanned?.truncated) {
    const problem = scanned?.problem === 'the file is empty' ? 'the file is empty' : 'the file ends before the plan does (it looks truncated)';
    return failAt(text, text.length, `is not valid JSON: ${problem}`);
  }
  const pos = v8Position(text, message);
  if (scanned && (pos === null || pos === scanned.offset)) return failAt(text, scanned.offset, `is not valid JSON: ${scanned.problem}`);
  // The engine and our scan disagree (or the scan found nothing): trust the engine's position.
  const detail = message.replace(/\s+in JSON at position \d+.*$/s, '').replace(/,\s*".*" is not valid JSON$/s, '');
  const clean = detail.charAt(0).toLowerCase() + detail.slice(1);
  return pos === null ? fail(`is not valid JSON: ${clean}`, '', null, null) : failAt(text, pos, `is not valid JSON: ${clean}`);
}

/** The offset in V8's JSON.parse message ("... at position 12" or "(line 3 column 5)"), or null. */
export function v8Position(text: string, message: string): number | null {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    let offset = 0;
    for (let line = 1; line < Number(lc[1]); line++) {
      const nl = text.indexOf('\n', offset);
      if (nl < 0) return null;
      offset = nl + 1;
    }
    return offset + Number(lc[2]) - 1;
  }
  const p = /at position (\d+)/.exec(message);
  return p ? Math.min(Number(p[1]), text.length) : null;
}
