import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPlanError } from '../../../../shared/plan/errors';
import { parsePlanText } from '../../../../shared/plan/parse';
import { PLAN_JSON_SCHEMA } from '../../../../shared/plan/schema';
import { serializePlan } from '../../../../shared/plan/serialize';
import { loadPlanFile } from './load-plan-file';

/** docs/plan-format.md must not drift from the code: its example, messages and schema are checked. */
const root = join(__dirname, '../../../..');
const doc = readFileSync(join(root, 'docs/plan-format.md'), 'utf8');
const jsonBlocks = [...doc.matchAll(/```json\n([^]*?)```/g)].map((m) => m[1]!);

describe('docs/plan-format.md', () => {
  it('shows an example that loads and is written exactly as VectorLift writes it', () => {
    const example = jsonBlocks[0]!;
    const result = parsePlanText(example);
    if (!result.ok) throw new Error(formatPlanError(result.error, 'example'));
    expect(serializePlan(result.plan)).toBe(example);
  });

  it('reproduces PLAN_JSON_SCHEMA exactly, between the schema markers', () => {
    const block = /<!-- schema:begin -->\n```json\n([^]*?)```\n<!-- schema:end -->/.exec(doc);
    expect(block).not.toBeNull();
    expect(block![1]).toBe(JSON.stringify(PLAN_JSON_SCHEMA, null, 2) + '\n');
  });

  it('quotes error messages that VectorLift really gives', () => {
    for (const file of ['v1/invalid/huge-number.vlift', 'v3/invalid/newer-schema.vlift', 'v2/invalid/photo-with-exif.vlift']) {
      const result = loadPlanFile(join(root, 'tests/fixtures/plans', file));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(doc).toContain(formatPlanError(result.error, 'plan.vlift'));
    }
  });

  it('says how to print the schema', () => {
    expect(doc).toContain('`vectorlift schema`');
  });
});
