import type { DangerZoneKind, FixationZoneKind, MuscleKind } from '../atlas/types';
import type { Side } from '../plan/types';
import type { Finding } from './types';
import type { Dictionaries } from '../i18n/dictionary';
import { formatDay, localizeNumber } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { renderMessage } from '../i18n/message';
import { FINDING_TEXT_EN, type FindingTextKey } from './messages/en';
import { FINDING_TEXT_KO } from './messages/ko';
import { FINDING_TEXT_RU } from './messages/ru';
import { dangerWords, degrees, fixationWords, mm, muscleWords, newtons, sideWords, threadList } from './words';

/**
 * Findings as data (issue 14): a rule gives the key of its texts and their parameters, and the
 * words are chosen when the finding is shown, in the reader's language: the findings panel in
 * the interface's, a PDF in the one its export dialog asks for, the CLI in --lang's. analyze()
 * builds no sentence; switching language changes no finding.
 */

export type { FindingTextKey };

/** A parameter: plain text or a number, or a value the language writes its own way. */
export type FindingParam =
  | string
  | number
  | { readonly threads: readonly number[]; readonly start?: boolean }
  | { readonly mm: number }
  | { readonly newtons: number }
  | { readonly danger: DangerZoneKind }
  | { readonly day: string }
  | { readonly side: Side }
  | { readonly muscle: MuscleKind }
  | { readonly deg: number }
  | { readonly list: readonly FindingParam[] }
  | { readonly orList: readonly FindingParam[] }
  | { readonly fixation: FixationZoneKind }
  | { readonly text: FindingTextKey; readonly params?: FindingParams };

export type FindingParams = Readonly<Record<string, FindingParam>>;

/** A finding's words as data: `<id>.title`, `<id>.message`, `<id>.fix` filled with `params`. */
export interface FindingText {
  readonly id: string;
  readonly params: FindingParams;
}

export interface FindingWords {
  readonly title: string;
  readonly message: string;
  readonly fix: string;
}

const TABLES: Dictionaries<FindingTextKey> = { en: FINDING_TEXT_EN, ko: FINDING_TEXT_KO, ru: FINDING_TEXT_RU };

/** Words the templates take as parameters, per language. */
interface LocaleWords {
  threads(numbers: readonly number[], start: boolean): string;
  mm(value: number): string;
  newtons(value: number): string;
  danger(kind: DangerZoneKind): string;
  muscle(kind: MuscleKind): string;
  fixation(kind: FixationZoneKind): string;
  /** Alternatives: "a, b or c". */
  orList(items: readonly string[]): string;
  /** The patient's side, as a phrase that stands on its own. */
  side(side: Side): string;
  /** Items of a list joined (every pair with "and" in English, as the rules always wrote). */
  list(items: readonly string[]): string;
}

/** Round as the English always has (0.1 mm, 0.01 N), then write the number the language's way. */
const round1 = (v: number): number => Math.round(v * 10) / 10 + 0;
const round2 = (v: number): number => Math.round(v * 100) / 100 + 0;

/** "1, 2 и 3" / "1, 2, 3": numbers of a list, joined the language's way. */
function joinNumbers(numbers: readonly number[], and: string | null): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  if (and === null || sorted.length < 2) return sorted.join(', ');
  return `${sorted.slice(0, -1).join(', ')}${and}${sorted[sorted.length - 1]}`;
}

const DANGER_KO: Readonly<Record<DangerZoneKind, string>> = {
  'temporal-branch': '얼굴신경 관자가지(측두지)',
  'zygomatic-buccal-branches': '얼굴신경 광대가지와 볼가지',
  'marginal-mandibular-branch': '얼굴신경 아래턱모서리가지(하악연지)',
  'great-auricular-nerve': '큰귓바퀴신경(대이개신경)',
  'parotid-duct': '귀밑샘관(이하선관)',
  'facial-artery': '얼굴동맥(안면동맥)',
  'angular-artery': '눈구석동맥(각동맥)',
  'superficial-temporal-artery': '얕은관자동맥(천측두동맥) 이마가지',
};

const DANGER_RU: Readonly<Record<DangerZoneKind, string>> = {
  'temporal-branch': 'височная (лобная) ветвь лицевого нерва',
  'zygomatic-buccal-branches': 'скуловые и щёчные ветви лицевого нерва',
  'marginal-mandibular-branch': 'краевая ветвь нижней челюсти лицевого нерва',
  'great-auricular-nerve': 'большой ушной нерв',
  'parotid-duct': 'проток околоушной железы',
  'facial-artery': 'лицевая артерия',
  'angular-artery': 'угловая артерия',
  'superficial-temporal-artery': 'поверхностная височная артерия (лобная ветвь)',
};

/** Korean muscle names: KAA terms with the clinic's Sino-Korean in brackets; every one ends in 근, so 을/은/과 always fit. */
const MUSCLE_KO: Readonly<Record<MuscleKind, string>> = {
  'zygomaticus-major': '큰광대근(대관골근)',
  'zygomaticus-minor': '작은광대근(소관골근)',
  'levator-labii-superioris': '위입술올림근(상순거근)',
  risorius: '입꼬리당김근(소근)',
  'depressor-anguli-oris': '입꼬리내림근(구각하체근)',
  'orbicularis-oculi': '눈둘레근(안륜근)',
  'orbicularis-oris': '입둘레근(구륜근)',
  frontalis: '이마근(전두근)',
  platysma: '넓은목근(광경근)',
  masseter: '깨물근(교근)',
};

