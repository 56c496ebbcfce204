import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPlanError } from '../../../../shared/plan';
import {
  CASE_FORMAT,
  CASE_LIMITS,
  CASE_SCHEMA_VERSION,
  parseCaseText,
  serializeCase,
  validateCase,
  type CaseError,
  type CaseParseResult,
  type TrainingCase,
} from '../../../../shared/training';

const GOOD: TrainingCase = {
  format: CASE_FORMAT,
  schemaVersion: CASE_SCHEMA_VERSION,
  id: 'midface-example-case',
  title: 'An example case',
  area: 'midface',
  rules: ['cheekbone-concentration', 'over-tension'],
  mistakes: ['single-thread-pull'],
  summary: 'One thread per side does the lifting.',
  teaching: { whatIsWrong: 'One thread.', whyItMatters: 'It gathers tissue.', whatTheCorrectionChanges: 'Three threads share the pull.' },
  poor: 'poor.vlift',
  corrected: 'corrected.vlift',
};

/** The case as JSON text with some fields replaced (undefined removes a field). */
function withFields(fields: Record<string, unknown>): string {
  const doc: Record<string, unknown> = { ...JSON.parse(serializeCase(GOOD)) };
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) delete doc[k];
    else doc[k] = v;
  }
  return JSON.stringify(doc, null, 2);
}

function refusal(result: CaseParseResult): CaseError {
  if (result.ok) throw new Error('expected a refusal, got a case');
  return result.error;
}

/** Broken case files, each with the pointer it is refused at and the English words expected. */
const REFUSED: readonly (readonly [string, string, string, RegExp])[] = [
  ['not JSON', '{ "format": "vectorlift-case", ', '', /truncated/],
  ['a syntax error', '{ "format": "vectorlift-case" "id": 1 }', '', /not valid JSON/],
  ['an empty file', '', '', /not valid JSON: the file is empty/],
  ['a list', '[1, 2]', '', /not a VectorLift training case: the file holds a list of 2/],
  ['a plan file', withFields({ format: 'vectorlift-plan' }), '/format', /this is a plan/],
  ['no format', withFields({ format: undefined }), '/format', /no "format" field/],
  ['a fractional schema version', withFields({ schemaVersion: 1.5 }), '/schemaVersion', /whole number/],
  ['a missing field', withFields({ summary: undefined }), '/summary', /missing field "summary"/],
  ['an unknown field', withFields({ patientName: 'A. Person' }), '/patientName', /unknown field "patientName"/],
  ['an empty title', withFields({ title: '   ' }), '/title', /must not be empty/],
  ['a numeric title', withFields({ title: 7 }), '/title', /must be text \(got 7\)/],
  ['an id with capitals', withFields({ id: 'Midface_1' }), '/id', /lower-case words/],
  ['an unknown area', withFields({ area: 'forehead' }), '/area', /one of midface, jawline, brow, neck, combined/],
  ['no rules', withFields({ rules: [] }), '/rules', /at least one rule/],
  ['a rule twice', withFields({ rules: ['crowding', 'crowding'] }), '/rules/1', /listed twice/],
  ['rules not a list', withFields({ rules: 'crowding' }), '/rules', /list of rule ids/],
  ['an unknown mistake', withFields({ mistakes: ['bad-luck'] }), '/mistakes/0', /unknown mistake id/],
  ['a teaching note missing', withFields({ teaching: { whatIsWrong: 'a', whyItMatters: 'b' } }), '/teaching/whatTheCorrectionChanges', /missing field/],
  ['an unknown teaching field', withFields({ teaching: { ...GOOD.teaching, extra: 'x' } }), '/teaching/extra', /unknown field "extra"/],
  ['a design path with folders', withFields({ poor: '../other/poor.vlift' }), '/poor', /without folders/],
  ['a design that is not a plan file', withFields({ corrected: 'corrected.json' }), '/corrected', /\.vlift plan/],
  ['the same file twice', withFields({ corrected: 'poor.vlift' }), '/corrected', /different file/],
  ['an over-long note', withFields({ teaching: { ...GOOD.teaching, whyItMatters: 'x'.repeat(CASE_LIMITS.maxTeachingLength + 1) } }), '/teaching/whyItMatters', /at most 5000/],
];

