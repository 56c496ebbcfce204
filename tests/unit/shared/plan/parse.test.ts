import { describe, expect, it } from 'vitest';
import { formatPlanError } from '../../../../shared/plan/errors';
import { createEmptyPlan } from '../../../../shared/plan/factory';
import { MAX_PLAN_FILE_BYTES, MAX_THREADS } from '../../../../shared/plan/limits';
import { parsePlanText, v8Position, type ParseResult } from '../../../../shared/plan/parse';
import { serializePlan } from '../../../../shared/plan/serialize';
import type { PlanDocument, Thread } from '../../../../shared/plan/types';

const plan: PlanDocument = {
  ...createEmptyPlan({ title: 'Test' }, '2025-03-01'),
  entryPoints: [{ id: 'e1', label: 'A', position: { x: 60, y: -20 }, side: 'left' }],
  threads: [
    {
      id: 't1', side: 'left', typeId: 'pdo-cog-bi-19g-100', entryPointId: 'e1',
      path: [{ x: 60, y: -20 }, { x: 40, y: 30 }], depthMm: 5, pointDepthsMm: [null, 6],
      barbed: { startMm: 10, endMm: 40 }, fixationEnd: 'entry', fixationZoneId: 'deep-temporal-fascia-left',
      tensionN: 1, lot: null, notes: '',
    },
  ],
};
const text = serializePlan(plan);

function refused(result: ParseResult) {
  if (result.ok) throw new Error('expected the plan to be refused');
  return result.error;
}

