import { WORDS_RU } from '../analysis/messages/words-ru';
import { formatDay, localizeNumber, pluralCategory } from '../i18n/format';
import { isKeyLandmarkId } from '../photo/landmark-ids';
import type { IntervalUnit } from '../plan/photo-types';
import type { PlanPhoto } from '../plan/types';
import type { ReportText } from './report-strings';

/**
 * Тексты отчёта (PDF) на русском: те же ключи, что в английской таблице report-strings.ts.
 * Термины — docs/glossary.md. Части для пациента (согласие, памятка) написаны простым языком.
 */

/** One of the forms by the number: "1 нить", "3 нити", "5 нитей". */
const plural = (n: number, forms: { one: string; few: string; many: string }): string => {
  const category = pluralCategory('ru', n);
  return category === 'one' ? forms.one : category === 'few' ? forms.few : forms.many;
};

const ANGLE: Readonly<Record<PlanPhoto['angle'], string>> = {
  frontal: 'анфас',
  'oblique-right': 'правый полупрофиль',
  'oblique-left': 'левый полупрофиль',
  'profile-right': 'правый профиль',
  'profile-left': 'левый профиль',
};

const UNIT: Readonly<Record<IntervalUnit, { one: string; few: string; many: string }>> = {
  days: { one: 'день', few: 'дня', many: 'дней' },
  weeks: { one: 'неделю', few: 'недели', many: 'недель' },
  months: { one: 'месяц', few: 'месяца', many: 'месяцев' },
};