/** Russian muscle names, nominative (the templates put them in brackets). */
const MUSCLE_RU: Readonly<Record<MuscleKind, string>> = {
  'zygomaticus-major': 'большая скуловая мышца',
  'zygomaticus-minor': 'малая скуловая мышца',
  'levator-labii-superioris': 'мышца, поднимающая верхнюю губу',
  risorius: 'мышца смеха',
  'depressor-anguli-oris': 'мышца, опускающая угол рта',
  'orbicularis-oculi': 'круговая мышца глаза',
  'orbicularis-oris': 'круговая мышца рта',
  frontalis: 'лобная мышца',
  platysma: 'платизма',
  masseter: 'жевательная мышца',
};

const FIXATION_KO: Readonly<Record<FixationZoneKind, string>> = {
  'deep-temporal-fascia': '깊은관자근막(심측두근막) 띠',
  'zygomatic-arch': '광대활(관골궁)',
  'lateral-orbital-rim': '가쪽 눈확 테두리(외측 안와연)',
  'preauricular-smas': '귀 앞 SMAS',
  'mastoid-fascia': '귓불 뒤 꼭지돌기 근막(유양돌기 근막)',
  'temporal-scalp': '관자 두피(모상건막)',
};

const FIXATION_RU: Readonly<Record<FixationZoneKind, string>> = {
  'deep-temporal-fascia': 'полоса глубокой височной фасции',
  'zygomatic-arch': 'скуловая дуга',
  'lateral-orbital-rim': 'латеральный край глазницы',
  'preauricular-smas': 'преаурикулярная SMAS перед ухом',
  'mastoid-fascia': 'фасция над сосцевидным отростком за мочкой уха',
  'temporal-scalp': 'височная часть волосистой части головы (апоневротический шлем)',
};

const WORDS: Readonly<Record<Locale, LocaleWords>> = {
  en: {
    threads: (numbers, start) => (start ? threadList(numbers).replace(/^t/, 'T') : threadList(numbers)),
    mm,
    newtons,
    danger: dangerWords,
    muscle: muscleWords,
    fixation: fixationWords,
    orList: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`),
    side: sideWords,
    list: (items) => items.join(' and '),
  },
  ko: {
    threads: (numbers) => `실 ${joinNumbers(numbers, null)}`,
    mm: (v) => `${localizeNumber('ko', round1(v))} mm`,
    newtons: (v) => `${localizeNumber('ko', round2(v))} N`,
    danger: (kind) => DANGER_KO[kind],
    muscle: (kind) => MUSCLE_KO[kind],
    fixation: (kind) => FIXATION_KO[kind],
    orList: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} 또는 ${items[items.length - 1]}`),
    side: (side) => (side === 'right' ? '환자 오른쪽' : '환자 왼쪽'),
    list: (items) => items.join(', '),
  },
  ru: {
    threads: (numbers, start) => {
      const word = numbers.length === 1 ? 'нить' : 'нити';
      return `${start ? word.charAt(0).toUpperCase() + word.slice(1) : word} ${joinNumbers(numbers, ' и ')}`;
    },
    mm: (v) => `${localizeNumber('ru', round1(v))} мм`,
    newtons: (v) => `${localizeNumber('ru', round2(v))} Н`,
    danger: (kind) => DANGER_RU[kind],
    muscle: (kind) => MUSCLE_RU[kind],
    fixation: (kind) => FIXATION_RU[kind],
    orList: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} или ${items[items.length - 1]}`),
    side: (side) => (side === 'right' ? 'справа у пациента' : 'слева у пациента'),
    list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} и ${items[items.length - 1]}`),
  },
};

function paramText(locale: Locale, param: FindingParam): string | number {
  if (typeof param === 'string' || typeof param === 'number') return param;
  const words = WORDS[locale];
  if ('threads' in param) return words.threads(param.threads, param.start ?? false);
  if ('mm' in param) return words.mm(param.mm);
  if ('newtons' in param) return words.newtons(param.newtons);
  if ('danger' in param) return words.danger(param.danger);
  if ('day' in param) return formatDay(locale, param.day);
  if ('fixation' in param) return words.fixation(param.fixation);
  if ('orList' in param) return words.orList(param.orList.map((item) => String(paramText(locale, item))));
  if ('muscle' in param) return words.muscle(param.muscle);
  if ('deg' in param) return degrees(param.deg);
  if ('side' in param) return words.side(param.side);
  if ('list' in param) return words.list(param.list.map((item) => String(paramText(locale, item))));
  return renderKey(locale, param.text, param.params ?? {});
}

function renderKey(locale: Locale, key: FindingTextKey, params: FindingParams): string {
  const filled: Record<string, string | number> = {};
  for (const name of Object.keys(params)) filled[name] = paramText(locale, params[name]!);
  return renderMessage(locale, TABLES[locale][key] ?? TABLES.en[key], filled);
}

/** A finding's title, message and fix in `locale`. */
export function renderFindingText(text: FindingText, locale: Locale): FindingWords {
  const part = (name: 'title' | 'message' | 'fix'): string => renderKey(locale, `${text.id}.${name}` as FindingTextKey, text.params);
  return { title: part('title'), message: part('message'), fix: part('fix') };
}

/** Is `key` a finding text of ours? (Tests; rules name their keys with literal types.) */
export const isFindingTextKey = (key: string): key is FindingTextKey => Object.prototype.hasOwnProperty.call(FINDING_TEXT_EN, key);

/** The words of `finding` in `locale`: from its text data, or its English for rules not yet converted. */
export function wordsOf(finding: Finding, locale: Locale): FindingWords {
  if (finding.text && locale !== 'en') return renderFindingText(finding.text, locale);
  return { title: finding.title, message: finding.message, fix: finding.fix };
}
