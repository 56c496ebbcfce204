import type { ThresholdTextTable, ThresholdUnitTable } from './threshold-keys';

/**
 * The thresholds' sentences in Korean (terms: docs/glossary.md). {value} is the threshold, the
 * other {names} its params: the numbers are the rule's constants, never written here.
 */
export const THRESHOLD_TEXT_KO: ThresholdTextTable = {
  malarShareMax: '한쪽 중안면부 당김 가운데 광대 돌출부에서 끝나거나 모이는 비율이 이보다 크면, 그쪽은 실마다 소견을 내는 대신 하나의 요약 소견을 받습니다.',
  dominantThreadShareMax: '중안면부 실 하나(미늘 대부분이 중안면부에 있는 실)가 맡을 수 있는 한쪽 중안면부 당김의 최대 비율입니다.',
  dominanceMinPullN: '실 하나 검사는 그쪽의 중안면부 당김이 이 값에 이를 때만 적용됩니다.',
  simulatedProminenceGatheringPerNMax:
    '한쪽 광대 돌출부에서 평균한 시뮬레이션상 조직 모임(면적 감소, shared/simulation)의 최댓값으로, 그쪽 중안면부 당김 1 N당 값입니다. 분석에 시뮬레이션 요약이 있고 그쪽 중안면부 당김이 dominanceMinPullN에 이를 때만 검사합니다.',
  subcutaneousMarginMm: '피하층용 실은 진피보다 적어도 이만큼 깊이 있어야 합니다(피부 두께 + 여유).',
  smasToleranceMm: 'SMAS용 실은 SMAS 위쪽 경계(피부 + 지방층)보다 이만큼까지 얕게 있어도 됩니다.',
  thinSkinExtraMm: '계획에 얇은 피부가 기록되면 최소 깊이에 더합니다.',
  thickSkinReliefMm: '계획에 두꺼운 피부가 기록되면 최소 깊이 여유에서 뺍니다(피부 자체보다 얕아지지는 않음).',
  olderPatientFromAgeYears: '이 나이부터(계획의 {value}세 이상 연령대) 깊이 여유를 olderPatientExtraMm만큼 늘립니다.',
  olderPatientExtraMm:
    '환자가 {fromAgeYears}세 이상이면(olderPatientFromAgeYears) 깊이 규칙(superficial-path, entry-dimpling)의 최소 깊이에 더합니다. 얇은 피부와 함께이면 얇은 피부 여유에 더해집니다.',
  deepToleranceMm: '경로가 자기 층의 바닥(지방층 바닥, SMAS용 실은 SMAS 바닥)보다 이 값 넘게 깊으면 층 아래에 있는 것으로 봅니다.',
  barbToPunctureMinMm: '삽입점, 또는 실이 피부 밖으로 나오는 먼 끝(콘실)에서 (경로를 따라) 이보다 가까운 돌기는 깊이를 검사합니다.',
  shallowBelowSkinMm:
    '천자점 가까운 돌기는 표면에서의 깊이가 그 자리 피부 두께에 이만큼의 지방을 더한 값보다 얕으면 표면에 너무 가깝습니다(피부 {thinSkinMm} mm에서 {thinDepthMm} mm, 피부 {skinMm} mm에서 {depthMm} mm).',
  crossingAngleMaxDeg: '움직임이 큰 근육의 작용선을 이 각도보다 가파르게 가로지르는 돌기는 근육의 움직임을 제한합니다.',
  againstActionMinDeg: '방향이 근육의 작용과 이 각도 넘게 다른 당김은 근육과 반대로 작용합니다.',
  minConflictLengthMm: '돌기가 (경로를 따라) 적어도 이 길이만큼 근육과 겹쳐야 셉니다.',
  dangerDepthMarginMm: '위험 부위 안의 경로는 구조물 깊이보다 이만큼 위부터 그 아래까지 위험합니다.',
  zoneEdgeToleranceMm: '고정 부위 윤곽에서 이만큼 가까운 고정점은 부위 안에 있는 것으로 봅니다.',
  floatingTensionMaxN:
    '고정 부위 없이 장력이 이 값 이하인 자가 고정 실(양방향 코그실 또는 콘실)은 플로팅 디자인입니다. 어느 쪽 끝으로도 당기지 않으므로 약한 고정 규칙은 참고로 알리고, 방향 규칙은 어느 끝에서 삽입했든 돌기 구간의 선을 리프팅처럼 위를 향한 것으로 보고 판단합니다. 장력이 더 크면 한쪽 끝에서 당기는 리프팅이므로 고정 끝이 버텨야 하고, 그 당김이 방향이 됩니다.',
  smoothTensionMaxN: '민실에 이 값보다 큰 장력이나 고정 부위가 있으면 리프팅에 쓰이고 있다는 뜻입니다.',
  tensionToHoldingForceMax: '실 종류가 버티는 힘의 공칭값(카탈로그)보다 큰 장력은 심각입니다.',
  feDisplacementAt2N: '모델이 {tensionN} N에서 예측하는 조직 이동입니다(장력-이동 곡선의 첫째 점).',
  feDisplacementAt4N: '모델이 {tensionN} N에서 예측하는 조직 이동입니다(곡선의 둘째 점).',
  intendedDisplacementMaxMm: '예측 이동이 이보다 크면 의도한 것보다 큰 과교정입니다(경고). 모델 곡선에서 약 {tensionN} N입니다.',
  safeSpacingMm: '두 실의 돌기 구간이 이보다 가까우면 몰려 있는 것입니다.',
  minCrowdedLengthMm: '두 돌기 구간이 적어도 이 길이 동안 안전 간격 안에 있어야 셉니다.',
  sharedEntryRadiusMm: '실들이 함께 쓰는 삽입점 주변 이 반경 안에서는 가까움과 교차를 보지 않습니다.',
  lengthToleranceMm: '이 값까지의 길이 차이는 받아들입니다(그리기 정밀도).',
  belowHorizontalMaxDeg: '리프팅 당김은 수평선 아래로 이 각도까지만 향할 수 있습니다.',
  midfaceMedialLeanMaxDeg: '중안면부 당김은 수직에서 정중선 쪽으로 이 각도까지 기울어도 참고를 받지 않습니다. 보통의 중안면부 벡터는 위·가쪽입니다.',
  jowlAngleToJawMinDeg: '턱살 당김은 턱선(하악각점에서 턱끝점까지, 피부 위)을 따라가지 말고 가로질러야 합니다. 각도가 이보다 작으면 참고입니다.',
  neckAngleToJawMaxDeg: '목 실은 턱선(하악각점에서 턱끝점까지, 피부 위)과 나란히 가야 합니다. 각도가 이보다 크면 참고입니다.',
  countDifferenceWarning: '양쪽 실 수가 이만큼 다르면 경고, 하나 다르면 참고입니다.',
  forceDifferenceMax: '전체 견인력 차이의 허용 최댓값으로, 더 강한 쪽 견인력에 대한 비율입니다.',
  directionDifferenceMaxDeg: '양쪽 합력 방향(각각 자기 쪽 가쪽 수평선 기준) 차이의 허용 최댓값입니다.',
  mirrorPairCostMaxMm: '오른쪽 실과 왼쪽 실이 서로 거울 짝으로 인정되는 최대 차이입니다(삽입점 사이 거리 + 경로 사이 평균 거리, 한쪽은 좌우 반전).',
  threadsPerSideMildModerateMin: '처짐 {fromGrade}–{toGrade}등급(경도에서 중등도)에서 중안면부나 하안면부의 한쪽 최소 리프팅 실 수입니다.',
  threadsPerSideModerateSevereMin: '처짐 {grade}등급부터(중등도에서 고도) 중안면부나 하안면부의 한쪽 최소 리프팅 실 수입니다.',
  moderateSevereFromGrade: '계획의 {minGrade}–{maxGrade} 처짐 등급에서 이 등급부터 중등도에서 고도 처짐의 실 수를 적용합니다.',
  threadsPerSideCombinedMin: '둘 이상의 부위(중안면부, 하안면부, 상안면부, 목)를 올리는 쪽의 최소 리프팅 실 수로, 등급과 관계없습니다.',
  expiryMarginDays: '유효기간이 계획일보다 이 일수 이상 앞선 로트를 표시합니다. 계획일에 만료되는 로트는 아직 유효합니다.',
};

export const THRESHOLD_UNIT_KO: ThresholdUnitTable = {
  mm: 'mm',
  deg: '°',
  N: 'N',
  share: '비율',
  'share per N': '1 N당 비율',
  'x holding force': '× 버티는 힘',
  years: '세',
  threads: '개',
  'grade (0-4)': '등급 (0–4)',
  days: '일',
};
