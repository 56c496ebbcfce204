import { WORDS_KO } from '../analysis/messages/words-ko';
import { formatDay } from '../i18n/format';
import { isKeyLandmarkId } from '../photo/landmark-ids';
import type { IntervalUnit } from '../plan/photo-types';
import type { PlanPhoto } from '../plan/types';
import type { ReportText } from './report-strings';

/**
 * 보고서(PDF) 문구, 한국어: report-strings.ts의 영어 표와 같은 키. 임상 용어는 docs/glossary.md를
 * 따릅니다. 환자 안내 부분(동의서, 시술 후 관리)은 환자가 읽는 쉬운 말로 씁니다.
 */

const ANGLE: Readonly<Record<PlanPhoto['angle'], string>> = {
  frontal: '정면',
  'oblique-right': '오른쪽 45° 측면',
  'oblique-left': '왼쪽 45° 측면',
  'profile-right': '오른쪽 옆모습',
  'profile-left': '왼쪽 옆모습',
};

const UNIT: Readonly<Record<IntervalUnit, string>> = { days: '일', weeks: '주', months: '개월' };

export const REPORT_TEXT_KO: ReportText = {
  documentSubject: '실 리프팅 시술 계획',
  overline: '실 리프팅 계획',
  untitled: '제목 없는 계획',

  patient: '환자',
  planDate: '계획일',
  practitioner: '시술자',
  generated: '작성일',
  notRecorded: '기록 없음',
  anonymized: '익명 처리됨',
  anonymizedNote: '익명 사본: 환자 식별자와 계획 메모는 빠져 있습니다.',

  diagramCaption: '정면 모습. 환자의 오른쪽이 그림의 왼쪽에 그려져 있습니다.',
  viewsTitle: '45° 측면 모습',
  viewsRightOblique: '오른쪽 45° 측면: 환자의 오른쪽을 보는 사람 쪽으로 돌린 모습. 이 방향에서 보이지 않는 것은 빠져 있습니다.',
  viewsLeftOblique: '왼쪽 45° 측면: 환자의 왼쪽을 보는 사람 쪽으로 돌린 모습. 이 방향에서 보이지 않는 것은 빠져 있습니다.',

  legendTitle: '범례',
  legendThreads: '실 색 = 가장 심각한 소견',
  legendSymbols: '기호',
  legendOverlays: '표시한 겹쳐 보기',
  legendNoOverlays: '없음(얼굴만)',
  legendSeverity: { ok: '소견 없음', info: '참고', warning: '경고', critical: '심각' },
  legendSmooth: '민실(들어 올리지 않음)',
  legendLifting: '돌기 구간, 당김 방향과 고정점',
  legendEntry: '삽입점',
  legendNumber: '실 번호',
  legendRegions: '시술 부위',
  legendMuscles: '근육과 작용선',
  legendNerve: '신경 위험 부위',
  legendDuct: '관 위험 부위',
  legendArtery: '동맥 위험 부위',
  legendFixation: '고정 부위',
  legendLigament: '지지인대',
  legendFixedMobile: '고정부 / 가동부 경계',
  legendTissueGathering: '시뮬레이션한 조직 모임(면적 감소), 왼쪽부터: {bands}. 설명용이며 검증된 예측이 아닙니다.',
  legendTissueMovement: '시뮬레이션한 조직 이동(화살표는 이동 거리의 {scale}배)',

  summaryTitle: '소견 요약',
  summaryNone: '이 계획에서 분석 소견이 나오지 않았습니다.',
  summaryMore: (n) => `… 외 ${n}건. 모든 소견과 설명은 다음 페이지에 있습니다.`,
  summaryMoreCapped: (n, explained) => `… 외 ${n}건. 처음 ${explained}건은 다음 페이지에서 설명하고, 나머지는 규칙별로 개수만 적었습니다.`,
  summaryDetails: '모든 소견의 설명과 권장 수정 사항은 다음 페이지에 있습니다.',

  threadsTitle: '실',
  threadsNone: '아직 계획에 실이 없습니다.',
  columns: {
    number: '#',
    side: '쪽',
    region: '부위',
    type: '실 종류',
    material: '재질',
    length: '피부 위 길이 / 실 길이',
    gauge: '굵기',
    depth: '깊이',
    tension: '장력',
    lot: '로트 / 유효기간',
  },
  unknownType: (id) => `알 수 없는 종류(${id})`,
  outsideRegions: '지도에 없는 부위',
  noLot: '—',
  threadNotes: '실 메모',

  marking: {
    title: '마킹 시트',
    intro:
      '피부에 표시할 점입니다. 환자가 앉은 자세에서, 이름 붙인 기준점부터 표시할 점까지 피부 위로(피부에 댄 줄자나 휘는 자로) 잽니다. 방향은 환자 기준입니다. 돌기 구간은 삽입점에서부터 실의 밀리미터로 적었습니다. 실의 방향은 프랑크푸르트 수평면(이주와 아래 눈확 테두리를 지나는 면)에 대한 각도이며, 삽입점에서 먼 끝 쪽으로 잽니다.',
    thread: (n) => `실 ${n}`,
    entry: (label) => (label === null ? '삽입점' : `삽입점 ${label}`),
    entryFixation: (label) => (label === null ? '삽입점 겸 고정점' : `삽입점 ${label}, 고정점`),
    distal: '먼 끝',
    distalFixation: '먼 끝, 고정점',
    length: '피부 위 길이',
    lengthWithThread: (skin, thread) => `${skin} (실 ${thread})`,
    barbs: '돌기 구간',
    barbsRange: (from, to) => `삽입점에서 ${from}~${to}`,
    smooth: '없음(민실)',
    direction: '방향',
    more: (n) =>
      `보고서를 읽기 쉽게 하려고 실 ${n}개의 표시는 여기에 싣지 않았습니다. VectorLift의 검사 창과 "vectorlift analyze --json"에서 모든 실의 표시를 볼 수 있습니다.`,
    side: { right: '환자 오른쪽', left: '환자 왼쪽' },
    viewCaption: { right: '환자 오른쪽, 45° 측면', left: '환자 왼쪽, 45° 측면' },
  },

  findingsTitle: '소견',
  findingsNone: '소견이 없습니다. 분석 검사는 계획을 돕는 도구일 뿐이며, 임상적 판단이 여전히 필요합니다.',
  whyItMatters: '중요한 이유',
  suggestedFix: '권장 수정',
  concerns: '해당',
  wholePlan: '계획 전체',
  concernsThreads: (numbers) => `실 ${numbers.join(', ')}`,
  concernsSide: (side) => (side === 'right' ? '환자 오른쪽' : '환자 왼쪽'),
  foldedRepeats: (n) => `이것과 같은 소견 ${n}건 더`,
  findingsNotListed: (n) =>
    `보고서를 읽기 쉽게 하려고 소견 ${n}건은 여기에 설명하지 않았습니다. VectorLift의 소견 창과 "vectorlift analyze"에서 모두 볼 수 있습니다. 규칙별:`,

  metricsTitle: '지표',
  metricsIntro: '견인력은 돌기 구간이 당기는 힘을 뉴턴(N)으로 모델링한 값입니다. 설계를 비교하기 위한 값이며 측정한 힘이 아닙니다.',
  metricColumns: { measure: '항목', right: '환자 오른쪽', left: '환자 왼쪽' },
  metricThreads: '실',
  metricTraction: '총 견인력',
  metricResultant: '합력 방향',
  metricMalar: '광대뼈에서 끝나거나 모이는 중안면부 당김',
  metricGatheringMalar: '광대뼈의 시뮬레이션 조직 모임: 최대 / 평균',
  metricGatheringRest: '나머지 중안면부의 시뮬레이션 조직 모임: 최대',
  metricSimulationNote: '시뮬레이션 조직 모임은 실이 당기는 힘에 조직 모델의 피부가 모이면서 잃는 면적의 비율입니다. 설명용이며 검증된 예측이 아닙니다.',
  metricSymmetry: '대칭(100% = 개수, 힘, 방향이 거울상)',
  metricRegionTitle: '부위별 견인력',
  metricRegion: '부위',
  noValue: '—',
  elevation: (deg) => WORDS_KO.direction(deg),

  notesTitle: '계획 메모',

  clinicTelephone: '전화',

  revisionFinal: (revision, by, on) => `최종: 개정 ${revision}, ${on}에 ${by} 확인.`,
  revisionDraft: (revision, last) =>
    `초안: 개정 ${revision}, 확인되지 않음.` + (last ? ` 개정 ${last.revision}은 ${last.on}에 ${last.by} 확인.` : ''),

  productsTitle: '제품',
  productsIntro: '준비할 실, 종류와 로트별.',
  productColumns: { type: '실 종류', count: '개수', lot: '로트', expiry: '유효기간', status: '상태' },
  productNoLot: '기록 없음',
  productInDate: '유효',
  productNoExpiry: '유효기간 기록 없음',
  productExpired: (planDate) => `${planDate} 이전에 만료됨`,

  consentTitle: '시술 동의',
  consentProcedureTitle: '시술 내용',
  consentRisksTitle: '흔한 위험과 발생 빈도',
  consentRisksIntro: (studies) =>
    `발표된 연구 ${studies}편을 종합한 분석에서, 시술받은 100명 가운데 각 증상을 겪은 사람의 수입니다. 대부분 가볍고 가라앉습니다. 본인에게 해당하는 내용은 시술자가 설명해 드립니다.`,
  consentRiskColumns: { risk: '위험', what: '느낄 수 있는 증상', rate: '빈도' },
  consentSource: (citation) => `출처: ${citation}`,
  consentPhotoTitle: '사진',
  consentPhotoYes: '동의합니다',
  consentPhotoNo: '동의하지 않습니다',

  signatureTitle: '동의 및 서명',
  signatureStatement: '시술자는 이 계획과 기대 효과, 한계, 시술의 위험을 설명했고, 환자는 질문할 기회를 가졌습니다.',
  signaturePractitioner: '시술자',
  signaturePatient: '환자',
  signatureName: '이름',
  signatureSign: '서명',
  signatureDate: '날짜',

  exerciseTitle: '교육 실습',
  exercisePlanTitle: (caseTitle: string) => `${caseTitle}: 교육생 설계`,
  exerciseTrainee: '교육생',
  exerciseCase: '증례',
  exerciseAtStart: '시작할 때의 문제',
  exerciseResolved: '해결한 문제',
  exerciseIntroduced: '새로 생긴 문제',
  exerciseEdits: '수정 횟수',
  exerciseResult: '결과',
  exercisePassed: '통과: 경고나 심각 소견이 남아 있지 않습니다.',
  exerciseNotPassed: '아직 통과하지 못함: 설계에 문제가 남아 있습니다.',
  exerciseRemaining: '설계에 남은 문제',
  exerciseNoneRemaining: '없음.',
  exerciseNote: '문제는 경고와 심각 소견입니다. 참고 소견은 조언이며 세지 않습니다.',

  handoutTitle: '실 리프팅 전후 안내',
  handoutIntro:
    '이 안내문을 보관해 주세요. 시술 준비 방법과, 실이 자리 잡는 동안 얼굴을 관리하는 방법을 설명합니다. 시술자가 다르게 안내하면 시술자의 안내를 따르세요.',
  handoutTreatmentDate: (date) => `시술일: ${date}`,
  handoutBeforeTitle: '시술 전',
  handoutAfterTitle: '시술 후',
  handoutContactTitle: '병원',
  handoutClinic: '병원',
  handoutTelephone: '전화',
  handoutNextAppointment: '다음 예약',

  footerDisclaimer: '계획 보조 자료일 뿐 임상적 보증이 아닙니다. 결정은 임상적 판단에 따릅니다.',
  footerPatient: (id) => `환자: ${id}`,
  footerPage: (page, total) => `${total}쪽 중 ${page}쪽`,

  side: { right: '오른쪽', left: '왼쪽' },
  severity: { critical: '심각', warning: '경고', info: '참고' },
  severityPlural: {
    critical: (n) => `심각 ${n}`,
    warning: (n) => `경고 ${n}`,
    info: (n) => `참고 ${n}`,
  },

  sceneLabels: { patientRight: '환자 오른쪽', patientLeft: '환자 왼쪽', fixed: '고정부', mobile: '가동부' },

  photo: {
    planTitle: '환자 사진 위의 계획',
    beforeAfterTitle: '시술 전후',
    consent: '환자의 동의를 받아 진료 기록용으로 넣은 임상 사진입니다. 별도의 서면 동의 없이 공개하거나 진료진 밖으로 공유하지 마세요.',
    caption: (p) =>
      `${p.kind === 'baseline' ? '시술 전' : '경과'}, ${ANGLE[p.angle]}, ${formatDay('ko', p.date)} 촬영` +
      (p.interval ? `, 시술 ${p.interval.value}${UNIT[p.interval.unit]} 후` : ''),
    alignment: (p) => {
      const manual = p.landmarks.filter((l) => l.source === 'manual').length;
      const keys = p.landmarks.filter((l) => isKeyLandmarkId(l.id)).length;
      return `기준점 ${p.landmarks.length}개(주요 ${keys}개, 손으로 찍은 ${manual}개)로 표준 얼굴에 맞췄으며, 해부 구조와 실은 이 정렬을 거쳐 그려졌습니다.`;
    },
    measureTitle: '기준점 이동, 시술 전에서 후로',
    measureNote: (mm) =>
      `경과 사진을 눈과 코 기준점으로 시술 전 사진에 겹친 뒤 사진에서 잰 값이며, 동공 간 거리 ${String(mm)} mm로 축척을 맞췄습니다. 위는 이마 쪽, 바깥은 정중선에서 멀어지는 쪽입니다.`,
    measureColumns: { landmark: '기준점', up: '위 (mm)', out: '바깥 (mm)', total: '합계 (mm)' },
    landmark: {
      'mouth-corner-right': '입꼬리, 오른쪽',
      'mouth-corner-left': '입꼬리, 왼쪽',
      'gonion-right': '하악각점, 오른쪽',
      'gonion-left': '하악각점, 왼쪽',
      menton: '턱끝점',
    },
  },
};
