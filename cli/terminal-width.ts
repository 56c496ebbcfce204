/**
 * Column layout of the command line's text output. A terminal draws a wide character (Hangul, CJK)
 * two cells wide, so columns are padded by the cells a text takes, not by its characters: Korean
 * tables line up as English and Russian ones do.
 */

/** Cells `text` takes on a terminal (Unicode's East Asian Width, for the scripts VectorLift writes). */
export function terminalWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

/** `text` and spaces up to `columns` terminal cells. */
export const padToWidth = (text: string, columns: number): string => text + ' '.repeat(Math.max(0, columns - terminalWidth(text)));
