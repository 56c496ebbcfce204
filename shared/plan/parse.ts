import { planError, pointerFromSegments, type PlanError, type PlanErrorText } from './errors';
import { valueDescription } from './error-text/render';
import {
  findExcessiveNesting,
  findJsonSyntaxError,
  lineColumnAt,
  locateJsonPointer,
  utf8ByteLength,
} from './json-text';
import { MAX_NESTING_DEPTH, MAX_PLAN_FILE_BYTES } from './limits';
import { MIGRATIONS, applyMigrations, type Migration } from './migrations';
import { sizeRefusalText } from './plan-file';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, type PlanDocument } from './types';
import { refusalText, validatePlanDetailed, type ValidateOptions } from './validate';

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
    return fail({ key: 'read.failed', params: { reason: why } }, '', null, null);
  }
}

function fail(why: PlanErrorText, path: string, line: number | null, column: number | null): ParseResult {
  return { ok: false, error: planError(why, path, line, column) };
}

function failAt(text: string, offset: number, why: PlanErrorText, path = ''): ParseResult {
  const { line, column } = lineColumnAt(text, offset);
  return fail(why, path, line, column);
}

function parseUnguarded(rawText: string, options: ParseOptions): ParseResult {
  if (typeof rawText !== 'string') return fail({ key: 'read.notText' }, '', null, null);
  // A JS string of n code units is between n and 3n UTF-8 bytes: count only when it matters.
  const bytes = rawText.length * 3 <= MAX_PLAN_FILE_BYTES ? 0 : utf8ByteLength(rawText);
  if (bytes > MAX_PLAN_FILE_BYTES) {
    return fail(sizeRefusalText(bytes, MAX_PLAN_FILE_BYTES), '', null, null);
  }
  // Editors on Windows may save a byte-order mark; it is not part of the JSON.
  const text = rawText.startsWith(BOM) ? ' ' + rawText.slice(1) : rawText;

  const deep = findExcessiveNesting(text, MAX_NESTING_DEPTH);
  if (deep !== null) {
    return failAt(text, deep, { key: 'read.nestedTooDeep', params: { max: MAX_NESTING_DEPTH } });
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
  if (!migrated.ok) return fail(migrated.text, migrated.path, null, null);

  const checked = validatePlanDetailed(migrated.doc, options);
  if (checked.ok) return { ok: true, plan: checked.plan, migratedFrom: migrated.migratedFrom };

  const { refusal } = checked;
  const path = pointerFromSegments(refusal.segments);
  // Line and column refer to the file as written; after a migration that moved fields the paths
  // may not match it (a migration that only added fields keeps them).
  if (!migrated.keepsPaths) return fail(refusalText(refusal), path, null, null);
  const found = locateJsonPointer(text, refusal.segments.map(String));
  if (!found) return fail(refusalText(refusal), path, null, null);
  // Quote numbers as written: 1e400 parses to Infinity, and "got Infinity" would puzzle the reader.
  const raw = typeof refusal.got?.value === 'number' && found.depth === refusal.segments.length ? found.raw : undefined;
  const { line, column } = lineColumnAt(text, found.offset);
  return fail(refusalText(refusal, raw), path, line, column);
}

/** Is this a VectorLift plan at all, and one this version can read? */
function checkIdentity(text: string, doc: unknown, oldestVersion: number, currentVersion: number): ParseResult | null {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    // "null", "a list" (its length does not matter here), or "a number" / "a string" ...
    const whatItIs: Pick<PlanErrorText, 'words' | 'values'> =
      doc === null
        ? { words: { what: 'identity.what.null' } }
        : Array.isArray(doc)
          ? { words: { what: 'identity.what.list' } }
          : { values: { what: { kind: 'type', type: typeof doc } } };
    return failAt(text, text.length - text.trimStart().length, { key: 'identity.notObject', ...whatItIs });
  }
  const d = doc as Record<string, unknown>;
  const where = (key: string): { line: number | null; column: number | null; raw: string | null } => {
    const found = locateJsonPointer(text, [key]);
    return found && found.depth === 1
      ? { ...lineColumnAt(text, found.offset), raw: found.raw }
      : { line: null, column: null, raw: null };
  };
  if (!('format' in d)) return fail({ key: 'identity.noFormat', params: { format: PLAN_FORMAT } }, '/format', null, null);
  if (d.format !== PLAN_FORMAT) {
    const { line, column } = where('format');
    return fail({ key: 'identity.wrongFormat', params: { format: PLAN_FORMAT }, values: { got: valueDescription(d.format) } }, '/format', line, column);
  }
  if (!('schemaVersion' in d)) return fail({ key: 'identity.noSchemaVersion' }, '/schemaVersion', null, null);
  const v = d.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < oldestVersion) {
    const { line, column, raw } = where('schemaVersion');
    // quote numbers as written (1e400 would otherwise read as "Infinity")
    const got = typeof v === 'number' && raw !== null ? { kind: 'quoted' as const, text: raw } : valueDescription(v);
    return fail({ key: 'identity.schemaVersion', params: { min: oldestVersion }, got }, '/schemaVersion', line, column);
  }
  if (v > currentVersion) {
    const { line, column } = where('schemaVersion');
    return fail({ key: 'identity.newer', params: { version: v, current: currentVersion } }, '/schemaVersion', line, column);
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
  if (e instanceof RangeError) return fail({ key: 'read.nestedUnreadable' }, '', null, null);
  const message = e instanceof Error ? e.message : String(e);
  const scanned = findJsonSyntaxError(text);
  if (/Unexpected end of JSON input/i.test(message) || scanned?.truncated) {
    return failAt(text, text.length, { key: scanned?.text.key === 'json.empty' ? 'json.empty' : 'json.truncated' });
  }
  const pos = v8Position(text, message);
  if (scanned && (pos === null || pos === scanned.offset)) return failAt(text, scanned.offset, scanned.text);
  // The engine and our scan disagree (or the scan found nothing): trust the engine's position.
  const detail = message.replace(/\s+in JSON at position \d+.*$/s, '').replace(/,\s*".*" is not valid JSON$/s, '');
  const clean = detail.charAt(0).toLowerCase() + detail.slice(1);
  return pos === null ? fail(invalidJson(clean), '', null, null) : failAt(text, pos, invalidJson(clean));
}

/**
 * "is not valid JSON: <what the engine says>", only when V8 and our grammar scan disagree (the
 * scan's own findings are keys of the tables, in every language). V8's detail is English;
 * Korean and Russian say the file is not valid JSON and give the line and column without it.
 */
const invalidJson = (detail: string): PlanErrorText => ({ key: 'json.invalid', params: { detail } });

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
