import type { MistakeId } from '../mistakes';

/**
 * The classic mistakes' names in Korean and Russian (terms: docs/glossary.md). English is
 * MISTAKES in mistakes.ts; these tables are typed on its ids, so a mistake added without its
 * words fails the type check.
 */
export const MISTAKE_TEXT_KO: Readonly<Record<MistakeId, string>> = {
  'converging-on-cheekbone': '광대뼈(광대 돌출부)에서 끝나거나 모이는 벡터',
  'single-thread-pull': '한쪽의 당김을 실 하나가 모두 맡음',
  'thread-in-dermis': '진피 안이나 바로 아래에 놓인 실',
  'barb-at-entry': '천자점(삽입점, 또는 콘실이 피부 밖으로 나오는 먼 끝)에 있는 돌기',
  'crossing-zygomaticus-major': '큰광대근을 가로질러 놓은 돌기',
  'smooth-thread-lift': '리프팅에 쓴 민실(모노실, 스크류실)',
  'no-fixation': '안정된 부위에 고정하지 않은 리프팅 실',
  'over-tension': '실이 버티는 힘이나 의도한 과교정보다 큰 장력',
  crowding: '몰려 있거나 교차하는 실',
  'wrong-direction': '중력에 맞서지 않고 중력 방향으로 당기는 벡터',
  'danger-zone-path': '신경, 관 또는 동맥 부위를 그 깊이에서 지나는 경로',
  'too-deep': '실 종류의 층보다 깊이, SMAS 안이나 아래에 놓인 경로',
  'asymmetric-sides': '좌우를 다른 개수, 힘 또는 방향으로 계획함',
  'expired-product': '시술일 전에 유효기간이 지난 로트로 기록된 실',
};

export const MISTAKE_TEXT_RU: Readonly<Record<MistakeId, string>> = {
  'converging-on-cheekbone': 'Векторы, которые заканчиваются или сходятся на скуле (скуловом возвышении)',
  'single-thread-pull': 'Вся тяга на стороне приходится на одну нить',
  'thread-in-dermis': 'Нить в дерме или сразу под ней',
  'barb-at-entry': 'Насечки у прокола: у точки вкола или на дальнем конце, где выходит конусная нить',
  'crossing-zygomaticus-major': 'Насечки поперёк большой скуловой мышцы',
  'smooth-thread-lift': 'Гладкие нити (моно- или винтовые) для лифтинга',
  'no-fixation': 'Лифтинговые нити без фиксации в стабильной зоне',
  'over-tension': 'Натяжение больше, чем держит нить, или больше задуманной гиперкоррекции',
  crowding: 'Нити слишком близко друг к другу или пересекаются',
  'wrong-direction': 'Вектор тянет по направлению силы тяжести, а не против неё',
  'danger-zone-path': 'Траектория через зону нерва, протока или артерии на их глубине',
  'too-deep': 'Траектория ниже слоя своего типа нити, в SMAS или под ней',
  'asymmetric-sides': 'Правая и левая стороны спланированы с разным числом нитей, силой или направлением',
  'expired-product': 'Нити записаны из серии, срок годности которой истёк до даты процедуры',
};
