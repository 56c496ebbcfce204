/**
 * 소견 문구(한국어): ./en.ts와 같은 키. 조사가 앞말에 따라 달라지지 않도록 구조물 이름과
 * 실 번호는 문장 끝이나 괄호, 쌍점 뒤에 둡니다.
 */
import type { Dictionary } from '../../i18n/dictionary';
import type { FindingTextKey } from './en';

const WHY_SHALLOW =
  '표면에 이렇게 가까운 실은 피부 밖으로 보이거나 만져질 수 있고, 돌기가 함몰, 멍울, 아코디언 같은 주름을 만들 수 있습니다.';
const WHY_DERMIS =
  '진피 안의 실은 피부 밖으로 비쳐 보이고 피부를 오그라들게 하며, 돌출과 감염이 잘 생깁니다. 실이 보이는 것과 피부 함몰은 가장 흔한 합병증에 속합니다.';
const WHY_DEEP =
  '자기 층보다 깊은 실은 맞지 않는 조직을 잡습니다. 돌기가 잡아 주는 힘을 예측하기 어렵고, 당김이 더 깊은 층까지 미치며, SMAS 아래를 지나는 신경에 가까워집니다. 층의 깊이는 평균값이므로 환자에게서 깊이를 확인하세요.';
const WHY_NERVE =
  '이 깊이에서는 캐뉼라와 돌기가 신경을 다치게 할 수 있습니다. 얼굴신경 가지가 다치면 그 신경이 지배하는 근육이 약해지고, 감각신경(큰귓바퀴신경)이 다치면 감각이 무뎌지거나 아프며, 때로는 수개월 지속됩니다.';
const WHY_NERVE_SMOOTH =
  '이 깊이에서는 바늘이나 캐뉼라가 신경을 다치게 할 수 있습니다. 얼굴신경 가지가 다치면 그 신경이 지배하는 근육이 약해지고, 감각신경(큰귓바퀴신경)이 다치면 감각이 무뎌지거나 아프며, 때로는 수개월 지속됩니다.';
const WHY_DEEP_SMOOTH =
  '자기 층보다 깊은 민실은 놓으려던 피부를 탄력 있게 하지 못하고, SMAS 아래를 지나는 신경에 가까워집니다. 층의 깊이는 평균값이므로 환자에게서 깊이를 확인하세요.';