export const REPORT_TEXT_RU: ReportText = {
  documentSubject: 'План нитевого лифтинга',
  overline: 'ПЛАН НИТЕВОГО ЛИФТИНГА',
  untitled: 'План без названия',

  patient: 'Пациент',
  planDate: 'Дата плана',
  practitioner: 'Врач',
  generated: 'Создан',
  notRecorded: 'не указано',
  anonymized: 'обезличено',
  anonymizedNote: 'Обезличенная копия: идентификатор пациента и заметки к плану не включены.',

  diagramCaption: 'Вид спереди. Правая сторона пациента изображена на схеме слева.',
  viewsTitle: 'Виды в полупрофиль',
  viewsRightOblique: 'Правый полупрофиль (45°): правая сторона пациента повёрнута к зрителю. То, что не видно с этого ракурса, не показано.',
  viewsLeftOblique: 'Левый полупрофиль (45°): левая сторона пациента повёрнута к зрителю. То, что не видно с этого ракурса, не показано.',

  legendTitle: 'Условные обозначения',
  legendThreads: 'Цвет нити = самое серьёзное замечание',
  legendSymbols: 'Символы',
  legendOverlays: 'Показанные слои',
  legendNoOverlays: 'Нет (только лицо)',
  legendSeverity: { ok: 'Нет замечаний', info: 'Примечание', warning: 'Предупреждение', critical: 'Критично' },
  legendSmooth: 'Гладкая нить (не подтягивает)',
  legendLifting: 'Участок с насечками, направление тяги и фиксация',
  legendEntry: 'Точка вкола',
  legendNumber: 'Номер нити',
  legendRegions: 'Зоны коррекции',
  legendMuscles: 'Мышцы и линии их действия',
  legendNerve: 'Опасная зона: нерв',
  legendDuct: 'Опасная зона: проток',
  legendArtery: 'Опасная зона: артерия',
  legendFixation: 'Зоны фиксации',
  legendLigament: 'Удерживающие связки',
  legendFixedMobile: 'Граница фиксированной и подвижной частей лица',
  legendTissueGathering: 'Расчётное собирание тканей (потеря площади), слева направо: {bands}. Иллюстрация, а не проверенный прогноз.',
  legendTissueMovement: 'Расчётное смещение тканей (стрелки в {scale} раза длиннее смещения)',

  summaryTitle: 'Сводка замечаний',
  summaryNone: 'Анализ не выявил замечаний к этому плану.',
  summaryMore: (n) => `… и ещё ${n}; все замечания с пояснениями — на следующих страницах.`,
  summaryMoreCapped: (n, explained) => `… и ещё ${n}; первые ${explained} пояснены на следующих страницах, остальные подсчитаны по правилам.`,
  summaryDetails: 'Пояснения и предлагаемые изменения по каждому замечанию — на следующих страницах.',

  threadsTitle: 'Нити',
  threadsNone: 'В плане пока нет нитей.',
  columns: {
    number: '№',
    side: 'Стор.',
    region: 'Зона',
    type: 'Тип нити',
    material: 'Материал',
    length: 'Длина по коже / нити',
    gauge: 'Кал.',
    depth: 'Глубина',
    tension: 'Натяж.',
    lot: 'Серия / срок годности',
  },
  unknownType: (id) => `Неизвестный тип (${id})`,
  outsideRegions: 'Вне размеченных зон',
  noLot: '—',
  threadNotes: 'Заметки к нитям',

  marking: {
    title: 'Лист разметки',
    intro:
      'Отметки для кожи, измеренные по коже (сантиметровой лентой или гибкой линейкой, приложенной к коже) от названного ориентира до отметки, в положении пациента сидя; стороны указаны относительно пациента. Участок с насечками указан в миллиметрах нити от точки вкола. Направления нитей — углы к франкфуртской горизонтали (через козелок и нижний край глазницы), от точки вкола к дальнему концу.',
    thread: (n) => `Нить ${n}`,
    entry: (label) => (label === null ? 'Точка вкола' : `Точка вкола ${label}`),
    entryFixation: (label) => (label === null ? 'Точка вкола и фиксации' : `Вкол ${label}, точка фиксации`),
    distal: 'Дальний конец',
    distalFixation: 'Дальний конец, точка фиксации',
    length: 'Длина по коже',
    lengthWithThread: (skin, thread) => `${skin} (нить ${thread})`,
    barbs: 'Участок с насечками',
    barbsRange: (from, to) => `от ${from} до ${to} от точки вкола`,
    smooth: 'нет (гладкая нить)',
    direction: 'Направление',
    more: (n) =>
      `Ещё ${n} ${plural(n, { one: 'нить здесь не размечена', few: 'нити здесь не размечены', many: 'нитей здесь не размечено' })}, чтобы отчёт оставался читаемым; разметку каждой нити дают инспектор в VectorLift и «vectorlift analyze --json».`,
    side: { right: 'Справа у пациента', left: 'Слева у пациента' },
    viewCaption: { right: 'Справа у пациента, полупрофиль 45°', left: 'Слева у пациента, полупрофиль 45°' },
  },

  findingsTitle: 'Замечания',
  findingsNone: 'Замечаний нет. Проверки анализа помогают планировать, но решение остаётся за клиническим суждением.',
  whyItMatters: 'Почему это важно',
  suggestedFix: 'Что изменить',
  concerns: 'Касается',
  wholePlan: 'всего плана',
  concernsThreads: (numbers) => `${numbers.length === 1 ? 'Нить' : 'Нити'} ${numbers.join(', ')}`,
  concernsSide: (side) => (side === 'right' ? 'справа у пациента' : 'слева у пациента'),
  foldedRepeats: (n) => `это и ещё ${n} ${plural(n, { one: 'такое же', few: 'таких же', many: 'таких же' })}`,
  findingsNotListed: (n) =>
    `Ещё ${n} ${plural(n, { one: 'замечание здесь не описано', few: 'замечания здесь не описаны', many: 'замечаний здесь не описано' })}, чтобы отчёт оставался читаемым; ` +
    'все они есть на панели замечаний в VectorLift и в выводе «vectorlift analyze». По правилам:',

  metricsTitle: 'Показатели',
  metricsIntro: 'Тракция — расчётная сила тяги участков с насечками в ньютонах; она служит для сравнения схем и не является измеренной силой.',
  metricColumns: { measure: 'Показатель', right: 'Справа у пациента', left: 'Слева у пациента' },
  metricThreads: 'Нити',
  metricTraction: 'Суммарная тракция',
  metricResultant: 'Равнодействующая тяга',
  metricMalar: 'Тяга средней трети, заканчивающаяся или сходящаяся на скуле',
  metricGatheringMalar: 'Расчётное собирание тканей на скуле: пик / среднее',
  metricGatheringRest: 'Расчётное собирание, остальная средняя треть: пик',
  metricSimulationNote: 'Расчётное собирание — доля площади, которую кожа теряет, собираясь в модели тканей под тягой нитей: иллюстрация, а не проверенный прогноз.',
  metricSymmetry: 'Симметрия (100% = зеркальное отражение по числу, силе и направлению)',
  metricRegionTitle: 'Тракция по зонам',
  metricRegion: 'Зона',
  noValue: '—',
  elevation: (deg) => WORDS_RU.direction(deg),

  notesTitle: 'Заметки к плану',

  clinicTelephone: 'Тел.',

  revisionFinal: (revision, by, on) => `ОКОНЧАТЕЛЬНЫЙ: редакция ${revision}, утверждена: ${by}, ${on}.`,
  revisionDraft: (revision, last) =>
    `ЧЕРНОВИК: редакция ${revision}, не утверждена.` + (last ? ` Редакция ${last.revision} утверждена: ${last.by}, ${last.on}.` : ''),

  productsTitle: 'Изделия',
  productsIntro: 'Нити, которые нужно подготовить, по типам и сериям.',
  productColumns: { type: 'Тип нити', count: 'Кол-во', lot: 'Серия', expiry: 'Срок годности', status: 'Статус' },
  productNoLot: 'не указана',
  productInDate: 'годна',
  productNoExpiry: 'срок годности не указан',
  productExpired: (planDate) => `ПРОСРОЧЕНА на ${planDate}`,

  consentTitle: 'Согласие на процедуру',
  consentProcedureTitle: 'О процедуре',
  consentRisksTitle: 'Частые риски и как часто они бывают',
  consentRisksIntro: (studies) =>
    `Столько человек из каждых 100 пролеченных столкнулись с каждым из этих явлений по обзору ${studies} опубликованных исследований. Большинство из них лёгкие и проходят; врач объяснит, что относится к вам.`,
  consentRiskColumns: { risk: 'Риск', what: 'Что вы можете заметить', rate: 'Как часто' },
  consentSource: (citation) => `Источник: ${citation}`,
  consentPhotoTitle: 'Фотографии',
  consentPhotoYes: 'Согласен(на)',
  consentPhotoNo: 'Не согласен(на)',

  signatureTitle: 'Согласие и подписи',
  signatureStatement:
    'Врач объяснил этот план, ожидаемый эффект, его пределы и риски процедуры, и у пациента была возможность задать вопросы.',
  signaturePractitioner: 'Врач',
  signaturePatient: 'Пациент',
  signatureName: 'ФИО',
  signatureSign: 'Подпись',
  signatureDate: 'Дата',

  exerciseTitle: 'Учебное упражнение',
  exercisePlanTitle: (caseTitle: string) => `${caseTitle}: план слушателя`,
  exerciseTrainee: 'Слушатель',
  exerciseCase: 'Случай',
  exerciseAtStart: 'Проблемы в начале',
  exerciseResolved: 'Устранённые проблемы',
  exerciseIntroduced: 'Новые проблемы',
  exerciseEdits: 'Сделано правок',
  exerciseResult: 'Результат',
  exercisePassed: 'Пройдено: не осталось ни предупреждений, ни критичных замечаний.',
  exerciseNotPassed: 'Пока не пройдено: в схеме остаются проблемы.',
  exerciseRemaining: 'Проблемы, оставшиеся в схеме',
  exerciseNoneRemaining: 'Нет.',
  exerciseNote: 'Проблемы — это предупреждения и критичные замечания; примечания — советы и не учитываются.',

  handoutTitle: 'До и после нитевого лифтинга',
  handoutIntro:
    'Сохраните эту памятку. В ней написано, как подготовиться к процедуре и как ухаживать за лицом, пока нити приживаются. Если врач дал вам другие рекомендации, следуйте им.',
  handoutTreatmentDate: (date) => `Дата процедуры: ${date}`,
  handoutBeforeTitle: 'Перед процедурой',
  handoutAfterTitle: 'После процедуры',
  handoutContactTitle: 'Ваша клиника',
  handoutClinic: 'Клиника',
  handoutTelephone: 'Телефон',
  handoutNextAppointment: 'Следующий визит',

  footerDisclaimer: 'Средство планирования, не клиническая гарантия. Решает врач.',
  footerPatient: (id) => `Пациент: ${id}`,
  footerPage: (page, total) => `Стр. ${page} из ${total}`,

  /** The thread table's side column is narrow: the abbreviations of Russian medical records. */
  side: { right: 'Спр.', left: 'Сл.' },
  severity: { critical: 'Критично', warning: 'Предупреждение', info: 'Примечание' },
  severityPlural: {
    critical: (n) => `${n} ${plural(n, { one: 'критичное', few: 'критичных', many: 'критичных' })}`,
    warning: (n) => `${n} ${plural(n, { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений' })}`,
    info: (n) => `${n} ${plural(n, { one: 'примечание', few: 'примечания', many: 'примечаний' })}`,
  },

  sceneLabels: { patientRight: 'Справа у пациента', patientLeft: 'Слева у пациента', fixed: 'фиксир.', mobile: 'подвижн.' },

  photo: {
    planTitle: 'План на фотографии пациента',
    beforeAfterTitle: 'До и после',
    consent:
      'Клинические фотографии пациента, включённые с его согласия в медицинскую документацию. Не публиковать и не передавать за пределы лечащей команды без отдельного письменного согласия.',
    caption: (p) =>
      `${p.kind === 'baseline' ? 'До процедуры' : 'Контроль'}, ${ANGLE[p.angle]}, снято ${formatDay('ru', p.date)}` +
      (p.interval ? `, через ${p.interval.value} ${plural(p.interval.value, UNIT[p.interval.unit])} после процедуры` : ''),
    alignment: (p) => {
      const manual = p.landmarks.filter((l) => l.source === 'manual').length;
      const keys = p.landmarks.filter((l) => isKeyLandmarkId(l.id)).length;
      return `Совмещено с эталонным лицом по ориентирам (${p.landmarks.length}; ключевых — ${keys}, поставлено вручную — ${manual}); анатомия и нити нарисованы через это совмещение.`;
    },
    measureTitle: 'Смещение ориентиров, до и после',
    measureNote: (mm) =>
      `Измерено на фотографиях после наложения контрольного снимка на исходный по ориентирам глаз и носа; масштаб — по межзрачковому расстоянию ${localizeNumber('ru', mm)} мм. Вверх — к лбу, кнаружи — от средней линии.`,
    measureColumns: { landmark: 'Ориентир', up: 'Вверх (мм)', out: 'Кнаружи (мм)', total: 'Всего (мм)' },
    landmark: {
      'mouth-corner-right': 'Угол рта, справа',
      'mouth-corner-left': 'Угол рта, слева',
      'gonion-right': 'Гонион, справа',
      'gonion-left': 'Гонион, слева',
      menton: 'Ментон',
    },
  },
};
