import type { PDFFont } from 'pdf-lib';

/**
 * The one embedded font (a Noto Sans CJK KR subset covering Latin, Cyrillic and Hangul; see
 * scripts/make-font.sh). Bold is synthesised by also stroking the outline (page-canvas.ts),
 * which keeps one font file in the app instead of two.
 *
 * Widths are summed from per-character advances and cached: the font carries no kerning or
 * ligature tables (make-font.sh drops them), so this equals what pdf-lib lays out, and
 * measuring for line wrapping stays cheap.
 */

/** Vertical metrics of Noto Sans CJK, in em (1000 units): checked against the file by a unit test. */
export const FONT_METRICS = {
  capHeight: 0.733,
  xHeight: 0.543,
  /** Typographic ascender and descender used for line boxes (OS/2 typo metrics: 880 / -120). */
  ascender: 0.88,
  descender: -0.12,
} as const;

export class ReportFont {
  private readonly advance = new Map<number, number>();
  /**
   * Encoded strings, by text: a report writes the same words and numbers many times (table
   * headings, units, side names), and pdf-lib lays every string out through fontkit's shaper.
   * Encoding a text again adds no glyph to the subset and gives the same glyph ids, so the cached
   * hex string is the very one pdf-lib would return.
   */
  private readonly encoded = new Map<string, string>();

  constructor(readonly pdfFont: PDFFont) {}

  /** Width of `text` at `size` points. */
  widthOf(text: string, size: number): number {
    let em = 0;
    for (const ch of text) em += this.advanceOf(ch);
    return em * size;
  }

  /** Hex string operand for the Tj operator; also records the glyphs for the subset. */
  encode(text: string): string {
    let hex = this.encoded.get(text);
    if (hex === undefined) {
      hex = this.pdfFont.encodeText(text).toString();
      this.encoded.set(text, hex);
    }
    return hex;
  }

  private advanceOf(ch: string): number {
    const cp = ch.codePointAt(0)!;
    let w = this.advance.get(cp);
    if (w === undefined) {
      w = this.pdfFont.widthOfTextAtSize(ch, 1);
      this.advance.set(cp, w);
    }
    return w;
  }
}
