import type { Severity } from '../shared/analysis/types';
import { pullDirectionText } from '../shared/analysis/direction';
import { decimalSeparator, pluralCategory } from '../shared/i18n/format';
import { languageTables } from '../shared/i18n/language-tables';
import type { Locale } from '../shared/i18n/locale';
import type { Side, SkinThickness } from '../shared/plan/types';

/**
 * The words `vectorlift analyze` prints around the findings, per --lang. English is what the
 * command always printed, character for character (scripts read it); the findings themselves
 * come from the shared finding texts (shared/analysis/finding-text.ts).
 */
export interface CliWords {
  readonly untitled: string;
  patient(id: string): string;
  skin(thickness: SkinThickness): string;
  threadsLine(count: number, right: number, left: number): string;
  readonly noFindings: string;
  readonly headings: Readonly<Record<Severity, string>>;
  more(count: number): string;
  where(side: Side): string;
  readonly why: string;
  readonly fix: string;
  folded(count: number, threads: string): string;
  readonly metrics: string;
  newtons(value: number): string;
  direction(elevationDeg: number): string;
  readonly none: string;
  readonly notApplicable: string;
  readonly oneSideOnly: string;
  /** Metric labels, padded as the English table pads them. */
  readonly traction: string;
  readonly resultant: string;
  readonly malarShare: string;
  readonly symmetry: string;
  readonly tractionByRegion: string;
  readonly right: string;
  readonly left: string;
  summary(critical: number, warning: number, info: number): string;
  /** `vectorlift rules`: the label of a threshold's source (its citation and reasoning). */
  readonly thresholdSource: string;
}

const fixed2 = (locale: Locale, v: number): string => v.toFixed(2).replace('.', decimalSeparator(locale));

const EN: CliWords = {
  untitled: 'Untitled plan',
  patient: (id) => `patient ${id}`,
  skin: (thickness) => `${thickness} skin`,
  threadsLine: (n, r, l) => `${n} thread${n === 1 ? '' : 's'}: right ${r}, left ${l} (the patient's sides)`,
  noFindings: 'No findings.',
  headings: { critical: 'CRITICAL', warning: 'WARNINGS', info: 'NOTES' },
  more: (n) => `... and ${n} more finding${n === 1 ? '' : 's'}, not listed (vectorlift analyze --json lists them all).`,
  where: (side) => `, patient's ${side}`,
  why: 'Why',
  fix: 'Fix',
  folded: (count, threads) => `And ${count} more like it; together they concern threads ${threads}`,
  metrics: 'Metrics',
  newtons: (v) => `${v.toFixed(2)} N`,
  direction: pullDirectionText,
  none: 'none',
  notApplicable: 'n/a',
  oneSideOnly: 'n/a (one side only)',
  traction: 'Traction',
  resultant: 'Resultant',
  malarShare: 'Malar share',
  symmetry: 'Symmetry',
  tractionByRegion: 'Traction by region',
  right: 'right',
  left: 'left',
  summary: (c, w, i) => `Summary: ${c} critical, ${w} warning${w === 1 ? '' : 's'}, ${i} note${i === 1 ? '' : 's'}.`,
  thresholdSource: 'Source',
};

const KO: CliWords = {
  untitled: '제목 없는 계획',
  patient: (id) => `환자 ${id}`,
  skin: (thickness) => `피부 ${{ thin: '얇음', normal: '보통', thick: '두꺼움' }[thickness]}`,
  threadsLine: (n, r, l) => `실 ${n}개: 오른쪽 ${r}, 왼쪽 ${l} (환자 기준)`,
  noFindings: '소견 없음.',
  headings: { critical: '심각', warning: '경고', info: '참고' },
  more: (n) => `... 외 소견 ${n}건은 싣지 않았습니다(vectorlift analyze --json에 모두 있음).`,
  where: (side) => `, ${side === 'right' ? '환자 오른쪽' : '환자 왼쪽'}`,
  why: '이유',
  fix: '수정',
  folded: (count, threads) => `같은 소견 ${count}건 더; 모두 합쳐 해당 실: ${threads}`,
  metrics: '지표',
  newtons: (v) => `${v.toFixed(2)} N`,
  // The findings' own direction words (loaded with --lang: shared/i18n/language-tables.ts).
  direction: (deg) => languageTables('ko').findingWords.direction(deg),
  none: '없음',
  notApplicable: '해당 없음',
  oneSideOnly: '해당 없음(한쪽만)',
  traction: '견인력',
  resultant: '합력',
  malarShare: '광대 비율',
  symmetry: '대칭',
  tractionByRegion: '부위별 견인력',
  right: '오른쪽',
  left: '왼쪽',
  summary: (c, w, i) => `요약: 심각 ${c}, 경고 ${w}, 참고 ${i}.`,
  thresholdSource: '근거',
};

const ru = (n: number, one: string, few: string, many: string): string => {
  const c = pluralCategory('ru', n);
  return c === 'one' ? one : c === 'few' ? few : many;
};

const RU: CliWords = {
  untitled: 'План без названия',
  patient: (id) => `пациент ${id}`,
  skin: (thickness) => `кожа ${{ thin: 'тонкая', normal: 'обычная', thick: 'толстая' }[thickness]}`,
  threadsLine: (n, r, l) => `${n} ${ru(n, 'нить', 'нити', 'нитей')}: справа ${r}, слева ${l} (стороны пациента)`,
  noFindings: 'Замечаний нет.',
  headings: { critical: 'КРИТИЧНО', warning: 'ПРЕДУПРЕЖДЕНИЯ', info: 'ПРИМЕЧАНИЯ' },
  more: (n) => `... и ещё ${n} ${ru(n, 'замечание', 'замечания', 'замечаний')} не показано (все выводит vectorlift analyze --json).`,
  where: (side) => `, ${side === 'right' ? 'справа у пациента' : 'слева у пациента'}`,
  why: 'Почему',
  fix: 'Что изменить',
  folded: (count, threads) => `И ещё ${count} таких же; все вместе касаются нитей ${threads}`,
  metrics: 'Показатели',
  newtons: (v) => `${fixed2('ru', v)} Н`,
  direction: (deg) => languageTables('ru').findingWords.direction(deg),
  none: 'нет',
  notApplicable: 'н/д',
  oneSideOnly: 'н/д (только одна сторона)',
  traction: 'Тракция',
  resultant: 'Равнодействующая',
  malarShare: 'Доля на скуле',
  symmetry: 'Симметрия',
  tractionByRegion: 'Тракция по зонам',
  right: 'справа',
  left: 'слева',
  summary: (c, w, i) =>
    `Итого: ${c} ${ru(c, 'критичное', 'критичных', 'критичных')}, ${w} ${ru(w, 'предупреждение', 'предупреждения', 'предупреждений')}, ${i} ${ru(i, 'примечание', 'примечания', 'примечаний')}.`,
  thresholdSource: 'Источник',
};

export const CLI_WORDS: Readonly<Record<Locale, CliWords>> = { en: EN, ko: KO, ru: RU };
