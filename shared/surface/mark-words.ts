import type { Locale } from '../i18n/locale';

/**
 * The words of a skin mark in each language: the landmarks a practitioner measures from, the
 * directions, and the phrase "24 mm in front of the tragus" / "이주에서 앞쪽으로 24 mm" /
 * "24 мм кпереди от козелка". The English is what marks.ts has always written (the CLI's JSON
 * and the PDF's marking sheet carry it); Korean and Russian are typed on the same keys.
 */

/** The references a mark is measured from: atlas landmark ids without their side, and the zygomatic arch line. */
export type MarkReferenceKey =
  | 'tragus'
  | 'ear-lobe'
  | 'ear-top'
  | 'mastoid'
  | 'lateral-canthus'
  | 'medial-canthus'
  | 'brow-tail'
  | 'brow-peak'
  | 'temporal-crest'
  | 'malar-prominence'
  | 'alar-base'
  | 'mouth-corner'
  | 'gonion'
  | 'hairline-top'
  | 'glabella'
  | 'nasion'
  | 'nose-tip'
  | 'subnasale'
  | 'pogonion'
  | 'menton'
  | 'zygomatic-arch';

/** Which way a mark lies from its landmark (marks.ts directionWords); the English words are the stored values. */
export type MarkDirection = 'above' | 'below' | 'in front of' | 'behind' | 'lateral to' | 'medial to';

/**
 * The landmark's name as the phrase needs it: English after "the", Korean before 에서,
 * Russian in the genitive (after от / ниже / латеральнее).
 */
type ReferenceNames = Readonly<Record<MarkReferenceKey, string>>;

export const MARK_REFERENCE_EN: ReferenceNames = {
  tragus: 'tragus',
  'ear-lobe': 'earlobe',
  'ear-top': 'top of the ear',
  mastoid: 'mastoid tip',
  'lateral-canthus': 'lateral canthus',
  'medial-canthus': 'medial canthus',
  'brow-tail': 'tail of the brow',
  'brow-peak': 'peak of the brow',
  'temporal-crest': 'temporal crest',
  'malar-prominence': 'cheekbone prominence',
  'alar-base': 'alar base',
  'mouth-corner': 'mouth corner',
  gonion: 'angle of the jaw',
  'hairline-top': 'hairline (midline)',
  glabella: 'glabella',
  nasion: 'nasion',
  'nose-tip': 'nose tip',
  subnasale: 'subnasale',
  pogonion: 'chin point',
  menton: 'menton',
  'zygomatic-arch': 'zygomatic arch',
};

const MARK_REFERENCE_KO: ReferenceNames = {
  tragus: '이주',
  'ear-lobe': '귓불',
  'ear-top': '귓바퀴 위끝',
  mastoid: '꼭지돌기(유양돌기) 끝',
  'lateral-canthus': '외안각',
  'medial-canthus': '내안각',
  'brow-tail': '눈썹 꼬리',
  'brow-peak': '눈썹 최고점',
  'temporal-crest': '관자선(측두선)',
  'malar-prominence': '광대 돌출부',
  'alar-base': '콧볼 기저부',
  'mouth-corner': '입꼬리',
  gonion: '하악각',
  'hairline-top': '이마 헤어라인 중앙',
  glabella: '미간',
  nasion: '비근점',
  'nose-tip': '코끝',
  subnasale: '비하점',
  pogonion: '턱 최전방점',
  menton: '턱끝점',
  'zygomatic-arch': '광대활(관골궁)',
};

/** Genitive: "кпереди от козелка", "ниже угла рта". */
const MARK_REFERENCE_RU: ReferenceNames = {
  tragus: 'козелка',
  'ear-lobe': 'мочки уха',
  'ear-top': 'верхнего края ушной раковины',
  mastoid: 'верхушки сосцевидного отростка',
  'lateral-canthus': 'латерального угла глаза',
  'medial-canthus': 'медиального угла глаза',
  'brow-tail': 'хвоста брови',
  'brow-peak': 'излома брови',
  'temporal-crest': 'височной линии',
  'malar-prominence': 'скулового возвышения',
  'alar-base': 'основания крыла носа',
  'mouth-corner': 'угла рта',
  gonion: 'угла нижней челюсти',
  'hairline-top': 'границы роста волос по средней линии',
  glabella: 'глабеллы',
  nasion: 'назиона',
  'nose-tip': 'кончика носа',
  subnasale: 'субназале',
  pogonion: 'наиболее выступающей точки подбородка',
  menton: 'ментона',
  'zygomatic-arch': 'скуловой дуги',
};

const REFERENCES: Readonly<Record<Locale, ReferenceNames>> = { en: MARK_REFERENCE_EN, ko: MARK_REFERENCE_KO, ru: MARK_REFERENCE_RU };

/**
 * Russian names on their own (nominative), for the labels beside the landmarks on the marking
 * sheet's drawings: the same landmarks, in the same words, as the phrases under them.
 */
