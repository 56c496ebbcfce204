/**
 * Languages, locale formatting and message rendering, shared by the renderer, the PDF report
 * and the CLI so that a finding, a number or a date reads the same wherever it is shown.
 */
export { LOCALES, LOCALE_NAMES, isLocale, localeOfTag, localeFromSystem, type Locale } from './locale';
export { decimalSeparator, formatDay, formatNumber, localizeNumber, pluralCategory, type NumberStyle } from './format';
export { renderMessage, type MessageParams } from './message';
export { translator, type Dictionaries, type Dictionary, type Translator } from './dictionary';
