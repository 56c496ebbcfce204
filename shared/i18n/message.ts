import { localizeNumber, pluralCategory } from './format';
import type { Locale } from './locale';

/**
 * Filling a dictionary template: the one renderer of message text, shared by the canvas, the
 * panels, the PDF and the CLI.
 *
 * Template syntax (a small subset of ICU MessageFormat, which translators know):
 *   {name}                     the parameter; a number is written the locale's way (2,5 in ru)
 *   {n, plural, one {# нить} few {# нити} many {# нитей} other {# нити}}
 *                              the branch for n's plural category in the locale (Intl.PluralRules),
 *                              or an exact match written =0, =1 ...; # is n written the locale's way
 * A parameter that is not given is left visible as {name}, so a gap shows in review instead of
 * reading "undefined". Parameter values are inserted as they are, never read as template text.
 */

export type MessageParams = Readonly<Record<string, string | number>>;

export function renderMessage(locale: Locale, template: string, params?: MessageParams): string {
  const cut = cutOf(template);
  if (cut !== null) {
    let out = cut[0]!;
    for (let k = 1; k < cut.length; k += 3) {
      const name = cut[k]!;
      if (params !== undefined && Object.prototype.hasOwnProperty.call(params, name)) {
        const value = params[name]!;
        out += typeof value === 'number' ? localizeNumber(locale, value) : value;
      } else out += cut[k + 1]!;
      out += cut[k + 2]!;
    }
    return out;
  }
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = matchingBrace(template, open);
    if (close < 0) {
      out += template.slice(open);
      break;
    }
    out += placeholder(locale, template.slice(open + 1, close), template.slice(open, close + 1), params);
    i = close + 1;
  }
  return out;
}

/**
 * A template whose every placeholder is a plain {name}, cut into [text, name, placeholder as
 * written, text, name, placeholder, ..., text]; null for one with a plural form or an unbalanced
 * brace, which renderMessage reads as it goes. Made once per template and kept: the analysis of a
 * large plan sorts thousands of findings by their titles (issue 15), and reading the template
 * again for each title cost more than the rest of filling it. The cut reads a template exactly as
 * the loop in renderMessage does ("{" to its matching "}", a body of one word between optional
 * spaces, placeholder()), so it fills the same words.
 */
function cutOf(template: string): readonly string[] | null {
  let cut = templateCuts.get(template);
  if (cut !== undefined) return cut;
  const parts: string[] = [];
  let text = '';
  let i = 0;
  for (;;) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      parts.push(text + template.slice(i));
      break;
    }
    text += template.slice(i, open);
    // (a body with a "{" of its own is no plain name: the first "}" is then not its match, and the template is not cut)
    const close = template.indexOf('}', open);
    const simple = close < 0 ? null : SIMPLE.exec(template.slice(open + 1, close));
    if (simple === null) {
      parts.length = 0;
      break;
    }
    parts.push(text, simple[1]!, template.slice(open, close + 1));
    text = '';
    i = close + 1;
  }
  cut = parts.length > 0 ? parts : null;
  // (templates come from the string tables, a few hundred; the bound only guards against a caller that makes them)
  if (templateCuts.size < MAX_CUTS) templateCuts.set(template, cut);
  return cut;
}

const templateCuts = new Map<string, readonly string[] | null>();
const MAX_CUTS = 10_000;
const SIMPLE = /^\s*(\w+)\s*$/;

/** Index of the brace closing the one at `open`, counting nested braces; -1 when unbalanced. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return j;
  }
  return -1;
}

function placeholder(locale: Locale, body: string, whole: string, params: MessageParams | undefined): string {
  const simple = SIMPLE.exec(body);
  if (simple) {
    const name = simple[1]!;
    if (!params || !Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name]!;
    return typeof value === 'number' ? localizeNumber(locale, value) : value;
  }
  const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(body);
  if (plural) {
    const name = plural[1]!;
    const value = params && Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    const count = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
    if (!Number.isFinite(count)) return whole;
    const branches = pluralBranches(body.slice(plural[0].length));
    const branch = branches.get(`=${count}`) ?? branches.get(pluralCategory(locale, count)) ?? branches.get('other');
    if (branch === undefined) return whole;
    return fillBranch(locale, branch, params, typeof value === 'number' ? localizeNumber(locale, value) : String(value));
  }
  return whole;
}

/** "one {# нить} few {# нити}" -> {one: '# нить', few: '# нити'}. */
function pluralBranches(text: string): Map<string, string> {
  const branches = new Map<string, string>();
  const selector = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;
  let i = 0;
  for (;;) {
    selector.lastIndex = i;
    const m = selector.exec(text);
    if (!m) break;
    const open = selector.lastIndex - 1;
    const close = matchingBrace(text, open);
    if (close < 0) break;
    branches.set(m[1]!, text.slice(open + 1, close));
    i = close + 1;
  }
  return branches;
}

/** A plural branch: '#' is the count; nested {placeholders} are filled as in the template. */
function fillBranch(locale: Locale, branch: string, params: MessageParams | undefined, count: string): string {
  let out = '';
  let i = 0;
  while (i < branch.length) {
    const ch = branch[i]!;
    if (ch === '#') {
      out += count;
      i++;
    } else if (ch === '{') {
      const close = matchingBrace(branch, i);
      if (close < 0) {
        out += branch.slice(i);
        break;
      }
      out += placeholder(locale, branch.slice(i + 1, close), branch.slice(i, close + 1), params);
      i = close + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
