import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findExcessiveNesting,
  findJsonSyntaxError,
  lineColumnAt,
  locateJsonPointer,
  utf8ByteLength,
} from '../../../../shared/plan/json-text';
import { renderPlanErrorText } from '../../../../shared/plan/error-text/render';

/** The scan's problem as the English refusal reads it, or null for valid JSON. */
const problemIn = (text: string, locale: 'en' | 'ko' | 'ru' = 'en'): string | null => {
  const problem = findJsonSyntaxError(text);
  return problem ? renderPlanErrorText(problem.text, locale) : null;
};

const jsonish = fc.string({ unit: fc.constantFrom(...'{}[]":,0123456789.eE+-tfnrulsa \n\\'.split('')), maxLength: 40 });

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on whether text is valid JSON', () => {
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.string(), fc.jsonValue().map((v) => JSON.stringify(v, null, 1))), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('points at the first offending character', () => {
    expect(findJsonSyntaxError('{"a":}')).toMatchObject({ offset: 5, truncated: false });
    expect(problemIn('{"a" 1}')).toBe("is not valid JSON: expected ':' after a property name, found '1'");
    expect(findJsonSyntaxError('[1 2]')).toMatchObject({ offset: 3 });
    expect(problemIn('{"a":1,}')).toBe("is not valid JSON: expected a property name in double quotes after ',', found '}'");
    expect(findJsonSyntaxError('{"a":01}')?.offset).toBe(6);
    expect(problemIn('"\\x"')).toBe('is not valid JSON: unknown escape \\x in a string');
    expect(problemIn('{} x')).toBe("is not valid JSON: unexpected 'x' after the end of the plan");
    expect(problemIn('{"a":"b\tc"}')).toBe('is not valid JSON: control character U+0009 inside a string (write it as an escape)');
  });

  it('writes what it found in Korean and Russian, with the characters from the file as they are', () => {
    expect(problemIn('{"a":1 "b":2}', 'ru')).toBe("это не правильный JSON: после значения свойства ожидается ',' или '}', а стоит '\"'");
    expect(problemIn('[1 2]', 'ko')).toBe("올바른 JSON이 아닙니다: 목록 항목 뒤에는 ',' 또는 ']'이(가) 와야 하는데 '2'이(가) 있습니다");
    expect(problemIn('{"a":"b\tc"}', 'ru')).toBe('это не правильный JSON: управляющий символ U+0009 внутри строки (экранируйте его)');
    for (const text of ['{"a" 1}', '{"a":1,}', '"\\x"', '{} x', '{"a":01}', '[tru]', '[-x]', '"\\u12G4"', '{"a":1 "b"}', '{x}', '[1 2]', '{"a":"b\tc"}']) {
      for (const locale of ['ko', 'ru'] as const) {
        const written = problemIn(text, locale)!;
        // No English word is left: only JSON, the escape as written and the control character's code are Latin.
        expect(written.replace(/JSON|\\[a-zA-Z0-9]+|U\+[0-9A-F]{4}/g, ''), `${locale} ${text}`).not.toMatch(/[A-Za-z]{3,}/);
        expect(written, `${locale} ${text}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('calls a text that simply stops truncated, and an empty one empty', () => {
    for (const text of ['{', '{"a":', '{"a":tr', '[1,', '"abc', '{"a":1.', '{"a":-']) {
      expect(findJsonSyntaxError(text)).toMatchObject({ truncated: true, offset: text.length });
    }
    expect(findJsonSyntaxError('  \n')).toMatchObject({ truncated: true, text: { key: 'json.empty' } });
  });
});

describe('findExcessiveNesting', () => {
  it('finds the first bracket past the limit and ignores brackets inside strings', () => {
    expect(findExcessiveNesting('[[[]]]', 3)).toBeNull();
    expect(findExcessiveNesting('[[[[]]]]', 3)).toBe(3);
    expect(findExcessiveNesting('["[[[[[\\"[[["]', 2)).toBeNull();
  });

  it('handles a million levels without recursion', () => {
    expect(findExcessiveNesting('['.repeat(1_000_000), 64)).toBe(64);
  });
});

describe('lineColumnAt and utf8ByteLength', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumnAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt('ab', 99)).toEqual({ line: 1, column: 3 });
  });

  it('matches Node for UTF-8 length, surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8ByteLength(s)).toBe(Buffer.byteLength(s, 'utf8'));
      }),
    );
  });
});

describe('locateJsonPointer', () => {
  const text = '{\n  "a": [1, {"b": 1e400}],\n  "c\\/d": "x", "c/d": 7\n}';

  it('finds nested values and quotes them as written', () => {
    const found = locateJsonPointer(text, ['a', '1', 'b']);
    expect(found).toMatchObject({ raw: '1e400', depth: 3 });
    expect(lineColumnAt(text, found!.offset)).toEqual({ line: 2, column: 18 });
  });

  it('resolves duplicate keys to the last, as JSON.parse does (escaped keys compared decoded)', () => {
    expect(locateJsonPointer(text, ['c/d'])?.raw).toBe('7');
  });

  it('returns the deepest existing ancestor for a missing value', () => {
    expect(locateJsonPointer(text, ['a', '5'])).toMatchObject({ depth: 1 });
    expect(locateJsonPointer(text, ['zz'])).toMatchObject({ depth: 0, offset: 0 });
  });

  it('finds every value of random JSON at the offset JSON.parse reads it from', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown), fc.boolean(), (value, pretty) => {
        const json = JSON.stringify(value, null, pretty ? 2 : undefined);
        const stack: { v: unknown; path: string[] }[] = [{ v: value, path: [] }];
        while (stack.length) {
          const { v, path } = stack.pop()!;
          const found = locateJsonPointer(json, path);
          expect(found?.depth).toBe(path.length);
          const at = found!.offset;
          expect(JSON.parse(json.slice(at, at + findEnd(json, at)))).toEqual(v);
          if (Array.isArray(v)) v.forEach((c, i) => stack.push({ v: c, path: [...path, String(i)] }));
          else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) stack.push({ v: c, path: [...path, k] });
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** Length of the JSON value starting at `at`, found by trying JSON.parse on growing prefixes. */
function findEnd(json: string, at: number): number {
  for (let len = 1; at + len <= json.length; len++) {
    try {
      JSON.parse(json.slice(at, at + len));
      const next = json[at + len];
      if (next === undefined || /[\s,\]}]/.test(next)) return len;
    } catch {
      // keep growing
    }
  }
  return json.length - at;
}