describe('parseCaseText', () => {
  it('reads a valid case and serializeCase writes it back byte for byte', () => {
    const text = serializeCase(GOOD);
    const parsed = parseCaseText(text);
    expect(parsed).toEqual({ ok: true, case: GOOD });
    expect(serializeCase((parsed as { case: TrainingCase }).case)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'schemaVersion', 'id', 'title', 'area', 'rules', 'mistakes', 'summary', 'teaching', 'poor', 'corrected']);
  });

  it('treats a missing mistakes list as empty and puts rules in the rule order', () => {
    const parsed = parseCaseText(withFields({ mistakes: undefined, rules: ['over-tension', 'cheekbone-concentration'] }));
    expect(parsed.ok && parsed.case.mistakes).toEqual([]);
    expect(parsed.ok && parsed.case.rules).toEqual(['cheekbone-concentration', 'over-tension']);
  });

  it('refuses a case from a newer schema with a message that says so', () => {
    const e = refusal(parseCaseText(withFields({ schemaVersion: CASE_SCHEMA_VERSION + 1 })));
    expect(e.path).toBe('/schemaVersion');
    expect(e.message).toMatch(/newer version of VectorLift/);
    expect(e.message).toContain(`case schema ${CASE_SCHEMA_VERSION + 1}`);
    expect(e.line).toBe(3);
  });

  it('refuses unknown rule ids, naming the position', () => {
    const e = refusal(parseCaseText(withFields({ rules: ['crowding', 'cheek-widening'] })));
    expect(e.path).toBe('/rules/1');
    expect(e.message).toContain('unknown rule id "cheek-widening"');
    expect(formatPlanError(e, 'case.json')).toMatch(/^case\.json: \/rules\/1: unknown rule id "cheek-widening" .*\(line \d+, column \d+\)$/);
  });

  it.each(REFUSED)('refuses %s', (_what, text, path, message) => {
    const e = refusal(parseCaseText(text));
    expect(e.path).toBe(path);
    expect(e.message).toMatch(message);
  });

  it('refuses a huge file before parsing it', () => {
    const e = refusal(parseCaseText(withFields({ summary: 'x'.repeat(CASE_LIMITS.maxFileBytes) })));
    expect(e.message).toMatch(/at most 200 kB/);
  });

  it('refuses deeply nested text before JSON.parse sees it', () => {
    const e = refusal(parseCaseText('['.repeat(100_000) + ']'.repeat(100_000)));
    expect(e.message).toMatch(/nested too deeply/);
  });

  it('accepts a byte-order mark', () => {
    expect(parseCaseText('\uFEFF' + serializeCase(GOOD)).ok).toBe(true);
  });

  it('never throws, whatever the text', () => {
    const good = serializeCase(GOOD);
    const mutated = fc.tuple(fc.nat(good.length), fc.nat(20), fc.string()).map(([at, cut, insert]) => good.slice(0, at) + insert + good.slice(at + cut));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), mutated), (text) => {
        const result = parseCaseText(text);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});

describe('validateCase', () => {
  it('checks an object built in memory the same way', () => {
    expect(validateCase(GOOD)).toEqual({ ok: true, case: GOOD });
    const bad = validateCase({ ...GOOD, rules: ['nonsense'] });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.path).toBe('/rules/0');
    expect(validateCase(null).ok).toBe(false);
  });
});

describe('a refused case file in Korean and Russian', () => {
  // English words that would only appear in a refusal left untranslated.
  const ENGLISH = /\b(must|got|should|the|case|file|missing|unknown|field|text|list|empty|listed|twice|folders|valid)\b/i;

  it.each(REFUSED)('writes %s in the language, at the same place', (_what, text, path) => {
    const e = refusal(parseCaseText(text));
    expect(e.text, 'a case refusal carries its key and parameters').toBeDefined();
    const english = formatPlanError(e, 'case.json', 'en');
    expect(english).toBe(formatPlanError(e, 'case.json'));
    for (const locale of ['ko', 'ru'] as const) {
      const written = formatPlanError(e, 'case.json', locale);
      expect(written).not.toBe(english);
      expect(written.startsWith(`case.json: ${path ? `${path}: ` : ''}`)).toBe(true);
      // Quoted values, ids, the allowed areas and the file names stay as in the file.
      expect(written.replace(/"[^"]*"|'[^']*'|case\.json|\.vlift|JSON|VectorLift|midface, jawline, brow, neck, combined|whatIsWrong, whyItMatters, whatTheCorrectionChanges|[a-z]+(-[a-z]+)+/g, ''), `${locale}: ${written}`).not.toMatch(ENGLISH);
      expect(written).not.toMatch(/\{\w+\}/);
      if (e.line !== null) expect(written).toContain(String(e.line));
    }
  });

  it('counts characters with the Russian plural', () => {
    expect(CASE_LIMITS.maxTeachingLength).toBe(5000);
    const e = refusal(parseCaseText(withFields({ teaching: { ...GOOD.teaching, whyItMatters: 'x'.repeat(5001) } })));
    expect(formatPlanError(e, undefined, 'ru')).toMatch(/^\/teaching\/whyItMatters: длина 5001 символ; допускается не больше 5000 \(строка \d+, столбец \d+\)$/);
    const f = refusal(parseCaseText(withFields({ teaching: { ...GOOD.teaching, whyItMatters: 'x'.repeat(5003) } })));
    expect(formatPlanError(f, undefined, 'ru')).toMatch(/длина 5003 символа;/);
  });
});
