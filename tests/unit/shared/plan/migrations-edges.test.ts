import { describe, expect, it } from 'vitest';
import { MIGRATIONS, applyMigrations, migrateToCurrent, type Migration } from '../../../../shared/plan/migrations';
import { renderPlanErrorText } from '../../../../shared/plan/error-text/render';
import { PLAN_SCHEMA_VERSION } from '../../../../shared/plan/types';

/**
 * The migration runner's edges, checked by outcome and pointer (the messages are turning into
 * translatable keys): what it refuses before any step, a step that returns the wrong kind of
 * value or overshoots, a thrown non-Error, and when a refusal may still quote a line (keepsPaths).
 */

const adds = (from: number, to: number, keepsPaths?: boolean): Migration => ({
  from,
  to,
  migrate: (doc) => ({ ...(doc as object), [`at${to}`]: true }),
  ...(keepsPaths === undefined ? {} : { keepsPaths }),
});

describe('applyMigrations at its edges', () => {
  it('refuses anything but a plain object before running a step, at the root', () => {
    let ran = 0;
    const counting: Migration[] = [{ from: 1, to: 2, migrate: (d) => (ran++, d) }];
    for (const doc of [null, [], [{ schemaVersion: 1 }], 'plan', 3, undefined]) {
      expect(applyMigrations(doc, counting, 2), JSON.stringify(doc)).toMatchObject({ ok: false, path: '' });
    }
    expect(ran).toBe(0);
  });

  it('refuses a missing or fractional schema version at /schemaVersion', () => {
    for (const schemaVersion of [undefined, 1.5, '1', null, NaN]) {
      expect(applyMigrations({ schemaVersion }, [adds(1, 2)], 2), String(schemaVersion)).toMatchObject({ ok: false, path: '/schemaVersion' });
    }
  });

  it('refuses a step that returns an array, a primitive or undefined, naming no field', () => {
    for (const out of [[], 'x', 7, undefined]) {
      const chain: Migration[] = [{ from: 1, to: 2, migrate: () => out }];
      expect(applyMigrations({ schemaVersion: 1 }, chain, 2), JSON.stringify(out)).toMatchObject({ ok: false, path: '' });
    }
  });

  it('reports a step that throws a non-Error with what it threw', () => {
    const chain: Migration[] = [{ from: 1, to: 2, migrate: () => { throw 'plain text'; } }];
    const result = applyMigrations({ schemaVersion: 1 }, chain, 2);
    expect(result).toMatchObject({ ok: false, path: '' });
    if (!result.ok) expect(renderPlanErrorText(result.text, 'en')).toContain('plain text');
  });

  it('refuses a step that goes backwards or overshoots the target, at /schemaVersion', () => {
    expect(applyMigrations({ schemaVersion: 2 }, [adds(2, 1)], 3)).toMatchObject({ ok: false, path: '/schemaVersion' });
    expect(applyMigrations({ schemaVersion: 1 }, [adds(1, 4)], 3)).toMatchObject({ ok: false, path: '/schemaVersion' });
    // A document newer than the target is not for this runner (parse refuses it first); nothing runs.
    expect(applyMigrations({ schemaVersion: 4 }, [adds(1, 4)], 3)).toMatchObject({ ok: false, path: '/schemaVersion' });
  });

  it('keeps paths only when every step that ran says it does', () => {
    expect(applyMigrations({ schemaVersion: 1 }, [adds(1, 2, true), adds(2, 3, true)], 3)).toMatchObject({ ok: true, keepsPaths: true, migratedFrom: 1 });
    expect(applyMigrations({ schemaVersion: 1 }, [adds(1, 2, true), adds(2, 3, false)], 3)).toMatchObject({ ok: true, keepsPaths: false });
    expect(applyMigrations({ schemaVersion: 1 }, [adds(1, 2), adds(2, 3, true)], 3)).toMatchObject({ ok: true, keepsPaths: false });
    // A step that did not run does not count against it.
    expect(applyMigrations({ schemaVersion: 2 }, [adds(1, 2, false), adds(2, 3, true)], 3)).toMatchObject({ ok: true, keepsPaths: true, migratedFrom: 2 });
  });

  it('each refusal names the versions it is about, as the parameters of its message', () => {
    expect(applyMigrations({ schemaVersion: 2 }, [adds(1, 2)], 3)).toEqual({ ok: false, text: { key: 'migrate.noStep', params: { version: 2 } }, path: '/schemaVersion' });
    const throwing: Migration[] = [adds(1, 2), { from: 2, to: 3, migrate: () => { throw new Error('boom'); } }];
    expect(applyMigrations({ schemaVersion: 1 }, throwing, 3)).toEqual({ ok: false, text: { key: 'migrate.threw', params: { from: 2, to: 3, reason: 'boom' } }, path: '' });
    const nothing: Migration[] = [adds(1, 2), { from: 2, to: 3, migrate: () => 'x' }];
    expect(applyMigrations({ schemaVersion: 1 }, nothing, 3)).toEqual({ ok: false, text: { key: 'migrate.noPlan', params: { from: 2, to: 3 } }, path: '' });
    // Overshooting the target, or starting past it, stops at a version the runner cannot give back.
    expect(applyMigrations({ schemaVersion: 1 }, [adds(1, 4)], 3)).toEqual({ ok: false, text: { key: 'migrate.stopped', params: { version: 4, target: 3 } }, path: '/schemaVersion' });
    expect(applyMigrations({ schemaVersion: 4 }, [adds(1, 4)], 3)).toEqual({ ok: false, text: { key: 'migrate.stopped', params: { version: 4, target: 3 } }, path: '/schemaVersion' });
    expect(applyMigrations('plan', [adds(1, 2)], 2)).toEqual({ ok: false, text: { key: 'migrate.notObject' }, path: '' });
    expect(applyMigrations({ schemaVersion: 1.5 }, [adds(1, 2)], 2)).toEqual({ ok: false, text: { key: 'migrate.notWhole' }, path: '/schemaVersion' });
  });

  it('refuses a step that goes backwards before running it, naming the version it was at', () => {
    let ran = 0;
    const back: Migration = { from: 2, to: 1, migrate: (d) => (ran++, d) };
    expect(applyMigrations({ schemaVersion: 2 }, [back, adds(1, 2)], 3)).toEqual({ ok: false, text: { key: 'migrate.noStep', params: { version: 2 } }, path: '/schemaVersion' });
    expect(ran).toBe(0);
  });

  it('stamps each version itself: a step that writes another version number is overruled', () => {
    const liar: Migration = { from: 1, to: 2, migrate: (d) => ({ ...(d as object), schemaVersion: 99 }) };
    expect(applyMigrations({ schemaVersion: 1 }, [liar], 2)).toMatchObject({ ok: true, doc: { schemaVersion: 2 } });
  });

  it('the real chain takes a schema-1 plan to the current schema with paths kept', () => {
    const result = migrateToCurrent({ schemaVersion: 1, meta: {} });
    expect(result).toMatchObject({ ok: true, migratedFrom: 1, keepsPaths: true, doc: { schemaVersion: PLAN_SCHEMA_VERSION, photos: [], photoScale: null, revision: 1, signOff: null, finalRevisions: [] } });
    expect(MIGRATIONS.every((m) => m.keepsPaths === true)).toBe(true);
  });
});
