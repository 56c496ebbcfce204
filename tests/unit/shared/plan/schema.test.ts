import { Ajv2020 } from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as L from '../../../../shared/plan/limits';
import { PLAN_JSON_SCHEMA } from '../../../../shared/plan/schema';
import { serializePlan } from '../../../../shared/plan/serialize';
import { validatePlan } from '../../../../shared/plan/validate';
import { validPlanArb } from './arbitraries';

const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
const check = ajv.compile(PLAN_JSON_SCHEMA);

/** Every schema node that describes a value: the root, each property and each $defs entry. */
function describedNodes(): { where: string; node: Record<string, unknown> }[] {
  const out: { where: string; node: Record<string, unknown> }[] = [{ where: '#', node: PLAN_JSON_SCHEMA }];
  const visit = (where: string, node: Record<string, unknown>) => {
    const props = node.properties as Record<string, Record<string, unknown>> | undefined;
    for (const [name, child] of Object.entries(props ?? {})) {
      out.push({ where: `${where}/${name}`, node: child });
      visit(`${where}/${name}`, child);
    }
  };
  visit('#', PLAN_JSON_SCHEMA);
  for (const [name, def] of Object.entries(PLAN_JSON_SCHEMA.$defs)) {
    out.push({ where: `#/$defs/${name}`, node: def });
    visit(`#/$defs/${name}`, def);
  }
  return out;
}

describe('PLAN_JSON_SCHEMA', () => {
  it('is a draft 2020-12 schema that ajv compiles in strict mode', () => {
    expect(PLAN_JSON_SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof check).toBe('function');
  });

  it('gives every field a title and a description (references aside)', () => {
    const missing = describedNodes()
      .filter(({ node }) => !('$ref' in node))
      .filter(({ node }) => typeof node.title !== 'string' || typeof node.description !== 'string' || !node.description)
      .map(({ where }) => where);
    expect(missing).toEqual([]);
  });

  it('states units in the descriptions of measured fields', () => {
    const d = PLAN_JSON_SCHEMA.$defs;
    expect(d.point.properties.x.description).toContain('Millimetres');
    expect(d.thread.properties.depthMm.description).toContain('Millimetres below the skin');
    expect(d.thread.properties.tensionN.description).toContain('newtons');
    expect(d.barbed.properties.startMm.description).toContain('Millimetres');
  });

  it('uses the same limits as the run-time validator', () => {
    const d = PLAN_JSON_SCHEMA.$defs;
    expect(d.point.properties.x.maximum).toBe(L.MAX_COORDINATE_MM);
    expect(d.thread.properties.path.maxItems).toBe(L.MAX_PATH_POINTS);
    expect(d.thread.properties.depthMm.maximum).toBe(L.MAX_DEPTH_MM);
    expect(PLAN_JSON_SCHEMA.properties.threads.maxItems).toBe(L.MAX_THREADS);
  });

  it('accepts every plan the validator accepts', () => {
    fc.assert(
      fc.property(validPlanArb, (plan) => {
        expect(check(JSON.parse(serializePlan(plan)))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('never accepts a document the validator refuses for a reason the schema can express', () => {
    // Random JSON documents shaped a little like plans: whatever the schema accepts, the validator
    // may still refuse (references, path geometry) but the validator never accepts what the schema refuses.
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        if (!check(value)) expect(validatePlan(value).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
