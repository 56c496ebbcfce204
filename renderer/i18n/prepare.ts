/**
 * Everything a language needs before a view is drawn in it: its string table (loaded on demand,
 * renderer/i18n/index.ts) and the bundled face for its script (./font.ts). Awaited before the
 * first render and before a switch, so the interface never shows a moment of English words or
 * of a fallback font.
 */
import type { Locale } from '../../shared/i18n/locale';
import { loadInterfaceFont } from './font';
import { loadInterfaceLanguage } from './index';

export async function prepareLanguage(locale: Locale): Promise<void> {
  const words = loadInterfaceLanguage(locale).catch((error: unknown) => {
    // A table that cannot load leaves the interface in English (setLanguage falls back whole):
    // better than no designer.
    console.warn(`the ${locale} interface texts could not be loaded:`, error);
  });
  await Promise.all([words, loadInterfaceFont(locale)]);
}
