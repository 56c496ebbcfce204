import { localizeNumber } from '../i18n/format';
import type { Locale } from '../i18n/locale';

/**
 * Published complication rates after facial thread lifting: the one source every number in the
 * consent section comes from (the PDF prints these values; nothing retypes them).
 *
 * Source: the pooled incidences of a systematic review and meta-analysis of 26 studies, as
 * collected in shared/domain.md ("Reference numbers"): Niu Z, Zhang K, Yao W, et al. A
 * meta-analysis and systematic review of the incidences of complications following facial
 * thread-lifting. Aesthetic Plast Surg. 2021;45(5):2148-2158.
 */

export interface ComplicationRate {
  /** Stable id (tests, translations). */
  readonly id: 'swelling' | 'dimpling' | 'paraesthesia' | 'visible-thread' | 'infection' | 'extrusion';
  /** Plain words for a patient. */
  readonly name: string;
  /** What the patient would notice, in plain words. */
  readonly explanation: string;
  /** Pooled incidence, a share of patients (0.35 = 35 in 100). */
  readonly share: number;
}

export const COMPLICATION_SOURCE = {
  /** Short form printed under the table. */
  citation:
    'Niu Z, Zhang K, Yao W, et al. A meta-analysis and systematic review of the incidences of complications following facial thread-lifting. Aesthetic Plast Surg. 2021;45(5):2148-2158.',
  studies: 26,
} as const;

/** Most common first, as the meta-analysis reports them. */
export const COMPLICATION_RATES: readonly ComplicationRate[] = [
  { id: 'swelling', name: 'Swelling', explanation: 'Puffiness of the treated area, usually settling within one to two weeks.', share: 0.35 },
  { id: 'dimpling', name: 'Dimpling or puckering', explanation: 'Small dents or folds in the skin over a thread; most settle, some need the thread adjusted.', share: 0.1 },
  { id: 'paraesthesia', name: 'Altered sensation', explanation: 'Numbness, tingling or tenderness, usually temporary.', share: 0.06 },
  { id: 'visible-thread', name: 'Visible or palpable thread', explanation: 'A thread that can be seen or felt under the skin.', share: 0.04 },
  { id: 'infection', name: 'Infection', explanation: 'Redness, warmth, pain or discharge that gets worse; it needs treatment.', share: 0.02 },
  { id: 'extrusion', name: 'Thread extrusion', explanation: 'A thread end working its way out through the skin; it is then removed.', share: 0.02 },
];

type RiskWords = { readonly name: string; readonly explanation: string };

/** The same risks in Korean and Russian, for a patient reading a consent form in their language. */
const RISK_WORDS: Readonly<Record<'ko' | 'ru', Readonly<Record<ComplicationRate['id'], RiskWords>>>> = {
  ko: {
    swelling: { name: '부기', explanation: '시술 부위가 붓는 것으로, 보통 1~2주 안에 가라앉습니다.' },
    dimpling: { name: '피부 함몰 또는 주름', explanation: '실 위의 피부가 조금 파이거나 주름지는 것으로, 대부분 가라앉지만 일부는 실을 조정해야 합니다.' },
    paraesthesia: { name: '감각 변화', explanation: '저림, 따끔거림, 누르면 아픈 느낌으로, 대개 일시적입니다.' },
    'visible-thread': { name: '실이 보이거나 만져짐', explanation: '피부 아래로 실이 보이거나 만져지는 것입니다.' },
    infection: { name: '감염', explanation: '점점 심해지는 붉어짐, 열감, 통증 또는 고름으로, 치료가 필요합니다.' },
    extrusion: { name: '실 돌출', explanation: '실 끝이 피부 밖으로 밀려 나오는 것으로, 이때는 실을 제거합니다.' },
  },
  ru: {
    swelling: { name: 'Отёк', explanation: 'Припухлость в зоне процедуры; обычно проходит за одну–две недели.' },
    dimpling: { name: 'Западения или складки кожи', explanation: 'Небольшие ямки или складки кожи над нитью; большинство проходит, иногда нить нужно поправить.' },
    paraesthesia: { name: 'Изменение чувствительности', explanation: 'Онемение, покалывание или болезненность; обычно временные.' },
    'visible-thread': { name: 'Нить видна или прощупывается', explanation: 'Нить, которую можно увидеть или нащупать под кожей.' },
    infection: { name: 'Инфекция', explanation: 'Нарастающие покраснение, жар, боль или выделения; нужно лечение.' },
    extrusion: { name: 'Выход нити наружу', explanation: 'Конец нити выходит через кожу; тогда его удаляют.' },
  },
};

/** A risk's name and explanation in `locale` (the English is the table above). */
export function complicationWords(rate: ComplicationRate, locale: Locale): RiskWords {
  return locale === 'en' ? { name: rate.name, explanation: rate.explanation } : RISK_WORDS[locale][rate.id];
}

/** "about 35 in 100 (35%)": the rate as a patient reads it, from the one share. */
export function rateText(share: number, locale: Locale = 'en'): string {
  const percent = Math.round(share * 1000) / 10;
  if (locale === 'en') return `about ${percent} in 100 (${percent}%)`;
  const n = localizeNumber(locale, percent);
  return locale === 'ko' ? `100명 중 약 ${n}명(${n}%)` : `около ${n} из 100 (${n}%)`;
}
