import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatPlanError } from '../../../../shared/plan/errors';
import { parsePlanText, type ParseResult } from '../../../../shared/plan/parse';
import { serializePlan } from '../../../../shared/plan/serialize';
import { validatePlan } from '../../../../shared/plan/validate';
import { validPlanArb } from './arbitraries';
import { loadPlanFile } from './load-plan-file';

/**
 * The loader's promise, checked on random and damaged input: it never throws, and it either
 * refuses with a usable message (non-empty, a JSON pointer, one line) or returns a plan that
 * the validator accepts. A refused file on disk is never changed.
 */

function expectWellFormedOutcome(result: ParseResult): void {
  if (result.ok) {
    expect(validatePlan(result.plan).ok).toBe(true);
    return;
  }
  const { message, path, line, column } = result.error;
  expect(message.trim().length).toBeGreaterThan(0);
  expect(path === '' || path.startsWith('/')).toBe(true);
  for (const n of [line, column]) expect(n === null || (Number.isInteger(n) && n >= 1)).toBe(true);
  expect(formatPlanError(result.error, 'plan.vlift')).not.toMatch(/[\r\n]/);
}

const safeParse = (text: string): ParseResult => {
  let result: ParseResult | undefined;
  expect(() => {
    result = parsePlanText(text);
  }).not.toThrow();
  return result!;
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every JSON pointer (as segments) inside a value, root included. Iterative, plans are shallow. */
function allPaths(doc: Json): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: { value: Json; path: (string | number)[] }[] = [{ value: doc, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
  }
  return out;
}

const PLACEHOLDER = '\u0000MUTATION\u0000';

/** Raw JSON tokens a damaged or hostile file might hold where a value should be. */
const hostileToken = fc.constantFrom(
  '1e400', '-1e400', '1e308', '-1e308', '5e-324', 'NaN', 'Infinity', '-Infinity', '-0', '"5"', '""', 'null', 'true',
  '[]', '{}', '[null]', '{"x":1}', '"' + 'x'.repeat(300) + '"', '['.repeat(200) + ']'.repeat(200),
  '{"a":'.repeat(100) + '1' + '}'.repeat(100), '99999999999999999999999', '0.000000000000000000001', '"\\ud800"',
);

type Mutation =
  | { kind: 'delete'; pick: number }
  | { kind: 'replace-json'; pick: number; value: Json }
  | { kind: 'replace-raw'; pick: number; token: string }
  | { kind: 'add-field'; pick: number; key: string; value: Json };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('replace-json' as const), pick: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('replace-raw' as const), pick: fc.nat(), token: hostileToken }),
  fc.record({ kind: fc.constant('add-field' as const), pick: fc.nat(), key: fc.string({ maxLength: 8 }), value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }),
);

/** Apply a mutation to the serialized plan and return the damaged text. */
function mutate(planText: string, m: Mutation): string {
  const doc = JSON.parse(planText) as Json;
  const paths = allPaths(doc);
  const path = paths[m.pick % paths.length]!;
  const root: { v: Json } = { v: doc };
  let parent: Json = root as unknown as Json;
  let key: string | number = 'v';
  for (const seg of path) {
    parent = (parent as Record<string, Json>)[key as string]!;
    key = seg;
  }
  const holder = parent as Record<string | number, Json>;
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(holder)) holder.splice(key as number, 1);
      else delete holder[key];
      break;
    case 'replace-json':
      holder[key] = m.value;
      break;
    case 'replace-raw':
      holder[key] = PLACEHOLDER;
      break;
    case 'add-field': {
      const target = holder[key];
      if (target && typeof target === 'object' && !Array.isArray(target)) target[m.key] = m.value;
      else holder[key] = { [m.key]: m.value };
      break;
    }
  }
  // deleting the root leaves nothing: an empty file
  const text = (JSON.stringify(root.v, null, 2) as string | undefined) ?? '';
  return m.kind === 'replace-raw' ? text.replace(JSON.stringify(PLACEHOLDER), m.token) : text;
}

describe('parsePlanText on arbitrary input', () => {
  it('never throws on random strings, and answers sensibly', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...'{}[]":,0123456789.eE+-tfnrule \n\\'.split('')) })), (text) => {
        const result = safeParse(text);
        expectWellFormedOutcome(result);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on random JSON values, and refuses anything that is not a plan', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = safeParse(JSON.stringify(value));
        expectWellFormedOutcome(result);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips random valid plans through serializePlan', () => {
    fc.assert(
      fc.property(validPlanArb, (plan) => {
        const result = safeParse(serializePlan(plan));
        if (!result.ok) throw new Error(formatPlanError(result.error));
        expect(result.plan).toEqual(plan);
        expect(result.migratedFrom).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('handles mutated valid plans: refused with a message and a path, or still a valid plan', () => {
    fc.assert(
      fc.property(validPlanArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (plan, mutations) => {
        const text = mutations.reduce((t, m) => {
          try {
            return mutate(t, m);
          } catch {
            return t; // an earlier raw token made the text non-JSON: keep it as it is
          }
        }, serializePlan(plan));
        expectWellFormedOutcome(safeParse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses every truncation of a valid plan that cuts into the JSON', () => {
    fc.assert(
      fc.property(validPlanArb, fc.double({ min: 0, max: 1, noNaN: true }), (plan, at) => {
        const text = serializePlan(plan);
        const lastBrace = text.lastIndexOf('}');
        const cut = Math.floor(at * lastBrace);
        const result = safeParse(text.slice(0, cut));
        expectWellFormedOutcome(result);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses deep nesting anywhere, without a stack overflow', () => {
    fc.assert(
      fc.property(validPlanArb, fc.integer({ min: 65, max: 100_000 }), fc.nat(), fc.boolean(), (plan, depth, where, objects) => {
        const text = serializePlan(plan);
        const at = text.indexOf(':', where % text.length);
        const nest = objects ? '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) : '['.repeat(depth) + ']'.repeat(depth);
        const damaged = at < 0 ? nest : text.slice(0, at + 1) + nest + text.slice(text.indexOf(',', at) < 0 ? text.length : text.indexOf(',', at));
        const result = safeParse(damaged);
        expectWellFormedOutcome(result);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});

describe('loading from disk never changes the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vlift-props-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

  it('leaves bytes and modification time of refused and accepted files as they were', () => {
    let n = 0;
    fc.assert(
      fc.property(validPlanArb, fc.option(mutationArb, { nil: null }), fc.option(fc.nat(), { nil: null }), (plan, mutation, truncateAt) => {
        let text = serializePlan(plan);
        if (mutation) text = mutate(text, mutation);
        if (truncateAt !== null) text = text.slice(0, truncateAt % (text.length + 1));
        const path = join(dir, `case-${n++}.vlift`);
        writeFileSync(path, text);
        const before = { hash: sha256(path), mtime: statSync(path).mtimeMs, size: statSync(path).size };
        const result = loadPlanFile(path);
        expectWellFormedOutcome(result);
        expect({ hash: sha256(path), mtime: statSync(path).mtimeMs, size: statSync(path).size }).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});
