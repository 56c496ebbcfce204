import { describe, expect, it } from 'vitest';
import {
  findExcessiveNesting,
  findJsonSyntaxError,
  lineColumnAt,
  locateJsonPointer,
  utf8ByteLength,
} from '../../../../shared/plan/json-text';

// The edges of json-text.ts one at a time: each character class at its boundary, each state of
// the grammar scan with the refusal it gives as data (key, parameters, offset), and each way a
// JSON pointer is found in text. json-text.test.ts checks the same functions against JSON.parse
// and Node on random text, where exact boundaries and the rarer states are seldom drawn.

/** What the scan finds at `offset`, with the character there quoted (not a control character). */
const found = (offset: number, key: string, quoted: string, params: Record<string, string> = {}) => ({
  offset,
  text: { key, params: { ...params, found: `'${quoted}'` } },
  truncated: false,
});

const truncated = (text: string) => ({ offset: text.length, text: { key: 'json.truncated' }, truncated: true });

describe('lineColumnAt at its edges', () => {
  it('puts an offset before the text at its start and one on a line break at the end of its line', () => {
    expect(lineColumnAt('ab\ncd', -3)).toEqual({ line: 1, column: 1 });
    // The break itself belongs to the line it ends.
    expect(lineColumnAt('ab\ncd', 2)).toEqual({ line: 1, column: 3 });
    expect(lineColumnAt('ab\ncd', 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumnAt('\n\n\nx', 3)).toEqual({ line: 4, column: 1 });
    expect(lineColumnAt('', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('utf8ByteLength at each encoding boundary', () => {
  it('counts every code unit on either side of 0x80, 0x800 and the surrogate ranges as Node does', () => {
    const units = [0x00, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xffff];
    for (const a of units) {
      const one = String.fromCharCode(a);
      expect(utf8ByteLength(one), a.toString(16)).toBe(Buffer.byteLength(one, 'utf8'));
      for (const b of units) {
        const two = String.fromCharCode(a, b);
        expect(utf8ByteLength(two), `${a.toString(16)} ${b.toString(16)}`).toBe(Buffer.byteLength(two, 'utf8'));
        const three = `x${two}`;
        expect(utf8ByteLength(three), `x ${a.toString(16)} ${b.toString(16)}`).toBe(Buffer.byteLength(three, 'utf8'));
      }
    }
  });

  it('counts a surrogate pair as four bytes and each lone surrogate as three', () => {
    expect(utf8ByteLength('\ud83d\ude00')).toBe(4);
    expect(utf8ByteLength('\ud83d')).toBe(3);
    expect(utf8ByteLength('\ude00\ud83d')).toBe(6);
    expect(utf8ByteLength('\ud83dx')).toBe(4);
  });
});

describe('findExcessiveNesting: what opens and closes a level', () => {
  it('counts braces as well as brackets, and closing either one ends a level', () => {
    expect(findExcessiveNesting('{"a":{"b":{}}}', 2)).toBe(10);
    expect(findExcessiveNesting('{"a":{"b":{}}}', 3)).toBeNull();
    expect(findExcessiveNesting('[[],[],[],[]]', 2)).toBeNull();
    expect(findExcessiveNesting('{"a":{},"b":{},"c":{}}', 2)).toBeNull();
    expect(findExcessiveNesting('[{},{},{"a":[[]]}]', 3)).toBe(13);
  });

  it('counts brackets again after a string ends, and skips an escaped quote inside one', () => {
    expect(findExcessiveNesting('["a",[["b"]]]', 2)).toBe(6);
    expect(findExcessiveNesting('["\\"[[", [[1]]]', 2)).toBe(10);
    expect(findExcessiveNesting('["\\\\", [[1]]]', 2)).toBe(8);
  });
});

describe('findJsonSyntaxError: each refusal as data', () => {
  it('names the empty text empty and any text that stops early truncated, at its end', () => {
    expect(findJsonSyntaxError('')).toEqual({ offset: 0, text: { key: 'json.empty' }, truncated: true });
    expect(findJsonSyntaxError(' \t\r\n')).toEqual({ offset: 0, text: { key: 'json.empty' }, truncated: true });
    for (const text of ['[', '[1,', '[1', '{"a"', '{"a":1', '{"a":1,', '"\\', '"\\u12', '"\\u123', 'nul', 'fals', '1e', '1E+', '-', '[1.']) {
      expect(findJsonSyntaxError(text), text).toEqual(truncated(text));
    }
  });

  it('accepts every escape JSON allows, numbers in every form and the three literals', () => {
    for (const text of ['"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u00aF"', '" ~\\u0020"', '-0', '0', '-0.5', '10.25e+3', '1E5', '1e-5', '2E-0', '[true,false,null]', '{}', '[]', '{"a":[{}]}']) {
      expect(findJsonSyntaxError(text), text).toBeNull();
    }
  });

  it('refuses a bad escape at its backslash', () => {
    const badUnicode = (offset: number) => ({ offset, text: { key: 'syntax.badUnicodeEscape', params: { escape: '\\u' } }, truncated: false });
    expect(findJsonSyntaxError('"ab\\uG000"')).toEqual(badUnicode(3));
    expect(findJsonSyntaxError('"\\u123G"')).toEqual(badUnicode(1));
    expect(findJsonSyntaxError('"\\u12g4"')).toEqual(badUnicode(1));
    expect(findJsonSyntaxError('"\\u00@0"')).toEqual(badUnicode(1));
    expect(findJsonSyntaxError('["x\\a"]')).toEqual({ offset: 3, text: { key: 'syntax.unknownEscape', params: { escape: '\\a' } }, truncated: false });
    // the hex digits at the ends of their ranges: A and F, a and f
    expect(findJsonSyntaxError('"\\uAFaf"')).toBeNull();
    expect(findJsonSyntaxError('"\\uFAfa"')).toBeNull();
  });

  it('refuses a property name as it refuses a string, where the name is broken', () => {
    expect(findJsonSyntaxError('{"a\u0001":1}')).toEqual({
      offset: 3,
      text: { key: 'syntax.controlInString', params: { code: 'U+0001' }, words: { found: 'syntax.controlCharacter' } },
      truncated: false,
    });
    expect(findJsonSyntaxError('{"a":1,"\\x":2}')).toEqual({ offset: 8, text: { key: 'syntax.unknownEscape', params: { escape: '\\x' } }, truncated: false });
    expect(findJsonSyntaxError('{"ab')).toEqual(truncated('{"ab'));
  });

  it('names a control character by its code in capitals, and a space or other character as it is', () => {
    const control = (offset: number, key: string, code: string, params: Record<string, string> = {}) => ({
      offset,
      text: { key, params: { ...params, code }, words: { found: 'syntax.controlCharacter' } },
      truncated: false,
    });
    expect(findJsonSyntaxError('"a\u001fb"')).toEqual(control(2, 'syntax.controlInString', 'U+001F'));
    expect(findJsonSyntaxError('{} \u007f')).toEqual(control(3, 'syntax.afterEnd', 'U+007F'));
    expect(findJsonSyntaxError('[1\u0001]')).toEqual(control(2, 'syntax.afterItem', 'U+0001', { comma: "','", close: "']'" }));
    expect(findJsonSyntaxError('[- ]')).toEqual(found(2, 'syntax.malformedNumber', ' '));
    expect(findJsonSyntaxError('[1~]')).toEqual(found(2, 'syntax.afterItem', '~', { comma: "','", close: "']'" }));
  });

  it('refuses a number at the first character that cannot continue it', () => {
    expect(findJsonSyntaxError('[-x]')).toEqual(found(2, 'syntax.malformedNumber', 'x'));
    expect(findJsonSyntaxError('[1.x]')).toEqual(found(3, 'syntax.malformedNumber', 'x'));
    expect(findJsonSyntaxError('[1ex]')).toEqual(found(3, 'syntax.malformedNumber', 'x'));
    expect(findJsonSyntaxError('[1E-]')).toEqual(found(4, 'syntax.malformedNumber', ']'));
    expect(findJsonSyntaxError('[1.e5]')).toEqual(found(3, 'syntax.malformedNumber', 'e'));
    expect(findJsonSyntaxError('[-01]')).toEqual(found(3, 'syntax.afterItem', '1', { comma: "','", close: "']'" }));
  });

  it('refuses a misspelt literal at its first letter and anything else where a value should be', () => {
    expect(findJsonSyntaxError('[tx]')).toEqual(found(1, 'syntax.notAValue', 't'));
    expect(findJsonSyntaxError('[nulx]')).toEqual(found(1, 'syntax.notAValue', 'n'));
    expect(findJsonSyntaxError('[fals]')).toEqual(found(1, 'syntax.notAValue', 'f'));
    expect(findJsonSyntaxError('[x]')).toEqual(found(1, 'syntax.valueExpected', 'x'));
    expect(findJsonSyntaxError('[,]')).toEqual(found(1, 'syntax.valueExpected', ','));
    expect(findJsonSyntaxError('[1,]')).toEqual(found(3, 'syntax.valueExpected', ']'));
    expect(findJsonSyntaxError('{"a":]')).toEqual(found(5, 'syntax.valueExpected', ']'));
    expect(findJsonSyntaxError('{"a":}')).toEqual(found(5, 'syntax.valueExpected', '}'));
  });

  it('expects the close that matches the open, a name after a comma in an object and a value after one in a list', () => {
    const afterProperty = (offset: number, quoted: string) => found(offset, 'syntax.afterProperty', quoted, { comma: "','", close: "'}'" });
    const afterItem = (offset: number, quoted: string) => found(offset, 'syntax.afterItem', quoted, { comma: "','", close: "']'" });
    expect(findJsonSyntaxError('{"a":1]')).toEqual(afterProperty(6, ']'));
    expect(findJsonSyntaxError('[1}')).toEqual(afterItem(2, '}'));
    expect(findJsonSyntaxError('[{"a":[1]}}')).toEqual(afterItem(10, '}'));
    expect(findJsonSyntaxError('{"a":[1}')).toEqual(afterItem(7, '}'));
    expect(findJsonSyntaxError('{"a":1,]')).toEqual(found(7, 'syntax.nameAfterComma', ']', { comma: "','" }));
    expect(findJsonSyntaxError('{"a":1,}')).toEqual(found(7, 'syntax.nameAfterComma', '}', { comma: "','" }));
    expect(findJsonSyntaxError('{"a":1,"b"}')).toEqual(found(10, 'syntax.colon', '}', { colon: "':'" }));
    expect(findJsonSyntaxError('{1}')).toEqual(found(1, 'syntax.nameOrClose', '1', { close: "'}'" }));
    expect(findJsonSyntaxError('{]')).toEqual(found(1, 'syntax.nameOrClose', ']', { close: "'}'" }));
    expect(findJsonSyntaxError('[1,"a":2]')).toEqual(afterItem(6, ':'));
    expect(findJsonSyntaxError('[] ]')).toEqual(found(3, 'syntax.afterEnd', ']'));
  });
});

describe('locateJsonPointer: finding a value in the text', () => {
  it('returns null for blank text and the whole document for no segments', () => {
    expect(locateJsonPointer('', [])).toBeNull();
    expect(locateJsonPointer(' \n ', ['a'])).toBeNull();
    expect(locateJsonPointer('  [1]', [])).toEqual({ offset: 2, raw: '[1]', depth: 0 });
  });

  it('compares an escaped key decoded, whichever escape it uses', () => {
    expect(locateJsonPointer('{"c\\/d": 5}', ['c/d'])).toEqual({ offset: 9, raw: '5', depth: 1 });
    expect(locateJsonPointer('{"\\u0061": 1, "b": 2}', ['a'])).toEqual({ offset: 11, raw: '1', depth: 1 });
    expect(locateJsonPointer('{"a\\"b": 1, "c": 2}', ['a"b'])?.raw).toBe('1');
    expect(locateJsonPointer('{"a\\"b": 1, "c": 2}', ['c'])?.raw).toBe('2');
  });

  it('skips over objects, lists and strings holding brackets, quotes and commas to reach the next key', () => {
    const text = '{"a": {"x": "}]", "y": ["\\"}", [1, {}]]}, "b": "q,\\"", "c" : 12 , "d": true}';
    expect(locateJsonPointer(text, ['a'])?.raw).toBe('{"x": "}]", "y": ["\\"}", [1, {}]]}');
    expect(locateJsonPointer(text, ['b'])?.raw).toBe('"q,\\""');
    expect(locateJsonPointer(text, ['c'])).toEqual({ offset: text.indexOf('12'), raw: '12', depth: 1 });
    expect(locateJsonPointer(text, ['d'])?.raw).toBe('true');
    expect(locateJsonPointer(text, ['a', 'y', '1', '1'])).toEqual({ offset: text.indexOf('{}'), raw: '{}', depth: 4 });
    expect(locateJsonPointer('[ "a" , "b,]" ,\n 7 ]', ['2'])).toEqual({ offset: 17, raw: '7', depth: 1 });
  });

  it('quotes at most 80 characters of a long value', () => {
    const long = `"${'x'.repeat(100)}"`;
    expect(locateJsonPointer(`{"a": ${long}}`, ['a'])).toEqual({ offset: 6, raw: long.slice(0, 80), depth: 1 });
    const list = `[${Array.from({ length: 40 }, (_, i) => i).join(',')}]`;
    expect(locateJsonPointer(`{"a": ${list}}`, ['a'])?.raw).toBe(list.slice(0, 80));
  });

  it('reads a list index only as a plain decimal number, from 0 up to three digits and more', () => {
    const list = `[${Array.from({ length: 101 }, (_, i) => i * 2).join(',')}]`;
    expect(locateJsonPointer(list, ['100'])).toMatchObject({ raw: '200', depth: 1 });
    expect(locateJsonPointer(list, ['0'])).toMatchObject({ raw: '0', depth: 1 });
    expect(locateJsonPointer(list, ['10'])).toMatchObject({ raw: '20', depth: 1 });
    for (const segment of ['01', '00', '-1', '1.0', '1e1', ' 1', '1 ', '', 'x']) {
      expect(locateJsonPointer(list, [segment]), segment).toEqual({ offset: 0, raw: list.slice(0, 80), depth: 0 });
    }
    expect(locateJsonPointer(list, ['101'])).toMatchObject({ offset: 0, depth: 0 });
    expect(locateJsonPointer('[]', ['0'])).toEqual({ offset: 0, raw: '[]', depth: 0 });
    expect(locateJsonPointer('[ ]', ['0'])).toEqual({ offset: 0, raw: '[ ]', depth: 0 });
  });

  it('stops at the deepest value found: a key missing, a key into a list, an index into an object or a scalar', () => {
    const text = '{"a": {"b": [10, 20]}, "n": 5}';
    expect(locateJsonPointer(text, ['a', 'z', 'q'])).toEqual({ offset: 6, raw: '{"b": [10, 20]}', depth: 1 });
    expect(locateJsonPointer(text, ['a', 'b', 'x'])).toEqual({ offset: 12, raw: '[10, 20]', depth: 2 });
    expect(locateJsonPointer(text, ['a', '0'])).toMatchObject({ offset: 6, depth: 1 });
    expect(locateJsonPointer(text, ['n', '0'])).toEqual({ offset: 28, raw: '5', depth: 1 });
    expect(locateJsonPointer('{}', ['a'])).toEqual({ offset: 0, raw: '{}', depth: 0 });
    // an empty object has no key, not even the empty one
    expect(locateJsonPointer('{}', [''])).toEqual({ offset: 0, raw: '{}', depth: 0 });
    expect(locateJsonPointer('{ }', [''])).toEqual({ offset: 0, raw: '{ }', depth: 0 });
    expect(locateJsonPointer('{"": 3}', [''])).toEqual({ offset: 5, raw: '3', depth: 1 });
  });
});
