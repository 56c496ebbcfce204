import { describe, expect, it } from 'vitest';
import { MIGRATIONS, applyMigrations, migrateToCurrent, type Migration } from '../../../../shared/plan/migrations';
import { parsePlanText } from '../../../../shared/plan/parse';
import { serializePlan } from '../../../../shared/plan/serialize';
import { createEmptyPlan } from '../../../../shared/plan/factory';
import { PLAN_SCHEMA_VERSION } from '../../../../shared/plan/types';
import { renderPlanErrorText } from '../../../../shared/plan/error-text/render';

/** A failed migration's refusal in English, as the loader prints it. */
const english = (r: ReturnType<typeof applyMigrations>): string => (r.ok ? 'migrated' : renderPlanErrorText(r.text, 'en'));

/**
 * The mechanism is tested with a synthetic history (v1 called the title "name", v2 renamed it,
 * v3 is that history's last shape); the real chain is tested at the end.
 */
const synthetic: Migration[] = [
  {
    from: 1,
    to: 2,
    migrate: (doc) => {
      const d = doc as { meta: { name: string } & Record<string, unknown> };
      const { name, ...rest } = d.meta;
      return { ...d, meta: { ...rest, title: name } };
    },
  },
  { from: 2, to: 3, migrate: (doc) => ({ ...(doc as object), touchedBy3: true }) },
];

describe('applyMigrations', () => {
  it('runs the steps in order and stamps each version', () => {
    const v1 = { schemaVersion: 1, meta: { name: 'Old plan' } };
    const result = applyMigrations(v1, synthetic, 3);
    expect(result).toEqual({ ok: true, doc: { schemaVersion: 3, meta: { title: 'Old plan' }, touchedBy3: true }, migratedFrom: 1, keepsPaths: false });
    expect(v1).toEqual({ schemaVersion: 1, meta: { name: 'Old plan' } }); // input untouched
  });

  it('starts from the document version, skipping steps already applied', () => {
    const result = applyMigrations({ schemaVersion: 2, meta: {} }, synthetic, 3);
    expect(result).toMatchObject({ ok: true, migratedFrom: 2, doc: { touchedBy3: true } });
  });

  it('leaves a current document as it is and reports no migration', () => {
    const doc = { schemaVersion: 3 };
    expect(applyMigrations(doc, synthetic, 3)).toEqual({ ok: true, doc, migratedFrom: null, keepsPaths: true });
  });

  it('reports a gap in the chain, a throwing step and a step that returns no object', () => {
    expect(english(applyMigrations({ schemaVersion: 1 }, [synthetic[1]!], 3))).toContain('no upgrade from schema 1');
    const throwing: Migration[] = [{ from: 1, to: 2, migrate: () => { throw new Error('boom'); } }];
    expect(english(applyMigrations({ schemaVersion: 1 }, throwing, 2))).toBe('could not upgrade the plan from schema 1 to 2: boom');
    const empty: Migration[] = [{ from: 1, to: 2, migrate: () => null }];
    expect(english(applyMigrations({ schemaVersion: 1 }, empty, 2))).toContain('gave no plan');
  });

  it('cannot loop forever on a step that does not advance', () => {
    const stuck: Migration[] = [{ from: 1, to: 1, migrate: (d) => d }];
    expect(applyMigrations({ schemaVersion: 1 }, stuck, 2).ok).toBe(false);
  });
});

