/**
 * Where a line may not break: between a number and what belongs to it. A reader who meets
 * "100" at the end of one line and "mm" at the start of the next has to put them back together,
 * and in a narrow column (the thread picker, the PDF's thread table) Russian and Korean names
 * wrap often. One definition, used by the PDF's line breaking and by the thread types' names.
 */

/**
 * U+00A0, not the narrow U+202F: the PDF's one embedded font (assets/fonts/NotoSansKR-VectorLift.ttf)
 * has a glyph for U+00A0 (as wide as a space) and none for U+202F, and every system font has it.
 */
export const NO_BREAK_SPACE = '\u00a0';

/**
 * Spaces between a number and its unit ("3.2 mm", "2,5 мм", "1.5 N", "2,2 Н", "45 °", "80 %") and between a
 * thread's gauge and its length ("19G 100 mm"). A word that merely starts like a unit ("12 mmHg")
 * is not a unit.
 */
export const NUMBER_UNIT_SPACE = /(?<=\d) (?=(?:mm|мм|cm|см|N|Н|°|%)(?![\p{L}\d]))|(?<=\d+G) (?=\d)/gu;

/** `text` with every space of NUMBER_UNIT_SPACE made a no-break space. */
export function keepNumbersWithUnits(text: string): string {
  return text.replace(NUMBER_UNIT_SPACE, NO_BREAK_SPACE);
}
