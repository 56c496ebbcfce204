import type { ThresholdSourceTable } from './threshold-keys';

/**
 * The thresholds' sources in Korean: why each value is what it is, with its citation (terms:
 * docs/glossary.md). Authors, years, journal titles and file names stay as published (they are
 * citations); the explanation is translated. {value} is the threshold and the other {names} its
 * params, so a number that restates the threshold is the rule's own constant; figures quoted from
 * the literature (2.1 ± 0.4 mm, 16% against 5.6%) are the source's facts, as in the English.
 */
export const THRESHOLD_SOURCE_KO: ThresholdSourceTable = {
  malarShareMax:
    '설계상 선택: 당기는 힘의 대부분이 광대 돌출부에 모이면 중안면부가 넓어지는 것(보고된 값 4.7–17.9 mm, domain.md)이 계획의 주된 효과가 되므로, 실 하나가 아니라 그쪽 설계를 다시 짜야 합니다.',
  dominantThreadShareMax:
    '설계상 선택: domain.md는 "실 하나가 혼자 다 당기는 것"을 원인으로 들고, 당기는 힘을 여러 실에 나누라고 권합니다(중안면부는 한쪽에 2–4개). {value}이면 장력이 어느 정도 다른 실 두 개까지 허용됩니다.',
  dominanceMinPullN:
    '설계상 선택: 이보다 약한 당김(코그실이 버티는 힘 ~1.9 N의 약 4분의 1, domain.md)은 조직을 눈에 띄게 모으기에 너무 약합니다.',
  simulatedProminenceGatheringPerNMax:
    '설계상 선택, 판정이 알려진 설계로 보정함(docs/rules.md): 함께 제공되는 예시의 좋은 설계와 모든 교육 증례의 수정한 설계는 광대 돌출부에서 1 N당 최대 0.9%를 모으고, 광대 증례 두 개의 잘못된 설계(실이 광대 돌출부로 모이고 실 하나가 혼자 다 당김)는 1 N당 1.4%와 1.65%를 모읍니다. 1.1%는 그 사이에 있으며 양쪽에 여유가 있습니다. 1 N당으로 보는 이유는 모델이 경화 항 전까지 선형이기 때문입니다. 장력이 크면 어디서나 더 많이 모이고(과도한 장력은 별도 규칙), 1 N당 비율은 설계가 당김을 어디로 보내는지를 보여 줍니다.',
  subcutaneousMarginMm:
    '설계상 선택: 19G 캐뉼라의 바깥지름 정도로, 실 전체가 진피 아래를 지나게 합니다. 측정된 피부 두께(2.1 ± 0.4 mm, domain.md) 표준편차의 2.5배입니다.',
  smasToleranceMm: '설계상 선택: 사람마다 다른 지방층 두께(5.2 ± 1.9 mm, domain.md)를 감안하여 SMAS 경로를 모두 표시하지는 않습니다.',
  thinSkinExtraMm:
    '설계상 선택: domain.md에 따르면 얇은 피부에서는 실이 더 잘 보이고 함몰도 더 잘 생깁니다. {value} mm는 측정된 피부 두께(2.1 ± 0.4 mm)의 표준편차 하나 정도입니다.',
  thickSkinReliefMm: '설계상 선택: 두꺼운 피부는 실을 조금 더 잘 가리므로 여유를 약간 줄이지만, 얇은 피부에서 늘리는 양보다 훨씬 적게 줄입니다.',
  olderPatientFromAgeYears:
    'domain.md(26개 연구의 메타분석, Niu et al., Aesthetic Plast Surg 2021): 함몰은 {value}세 초과 환자의 16%, 그보다 젊은 환자의 5.6%에서 생겼으며, 이 나이는 연구가 보고한 기준입니다.',
  olderPatientExtraMm:
    '설계상 선택(domain.md에 근거): {fromAgeYears}세가 넘으면 함몰이 거의 세 배 흔합니다(16% 대 5.6%, 26개 연구의 메타분석). 연구는 깊이를 제시하지 않으므로 여유를 얇은 피부와 같은 폭({value} mm, 측정된 피부 두께 2.1 ± 0.4 mm의 표준편차 하나 정도)으로 늘립니다. 돌기가 당겨 들이는 얇고 탄력이 적은 진피라는 같은 기전입니다.',
  deepToleranceMm:
    '설계상 선택: 19G 캐뉼라 바깥지름의 절반(약 1 mm)으로, 실의 중심선이 지방층보다 이만큼 아래에 있으면 실 전체가 SMAS 안에 있습니다. 사람마다 다른 지방층 두께(5.2 ± 1.9 mm, domain.md)보다 일부러 작게 잡았습니다. 아틀라스의 수치는 평균이며 소견에도 그렇게 적혀 있습니다.',
  barbToPunctureMinMm:
    '설계상 선택: 피부 두께와 바늘 사면 길이를 합친 값의 약 두 배입니다. 경로의 처음 몇 밀리미터에서는 바늘이 천자 부위로 올라오므로, 그곳의 돌기는 계획보다 표면에 더 가깝습니다.',
  shallowBelowSkinMm:
    '설계상 선택: 표면이 아니라 피부 아래에서 잽니다. 돌기는 진피를 당겨 함몰을 만들고, 그 사이의 지방이 이를 막아 주기 때문입니다. 피부 두께는 부위마다 다릅니다. {value} mm는 측정된 얕은 지방층(관자놀이와 귀 앞 경로에서 5.2 ± 1.9 mm, domain.md)의 하한보다 작으므로, 이런 돌기는 지방층 윗부분, 당길 수 있는 진피 가까이에 있습니다.',
  crossingAngleMaxDeg:
    '설계상 선택: {value}°를 넘으면 구간이 근섬유를 따르기보다 가로지릅니다. 큰광대근은 프랑크푸르트 수평면에 대해 약 59°(범위 41–72°, domain.md)로 달리므로, 이를 따라 놓은 중안면부 벡터는 한계 안에 넉넉히 듭니다.',
  againstActionMinDeg: '설계상 선택: {value}°에서는 당기는 힘의 절반이 근육과 반대로 작용합니다(cos {value}° = −0.5).',
  minConflictLengthMm: '설계상 선택: 사람마다 위치가 다른 근육 윤곽의 가장자리를 스치는 것은 표시하지 않습니다. {value} mm는 돌기 몇 개입니다.',
  dangerDepthMarginMm: '설계상 선택: 구조물의 위치와 깊이는 평균값이며 사람마다 다르고(domain.md), 캐뉼라 끝의 지름은 약 1 mm입니다.',
  zoneEdgeToleranceMm: '설계상 선택: 구역은 도식화한 얼굴 위에 그린 평균 위치이며, {value} mm는 보통 배율에서 도식에 점을 찍는 정밀도입니다.',
  floatingTensionMaxN:
    '설계상 선택: 실마다 약 {value} N인 보통의 설정 장력(과도한 장력 규칙: 약 2.2 mm 변위)이 마주 보는 돌기 위로 조직을 모읍니다. 그보다 크면 조직을 한쪽 끝으로 당기게 되고, 움직이는 조직 안의 먼 쪽 돌기 묶음만으로 버텨야 합니다. 양방향 돌기의 자가 고정과 플로팅 설계의 더 높은 합병증 발생률: shared/domain.md(고정). 플로팅 실의 선을 위를 향한 것으로 보는 것도 설계상 선택입니다: 시술자는 조직을 마주 보는 돌기 위로 끌어올리므로 그 선은 리프팅을 유지하며, 어떤 판정도 실을 어느 끝에서 삽입했는지에 좌우되어서는 안 됩니다.',
  smoothTensionMaxN:
    '설계상 선택: 민실은 장력 없이 놓습니다. 계획한 장력이나 고정이 있으면 민실이 버틸 수 없는 리프팅 의도를 뜻합니다(0.2 N 대 코그실 ~1.9 N, domain.md).',
  tensionToHoldingForceMax: 'domain.md: 사체 조직에서 버티는 힘은 코그실 약 1.9 N, 민 모노필라멘트 0.2 N이며, 이를 넘으면 돌기가 조직을 찢고 빠집니다.',
  feDisplacementAt2N: 'domain.md: 콘 4개짜리 봉합사의 유한요소 모델에서 {tensionN} N은 조직을 약 {value} mm 움직입니다.',
  feDisplacementAt4N: 'domain.md: 콘 4개짜리 봉합사의 유한요소 모델에서 {tensionN} N은 조직을 약 {value} mm 움직입니다.',
  intendedDisplacementMaxMm:
    '설계상 선택: domain.md에 따르면 2–3주에 걸쳐 가라앉는 작은 과교정은 의도한 것이고 큰 과교정은 아닙니다. {value} mm(약 {tensionN} N)는 실마다 보통 주는 ~1 N(약 2.2 mm)을 담을 여유가 있고 모델의 2 N 지점보다 아래입니다.',
  safeSpacingMm:
    '설계상 선택: 콧등 뿌리 위 얕은 지방층 두께의 약 두 배이며 뺨의 지방층보다는 얇습니다(domain.md). 이보다 가까운 돌기는 같은 지방 띠를 모아 능선을 만듭니다.',
  minCrowdedLengthMm: '설계상 선택: 잠깐 가까워지는 것은 해가 없습니다. 돌기가 나란히 {value} mm 이어지면 끈이나 덩어리처럼 만져집니다.',
  sharedEntryRadiusMm: '설계상 선택: 부채꼴로 놓은 실은 한 천자 부위에서 함께 나옵니다. {value} mm이면 20° 벌어진 실들이 안전 간격만큼 떨어집니다.',
  lengthToleranceMm: '설계상 선택: 보통 배율에서 도식에 경로 끝을 그리는 정밀도 정도입니다.',
  belowHorizontalMaxDeg:
    '설계상 선택: 거의 수평인 당김(예: 귀 쪽으로 약간 아래로 그은 턱선 실)은 조직을 끌어내리지 않고 여전히 당겨 올립니다. {value}°를 넘으면 당김의 아래쪽 성분(sin {value}° = 17%)이 중력과 같은 방향으로 작용하기 시작합니다.',
  midfaceMedialLeanMaxDeg:
    '프로젝트 이슈 10(시술자들이 쓰는 벡터): 중안면부 벡터는 위바깥쪽이거나 비순구에 수직입니다. {value}°는 설계상 선택으로, 손으로 벡터를 그리는 정밀도 정도이므로 조금 비뚤게 그은 수직 벡터는 표시하지 않습니다.',
  jowlAngleToJawMinDeg:
    '프로젝트 이슈 10(시술자들이 쓰는 벡터): 턱살 벡터는 턱살에 직각, 즉 턱살 주름과 아래턱 아래 경계를 가로질러 귀 앞의 고정된 조직 쪽으로 위·뒤로 향합니다(domain.md: 턱살 실의 귀 앞 고정). 이런 당김은 피부 위에서 하악각점–턱끝점 현과 대략 30–60°로 만나므로, 턱선 자체에 직각인 것이 표준은 아닙니다. {value}°는 설계상 선택입니다. 이보다 작으면 턱에서 들어 올리는 성분(sin {value}° = 42%)이 당김의 절반보다 작고 나머지는 턱살을 턱을 따라 미끄러뜨립니다. 턱 경계는 하악각과 턱끝 사이에서 휘어 있어, 하악각 근처에서 경계를 정확히 따라 놓은 실은 곧은 현에 대해 약 18–20°로 측정되므로 {value}°는 그만큼의 여유를 둡니다.',
  neckAngleToJawMaxDeg:
    '프로젝트 이슈 10(시술자들이 쓰는 벡터): 목 실은 아래턱과 평행합니다. {value}°는 설계상 선택으로, 평행과 수직의 중간이며 이를 넘으면 실이 턱을 따르기보다 목을 가로지릅니다.',
  countDifferenceWarning:
    '설계상 선택: 실 하나를 더하는 것은 기존 비대칭을 바로잡는 흔한 방법입니다. {value}개 이상 차이는 대개 한쪽을 빠뜨렸거나 과하게 실었다는 뜻입니다.',
  forceDifferenceMax: '설계상 선택: 4분의 1은 실 네 개 중 하나의 장력 정도이며, 이보다 큰 불균형은 한쪽을 눈에 띄게 더 들어 올립니다.',
  directionDifferenceMaxDeg:
    '설계상 선택: 사람마다 다른 큰광대근 방향의 범위(41–72°, domain.md)의 약 4분의 1이며, 이를 넘으면 두 쪽이 눈에 띄게 다른 선을 따라 올라갑니다.',
  mirrorPairCostMaxMm:
    '설계상 선택(표준 얼굴 기준): 65 mm 중안면부 벡터를 같은 삽입점을 중심으로 25° 돌리면 비용이 약 14 mm, 같은 벡터를 2 cm 옮긴 삽입점에서 그리면 40 mm이므로, 조금 다르게 그린 짝도 찾아집니다. 관자놀이에서 시작한 중안면부 벡터와 광대활에서 시작한 턱선 벡터(삽입점이 3 cm 떨어짐)는 65 mm 이상이어서 서로 짝으로 잘못 잡히지 않습니다.',
  threadsPerSideMildModerateMin: 'domain.md: 중안면부와 턱선 모두 한쪽에 보통 2–4개, 경도–중등도 처짐에는 한쪽에 2–3개가 보통입니다.',
  threadsPerSideModerateSevereMin: 'domain.md: 한쪽에 보통 2–4개, 중등도–고도 처짐에는 한쪽에 3–4개가 보통입니다.',
  moderateSevereFromGrade:
    '설계상 선택: 계획은 처짐을 {minGrade}(없음)부터 {maxGrade}(고도)까지 매기므로, 1–2는 경도–중등도, 3–4는 중등도–고도입니다.',
  threadsPerSideCombinedMin: 'domain.md: 부위를 함께 하면 실이 더 많이 필요합니다. 복합 계획은 한쪽에 최소 {value}개(두 부위 각각 2–4의 하한).',
  expiryMarginDays:
    '설계상 선택: 제조사의 유효기간은 사용할 수 있는 마지막 날이고, 계획의 날짜는 기록이 문서화하는 시술일이므로 그보다 이른 날짜는 그날 이미 유효기간이 지난 것입니다.',
};