/** 광대뼈에 모인 조직이 어떻게 보이는지 (광대뼈에 관한 두 소견이 각각 한 번씩 말합니다). */
const CHEEKBONE_LOOK = '광대뼈가 더 도드라지고 중안면부가 넓어 보입니다(4.7–17.9 mm 넓어졌다는 보고가 있습니다).';
const WHY_CHEEKBONE = `광대뼈에서 끝나거나 만나는 당김은 그곳에 조직을 모읍니다. ${CHEEKBONE_LOOK}`;

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
    '{tension}의 장력은 이 종류의 실이 조직 안에서 버티는 힘(약 {hold})보다 큽니다. {why}',
  'over-tension.beyond-hold.fix': '장력을 {hold} 이하로 낮추거나, {instead}',
  'over-tension.why.barbed': '돌기가 조직을 찢거나 자르면서 리프팅 효과가 사라지고, 피부에 함몰이나 변형이 남을 수 있습니다.',
  'over-tension.why.smooth': '잡아 줄 돌기가 없어 실이 조직 사이로 끌려 나가므로 리프팅 효과가 사라지고 실이 이동할 수 있습니다.',
  'over-tension.instead.barbed': '실을 더 써서 당김을 나누세요.',
  'over-tension.instead.smooth': '리프팅은 코그실이나 콘실로 하고 이 실은 장력 없이 놓으세요.',
  'over-tension.overcorrection.title': '{thread}: 의도한 것보다 과교정이 큰 장력',
  'over-tension.overcorrection.message':
    '{tension}의 장력은 조직을 약 {displacement} 이동시킬 것으로 예측됩니다. 약간의 과교정은 2–3주 안에 자리를 잡지만, 이만큼 크면 윤곽 변형과 함몰이 오래 남기 쉽습니다.',
  'over-tension.overcorrection.fix': '예측 이동 거리가 {maxMm}(약 {maxN}) 미만이 되도록 장력을 낮추고, 더 당겨야 하면 실을 추가하세요.',

  'length-mismatch.too-long.title': '{thread}: 경로가 실보다 김',
  'length-mismatch.too-long.message':
    '경로는 {pathMm}인데 이 종류의 실 길이는 {typeMm}입니다. 경로의 먼 쪽에는 실이 들어가지 않아, {lost}',
  'length-mismatch.too-long.fix': '경로를 {typeMm}로 줄이거나 더 긴 실을 고르세요.',
  'length-mismatch.too-short.title': '{thread}: 실 종류에 비해 경로가 짧음',
  'length-mismatch.too-short.message':
    '경로는 {pathMm}인데 이 종류는{seat} 최소 {minMm} 길이의 경로가 필요합니다. 콘이나 돌기가 한데 몰리면 고르게 잡아 주지 못하고, 만져지거나 보일 수 있습니다.',
  'length-mismatch.too-short.fix': '경로를 최소 {minMm}로 늘리거나 {instead}',
  'length-mismatch.lost.lift': '그곳에 계획한 리프팅이 이루어지지 않습니다.',
  'length-mismatch.lost.smooth': '그 구간은 시술되지 않은 채로 남습니다.',
  'length-mismatch.instead.cones': '콘이 더 적은 종류를 고르세요.',
  'length-mismatch.instead.shorter': '더 짧은 실을 고르세요.',
  'length-mismatch.seatCones': ' 콘 {cones}개를 자리 잡게 하려면',
  'length-mismatch.barbs-past-end.title': '{thread}: 돌기 구간이 경로 끝을 넘어감',
  'length-mismatch.barbs-past-end.message':
    '돌기는 삽입점에서 {barbsMm}까지로 계획되었지만 경로는 {pathMm}뿐이어서, 돌기 구간 일부가 계획한 경로 밖에 놓이게 됩니다.',
  'length-mismatch.barbs-past-end.fix': '돌기 구간을 {pathMm} 이내에서 끝내거나 경로를 늘리세요.',

  'thread-count.title': '{where}: 리프팅 실 {have}개뿐 ({side})',
  'thread-count.message':
    '{why}에서는 {where}에 한쪽당 리프팅 실이 보통 {needed}개 이상 필요하지만, {side}에는 {have}개입니다({threads}). 실이 너무 적으면 당김이 얇게 퍼져 실마다 더 세게 당겨야 하고, 당김이 더 적은 선을 따라 모입니다.',
  'thread-count.fix': '이쪽 {where}에 실을 {add}개 더해 부채꼴로 조금씩 벌려 넣거나, 더 적게 쓰는 이유(예: 2차 시술 예정)를 계획에 적어 두세요.',
  'thread-count.why.grade': '처짐 정도 {grade}/4({severity})',
  'thread-count.why.combined': '여러 부위를 함께 다루는 계획',
  'thread-count.mild': '경도~중등도',
  'thread-count.severe': '중등도~중증',
  'thread-count.areasTogether': '{areas} 함께',
  'thread-count.area.upper-face': '상안면부',
  'thread-count.area.midface': '중안면부',
  'thread-count.area.lower-face': '하안면부(턱살과 턱선)',
  'thread-count.area.neck': '목',

  'crowding.crossing.title': '{threads}: 서로 교차함',
  'crowding.crossing.message':
    '돌기 구간이 서로 교차합니다. 돌기 있는 실 두 가닥이 교차하는 곳에서는 조직이 두 번 모여 멍울이나 울퉁불퉁한 윤곽이 생기고, 실끼리 마찰해 밖으로 돌출될 수도 있습니다.',
  'crowding.crossing.fix': '실을 부채꼴로 벌려 나란히 지나가게 하거나, 한 가닥을 옮겨 돌기 구간이 더는 교차하지 않게 하세요.',
  'crowding.close.title': '{threads}: 서로 너무 가까이 지나감',
  'crowding.close.message':
    '돌기 구간이 약 {runMm}에 걸쳐 서로 {spacingMm} 이내로 붙어 있습니다. 이렇게 가까운 돌기는 같은 띠 모양의 조직을 모아, 능선이나 멍울, 고르지 않은 표면으로 드러날 수 있습니다.',
  'crowding.close.fix': '실 사이를 {spacingMm} 이상 벌리거나, 나란히 지나가는 곳에서 한쪽 돌기 구간을 줄이세요.',

  'muscle-conflict.ring.title': '{thread}: {muscle} 안에 돌기가 있음',
  'muscle-conflict.ring.message':
    '{muscle}은 {action} 고리 모양 근육입니다. 그 안에 있는 돌기({insideMm})가 근육을 묶어, 움직일 때마다 고르지 않게 닫히거나 피부가 오므라들 수 있습니다.',
  'muscle-conflict.ring.fix': '돌기 구간을 고리 모양 근육 밖에 두세요: 근육 앞에서 끝내거나 경로를 근육 둘레로 돌리세요.',
  'muscle-conflict.crossing.title': '{thread}: {muscle}을 {angle}로 가로지름',
  'muscle-conflict.crossing.message':
    '{muscle}은 {action} 근육입니다. 근육의 작용선을 {angle}로 가로질러 놓인 돌기({crossingMm})가 근육이 움직이는 조직을 붙잡아, 표정을 제한하거나 비뚤어지게 할 수 있습니다(예: 비대칭 미소).',
  'muscle-conflict.crossing.fix': '경로의 이 부분을 근육의 작용선을 따라({maxAngle} 이내) 놓거나, 돌기가 근육에 걸리지 않게 하세요.',
  'muscle-conflict.against.title': '{thread}: {muscle}과 반대로 당김',
  'muscle-conflict.against.message':
    '{muscle}은 {action} 근육인데, 이 실은 같은 조직을 반대 방향으로 당깁니다(근육 작용 방향과 {angle}). 움직일 때마다 실과 맞서게 되어 표정이 굳어 보이고, 웃거나 찡그릴 때마다 돌기에 부하가 걸립니다.',
  'muscle-conflict.against.fix': '벡터를 근육이 당기는 방향으로 돌리거나, 고정 끝을 옮겨 당김이 근육과 맞서지 않게 하세요.',
  'muscle-conflict.action.zygomaticus-major': '웃을 때 입꼬리를 위와 바깥으로 당기는',
  'muscle-conflict.action.zygomaticus-minor': '윗입술을 올리는',
  'muscle-conflict.action.levator-labii-superioris': '윗입술을 올리는',
  'muscle-conflict.action.risorius': '입꼬리를 옆으로 당기는',
  'muscle-conflict.action.depressor-anguli-oris': '입꼬리를 아래로 당기는',
  'muscle-conflict.action.orbicularis-oculi': '눈을 감게 하는',
  'muscle-conflict.action.orbicularis-oris': '입술을 다물고 오므리는',
  'muscle-conflict.action.frontalis': '눈썹을 올리는',
  'muscle-conflict.action.platysma': '턱과 아랫입술을 가슴 쪽으로 당기는',
  'muscle-conflict.action.masseter': '턱을 다무는',

  'weak-fixation.floating.title': '{thread}: 고정하지 않은(플로팅) 실',
  'weak-fixation.floating.message':
    '돌기가 양방향으로 잡아 주므로 고정점 없이 조직을 잡습니다. 플로팅 설계는 흔하지만 고정한 설계보다 합병증(밀림, 울퉁불퉁함) 보고가 많으므로, 돌기가 조직을 잡아 둘 자리에 놓였는지 확인하세요.',
  'weak-fixation.floating.fix': '고정하려면 실 끝을 고정 부위({zones})에 두고, 그 부위를 이 실의 고정 부위로 지정하세요.',
  'weak-fixation.mobile-face.title': '{thread}: 가동부 조직에 고정됨',
  'weak-fixation.mobile-face.message':
    '고정점({end})이 가쪽 눈확 테두리에서 내려오는 선보다 앞쪽, 즉 지지인대에서 떨어진 얼굴 가동부에 있습니다. 가동부 조직은 실을 붙잡지 못해 실이 뒤로 밀려 리프팅 효과가 사라지거나, 돌기가 조직을 찢고 빠집니다.{oneEnd}',
  'weak-fixation.mobile-face.fix': '고정 끝을 인대 선 뒤쪽의 고정 부위({zones})로 옮기세요.',
  'weak-fixation.zone-mismatch.title': '{thread}: 계획과 다른 곳에 고정됨',
  'weak-fixation.zone-mismatch.message':
    '계획에서 지정한 고정 부위는 "{what}"인데, 고정점({end})이 그 부위 밖에 있습니다{otherSide}. 계획이 기대는 고정점이 실 끝에 없습니다.',
  'weak-fixation.zone-mismatch.fix': '고정 끝을 지정한 부위 안으로 옮기거나, 실이 실제로 끝나는 부위를 지정하세요.',
  'weak-fixation.no-zone.title': '{thread}: 안정된 고정점이 없음',
  'weak-fixation.no-zone.message':
    '고정점({end})이 얼굴 가쪽 고정부에 있지만 어느 고정 부위에도 속하지 않습니다. 단단한 고정점이 없으면 실이 밀려 리프팅 효과를 잃을 수 있습니다.{oneEnd}',
  'weak-fixation.no-zone.fix': '실 끝을 고정 부위({zones})에 두세요.',
  'weak-fixation.zone': '{zone}',
  'weak-fixation.anyZone': '어느 고정 부위든',
  'weak-fixation.unknownZone': '아틀라스에 없는 고정 부위 ({id})',
  'weak-fixation.otherSide': '(그 부위는 반대쪽에 있음)',
  'weak-fixation.entryEnd': '삽입점 쪽 끝',
  'weak-fixation.farEnd': '먼 끝',
  'weak-fixation.oneEnd': ' 돌기가 양방향으로 잡아 주지만, {tension}의 장력(플로팅 실은 최대 {max})이 이 끝에서 리프팅처럼 당깁니다.',

  'entry-dimpling.title': '{thread}: 돌기가 {which}에 가까움',
  'entry-dimpling.message':
    '{at} 돌기가 깊이 {depthMm}에 있어, 피부 두께에 지방 {fatMm}를 더한 깊이보다 얕습니다(이곳 기준 {limitMm}{note}; 피부 두께 약 {skinMm}). 실이 표면 쪽으로 올라오는 천자 부위 가까이에서는 돌기가 피부를 걸어 끌어당겨 눈에 띄는 함몰(딤플)이나 당김이 생길 수 있습니다. 피부 함몰은 실 리프팅의 가장 흔한 합병증 가운데 하나입니다.',
  'entry-dimpling.fix': '{fix}',
  'entry-dimpling.close.entry': '삽입점',
  'entry-dimpling.close.exit': '먼 끝',
  'entry-dimpling.rightAt.entry': '삽입점 바로 옆의',
  'entry-dimpling.rightAt.exit': '먼 끝 바로 옆의',
  'entry-dimpling.from.entry': '삽입점에서 {distance} 떨어진',
  'entry-dimpling.from.exit': '먼 끝에서 {distance} 떨어진',
  'entry-dimpling.fix.entry': '돌기 구간을 삽입점에서 {nearMm} 이상 떨어진 곳에서 시작하거나, 경로의 첫 부분을 {limitMm} 이상 깊이 놓으세요.',
  'entry-dimpling.fix.exit': '돌기 구간을 먼 끝보다 {nearMm} 이상 앞에서 끝내거나, 경로의 끝부분을 {limitMm} 이상 깊이 놓으세요.',

  'margin.thin': ', 얇은 피부를 고려해 여유를 더함',
  'margin.older': ', {age}세 이상 환자를 고려해 여유를 더함',
  'margin.thinOlder': ', 얇은 피부와 {age}세 이상 환자를 고려해 여유를 더함',
  'margin.olderThick': ', {age}세 이상 환자를 고려해 여유를 더하고 두꺼운 피부를 고려해 조금 뺌',
  'margin.thick': ', 두꺼운 피부를 고려해 조금 뺌',

  'gravity-direction.downward.title': '{thread}: 아래쪽으로 당김',
  'gravity-direction.downward.message':
    '당기는 방향이 수평선보다 {below} 아래, 고정점 쪽을 향합니다. 중력과 같은 방향으로 조직을 끌어, 들어 올려야 할 처짐을 오히려 깊게 만듭니다.',
  'gravity-direction.downward.fix': '{fix}',
  'gravity-direction.downward.anchorUpper': '대신 위쪽 끝을 고정하세요(고정 끝을 삽입점으로 설정). 그러면 돌기가 조직을 안정된 부위 쪽으로 끌어올립니다.',
  'gravity-direction.downward.fixAbove': '고정 끝을 돌기 구간보다 위, 안정된 부위에 두어 당김이 위와 바깥으로 향하게 하세요.',
  'gravity-direction.midface-medial.title': '{thread}: 중안면부를 정중선 쪽으로 당김 (수직선에서 {off} 넘어감)',
  'gravity-direction.midface-medial.message':
    '당기는 방향이 수직선을 지나 코 쪽으로 {off} 기울어 있습니다. 중안면부 벡터는 보통 위·바깥쪽(관자놀이 방향)으로, 또는 비순구에 직각으로 향합니다. 정중선 쪽으로 당기면 뺨을 들어 올리지 못하고 비순구 위로 밀어 올리게 됩니다.',
  'gravity-direction.midface-medial.fix': '{fix}',
  'gravity-direction.midface-medial.fix.anchored':
    '위쪽 끝을 더 바깥, 관자놀이 쪽에 고정해 당김이 위와 바깥으로 향하게 하세요.',
  'gravity-direction.midface-medial.fix.floating':
    '고정 없이 놓인 플로팅 실입니다. 돌기 구간을 관자놀이 쪽으로 더 가파르게 위·바깥으로 놓아, 뺨을 붙잡는 선이 위·가쪽으로 향하게 하세요.',
  'gravity-direction.jowl-along-jaw.title': '{thread}: 턱살을 턱선을 따라 당김 (턱선과 {at})',
  'gravity-direction.jowl-along-jaw.message':
    '당기는 방향이 턱선과 {at}로 만납니다. 턱살 벡터는 보통 아래턱 아래 경계를 가로질러 위·뒤쪽, 귀 앞의 고정된 조직 쪽으로 당겨 턱살을 들어 올립니다. 턱선에 이렇게 가까운 당김은 턱살을 들어 올리기보다 앞뒤로 밀게 됩니다.',
  'gravity-direction.jowl-along-jaw.fix': '{fix}',
  'gravity-direction.jowl-along-jaw.fix.anchored':
    '위쪽 끝을 더 높이, 귀 앞이나 광대활에 고정해 당김이 턱선을 더 가파르게 가로지르게 하세요.',
  'gravity-direction.jowl-along-jaw.fix.floating':
    '고정 없이 놓인 플로팅 실입니다. 돌기 구간을 턱선을 더 가파르게 가로지르도록, 귀 앞쪽을 향해 위·뒤로 놓으세요.',
  'gravity-direction.neck-across.title': '{thread}: 목을 가로지름 (턱선과 {at})',
  'gravity-direction.neck-across.message':
    '아래턱 아래 경계와 {at}로 지나갑니다. 목의 실은 보통 턱과 나란히, 귀 뒤 꼭지돌기 쪽으로 놓아 턱선 아래 목을 당겨 줍니다. 목을 가로질러 놓인 실은 목이 처지지 않는 방향으로 피부를 당깁니다.',
  'gravity-direction.neck-across.fix': '{fix}',
  'gravity-direction.neck-across.fix.anchored':
    '실을 턱선을 따라 그보다 조금 아래에 놓고, 뒤쪽 꼭지돌기 쪽에 고정하세요.',
  'gravity-direction.neck-across.fix.floating':
    '고정 없이 놓인 플로팅 실입니다. 돌기 구간을 턱선을 따라 그보다 조금 아래에 놓으세요.',

  'region.in': '{region}',
  'region.outside': '얼굴 지도 밖 부위',

  'superficial-path.intradermal.title': '{thread}: {length} 구간이 진피 안을 지나감 (주로 {where})',
  'superficial-path.intradermal.message': `{length} 구간(주로 {where})에서 피부보다 얕습니다(깊이 {depth}, 이곳 피부 두께 약 {skin}).{others} ${WHY_DERMIS}{thin}{older}`,
  'superficial-path.intradermal.fix': '경로가 {required}보다 얕은 곳은 모두 최소 {required} 깊이로 내리세요.',
  'superficial-path.too-shallow.title': '{thread}: {length} 구간이 너무 얕게 지나감 (주로 {where})',
  'superficial-path.too-shallow.message': `{length} 구간(주로 {where})에서 실이 놓일 층보다 피부에 가깝습니다(깊이 {depth}, 이곳 피부 두께 약 {skin}, 필요한 깊이 최소 {required}).{others} {why}{thin}{older}`,
  'superficial-path.too-shallow.fix': '경로가 {required}보다 얕은 곳은 모두 최소 {required} 깊이로 내리세요.',
  'superficial-path.others': ' 너무 얕은 부분은 모두 {count}개 구간, 합계 {total}입니다.',
  'superficial-path.why.barbed': WHY_SHALLOW,
  'superficial-path.why.smooth': '표면에 이렇게 가까운 실은 피부 밖으로 보이거나 만져질 수 있고, 지나가는 자리에 작은 멍울을 남길 수 있습니다.',
  'superficial-path.thinSkin': ' 계획에 얇은 피부로 기록되어 있어 얕은 실이 더 쉽게 드러납니다.',
  'superficial-path.older': ' 환자가 {age}세 이상이어서 피부가 더 쉽게 함몰되므로 필요한 깊이를 높였습니다.',

  'deep-path.nerve-plane.title': '{thread}: {length} 구간이 너무 깊어 신경이 지나는 면에 닿음 (주로 {where})',
  'deep-path.nerve-plane.message': `{length} 구간(주로 {where})에서 본래의 층({layer})보다 깊어 신경이 지나는 면에 닿습니다. 신경: {nerve}. 깊이 {depth}이며, 그 면은 약 {from}부터 시작합니다.{others} {why}`,
  'deep-path.nerve-plane.fix': '이 구간을 {bottom} 이하 깊이로 올려 본래의 층({layer})에 두세요.',
  'deep-path.too-deep.title': '{thread}: {length} 구간이 너무 깊게 지나감 (주로 {where})',
  'deep-path.too-deep.message': `{length} 구간(주로 {where})에서 본래의 층({layer})보다 깊습니다(깊이 {depth}, 이곳에서 그 층은 약 {end}에서 끝남).{others} {why}`,
  'deep-path.why.barbed': WHY_DEEP,
  'deep-path.why.smooth': WHY_DEEP_SMOOTH,
  'deep-path.nerve.barbed': WHY_NERVE,
  'deep-path.nerve.smooth': WHY_NERVE_SMOOTH,
  'deep-path.too-deep.fix': '이 구간을 {bottom} 이하 깊이로 올려 본래의 층({layer})에 두세요.',
  'deep-path.others.stretches': ' 너무 깊은 부분은 모두 {count}개 구간, 합계 {total}입니다.',
  'deep-path.others.below': ' 본래의 층보다 깊은 부분은 합계 {total}입니다.',
  'deep-path.layer.subdermal': '피부 바로 아래 또는 그 아래 지방층',
  'deep-path.layer.subcutaneous': '피하지방층',
  'deep-path.layer.smas': 'SMAS',

  'asymmetry.one-sided.title': '{side}만 계획됨',
  'asymmetry.one-sided.message':
    '기존의 비대칭을 교정하는 경우라면 한쪽만 계획해도 괜찮습니다. 그렇지 않으면 리프팅 후 시술하지 않은 쪽이 더 처져 보입니다.',
  'asymmetry.one-sided.fix': '양쪽 모두 리프팅이 필요하면 "반대쪽으로 대칭 복사"로 계획을 반대쪽에 옮기고 그쪽 해부 구조에 맞게 조정하세요.',
  'asymmetry.count.title': '양쪽 실 개수가 다름 (오른쪽 {right}, 왼쪽 {left})',
  'asymmetry.count.message': '{why}',
  'asymmetry.count.fix': '기존 비대칭을 교정하는 경우가 아니라면 양쪽 실 개수를 같게 하세요.',
  'asymmetry.count.why.warning': '한쪽이 다른 쪽보다 눈에 띄게 많은 실로 리프팅되어 결과가 고르지 않을 가능성이 큽니다.',
  'asymmetry.count.why.info': '기존 비대칭을 교정할 때는 한쪽에 실 하나를 더 쓰는 것이 맞을 수 있습니다. 의도한 것인지 확인하세요.',
  'asymmetry.force.title': '양쪽을 당기는 힘이 다름 (오른쪽 {right}, 왼쪽 {left})',
  'asymmetry.force.message':
    '당기는 힘은 오른쪽 실들이 모두 합쳐 {right}, 왼쪽 실들이 {left}입니다(각 실의 장력, 최대는 그 실 종류가 버티는 힘). 약한 쪽의 당김은 강한 쪽의 {share}에 그쳐, 한쪽이 다른 쪽보다 더 많이 올라갑니다.',
  'asymmetry.force.fix': '양쪽의 장력이나 실 개수를 맞추세요.',
  'asymmetry.force-per-thread.title': '양쪽 실의 장력이 다름 (실 하나당: 오른쪽 {right}, 왼쪽 {left})',
  'asymmetry.force-per-thread.message':
    '실 하나가 당기는 힘은 평균 오른쪽 {right}, 왼쪽 {left}입니다(각 실의 장력, 최대는 그 실 종류가 버티는 힘). 실 개수 차이로 설명되는 것 이상으로 약한 쪽 실의 당김이 강한 쪽의 {share}에 그쳐, 한쪽이 다른 쪽보다 더 많이 올라갑니다.',
  'asymmetry.force-per-thread.fix': '양쪽 실의 장력을 맞추세요.',
  'asymmetry.direction.title': '양쪽의 리프팅 방향이 다름 ({apart} 차이)',
  'asymmetry.direction.message': '전체 당김 방향이 {apart} 차이 나서(오른쪽: {right} / 왼쪽: {left}), 양쪽이 서로 다른 선을 따라 모양이 바뀝니다.',
  'asymmetry.direction.fix': '한쪽의 벡터를 반대쪽에 대칭으로 옮기거나, 방향이 맞을 때까지 조정하세요.',
  'asymmetry.pair-direction.title': '{threads}: 당기는 방향이 다름 ({apart} 차이)',
  'asymmetry.pair-direction.message':
    '오른쪽 {rightThread}, 그와 대칭인 왼쪽 {leftThread}: 한 쌍으로 그렸지만 당김 방향이 {apart} 차이 납니다(오른쪽: {right} / 왼쪽: {left}). 양쪽이 서로 다른 선을 따라 모양이 바뀝니다.',
  'asymmetry.pair-direction.fix': '두 실의 당김이 서로 대칭이 되도록({max} 이내) 한 가닥을 돌리거나, 한쪽 설계를 반대쪽으로 대칭 복사하세요.',
  'asymmetry.pair-force.title': '{threads}: 장력이 다름 (오른쪽 {right}, 왼쪽 {left})',
  'asymmetry.pair-force.message':
    '오른쪽 {rightThread}, 그와 대칭인 왼쪽 {leftThread}: 한 쌍으로 그렸지만 장력이 오른쪽 {right}, 왼쪽 {left}입니다. 약한 쪽의 장력은 강한 쪽의 {share}에 그쳐, 한쪽이 다른 쪽보다 더 많이 올라갑니다.',
  'asymmetry.pair-force.fix': '기존 비대칭을 교정하는 경우가 아니라면 두 실의 장력을 같게 하세요.',
  'asymmetry.unmatched.title': '{threads}: 반대쪽에 짝이 없음',
  'asymmetry.unmatched.message':
    '양쪽 실 개수는 같지만, 반대쪽에 같은 실이 없는 실이 있습니다: {described}. 양쪽이 서로 다른 부위를 다루므로 한 부위가 한쪽만 올라갑니다.',
  'asymmetry.unmatched.fix': '기존 비대칭을 교정하는 경우가 아니라면 실마다 대칭인 짝을 두세요(반대쪽으로 대칭 복사).',
  'asymmetry.unmatched.thread': '{thread}({side}, {region})',
  'asymmetry.side.right': '오른쪽',
  'asymmetry.side.left': '왼쪽',

  'cheekbone-concentration.malar-share.title': '{side}: 중안면부 당김의 {share}가 광대뼈에 모임',
  'cheekbone-concentration.malar-share.message': `광대 돌출부에서 끝나거나 만나는 실({threads})이 이쪽 리프팅 실들이 중안면부에 거는 당김의 {share}를 차지합니다. ${WHY_CHEEKBONE}`,
  'cheekbone-concentration.malar-share.fix':
    '당김을 여러 실에 나눠 여러 방향으로 걸고, 인대 선 뒤(깊은관자근막이나 광대활)에 고정하며, 돌기는 광대뼈 아래 뺨 중앙에서 끝나게 하세요.',
  'cheekbone-concentration.anchored.title': '{thread}: 광대뼈에 고정됨',
  'cheekbone-concentration.anchored.message': `고정점이 광대 돌출부에 있어, 들어 올린 조직이 광대뼈 위로 끌려갑니다. ${WHY_CHEEKBONE}`,
  'cheekbone-concentration.anchored.fix': '고정 끝을 인대 선 뒤, 깊은관자근막 띠나 광대활로 옮기세요.',
  'cheekbone-concentration.barb-end.title': '{thread}: 돌기가 광대뼈 위에서 끝남',
  'cheekbone-concentration.barb-end.message': `돌기 구간이 끝나는 곳에 조직이 뭉치는데, 여기서는 그곳이 광대 돌출부입니다. ${WHY_CHEEKBONE}`,
  'cheekbone-concentration.barb-end.fix': '돌기 구간을 늘리거나 옮겨 광대뼈 위가 아니라 그 아래(뺨 중앙)나 뒤(관자놀이)에서 끝나게 하세요.',
  'cheekbone-concentration.converging.title': '{threads}: 광대뼈 위에서 서로 엇갈려 당김',
  'cheekbone-concentration.converging.message': `견인선이 광대 돌출부에서 교차해, 당김이 그곳에서 만납니다. ${WHY_CHEEKBONE}`,
  'cheekbone-concentration.converging.fix': '실을 부채꼴로 벌려, 광대뼈에서 엇갈리지 않고 인대 선 뒤의 서로 다른 점을 향해 나란히 당기게 하세요.',
  'cheekbone-concentration.single-thread.title': '{thread}: {side} {amount} 담당',
  'cheekbone-concentration.single-thread.message': `{thread}: 장력 {tension}으로, 이쪽 리프팅 실들이 중안면부에 거는 당김의 {share}를 담당합니다{rest}. 실 하나가 리프팅 대부분을 맡으면 당김이 한 선에 몰리고 그 끝에 조직이 모입니다. ${WHY_CHEEKBONE}`,
  'cheekbone-concentration.single-thread.fix': '한쪽당 2–4가닥의 실에 리프팅을 나누어, 조금씩 다른 방향으로 각각 적당한 장력을 주세요.',
  'cheekbone-concentration.amount.all': '중안면부 당김 전체',
  'cheekbone-concentration.amount.share': '중안면부 당김의 {share}',
  'cheekbone-concentration.rest': '(나머지는 다른 실 {others}개가 담당)',
  'cheekbone-concentration.simulated-gathering.title': '{side}: 시뮬레이션 지도에서 광대뼈에 조직이 모임',
  'cheekbone-concentration.simulated-gathering.message': `조직 시뮬레이션에서 광대 돌출부의 면적이 평균 {mean} 줄어듭니다(이쪽 중안면부 당김 {pull}에 대해 1 N당 {perN}; 그곳의 시뮬레이션 최대값 {peak}). 이 지도는 설명을 위한 것이며 검증된 예측이 아닙니다. 이유는 기하학이 알려 줍니다: 광대뼈에서 끝나거나 만나는 당김, 또는 한 선을 따라가는 당김이 그곳에 조직을 모으므로 ${CHEEKBONE_LOOK}`,
  'cheekbone-concentration.simulated-gathering.fix':
    '당김을 여러 실에 나눠 여러 방향으로 걸고, 인대 선 뒤(깊은관자근막이나 광대활)에 고정하며, 돌기는 광대뼈 아래 뺨 중앙에서 끝나게 하세요. 그러면 지도에서 조직이 중안면부 전체로 퍼져 모입니다.',
};
