import { describe, expect, it } from 'vitest';
import { createEmptyPlan } from '../../../../shared/plan/factory';
import { MIGRATIONS, type Migration } from '../../../../shared/plan/migrations';
import { parsePlanText, type ParseResult } from '../../../../shared/plan/parse';
import { serializePlan } from '../../../../shared/plan/serialize';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION } from '../../../../shared/plan/types';

/**
 * Which refusal parsePlanText gives for a file that is not a current, valid plan, read from the
 * pointer, line and column it names (not its wording, which is becoming translatable keys): a
 * file that is not an object, a missing or foreign format, a schema version out of range, and a
 * field refused after a migration (quoted in the file as written only when the migration kept
 * the paths).
 */

const empty = createEmptyPlan({ title: 'T' }, '2025-03-01');
const json = (doc: unknown): string => JSON.stringify(doc, null, 2);

function refused(result: ParseResult) {
  if (result.ok) throw new Error('expected the plan to be refused');
  return result.error;
}

/** 1-based line and column of the first occurrence of `needle` in `text` (past `skip` characters of it). */
function where(text: string, needle: string, skip = 0): { line: number; column: number } {
  const found = text.indexOf(needle);
  expect(found).toBeGreaterThanOrEqual(0);
  const offset = found + skip;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Where the value written after `"key": ` starts: a refusal points at the value, not its key. */
const value = (text: string, key: string, written: string) => where(text, `"${key}": ${written}`, `"${key}": `.length);

describe('parsePlanText refusals, by where they point', () => {
  it('a file holding a list, null, text or a number points at where the value starts', () => {
    for (const value of ['[]', 'null', '"plan"', '3', '[{"format":"vectorlift-plan"}]']) {
      const text = `\n  ${value}`;
      expect(refused(parsePlanText(text)), value).toMatchObject({ path: '', line: 2, column: 3 });
    }
  });

  it('a missing format has no place in the file; a foreign one points at its value', () => {
    const { format: _format, ...noFormat } = empty;
    expect(refused(parsePlanText(json(noFormat)))).toMatchObject({ path: '/format', line: null, column: null });
    const foreign = json({ ...empty, format: 'other-app' });
    expect(refused(parsePlanText(foreign))).toMatchObject({ path: '/format', ...where(foreign, '"other-app"') });
  });

  it('a missing schema version has no place; one not a whole number, or below the oldest, points at its value', () => {
    const { schemaVersion: _v, ...noVersion } = empty;
    expect(refused(parsePlanText(json(noVersion)))).toMatchObject({ path: '/schemaVersion', line: null, column: null });
    for (const [v, written] of [['2', '"2"'], [1.5, '1.5'], [0, '0'], [-3, '-3'], [null, 'null']] as const) {
      const text = json({ ...empty, schemaVersion: v });
      expect(refused(parsePlanText(text)), String(v)).toMatchObject({ path: '/schemaVersion', ...value(text, 'schemaVersion', written) });
    }
  });

  it('reads every version from the oldest the chain knows to the current one, and refuses the next', () => {
    const oldest = Math.min(...MIGRATIONS.map((m) => m.from));
    expect(oldest).toBe(1);
    // The oldest: schema 1 had no photos and no revisions (migrations.ts).
    const { photos: _p, photoScale: _s, revision: _r, signOff: _o, finalRevisions: _f, ...v1 } = empty;
    expect(parsePlanText(json({ ...v1, schemaVersion: oldest }))).toMatchObject({ ok: true, migratedFrom: oldest });
    expect(parsePlanText(serializePlan(empty))).toMatchObject({ ok: true, migratedFrom: null });
    const newer = json({ ...empty, schemaVersion: PLAN_SCHEMA_VERSION + 1 });
    expect(refused(parsePlanText(newer))).toMatchObject({ path: '/schemaVersion', ...value(newer, 'schemaVersion', String(PLAN_SCHEMA_VERSION + 1)) });
  });

  it('a test chain may start below 1: its oldest version is then read, one below it refused', () => {
    const chain: Migration[] = [{ from: -1, to: 0, migrate: (d) => d, keepsPaths: true }, { from: 0, to: 1, migrate: (d) => d, keepsPaths: true }, ...MIGRATIONS];
    const { photos: _p, photoScale: _s, revision: _r, signOff: _o, finalRevisions: _f, ...v1 } = empty;
    expect(parsePlanText(json({ ...v1, schemaVersion: -1 }), { migrations: chain })).toMatchObject({ ok: true, migratedFrom: -1 });
    expect(refused(parsePlanText(json({ ...v1, schemaVersion: -2 }), { migrations: chain }))).toMatchObject({ path: '/schemaVersion' });
  });

  it('a field refused after a path-keeping migration is quoted where it is in the file', () => {
    const { photos: _p, photoScale: _s, revision: _r, signOff: _o, finalRevisions: _f, ...v1 } = empty;
    const text = json({ ...v1, schemaVersion: 1, meta: { ...v1.meta, title: 7 } });
    expect(refused(parsePlanText(text))).toMatchObject({ path: '/meta/title', ...value(text, 'title', '7') });
  });

  it('after a migration that moved fields, a refusal names the field but no line or column', () => {
    // A made-up schema 0 that called the title "name"; its step renames it (paths change).
    const rename: Migration = {
      from: 0,
      to: 1,
      migrate: (doc) => {
        const d = doc as { meta: { name: unknown } & Record<string, unknown> };
        const { name, ...rest } = d.meta;
        return { ...d, meta: { ...rest, title: name } };
      },
    };
    const { photos: _p, photoScale: _s, revision: _r, signOff: _o, finalRevisions: _f, ...v1 } = empty;
    const { title: _t, ...meta } = v1.meta;
    const text = json({ ...v1, schemaVersion: 0, meta: { ...meta, name: 7 } });
    expect(refused(parsePlanText(text, { migrations: [rename, ...MIGRATIONS] }))).toMatchObject({ path: '/meta/title', line: null, column: null });
    // Marked (wrongly) as keeping paths, the same step would send the reader to the nearest value
    // the file does have, the meta object: the flag is what keeps a moved field from a false place.
    const claimed = refused(parsePlanText(text, { migrations: [{ ...rename, keepsPaths: true }, ...MIGRATIONS] }));
    expect(claimed).toMatchObject({ path: '/meta/title', line: where(text, '"meta"').line });
  });

  it('a migration failure is reported with its own pointer', () => {
    const failing: Migration = { from: 0, to: 1, migrate: () => null };
    const text = json({ format: PLAN_FORMAT, schemaVersion: 0 });
    expect(refused(parsePlanText(text, { migrations: [failing, ...MIGRATIONS] }))).toMatchObject({ path: '', line: null, column: null });
    const gap = json({ format: PLAN_FORMAT, schemaVersion: 0 });
    expect(refused(parsePlanText(gap, { migrations: [{ ...failing, from: -1, to: 0 }, ...MIGRATIONS] }))).toMatchObject({ path: '/schemaVersion', line: null });
  });

  it('a byte-order mark does not shift the line and column of a refusal', () => {
    const text = json({ ...empty, meta: { ...empty.meta, title: 7 } });
    expect(refused(parsePlanText('\uFEFF' + text))).toMatchObject({ path: '/meta/title', ...value(text, 'title', '7') });
  });
});