describe('parsePlanText', () => {
  it('reads a valid plan and says it needed no migration', () => {
    expect(parsePlanText(text)).toEqual({ ok: true, plan, migratedFrom: null });
  });

  it('gives line and column of a JSON syntax error', () => {
    const broken = text.replace('"depthMm": 5,', '"depthMm": 5,,');
    const error = refused(parsePlanText(broken));
    const lines = broken.split('\n');
    const line = lines.findIndex((l) => l.includes('5,,')) + 1;
    expect(error).toMatchObject({ path: '', line, column: lines[line - 1]!.indexOf(',,') + 2 });
    expect(error.message).toMatch(/^is not valid JSON: /);
  });

  it('calls a cut-off file truncated and points at its end', () => {
    const cut = text.slice(0, 100);
    const error = refused(parsePlanText(cut));
    expect(error.message).toContain('truncated');
    expect(error.line).toBe(cut.split('\n').length);
  });

  it('refuses files over the size cap before parsing, naming both sizes', () => {
    const cap = `${(MAX_PLAN_FILE_BYTES / 1e6).toFixed(1)} MB`;
    const big = text.replace('"notes": ""', `"notes": "${'x'.repeat(MAX_PLAN_FILE_BYTES + 1_000_000)}"`);
    const error = refused(parsePlanText(big));
    expect(error.message).toBe(`plan file is ${((big.length) / 1e6).toFixed(1)} MB; the largest plan VectorLift opens is ${cap}`);
    // multi-byte characters count as the bytes they take on disk
    const wide = '"' + '\u00e9'.repeat(MAX_PLAN_FILE_BYTES / 2 + 1) + '"';
    expect(refused(parsePlanText(wide)).message).toContain(`plan file is ${cap}`);
  });

  it('refuses a plan from a newer schema, saying so', () => {
    const error = refused(parsePlanText(text.replace('"schemaVersion": 3', '"schemaVersion": 4')));
    expect(error.path).toBe('/schemaVersion');
    expect(error.message).toContain('made by a newer version of VectorLift (schema 4; this version reads up to 3)');
  });

  it('explains a schema version that is not a whole number, quoting it as written', () => {
    for (const [written, quoted] of [['1e400', '1e400'], ['1.5', '1.5'], ['"1"', '"1"'], ['null', 'null']]) {
      const error = refused(parsePlanText(text.replace('"schemaVersion": 3', `"schemaVersion": ${written}`)));
      expect(error).toMatchObject({ path: '/schemaVersion', message: `must be a whole number from 1 (got ${quoted})`, line: 3 });
    }
  });

  it('quotes an overflowing number as written, with its position', () => {
    const error = refused(parsePlanText(text.replace('"depthMm": 5,', '"depthMm": 1e400,')));
    expect(error.path).toBe('/threads/0/depthMm');
    expect(error.message).toBe('must be a finite number between 0 and 30 mm below the skin surface (got 1e400)');
    expect(formatPlanError(error, 'plan.vlift')).toMatch(/^plan\.vlift: \/threads\/0\/depthMm: must be .* \(got 1e400\) \(line \d+, column \d+\)$/);
  });

  it('describes a refused list instead of quoting it as written: only numbers are quoted', () => {
    const depth = refused(parsePlanText(text.replace('"depthMm": 5,', '"depthMm": [1],')));
    expect(depth).toMatchObject({ path: '/threads/0/depthMm', message: 'must be a finite number between 0 and 30 mm below the skin surface (got a list of 1)' });
    const version = refused(parsePlanText(text.replace('"schemaVersion": 3', '"schemaVersion": [1, 2]')));
    expect(version).toMatchObject({ path: '/schemaVersion', message: 'must be a whole number from 1 (got a list of 2)', line: 3 });
  });

  it('refuses unknown thread types only when the catalogue ids are given', () => {
    const known = new Set(['pdo-mono-29g-38']);
    expect(parsePlanText(text).ok).toBe(true);
    const error = refused(parsePlanText(text, { knownThreadTypeIds: known }));
    expect(error).toMatchObject({ path: '/threads/0/typeId' });
    expect(error.message).toContain('"pdo-cog-bi-19g-100"');
    expect(parsePlanText(text, { knownThreadTypeIds: new Set(['pdo-cog-bi-19g-100']) }).ok).toBe(true);
    // a plain list of ids works the same way
    expect(parsePlanText(text, { knownThreadTypeIds: ['pdo-cog-bi-19g-100'] }).ok).toBe(true);
    expect(parsePlanText(text, { knownThreadTypeIds: ['pdo-mono-29g-38'] })).toMatchObject({ ok: false, error: { path: '/threads/0/typeId' } });
  });

  it('refuses more threads than the cap', () => {
    const thread = plan.threads[0] as Thread;
    const many = { ...plan, threads: Array.from({ length: MAX_THREADS + 1 }, (_, i) => ({ ...thread, id: `t${i + 1}` })) };
    const error = refused(parsePlanText(JSON.stringify(many)));
    expect(error.path).toBe('/threads');
    expect(error.message).toContain(`has ${MAX_THREADS + 1} threads; the most VectorLift accepts is ${MAX_THREADS}`);
  });

  it('accepts a leading byte-order mark and CRLF line ends', () => {
    const result = parsePlanText('\uFEFF' + text.replace(/\n/g, '\r\n'));
    expect(result).toEqual({ ok: true, plan, migratedFrom: null });
  });

  it('refuses deep nesting without a RangeError, pointing at where it gets too deep', () => {
    const deep = '{"a":' + '['.repeat(1_000_000) + ']'.repeat(1_000_000) + '}';
    const error = refused(parsePlanText(deep));
    expect(error.message).toContain('nested too deeply');
    expect(error).toMatchObject({ line: 1, column: 6 + 63 });
  });

  it('never throws for non-string input passed by untyped callers', () => {
    expect(refused(parsePlanText(undefined as unknown as string)).message).toBe('is not text');
  });
});

describe('formatPlanError', () => {
  it('writes one line with file, pointer, message and position', () => {
    expect(formatPlanError({ message: 'must be "left" or "right"', path: '/threads/2/side', line: 40, column: 15 }, 'plan.vlift')).toBe(
      'plan.vlift: /threads/2/side: must be "left" or "right" (line 40, column 15)',
    );
    expect(formatPlanError({ message: 'is not valid JSON: x', path: '', line: null, column: null })).toBe('is not valid JSON: x');
    expect(formatPlanError({ message: 'a\nb', path: '', line: null, column: null })).toBe('a b');
  });
});

describe('v8Position', () => {
  it('reads both V8 message styles', () => {
    const t = 'ab\ncdef\ngh';
    expect(v8Position(t, 'Unexpected token } in JSON at position 5')).toBe(5);
    expect(v8Position(t, "Expected ',' or '}' after property value in JSON at position 6 (line 2 column 4)")).toBe(6);
    expect(v8Position(t, "Unexpected token 'x', \"...\" is not valid JSON")).toBeNull();
  });
});
