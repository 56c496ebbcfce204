/**
 * Greedy line breaking for the report's paragraphs and table cells. Breaks at spaces and after
 * hyphens and slashes; a word wider than the line (a long lot number, a Korean phrase without
 * spaces) is split between characters. Newlines in the text are kept as paragraph breaks.
 */
export function wrapText(text: string, maxWidth: number, widthOf: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const words = paragraph.split(/(?<=[ \-/])/).filter((w) => w !== '');
    let line = '';
    for (const word of words) {
      const candidate = line + word;
      if (widthOf(candidate.trimEnd()) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line.trim() !== '') lines.push(line.trimEnd());
      // The word alone is too wide: cut it into pieces that fit.
      let rest = word;
      while (widthOf(rest.trimEnd()) > maxWidth) {
        const chars = [...rest];
        let take = 1;
        while (take < chars.length && widthOf(chars.slice(0, take + 1).join('')) <= maxWidth) take++;
        lines.push(chars.slice(0, take).join(''));
        rest = chars.slice(take).join('');
      }
      line = rest;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** Shortens `text` with an ellipsis so it fits `maxWidth` (for single-line labels). */
export function fitText(text: string, maxWidth: number, widthOf: (s: string) => number): string {
  if (widthOf(text) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && widthOf(chars.join('').trimEnd() + '…') > maxWidth) chars.pop();
  return chars.join('').trimEnd() + '…';
}
