import type { PlanErrorText } from './error-text/render';
import { PLAN_SCHEMA_VERSION } from './types';

/**
 * Plan migrations: each step upgrades a parsed document from one schema version to the next.
 * They run on the raw parsed JSON BEFORE validation (validate.ts only knows the current shape),
 * so a step must cope with whatever an old file holds and must not assume it is valid.
 *
 * How to change the plan format:
 * 1. bump PLAN_SCHEMA_VERSION in types.ts;
 * 2. append `{ from: N, to: N + 1, migrate }` to MIGRATIONS below (pure: return a new object,
 *    never mutate the input);
 * 3. add tests/fixtures/plans/vN+1/ and keep every older fixture folder: each old valid fixture
 *    must still load (that is what tests/unit/shared/plan/fixtures.test.ts checks).
 *
 * Schema 1 is the first released version.
 * - 1 -> 2 (issue 11): photos. Adds `photos: []` and `photoScale: null`; nothing else changes.
 * - 2 -> 3 (issue 13): finalizing. Adds `revision: 1`, `signOff: null` and `finalRevisions: []`:
 *   an older plan is the first revision of a draft, as it was.
 */
export interface Migration {
  readonly from: number;
  readonly to: number;
  migrate(doc: unknown): unknown;
  /**
   * True when the step only adds fields, so every JSON pointer into the upgraded plan still
   * names the same value in the file as written: a refusal can then quote its line and column.
   */
  readonly keepsPaths?: boolean;
}

/** Schema 1 -> 2: a plan from before photos has none. */
const addPhotos: Migration = {
  from: 1,
  to: 2,
  migrate: (doc) => ({ ...(doc as Record<string, unknown>), photos: [], photoScale: null }),
  keepsPaths: true,
};

/** Schema 2 -> 3: a plan from before finalizing is the first revision, not yet final. */
const addRevisions: Migration = {
  from: 2,
  to: 3,
  migrate: (doc) => ({ ...(doc as Record<string, unknown>), revision: 1, signOff: null, finalRevisions: [] }),
  keepsPaths: true,
};

export const MIGRATIONS: readonly Migration[] = [addPhotos, addRevisions];

export type MigrationResult =
  | { ok: true; doc: unknown; migratedFrom: number | null; keepsPaths: boolean }
  | { ok: false; text: PlanErrorText; path: string };

/**
 * Run `chain` on `doc` until it reaches `target`. Takes the chain and target as arguments so
 * tests can exercise the mechanism with a synthetic chain while the real one is empty.
 * The document's schemaVersion must already have been checked to be an integer <= target.
 * Never throws: a step that throws or returns a non-object is reported as a failure.
 */
export function applyMigrations(doc: unknown, chain: readonly Migration[], target: number): MigrationResult {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { ok: false, text: { key: 'migrate.notObject' }, path: '' };
  }
  const start = (doc as { schemaVersion?: unknown }).schemaVersion;
  if (typeof start !== 'number' || !Number.isInteger(start)) {
    return { ok: false, text: { key: 'migrate.notWhole' }, path: '/schemaVersion' };
  }
  let current: unknown = doc;
  let version = start;
  let keepsPaths = true;
  // Each step must advance the version, so this loop ends after at most chain.length steps.
  for (let steps = 0; version < target; steps++) {
    const step = chain.find((m) => m.from === version);
    if (!step || step.to <= step.from || steps >= chain.length) {
      return { ok: false, text: { key: 'migrate.noStep', params: { version } }, path: '/schemaVersion' };
    }
    let next: unknown;
    try {
      next = step.migrate(current);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return { ok: false, text: { key: 'migrate.threw', params: { from: step.from, to: step.to, reason: why } }, path: '' };
    }
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      return { ok: false, text: { key: 'migrate.noPlan', params: { from: step.from, to: step.to } }, path: '' };
    }
    // The runner, not each step, stamps the version, so a step cannot forget it.
    current = { ...(next as Record<string, unknown>), schemaVersion: step.to };
    version = step.to;
    keepsPaths &&= step.keepsPaths === true;
  }
  if (version !== target) {
    return { ok: false, text: { key: 'migrate.stopped', params: { version, target } }, path: '/schemaVersion' };
  }
  return { ok: true, doc: current, migratedFrom: start === target ? null : start, keepsPaths };
}

/** Upgrade a parsed document to PLAN_SCHEMA_VERSION with the real chain. */
export function migrateToCurrent(doc: unknown): MigrationResult {
  return applyMigrations(doc, MIGRATIONS, PLAN_SCHEMA_VERSION);
}
