/**
 * 소견 문구(한국어): ./en.ts와 같은 키. 조사가 앞말에 따라 달라지지 않도록 구조물 이름과
 * 실 번호는 문장 끝이나 괄호, 쌍점 뒤에 둡니다.
 */
import type { Dictionary } from '../../i18n/dictionary';
import type { FindingTextKey } from './en';

export const FINDING_TEXT_KO: Dictionary<FindingTextKey> = {
  'danger-zone.title': '{thread}: {structure} 위험 부위 통과',
  'danger-zone.message': '{depth} {harm}',
  'danger-zone.fix': '경로를 위험 부위 밖으로 돌리거나, 그 부위에서는 본래의 층 안에 머물면서 확실히 더 얕게({aboveMm}보다 위) 지나가게 하세요.',
  'danger-zone.depth.near': '깊이 {depthMm}에서 경로가 해당 구조물의 층(구조물: {structure}, 약 {fromMm}부터)에 {marginMm} 이내로 가까워집니다.',
  'danger-zone.depth.in': '깊이 {depthMm}에서 경로가 해당 구조물의 층(구조물: {structure}, 약 {fromMm}부터) 안 또는 그보다 깊이 있습니다.',
  'danger-zone.harm.nerve': '신경이 손상되면 그 신경이 지배하는 근육이 약해질 수 있으며, 때로는 수개월 지속됩니다.',
  'danger-zone.harm.duct': '관을 뚫으면 침 누출, 부종(타액류) 또는 누공이 생길 수 있습니다.',
  'danger-zone.harm.artery': '동맥을 뚫으면 혈종이 생길 수 있고, 실이 혈관 안에 있으면 혈액 공급이 손상될 위험이 있습니다.',
  'danger-zone.harm.great-auricular-nerve':
    '이 신경은 운동이 아닌 감각을 담당합니다. 손상되면 귓바퀴 아래쪽, 턱각, 귀 앞 피부가 무감각해지거나 통증이 남을 수 있으며, 때로는 영구적입니다.',

  'product-expiry.title': '{threads}: {lot} 유효기간 {expiry} 만료 (계획일 {planDate} 이전)',
  'product-expiry.message':
    '멸균 상태와 흡수되는 동안의 실 강도는 제조사가 표시한 유효기간까지만 보증됩니다. 유효기간이 지난 실은 사용하면 안 되며, 사용했다는 사실이 기록에 남습니다.',
  'product-expiry.fix': '시술일에 유효기간이 남아 있는 로트의 실을 쓰고 로트 번호와 유효기간을 기록하세요. 계획일이 잘못되었다면 계획 정보에서 고치세요.',
  'product-expiry.lot': '로트 {number}',
  'product-expiry.noLot': '로트 번호가 기록되지 않은 제품',

  'smooth-thread-lift.title': '{thread}: 민실을 리프팅용으로 설정함',
  'smooth-thread-lift.message':
    '계획 내용: {how}. 그러나 민실에는 조직을 잡아 줄 돌기가 없습니다(민실은 약 0.2 N, 코그실은 약 1.9 N을 지탱). 힘을 받으면 기름 속의 바늘처럼 조직 사이로 미끄러져 리프팅 효과가 유지되지 않고, 실이 이동할 수 있습니다.',
  'smooth-thread-lift.fix': '이 벡터에는 코그실이나 콘실을 쓰거나, 민실은 장력과 고정 없이 조직을 탄탄하게 하는 용도로만 두세요.',
  'smooth-thread-lift.how.tension': '장력 {tension}',
  'smooth-thread-lift.how.anchor': '고정 부위에 고정',
  'smooth-thread-lift.how.both': '장력 {tension}, 고정 부위에 고정',
};
