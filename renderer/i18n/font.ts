/**
 * The bundled font for Hangul and Cyrillic (assets/fonts/NotoSansKR-VectorLift.ttf, the same
 * subset the PDF embeds; SIL OFL, assets/fonts/OFL.txt). base.css declares it with a
 * unicode-range of those scripts only, first in the interface's and the canvas's font stacks:
 * Korean and Russian text never depends on what the machine has installed, and English keeps
 * the system font (the browser fetches the file only when such characters are shown).
 */
import type { Locale } from '../../shared/i18n/locale';

export const BUNDLED_FONT_FAMILY = 'VectorLift Noto';

/** A character of each language's script: asking for it makes the browser load the face. */
const SAMPLE: Readonly<Record<Locale, string | null>> = { en: null, ko: '가', ru: 'Ж' };

/**
 * Resolves once the bundled face for `locale`'s script is ready, so the canvas's first draw in
 * that language is never in a fallback font (Konva draws text once; it would not redraw when
 * the font arrived). English needs nothing. A failed load resolves too: text in a fallback
 * font is better than no designer.
 */
export async function loadInterfaceFont(locale: Locale): Promise<void> {
  const sample = SAMPLE[locale];
  if (sample === null || typeof document === 'undefined' || !('fonts' in document)) return;
  try {
    await document.fonts.load(`16px "${BUNDLED_FONT_FAMILY}"`, sample);
  } catch {
    // Keep going in the fallback font.
  }
}
