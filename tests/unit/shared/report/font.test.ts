import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FONT_METRICS } from '../../../../shared/report/report-font';
import { FONT } from './report-fixture';

/** The embedded font (assets/fonts, built by scripts/make-font.sh) covers what the report prints. */

interface FontkitFont {
  hasGlyphForCodePoint(cp: number): boolean;
  unitsPerEm: number;
  capHeight: number;
  xHeight: number;
  'OS/2': { typoAscender: number; typoDescender: number };
  directory: { tables: Record<string, unknown> };
}

const font = fontkit.create(FONT) as unknown as FontkitFont;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('report font', () => {
  it('covers Latin, Latin-1, Latin Extended-A, Cyrillic and every Hangul syllable', () => {
    const required = [
      ...range(0x20, 0x7e),
      ...range(0xa1, 0xff),
      ...range(0x100, 0x17e), // all of Latin Extended-A but U+017F long s (archaic)
      ...range(0x410, 0x44f), // А..я
      0x401, 0x451, // Ё ё
      ...range(0xac00, 0xd7a3),
      ...range(0x3131, 0x318e), // compatibility Jamo
    ];
    const missing = required.filter((cp) => !font.hasGlyphForCodePoint(cp));
    expect(missing.map((cp) => cp.toString(16))).toEqual([]);
  });

  it('draws the composed Latin Extended-A letters as real outlines, not blanks', () => {
    const f = font as unknown as { glyphForCodePoint(cp: number): { path: { commands: unknown[] }; advanceWidth: number } };
    for (const ch of 'ŁłĄęŠšŽžČčŐőŤťĦħĸŊŋĳŀŉı') {
      const glyph = f.glyphForCodePoint(ch.codePointAt(0)!);
      expect(glyph.path.commands.length, ch).toBeGreaterThan(4);
      expect(glyph.advanceWidth, ch).toBeGreaterThan(100);
    }
  });

  it('has the symbols clinical text uses', () => {
    for (const ch of '°±×→•–—…≤≥№€') expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), ch).toBe(true);
  });

  it('is TrueType (what the PDF subsetter handles well), small, and matches the metrics the layout assumes', () => {
    expect(font.directory.tables.glyf).toBeDefined();
    expect(font.directory.tables['CFF ']).toBeUndefined();
    expect(FONT.length).toBeLessThan(4_000_000);
    expect(font.capHeight / font.unitsPerEm).toBeCloseTo(FONT_METRICS.capHeight, 3);
    expect(font.xHeight / font.unitsPerEm).toBeCloseTo(FONT_METRICS.xHeight, 3);
    expect(font['OS/2'].typoAscender / font.unitsPerEm).toBeCloseTo(FONT_METRICS.ascender, 3);
    expect(font['OS/2'].typoDescender / font.unitsPerEm).toBeCloseTo(FONT_METRICS.descender, 3);
  });

  it('ships with its licence and the script that rebuilds it', () => {
    const ofl = readFileSync(fileURLToPath(new URL('../../../../assets/fonts/OFL.txt', import.meta.url)), 'utf8');
    expect(ofl).toContain('SIL OPEN FONT LICENSE Version 1.1');
    const script = readFileSync(fileURLToPath(new URL('../../../../scripts/make-font.sh', import.meta.url)), 'utf8');
    expect(script).toContain('NotoSansKR-VectorLift.ttf');
  });
});

describe('ReportFont.encode', () => {
  it('lays a text out once per document and answers repeats with the same glyph codes pdf-lib gives', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const { ReportFont } = await import('../../../../shared/report/report-font');
    const embedded = async () => {
      const doc = await PDFDocument.create();
      doc.registerFontkit(fontkit);
      return doc.embedFont(FONT, { subset: true });
    };
    const pdfFont = await embedded();
    let laidOut = 0;
    const encodeText = pdfFont.encodeText.bind(pdfFont);
    pdfFont.encodeText = (text: string) => {
      laidOut++;
      return encodeText(text);
    };
    const font = new ReportFont(pdfFont);
    const texts = ['Left temple', '12.5 mm', 'Left temple', '이주', '12.5 mm', 'Left temple'];
    const codes = texts.map((t) => font.encode(t));
    expect(laidOut).toBe(3);
    // A document that encodes each text every time gives the same codes.
    const plain = await embedded();
    expect(codes).toEqual(texts.map((t) => plain.encodeText(t).toString()));
  });
});