describe('parsePlanText with a migration chain', () => {
  // A made-up pre-release history ending at schema 1, then the real chain to today's schema, so
  // the validator can check the result: schema -1 called the title "name"; schema 0 had no entry points.
  const history: Migration[] = [
    {
      from: -1,
      to: 0,
      migrate: (doc) => {
        const d = doc as { meta: { name: string } & Record<string, unknown> };
        const { name, ...rest } = d.meta;
        return { ...d, meta: { ...rest, title: name } };
      },
    },
    { from: 0, to: 1, migrate: (doc) => ({ entryPoints: [], ...(doc as object) }) },
    ...MIGRATIONS,
  ];
  const current = createEmptyPlan({ title: 'Kept through migration' }, '2025-04-04');
  const { title, ...metaWithoutTitle } = current.meta;
  const { entryPoints: _dropped, photos: _photos, photoScale: _scale, ...withoutEntryPoints } = current;
  const oldest = JSON.stringify({ ...withoutEntryPoints, schemaVersion: -1, meta: { ...metaWithoutTitle, name: title } });

  it('upgrades an old file step by step, validates it and says which version it came from', () => {
    const result = parsePlanText(oldest, { migrations: history });
    expect(result).toEqual({ ok: true, plan: current, migratedFrom: -1 });
    expect(serializePlan(result.ok ? result.plan : current)).toBe(serializePlan(current));
  });

  it('refuses a version older than any the chain knows', () => {
    const result = parsePlanText(oldest.replace('"schemaVersion":-1', '"schemaVersion":-2'), { migrations: history });
    expect(result).toMatchObject({ ok: false, error: { path: '/schemaVersion', message: expect.stringContaining('from -1') } });
    // and, with the real chain, anything below 1
    expect(parsePlanText(oldest)).toMatchObject({ ok: false, error: { path: '/schemaVersion' } });
  });

  it('still validates what a migration produced, so a faulty migration cannot smuggle in a bad plan', () => {
    const faulty: Migration[] = [history[0]!, { from: 0, to: 1, migrate: (doc) => ({ ...(doc as object), entryPoints: 'none' }) }, ...MIGRATIONS];
    const result = parsePlanText(oldest, { migrations: faulty });
    // line and column are unknown: the migrated document is not the text on disk
    expect(result).toMatchObject({ ok: false, error: { path: '/entryPoints', line: null, column: null } });
  });

  it('reports a migration that throws as one clear error', () => {
    const throwing: Migration[] = [{ from: -1, to: 1, migrate: () => { throw new Error('unexpected layout'); } }, ...MIGRATIONS];
    expect(parsePlanText(oldest, { migrations: throwing })).toMatchObject({
      ok: false,
      error: { message: 'could not upgrade the plan from schema -1 to 1: unexpected layout' },
    });
  });
});

describe('the real chain', () => {
  it('leaves a current plan as it is', () => {
    const doc = JSON.parse(serializePlan(createEmptyPlan({}, '2025-01-01')));
    expect(migrateToCurrent(doc)).toEqual({ ok: true, doc, migratedFrom: null, keepsPaths: true });
  });

  it('1 -> 2 adds an empty photo list and no photo scale, 2 -> 3 the first draft revision; nothing else changes and paths are kept', () => {
    const v1 = { format: 'vectorlift-plan', schemaVersion: 1, meta: { title: 'x' }, entryPoints: [], threads: [{ id: 't1' }] };
    const result = migrateToCurrent(v1);
    expect(result).toEqual({
      ok: true,
      doc: { ...v1, schemaVersion: 3, photos: [], photoScale: null, revision: 1, signOff: null, finalRevisions: [] },
      migratedFrom: 1,
      keepsPaths: true,
    });
    expect(v1.schemaVersion).toBe(1); // input untouched
    const v2 = { ...v1, schemaVersion: 2, photos: [{ id: 'p1' }], photoScale: null };
    expect(migrateToCurrent(v2)).toEqual({ ok: true, doc: { ...v2, schemaVersion: 3, revision: 1, signOff: null, finalRevisions: [] }, migratedFrom: 2, keepsPaths: true });
  });

  it('has one step per version, each advancing by one, ending at the current version', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.to).toBe(m.from + 1);
      expect(m.from).toBe(i + 1);
    });
    expect(MIGRATIONS.length).toBe(PLAN_SCHEMA_VERSION - 1);
  });
});
