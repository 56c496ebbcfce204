import type { DangerZoneKind, FixationZoneKind, MuscleKind, RegionKind } from '../../atlas/types';
import { pullDirection } from '../direction';
import { formatNumber, localizeNumber } from '../../i18n/format';
import { joinNumbers, orListWith, percentOf, round1, round2, type LocaleWords } from './locale-words';

/**
 * Названия и единицы в замечаниях (русский). Названия даны в именительном падеже: шаблоны
 * ставят их после двоеточия, в скобках или в кавычках («в зоне «лоб»»), поэтому одна таблица
 * годится для любого предложения. Термины — docs/glossary.md.
 */

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

const FIXATION_RU: Readonly<Record<FixationZoneKind, string>> = {
  'deep-temporal-fascia': 'полоса глубокой височной фасции',
  'zygomatic-arch': 'скуловая дуга',
  'lateral-orbital-rim': 'латеральный край глазницы',
  'preauricular-smas': 'преаурикулярная SMAS перед ухом',
  'mastoid-fascia': 'фасция над сосцевидным отростком за мочкой уха',
  'temporal-scalp': 'височная часть волосистой части головы (апоневротический шлем)',
};

/** Regions as Russian clinical texts name them (glossary: regions of the face). */
const REGION_RU: Readonly<Record<RegionKind, string>> = {
  forehead: 'лоб',
  temple: 'висок',
  brow: 'бровь',
  periorbital: 'область вокруг глаза',
  malar: 'скула (скуловое возвышение)',
  submalar: 'середина щеки под скулой',
  nasolabial: 'носогубная складка',
  perioral: 'область вокруг рта',
  marionette: 'область марионеточных линий',
  jowl: 'брыли',
  jawline: 'линия нижней челюсти',
  chin: 'подбородок',
  preauricular: 'область перед ухом',
  neck: 'шея',
  nose: 'боковая поверхность носа',
};

const TEMPORAL = 'височная (лобная) ветвь лицевого нерва';
const ZYGOMATIC = 'скуловые ветви лицевого нерва';
const MANDIBULAR = 'краевая ветвь нижней челюсти лицевого нерва';
/** The branches under each region, as depth-window.ts's NERVE_PLANE names them in English. */
const NERVE_RU: Readonly<Record<RegionKind, string>> = {
  forehead: 'ветвь нерва',
  temple: TEMPORAL,
  brow: TEMPORAL,
  periorbital: ZYGOMATIC,
  malar: ZYGOMATIC,
  submalar: 'скуловые и щёчные ветви лицевого нерва',
  nasolabial: 'щёчные ветви лицевого нерва',
  perioral: 'щёчные ветви и краевая ветвь нижней челюсти лицевого нерва',
  marionette: MANDIBULAR,
  jowl: 'краевая ветвь нижней челюсти и щёчные ветви лицевого нерва',
  jawline: MANDIBULAR,
  chin: MANDIBULAR,
  preauricular: 'ветвь нерва',
  neck: 'шейная ветвь лицевого нерва и большой ушной нерв',
  nose: 'ветвь нерва',
};

/** "30° выше горизонтали, латерально" / "90° выше горизонтали (строго вверх)". */
function direction(elevationDeg: number): string {
  const d = pullDirection(elevationDeg);
  const angle = `${Math.round(d.degrees)}° ${d.vertical === 'above' ? 'выше' : 'ниже'} горизонтали`;
  if (d.horizontal === 'straight') return `${angle} (строго ${d.vertical === 'above' ? 'вверх' : 'вниз'})`;
  return `${angle}, ${d.horizontal === 'laterally' ? 'латерально' : 'медиально'}`;
}

export const WORDS_RU: LocaleWords = {
  threads: (numbers, start) => {
    const word = numbers.length === 1 ? 'нить' : 'нити';
    return `${start ? word.charAt(0).toUpperCase() + word.slice(1) : word} ${joinNumbers(numbers, ' и ')}`;
  },
  mm: (v) => `${localizeNumber('ru', round1(v))} мм`,
  newtons: (v) => `${localizeNumber('ru', round2(v))} Н`,
  danger: (kind) => DANGER_RU[kind],
  muscle: (kind) => MUSCLE_RU[kind],
  fixation: (kind) => FIXATION_RU[kind],
  region: (kind) => (kind ? REGION_RU[kind] : 'вне размеченной области лица'),
  nerve: (kind) => (kind ? NERVE_RU[kind] : 'ветвь нерва'),
  direction,
  percent: (share, decimals) => `${formatNumber('ru', percentOf(share, decimals), { minDecimals: decimals, maxDecimals: decimals })}%`,
  orList: orListWith('или'),
  side: (side) => (side === 'right' ? 'справа у пациента' : 'слева у пациента'),
  list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} и ${items[items.length - 1]}`),
  series: (items) => items.join(', '),
};
