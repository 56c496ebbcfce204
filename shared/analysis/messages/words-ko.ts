import type { DangerZoneKind, FixationZoneKind, MuscleKind, RegionKind } from '../../atlas/types';
import { pullDirection } from '../direction';
import { formatNumber, localizeNumber } from '../../i18n/format';
import { joinNumbers, orListWith, percentOf, round1, round2, type LocaleWords } from './locale-words';

/**
 * 소견에 들어가는 이름과 단위(한국어). 해부학 용어는 대한해부학회 용어에 임상에서 흔히 쓰는
 * 한자어를 괄호로 덧붙였습니다(docs/glossary.md). 이름 바로 뒤에 조사가 오지 않도록 문구를
 * 짜므로 받침에 따라 조사를 바꿀 필요가 없습니다.
 */

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

/** KAA terms with the clinic's Sino-Korean in brackets; every one ends in 근, so 을/은/과 always fit. */
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

const FIXATION_KO: Readonly<Record<FixationZoneKind, string>> = {
  'deep-temporal-fascia': '깊은관자근막(심측두근막) 띠',
  'zygomatic-arch': '광대활(관골궁)',
  'lateral-orbital-rim': '가쪽 눈확 테두리(외측 안와연)',
  'preauricular-smas': '귀 앞 SMAS',
  'mastoid-fascia': '귓불 뒤 꼭지돌기 근막(유양돌기 근막)',
  'temporal-scalp': '관자 두피(모상건막)',
};

/** Regions as a clinic names them (glossary: regions of the face); no brackets, since the templates put a region in brackets. */
const REGION_KO: Readonly<Record<RegionKind, string>> = {
  forehead: '이마',
  temple: '관자놀이',
  brow: '눈썹 부위',
  periorbital: '눈 주위',
  malar: '광대뼈 돌출부',
  submalar: '광대뼈 아래 뺨 중앙',
  nasolabial: '비순구',
  perioral: '입 주위',
  marionette: '마리오네트 주름 부위',
  jowl: '턱살 부위',
  jawline: '턱선',
  chin: '턱끝',
  preauricular: '귀 앞 부위',
  neck: '목',
  nose: '코 옆면',
};

const TEMPORAL = '얼굴신경 관자가지(측두지)';
const ZYGOMATIC = '얼굴신경 광대가지(관골지)';
const MANDIBULAR = '얼굴신경 아래턱모서리가지(하악연지)';
/** The branches under each region, as depth-window.ts's NERVE_PLANE names them in English. */
const NERVE_KO: Readonly<Record<RegionKind, string>> = {
  forehead: '신경 가지',
  temple: TEMPORAL,
  brow: TEMPORAL,
  periorbital: ZYGOMATIC,
  malar: ZYGOMATIC,
  submalar: '얼굴신경 광대가지와 볼가지(관골지, 협지)',
  nasolabial: '얼굴신경 볼가지(협지)',
  perioral: '얼굴신경 볼가지와 아래턱모서리가지(협지, 하악연지)',
  marionette: MANDIBULAR,
  jowl: '얼굴신경 아래턱모서리가지와 볼가지(하악연지, 협지)',
  jawline: MANDIBULAR,
  chin: MANDIBULAR,
  preauricular: '신경 가지',
  neck: '얼굴신경 목가지(경지)와 큰귓바퀴신경(대이개신경)',
  nose: '신경 가지',
};

/** "수평선 위 30°, 바깥쪽" / "수평선 위 90°(곧장 위)". */
function direction(elevationDeg: number): string {
  const d = pullDirection(elevationDeg);
  const angle = `수평선 ${d.vertical === 'above' ? '위' : '아래'} ${Math.round(d.degrees)}°`;
  if (d.horizontal === 'straight') return `${angle}(곧장 ${d.vertical === 'above' ? '위' : '아래'})`;
  return `${angle}, ${d.horizontal === 'laterally' ? '바깥쪽' : '안쪽'}`;
}

export const WORDS_KO: LocaleWords = {
  threads: (numbers) => `실 ${joinNumbers(numbers, null)}`,
  mm: (v) => `${localizeNumber('ko', round1(v))} mm`,
  newtons: (v) => `${localizeNumber('ko', round2(v))} N`,
  danger: (kind) => DANGER_KO[kind],
  muscle: (kind) => MUSCLE_KO[kind],
  fixation: (kind) => FIXATION_KO[kind],
  region: (kind) => (kind ? REGION_KO[kind] : '얼굴 지도 밖 부위'),
  nerve: (kind) => (kind ? NERVE_KO[kind] : '신경 가지'),
  direction,
  percent: (share, decimals) => `${formatNumber('ko', percentOf(share, decimals), { minDecimals: decimals, maxDecimals: decimals })}%`,
  orList: orListWith('또는'),
  side: (side) => (side === 'right' ? '환자 오른쪽' : '환자 왼쪽'),
  list: (items) => items.join(', '),
  series: (items) => items.join(', '),
};
