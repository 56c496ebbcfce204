/**
 * Helpers that look at a plan's raw JSON text, for error reporting only. JSON.parse does the
 * real parsing (it is fast and battle-tested); these functions answer the questions it cannot:
 * where exactly the text is broken, how deeply it nests, and where in the text a value lives so
 * a validation error can name a line and column and quote the number as written (1e400 parses
 * to Infinity, which would be a confusing thing to quote back).
 *
 * Every loop here is iterative: none of these functions recurses, whatever the input.
 */
import type { PlanErrorKey, PlanErrorText } from './error-text/render';

export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** 1-based line and column (in UTF-16 code units) of a 0-based offset. */
export function lineColumnAt(text: string, offset: number): TextPosition {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** UTF-8 byte length of a string, without TextEncoder (not part of shared/'s ES2022 lib). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Offset of the first bracket that opens deeper than maxDepth levels, or null. */
export function findExcessiveNesting(text: string, maxDepth: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > maxDepth) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return null;
}

export interface SyntaxProblem {
  readonly offset: number;
  /**
   * What is wrong, as a refusal's key and parameters ("is not valid JSON: expected ',' or '}'
   * after a property value, found 'x'"), written in the reader's language by formatPlanError.
   * The characters quoted from the file and the punctuation expected stay as they are.
   */
  readonly text: PlanErrorText;
  /** True when the text simply stops before the JSON value is complete. */
  readonly truncated: boolean;
}

const isWs = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/**
 * A problem at `offset` with the character found there as {found}: quoted as it is ('x'), or, for
 * a control character, named in the language ("control character U+0009").
 */
function foundAt(text: string, offset: number, key: PlanErrorKey, params: Readonly<Record<string, string>> = {}): SyntaxProblem {
  const code = text.charCodeAt(offset);
  const found: Pick<PlanErrorText, 'params' | 'words'> =
    code < 0x20 || code === 0x7f
      ? { params: { ...params, code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` }, words: { found: 'syntax.controlCharacter' } }
      : { params: { ...params, found: `'${text[offset] ?? ''}'` } };
  return { offset, text: { key, ...found }, truncated: false };
}

type Scan = { end: number } | SyntaxProblem;
const truncatedAt = (text: string): SyntaxProblem => ({ offset: text.length, text: { key: 'json.truncated' }, truncated: true });

function scanString(text: string, start: number): Scan {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return { end: i + 1 };
    if (c < 0x20) return foundAt(text, i, 'syntax.controlInString');
    if (c === 92) {
      const e = text.charCodeAt(i + 1);
      if (i + 1 >= text.length) return truncatedAt(text);
      if (e === 117 /* u */) {
        for (let k = 2; k <= 5; k++) {
          if (i + k >= text.length) return truncatedAt(text);
          if (!isHex(text.charCodeAt(i + k))) return { offset: i, text: { key: 'syntax.badUnicodeEscape', params: { escape: '\\u' } }, truncated: false };
        }
        i += 5;
      } else if ('"\\/bfnrt'.includes(text[i + 1] ?? '')) i++;
      else return { offset: i, text: { key: 'syntax.unknownEscape', params: { escape: `\\${text[i + 1] ?? ''}` } }, truncated: false };
    }
  }
  return truncatedAt(text);
}

function scanNumber(text: string, start: number): Scan {
  let i = start;
  const digits = (): boolean => {
    const from = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    return i > from;
  };
  const bad = (): SyntaxProblem =>
    i >= text.length ? truncatedAt(text) : foundAt(text, i, 'syntax.malformedNumber');
  if (text.charCodeAt(i) === 45 /* - */) i++;
  if (text.charCodeAt(i) === 48 /* 0 */) i++;
  else if (!digits()) return bad();
  if (text.charCodeAt(i) === 46 /* . */) {
    i++;
    if (!digits()) return bad();
  }
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69) {
    i++;
    const s = text.charCodeAt(i);
    if (s === 43 || s === 45) i++;
    if (!digits()) return bad();
  }
  return { end: i };
}

function scanLiteral(text: string, start: number): Scan {
  for (const word of ['true', 'false', 'null']) {
    if (word[0] !== text[start]) continue;
    for (let k = 1; k < word.length; k++) {
      if (start + k >= text.length) return truncatedAt(text);
      if (text[start + k] !== word[k]) return foundAt(text, start, 'syntax.notAValue');
    }
    return { end: start + word.length };
  }
  return foundAt(text, start, 'syntax.valueExpected');
}

/**
 * Find the first syntax error in text, or null when it is valid JSON. A small iterative state
 * machine over the JSON grammar (RFC 8259); used because V8's messages do not always carry a
 * position ("Unexpected token 'x', "..." is not valid JSON").
 */
export function findJsonSyntaxError(text: string): SyntaxProblem | null {
  const stack: number[] = []; // 123 '{' or 91 '['
  type State = 'value' | 'valueOrClose' | 'keyOrClose' | 'key' | 'colon' | 'after';
  let state: State = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && isWs(text.charCodeAt(i))) i++;
    const top = stack[stack.length - 1];
    if (i >= text.length) {
      if (state === 'after' && top === undefined) return null;
      if (state === 'value' && stack.length === 0 && text.trim() === '') {
        return { offset: 0, text: { key: 'json.empty' }, truncated: true };
      }
      return truncatedAt(text);
    }
    const c = text.charCodeAt(i);
    switch (state) {
      case 'after':
        if (top === undefined) return foundAt(text, i, 'syntax.afterEnd');
        if (c === 44 /* , */) {
          state = top === 123 ? 'key' : 'value';
          i++;
        } else if ((top === 123 && c === 125) || (top === 91 && c === 93)) {
          stack.pop();
          i++;
        } else {
          return top === 123
            ? foundAt(text, i, 'syntax.afterProperty', { comma: "','", close: "'}'" })
            : foundAt(text, i, 'syntax.afterItem', { comma: "','", close: "']'" });
        }
        break;
      case 'keyOrClose':
      case 'key':
        if (c === 125 && state === 'keyOrClose') {
          stack.pop();
          state = 'after';
          i++;
        } else if (c === 34) {
          const s = scanString(text, i);
          if (!('end' in s)) return s;
          i = s.end;
          state = 'colon';
        } else {
          return state === 'key'
            ? foundAt(text, i, 'syntax.nameAfterComma', { comma: "','" })
            : foundAt(text, i, 'syntax.nameOrClose', { close: "'}'" });
        }
        break;
      case 'colon':
        if (c !== 58) return foundAt(text, i, 'syntax.colon', { colon: "':'" });
        i++;
        state = 'value';
        break;
      case 'value':
      case 'valueOrClose': {
        if (c === 93 && state === 'valueOrClose') {
          stack.pop();
          state = 'after';
          i++;
          break;
        }
        if (c === 123 || c === 91) {
          stack.push(c);
          state = c === 123 ? 'keyOrClose' : 'valueOrClose';
          i++;
          break;
        }
        const s = c === 34 ? scanString(text, i) : c === 45 || isDigit(c) ? scanNumber(text, i) : scanLiteral(text, i);
        if (!('end' in s)) return s;
        i = s.end;
        state = 'after';
        break;
      }
    }
  }
}

/** Offset just past the JSON value starting at `start` in text that is known to be valid JSON. */
function skipValue(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c === 34) {
    let i = start + 1;
    while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
    return i + 1;
  }
  if (c === 123 || c === 91) {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d === 34) {
        i++;
        while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
      } else if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return text.length;
  }
  let i = start;
  while (i < text.length && !isWs(text.charCodeAt(i)) && !',]}'.includes(text[i] ?? '')) i++;
  return i;
}

function skipWs(text: string, i: number): number {
  while (i < text.length && isWs(text.charCodeAt(i))) i++;
  return i;
}

export interface LocatedValue {
  /** Offset where the value starts. */
  readonly offset: number;
  /** The value's text as written (for a number: its digits, e.g. "1e400"). */
  readonly raw: string;
  /** How many leading segments were found; less than segments.length when the value is missing. */
  readonly depth: number;
}

/**
 * Find the value a JSON pointer (given as segments) names, in text that JSON.parse accepted.
 * When the full path does not exist (a missing field), returns the deepest existing ancestor.
 * Duplicate keys resolve to the last one, as JSON.parse does.
 */
export function locateJsonPointer(text: string, segments: readonly string[]): LocatedValue | null {
  let pos = skipWs(text, 0);
  if (pos >= text.length) return null;
  let depth = 0;
  for (const segment of segments) {
    const c = text.charCodeAt(pos);
    let found = -1;
    if (c === 123) {
      let i = skipWs(text, pos + 1);
      while (i < text.length && text.charCodeAt(i) === 34) {
        const keyEnd = skipValue(text, i);
        let key: unknown = text.slice(i + 1, keyEnd - 1);
        if ((key as string).includes('\\')) {
          // only escaped keys need decoding (rare; plain keys are compared as they are)
          try {
            key = JSON.parse(text.slice(i, keyEnd));
          } catch {
            return null;
          }
        }
        i = skipWs(text, skipWs(text, keyEnd) + 1); // past ':'
        if (key === segment) found = i;
        i = skipWs(text, skipValue(text, i));
        if (text.charCodeAt(i) === 44) i = skipWs(text, i + 1);
        else break;
      }
    } else if (c === 91 && /^(0|[1-9][0-9]*)$/.test(segment)) {
      const index = Number(segment);
      let i = skipWs(text, pos + 1);
      for (let k = 0; i < text.length && text.charCodeAt(i) !== 93; k++) {
        if (k === index) {
          found = i;
          break;
        }
        i = skipWs(text, skipValue(text, i));
        if (text.charCodeAt(i) === 44) i = skipWs(text, i + 1);
        else break;
      }
    }
    if (found < 0) break;
    pos = found;
    depth++;
  }
  const end = skipValue(text, pos);
  return { offset: pos, raw: text.slice(pos, Math.min(end, pos + 80)), depth };
}