const MARK_LABEL_RU: ReferenceNames = {
  tragus: 'козелок',
  'ear-lobe': 'мочка уха',
  'ear-top': 'верхний край ушной раковины',
  mastoid: 'верхушка сосцевидного отростка',
  'lateral-canthus': 'латеральный угол глаза',
  'medial-canthus': 'медиальный угол глаза',
  'brow-tail': 'хвост брови',
  'brow-peak': 'излом брови',
  'temporal-crest': 'височная линия',
  'malar-prominence': 'скуловое возвышение',
  'alar-base': 'основание крыла носа',
  'mouth-corner': 'угол рта',
  gonion: 'угол нижней челюсти',
  'hairline-top': 'граница роста волос по средней линии',
  glabella: 'глабелла',
  nasion: 'назион',
  'nose-tip': 'кончик носа',
  subnasale: 'субназале',
  pogonion: 'наиболее выступающая точка подбородка',
  menton: 'ментон',
  'zygomatic-arch': 'скуловая дуга',
};

/** English and Korean names read the same alone as in a phrase; Russian phrases use the genitive. */
const LABELS: Readonly<Record<Locale, ReferenceNames>> = { en: MARK_REFERENCE_EN, ko: MARK_REFERENCE_KO, ru: MARK_LABEL_RU };

/**
 * A reference's name as a label on its own (the marking sheet's drawings), in `locale`: the same
 * landmark the distance phrases name, so the drawing and the table under it never disagree.
 * `key` is the reference without its side; an unknown key (another atlas) is shown as it is.
 */
export const referenceLabel = (key: string, locale: Locale): string => (LABELS[locale] as Readonly<Record<string, string>>)[key] ?? key;

const DIRECTION_KO: Readonly<Record<MarkDirection, string>> = {
  above: '위',
  below: '아래',
  'in front of': '앞쪽',
  behind: '뒤쪽',
  'lateral to': '가쪽',
  'medial to': '안쪽',
};

const DIRECTION_RU: Readonly<Record<MarkDirection, string>> = {
  above: 'выше',
  below: 'ниже',
  'in front of': 'кпереди',
  behind: 'кзади',
  'lateral to': 'латеральнее',
  'medial to': 'медиальнее',
};

/** The reference's name for a phrase in `locale`; an unknown key (another atlas) is shown as it is. */
const referenceName = (key: string, locale: Locale): string => (REFERENCES[locale] as Readonly<Record<string, string>>)[key] ?? key;

/**
 * One distance in words. `key` is the reference without its side; `mm` whole millimetres;
 * `directions` [] when the point is on the landmark, else one or two words, the vertical first.
 */
export function distancePhrase(locale: Locale, mm: number, directions: readonly MarkDirection[], key: string): string {
  const name = referenceName(key, locale);
  if (locale === 'ko') {
    if (directions.length === 0) return `${name} 지점`;
    // 로 after a vowel (위로, 아래로), 으로 after the final consonant of 쪽 (앞쪽으로).
    const last = directions[directions.length - 1]!;
    const particle = last === 'above' || last === 'below' ? '로' : '으로';
    return `${name}에서 ${directions.map((d) => DIRECTION_KO[d]).join('·')}${particle} ${mm} mm`;
  }
  if (locale === 'ru') {
    if (directions.length === 0) return `у ${name}`;
    // "кпереди от козелка", but "ниже угла рта" and "латеральнее угла рта": the comparatives take the genitive alone.
    const last = directions[directions.length - 1]!;
    const from = last === 'in front of' || last === 'behind' ? 'от ' : '';
    return `${mm} мм ${directions.map((d) => DIRECTION_RU[d]).join(' и ')} ${from}${name}`;
  }
  if (directions.length === 0) return `on the ${name}`;
  return `${mm} mm ${directions.join(' and ')} the ${name}`;
}

/** A point's two distances joined: "…, …" (the same separator in all three languages). */
export const joinDistances = (phrases: readonly string[]): string => phrases.join(', ');

/**
 * A thread's direction against the Frankfort horizontal (entry to distal end), whole degrees:
 * "34° above the Frankfort horizontal", "프랑크푸르트 수평면 위로 34°", "34° выше франкфуртской горизонтали".
 */
export function frankfortPhrase(locale: Locale, angleDeg: number): string {
  const a = Math.round(angleDeg) + 0;
  if (locale === 'ko') {
    if (a === 0) return '프랑크푸르트 수평면과 수평';
    return a > 0 ? `프랑크푸르트 수평면 위로 ${a}°` : `프랑크푸르트 수평면 아래로 ${-a}°`;
  }
  if (locale === 'ru') {
    if (a === 0) return 'параллельно франкфуртской горизонтали';
    return a > 0 ? `${a}° выше франкфуртской горизонтали` : `${-a}° ниже франкфуртской горизонтали`;
  }
  if (a === 0) return 'level with the Frankfort horizontal';
  return a > 0 ? `${a}° above the Frankfort horizontal` : `${-a}° below the Frankfort horizontal`;
}
