import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { migrateToCurrent } from '../../../../shared/plan/migrations';
import { PLAN_JSON_SCHEMA } from '../../../../shared/plan/schema';
import { serializePlan } from '../../../../shared/plan/serialize';
import { validatePlan } from '../../../../shared/plan/validate';
import { FIXTURE_THREAD_TYPE_IDS } from './arbitraries';
import { loadPlanFile } from './load-plan-file';

/**
 * Fixtures for every plan-file version ever released (tests/fixtures/plans/vN/). Every valid
 * file of every version must still load; every broken one must be refused at the right place.
 */
const FIXTURES = join(__dirname, '../../../fixtures/plans');
const versions = readdirSync(FIXTURES).filter((d) => /^v\d+$/.test(d));
const known = new Set<string>(THREAD_CATALOGUE.map((t) => t.id));

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
const schemaCheck = ajv.compile(PLAN_JSON_SCHEMA);

interface Expectation {
  path: string;
  message: string;
  schemaRejects: boolean | null;
}

it('uses thread types that exist in the built-in catalogue', () => {
  expect(FIXTURE_THREAD_TYPE_IDS.filter((id) => !known.has(id))).toEqual([]);
});

it('has a fixture folder for v1, the first released schema', () => {
  expect(versions).toContain('v1');
});

describe.each(versions)('plan fixtures %s', (version) => {
  const validDir = join(FIXTURES, version, 'valid');
  const invalidDir = join(FIXTURES, version, 'invalid');
  const validFiles = readdirSync(validDir).filter((f) => f.endsWith('.vlift'));
  const invalidFiles = readdirSync(invalidDir).filter((f) => f.endsWith('.vlift'));
  const expected = JSON.parse(readFileSync(join(invalidDir, 'expected.json'), 'utf8')) as Record<string, Expectation>;

  it('has valid and broken files, and an expectation for every broken one', () => {
    expect(validFiles.length).toBeGreaterThan(0);
    expect(invalidFiles.length).toBeGreaterThan(0);
    expect(invalidFiles.filter((f) => !(f in expected))).toEqual([]);
  });

  it.each(validFiles)('loads %s, which passes the validator and the JSON Schema', (file) => {
    const result = loadPlanFile(join(validDir, file), { knownThreadTypeIds: known });
    if (!result.ok) throw new Error(`${file}: ${result.error.path}: ${result.error.message}`);
    expect(validatePlan(result.plan).ok).toBe(true);
    // the schema describes the migrated, current shape
    expect(schemaCheck(JSON.parse(serializePlan(result.plan)))).toBe(true);
    if (version === `v${result.plan.schemaVersion}`) {
      // a current-version file is also schema-valid as written (BOM aside)
      expect(schemaCheck(JSON.parse(readFileSync(join(validDir, file), 'utf8').replace(/^\uFEFF/, '')))).toBe(true);
    }
  });

  it.each(invalidFiles)('refuses %s where expected, leaving the file unchanged', (file) => {
    const path = join(invalidDir, file);
    const before = { hash: sha256(path), mtime: statSync(path).mtimeMs };
    const result = loadPlanFile(path, { knownThreadTypeIds: known });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const want = expected[file]!;
    expect(result.error.path).toBe(want.path);
    expect(result.error.message).toContain(want.message);
    expect({ hash: sha256(path), mtime: statSync(path).mtimeMs }).toEqual(before);
  });

  it.each(invalidFiles.filter((f) => expected[f]?.schemaRejects !== null))(
    'JSON Schema agrees with the validator about %s where it can express the rule',
    (file) => {
      const raw: unknown = JSON.parse(readFileSync(join(invalidDir, file), 'utf8'));
      // The schema describes the current shape: an older file is compared as VectorLift reads it,
      // after the migrations (which only add fields, so the broken part is still there).
      const migrated = migrateToCurrent(raw);
      const doc = migrated.ok ? migrated.doc : raw;
      expect(schemaCheck(doc)).toBe(!expected[file]!.schemaRejects);
    },
  );
});
