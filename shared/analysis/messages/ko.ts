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

  'over-tension.beyond-hold.title': '{thread}: 실이 버틸 수 있는 것보다 장력이 큼',
  'over-tension.beyond-hold.message':
    '{tension}의 장력은 이 종류의 실이 조직 안에서 버티는 힘(약 {hold})보다 큽니다. 돌기가 조직을 찢거나 자르면서 리프팅 효과가 사라지고, 피부에 함몰이나 변형이 남을 수 있습니다.',
  'over-tension.beyond-hold.fix': '장력을 {hold} 이하로 낮추거나, 실을 더 써서 당김을 나누세요.',
  'over-tension.overcorrection.title': '{thread}: 의도한 것보다 과교정이 큰 장력',
  'over-tension.overcorrection.message':
    '{tension}의 장력은 조직을 약 {displacement} 이동시킬 것으로 예측됩니다. 약간의 과교정은 2–3주 안에 자리를 잡지만, 이만큼 크면 윤곽 변형과 함몰이 오래 남기 쉽습니다.',
  'over-tension.overcorrection.fix': '예측 이동 거리가 {maxMm}(약 {maxN}) 미만이 되도록 장력을 낮추고, 더 당겨야 하면 실을 추가하세요.',

  'length-mismatch.too-long.title': '{thread}: 경로가 실보다 김',
  'length-mismatch.too-long.message':
    '경로는 {pathMm}인데 이 종류의 실 길이는 {typeMm}입니다. 경로의 먼 쪽에는 실이 들어가지 않아, 그곳에 계획한 리프팅이 이루어지지 않습니다.',
  'length-mismatch.too-long.fix': '경로를 {typeMm}로 줄이거나 더 긴 실을 고르세요.',
  'length-mismatch.too-short.title': '{thread}: 실 종류에 비해 경로가 짧음',
  'length-mismatch.too-short.message':
    '경로는 {pathMm}인데 이 종류는{seat} 삽입점에서 출구까지 최소 {minMm}가 필요합니다. 콘이나 돌기가 한데 몰리면 고르게 잡아 주지 못하고, 만져지거나 보일 수 있습니다.',
  'length-mismatch.too-short.fix': '경로를 최소 {minMm}로 늘리거나 콘이 더 적은 종류를 고르세요.',
  'length-mismatch.seatCones': ' 콘 {cones}개를 자리 잡게 하려면',
  'length-mismatch.barbs-past-end.title': '{thread}: 돌기 구간이 경로 끝을 넘어감',
  'length-mismatch.barbs-past-end.message':
    '돌기는 삽입점에서 {barbsMm}까지로 계획되었지만 경로는 {pathMm}뿐이어서, 돌기 구간 일부가 계획한 경로 밖에 놓이게 됩니다.',
  'length-mismatch.barbs-past-end.fix': '돌기 구간을 {pathMm} 이내에서 끝내거나 경로를 늘리세요.',
};
