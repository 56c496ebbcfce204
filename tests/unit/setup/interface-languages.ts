/**
 * The interface's Korean and Russian tables load on demand in the app (renderer/i18n/index.ts),
 * and so do those of shared code (shared/i18n/language-tables.ts, which the CLI and the PDF load
 * explicitly); the app awaits them before it shows a language (renderer/i18n/prepare.ts). Unit
 * tests switch language synchronously, so every test file starts with both loaded, as the app has
 * them once shown; and the English strings of the views loaded on demand (renderer/i18n/en-views.ts),
 * as the app has them once the face is drawn. tests/unit/renderer/i18n-lazy.test.ts checks the on-demand loading itself, on a fresh
 * copy of the module.
 */
import { loadInterfaceLanguage, loadViewTexts } from '../../../renderer/i18n';
import { loadLanguage } from '../../../shared/i18n/language-tables';

await Promise.all([loadViewTexts(), loadInterfaceLanguage('ko'), loadInterfaceLanguage('ru'), loadLanguage('ko'), loadLanguage('ru')]);
