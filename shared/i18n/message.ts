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
  if (!template.includes('{')) return template;
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
  const simple = /^\s*(\w+)\s*$/.exec(body);
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
