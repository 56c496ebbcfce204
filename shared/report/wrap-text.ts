import { NUMBER_UNIT_SPACE } from '../i18n/no-break';

/**
 * Greedy line breaking for the report's paragraphs and table cells. Breaks at spaces (not those
 * of GLUED_SPACE) and after hyphens and slashes; a word wider than the line (a long lot number, a Korean phrase without
 * spaces) is split between characters. Newlines in the text are kept as paragraph breaks.
 */
/**
 * Spaces a line never breaks at: between a number and its unit ("3.2 mm", "2,5 мм", "45 °") and
 * between a thread's gauge and its length ("19G 100 mm"), so a reader never meets a number on one
 * line and what it counts on the next. No-break spaces (U+00A0, as in thread types' names) are
 * never break points either: only the plain space is.
 */
const GLUED_SPACE = NUMBER_UNIT_SPACE;
/** Stands for a glued space while the text is split into words (a character no report text uses). */
const GLUE = '\u{E000}';

export function wrapText(text: string, maxWidth: number, widthOf: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const words = paragraph
      .replace(GLUED_SPACE, GLUE)
      .split(/(?<=[ \-/])/)
      .filter((w) => w !== '')
      .map((w) => w.replaceAll(GLUE, ' '));
    let line = '';
    for (const word of words) {
      const candidate = line + word;
      if (widthOf(candidate.trimEnd()) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line.trim() !== '') lines.push(line.trimEnd());
      // The word alone is too wide: cut it into pieces that fit, with a hyphen inside a word of
      // lower-case letters (a Russian region name in a narrow column), plainly elsewhere.
      let rest = word;
      while (widthOf(rest.trimEnd()) > maxWidth) {
        const chars = [...rest];
        let take = 1;
        while (take < chars.length && widthOf(chars.slice(0, take + 1).join('')) <= maxWidth) take++;
        const hyphenAt = hyphenatedCut(chars, take, maxWidth, widthOf);
        lines.push(hyphenAt > 0 ? `${chars.slice(0, hyphenAt).join('')}-` : chars.slice(0, take).join(''));
        rest = chars.slice(hyphenAt > 0 ? hyphenAt : take).join('');
      }
      line = rest;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** Letters a cut with a hyphen keeps on each side (design choice: the usual typographic minimum). */
const MIN_HYPHENATED_LETTERS = 2;
const LOWER_CASE = /^\p{Ll}$/u;
/** A consonant that may begin the next line's piece: not a vowel, nor й, ь or ъ, which never start a Russian syllable. */
const STARTS_SYLLABLE = /^[^aeiouyаеёиоуыэюяйьъ]$/u;

/**
 * Where to cut an over-long word with a hyphen: the longest cut of at most `take` characters
 * between two lower-case letters, with at least two letters on each side, whose piece and hyphen
 * fit; 0 when there is none. Codes and capitals (a lot number, "LOT-ABC123") and scripts without
 * case (Hangul) are cut plainly: a hyphen would read as part of them.
 */
function hyphenatedCut(chars: readonly string[], take: number, maxWidth: number, widthOf: (s: string) => number): number {
  // The word's own characters, without the space that may follow it.
  const letters = [...chars.join('').trimEnd()].length;
  const fits = (k: number): boolean =>
    letters - k >= MIN_HYPHENATED_LETTERS && LOWER_CASE.test(chars[k - 1]!) && LOWER_CASE.test(chars[k]!) && widthOf(`${chars.slice(0, k).join('')}-`) <= maxWidth;
  // Before a consonant if the line allows (Russian and English break so: "преаурикуляр-ная", not
  // "преаурикулярн-ая"), else at any letter.
  for (let k = take; k >= MIN_HYPHENATED_LETTERS; k--) if (STARTS_SYLLABLE.test(chars[k]!) && fits(k)) return k;
  for (let k = take; k >= MIN_HYPHENATED_LETTERS; k--) if (fits(k)) return k;
  return 0;
}

/** Shortens `text` with an ellipsis so it fits `maxWidth` (for single-line labels). */
export function fitText(text: string, maxWidth: number, widthOf: (s: string) => number): string {
  if (widthOf(text) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && widthOf(chars.join('').trimEnd() + '…') > maxWidth) chars.pop();
  return chars.join('').trimEnd() + '…';
}
