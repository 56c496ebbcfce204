import type { Dictionaries, Dictionary } from '../shared/i18n/dictionary';
import { isLocale, type Locale } from '../shared/i18n/locale';
import { renderMessage, type MessageParams } from '../shared/i18n/message';

/**
 * The command line's usage errors (unknown command or option, missing argument, a bad option
 * value) in the --lang language. English is the wording the CLI always printed, word for word
 * (scripts and tests match it). Option names, placeholders (PLAN, OUT.pdf), allowed values and the
 * user's own words stay as typed in every language: the reader types them back.
 */
const USAGE_EN = {
  usage: 'Usage',
  missingCommand: 'missing command',
  unknownCommand: 'unknown command {name}',
  unknownTopOption: 'unknown option {name}',
  commands: 'commands',
  unknownOption: 'unknown option {option}',
  needsValue: '{option} needs a value',
  invalidArguments: 'invalid arguments',
  missingArgument: 'missing {argument}',
  unexpectedArgument: 'unexpected argument {argument}',
  langChoice: '--lang must be one of {languages}, not {got}',
  paperChoice: '--paper must be a4 or letter, not {got}',
  dateChoice: '--date must be a date such as 2025-03-14, not {got}',
  unknownLayer: '--layers: unknown layer {name} (known: {layers}, or none)',
  outIsPlan: 'OUT is the plan file itself; choose another name for the PDF',
} as const;

export type UsageKey = keyof typeof USAGE_EN;

const USAGE_KO: Dictionary<UsageKey> = {
  usage: '사용법',
  missingCommand: '명령이 없습니다',
  unknownCommand: '알 수 없는 명령 {name}',
  unknownTopOption: '알 수 없는 옵션 {name}',
  commands: '명령',
  unknownOption: '알 수 없는 옵션 {option}',
  needsValue: '{option}에는 값이 필요합니다',
  invalidArguments: '인수가 올바르지 않습니다',
  missingArgument: '{argument}이(가) 없습니다',
  unexpectedArgument: '예상하지 못한 인수 {argument}',
  langChoice: '--lang은 {languages} 중 하나여야 합니다({got}은(는) 안 됨)',
  paperChoice: '--paper는 a4 또는 letter여야 합니다({got}은(는) 안 됨)',
  dateChoice: '--date는 2025-03-14 같은 날짜여야 합니다({got}은(는) 안 됨)',
  unknownLayer: '--layers: 알 수 없는 레이어 {name} (있는 것: {layers} 또는 none)',
  outIsPlan: 'OUT이 계획 파일 자체입니다. PDF에는 다른 이름을 고르십시오',
};

const USAGE_RU: Dictionary<UsageKey> = {
  usage: 'Использование',
  missingCommand: 'не указана команда',
  unknownCommand: 'неизвестная команда {name}',
  unknownTopOption: 'неизвестный параметр {name}',
  commands: 'команды',
  unknownOption: 'неизвестный параметр {option}',
  needsValue: 'для {option} нужно значение',
  invalidArguments: 'неверные аргументы',
  missingArgument: 'не указан {argument}',
  unexpectedArgument: 'лишний аргумент {argument}',
  langChoice: '--lang должен быть одним из {languages}, а не {got}',
  paperChoice: '--paper должен быть a4 или letter, а не {got}',
  dateChoice: '--date должен быть датой вида 2025-03-14, а не {got}',
  unknownLayer: '--layers: неизвестный слой {name} (есть: {layers} или none)',
  outIsPlan: 'OUT совпадает с самим файлом плана; выберите для PDF другое имя',
};

const USAGE_TEXT: Dictionaries<UsageKey> = { en: USAGE_EN, ko: USAGE_KO, ru: USAGE_RU };

/** A usage error as data: its key and parameters, written when printed. */
export interface UsageText {
  readonly key: UsageKey;
  readonly params?: MessageParams;
}

export const usageText = (text: UsageText, locale: Locale): string => renderMessage(locale, USAGE_TEXT[locale][text.key], text.params);

/** The English of every usage key (tests compare the tables with it). */
export const USAGE_KEYS = Object.keys(USAGE_EN) as UsageKey[];

/**
 * The language asked for anywhere on the command line (`--lang ru` or `--lang=ru`), read before
 * the command parses its arguments so that a usage error is already in it, and so that main()
 * loads that language's tables before the command writes in it. The last one when given twice,
 * as the command's own parsing takes it. English when absent or not a language: that error itself
 * is then printed in English.
 */
export function requestedLanguage(argv: readonly string[]): Locale {
  let requested: Locale = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    const lang = value?.trim().toLowerCase();
    if (lang !== undefined && isLocale(lang)) requested = lang;
  }
  return requested;
}
