import { describe, expect, it } from 'vitest';
import { pullDirectionText } from '../../../../shared/analysis/direction';
import { WORDS_KO } from '../../../../shared/analysis/messages/words-ko';
import { WORDS_RU } from '../../../../shared/analysis/messages/words-ru';
import type { PlanPhoto } from '../../../../shared/plan/types';
import { REPORT_TEXT, type ReportText } from '../../../../shared/report/report-strings';
import { REPORT_TEXT_KO } from '../../../../shared/report/report-strings-ko';
import { REPORT_TEXT_RU } from '../../../../shared/report/report-strings-ru';

/**
 * The report's word tables hold text and, where a value goes into the words, functions. Their
 * plain strings are data (checked where the PDF prints them); this file states what the
 * functions do in each language: each value given appears in the text, a missing value leaves
 * no "null" behind, and singular and plural read as the language writes them (Russian has three
 * forms: 1 нить, 3 нити, 5 нитей, 21 нить).
 */

const TABLES: readonly (readonly [string, ReportText])[] = [
  ['en', REPORT_TEXT],
  ['ko', REPORT_TEXT_KO],
  ['ru', REPORT_TEXT_RU],
];

const photo = (over: Partial<PlanPhoto> = {}): PlanPhoto => ({
  id: 'p1',
  angle: 'oblique-left',
  kind: 'baseline',
  date: '2025-03-14',
  interval: null,
  image: { mediaType: 'image/png', width: 10, height: 10, data: '' },
  // 6 landmarks: 3 key ones (2 of them placed by hand) and 3 of the detector's mesh.
  landmarks: [
    { id: 'pupil-right', x: 1, y: 1, source: 'manual' },
    { id: 'pupil-left', x: 2, y: 1, source: 'manual' },
    { id: 'nasion', x: 1.5, y: 0.5, source: 'detected' },
    { id: 'mp:1', x: 1, y: 2, source: 'detected' },
    { id: 'mp:2', x: 1, y: 3, source: 'detected' },
    { id: 'mp:3', x: 1, y: 4, source: 'detected' },
  ],
  ...over,
});

describe.each(TABLES)('the %s report text functions', (locale, T) => {
  it('print every value they are given', () => {
    const texts: readonly (readonly [string, readonly string[]])[] = [
      [T.summaryMore(37), ['37']],
      [T.summaryMoreCapped(37, 12), ['37', '12']],
      [T.unknownType('acme-x9'), ['acme-x9']],
      [T.marking.thread(14), ['14']],
      [T.marking.entry('B2'), ['B2']],
      [T.marking.entryFixation('B2'), ['B2']],
      [T.marking.lengthWithThread('61 mm', '70 mm'), ['61 mm', '70 mm']],
      [T.marking.barbsRange('12 mm', '48 mm'), ['12 mm', '48 mm']],
      [T.marking.more(23), ['23']],
      [T.concernsThreads([4, 7]), ['4, 7']],
      [T.foldedRepeats(6), ['6']],
      [T.findingsNotListed(29), ['29']],
      [T.revisionFinal(3, 'Dr Kim', '2025-04-02'), ['3', 'Dr Kim', '2025-04-02']],
      [T.revisionDraft(5, { revision: 4, by: 'Dr Lee', on: '2025-05-06' }), ['5', '4', 'Dr Lee', '2025-05-06']],
      [T.productExpired('2025-03-14'), ['2025-03-14']],
      [T.consentRisksIntro(17), ['17']],
      [T.consentSource('Smith 2020'), ['Smith 2020']],
      [T.handoutTreatmentDate('2025-03-14'), ['2025-03-14']],
      [T.footerPatient('P-0042'), ['P-0042']],
      [T.footerPage(2, 9), ['2', '9']],
      [T.severityPlural.critical(8), ['8']],
      [T.severityPlural.warning(8), ['8']],
      [T.severityPlural.info(8), ['8']],
      [T.photo.alignment(photo()), ['6', '3', '2']],
    ];
    for (const [text, values] of texts) {
      for (const value of values) expect(text).toContain(value);
      expect(text).not.toMatch(/null|undefined|NaN|\[object/);
    }
    // The revision given is the draft's, the one signed off is the earlier one: each in its place.
    expect(T.revisionDraft(5, { revision: 4, by: 'Dr Lee', on: '2025-05-06' }).indexOf('5')).toBeLessThan(
      T.revisionDraft(5, { revision: 4, by: 'Dr Lee', on: '2025-05-06' }).indexOf('4'),
    );
  });

  it('leave out what is not there, and say it differently from what is', () => {
    expect(T.marking.entry(null)).not.toMatch(/null/);
    // Without a label, the point is still named: the words alone.
    expect(T.marking.entry(null).length).toBeGreaterThan(2);
    expect(T.marking.entryFixation(null).length).toBeGreaterThan(T.marking.entry(null).length);
    // The rule-by-rule counts follow the sentence, after a colon.
    expect(T.findingsNotListed(29)).toMatch(/:$/);
    expect(T.marking.entry(null)).not.toBe(T.marking.entry('B2'));
    expect(T.marking.entryFixation(null)).not.toMatch(/null/);
    expect(T.marking.entryFixation(null)).not.toBe(T.marking.entryFixation('B2'));
    // A fixation entry says so; a plain entry does not.
    expect(T.marking.entryFixation('B2')).not.toBe(T.marking.entry('B2'));
    expect(T.marking.entryFixation(null)).not.toBe(T.marking.entry(null));

    const draft = T.revisionDraft(5, null);
    expect(draft).toContain('5');
    expect(draft).not.toMatch(/null|undefined|Dr /);
    expect(T.revisionDraft(5, { revision: 4, by: 'Dr Lee', on: '2025-05-06' }).startsWith(draft)).toBe(true);

    expect(T.concernsSide('right')).not.toBe(T.concernsSide('left'));
    expect(T.concernsSide('right')).not.toBe('');
  });

  it('caption a photo with its kind, angle and day, and a follow-up with its interval', () => {
    const baseline = T.photo.caption(photo());
    const followUp = T.photo.caption(photo({ kind: 'follow-up' }));
    expect(baseline).not.toBe(followUp);
    expect(T.photo.caption(photo({ angle: 'frontal' }))).not.toBe(baseline);
    const day = { en: '2025-03-14', ko: '2025년 3월 14일', ru: '14.03.2025' }[locale];
    expect(baseline).toContain(day);
    expect(baseline).not.toMatch(/null|undefined/);
    const later = T.photo.caption(photo({ kind: 'follow-up', interval: { value: 3, unit: 'months' } }));
    expect(later.startsWith(followUp)).toBe(true);
    expect(later.length).toBeGreaterThan(followUp.length + 3);
    expect(later.slice(followUp.length)).toContain('3');
    expect(T.photo.caption(photo({ kind: 'follow-up', interval: { value: 3, unit: 'weeks' } }))).not.toBe(later);
  });

  it('write the direction of a pull as the findings do', () => {
    const words = { en: pullDirectionText, ko: WORDS_KO.direction, ru: WORDS_RU.direction }[locale]!;
    for (const deg of [-40, 0, 35, 90]) {
      expect(T.elevation(deg)).toBe(words(deg));
      expect(T.elevation(deg)).not.toBe('');
    }
  });
});

describe('singular and plural', () => {
  it('English: one thread is, two threads are', () => {
    expect(REPORT_TEXT.concernsThreads([4])).toBe('Thread 4');
    expect(REPORT_TEXT.concernsThreads([4, 7])).toBe('Threads 4, 7');
    expect(REPORT_TEXT.marking.more(1)).toMatch(/^1 more thread is not marked here/);
    expect(REPORT_TEXT.marking.more(2)).toMatch(/^2 more threads are not marked here/);
    expect(REPORT_TEXT.findingsNotListed(1)).toMatch(/^1 more finding is not described here/);
    expect(REPORT_TEXT.findingsNotListed(2)).toMatch(/^2 more findings are not described here/);
    expect(REPORT_TEXT.severityPlural.critical(1)).toBe('1 critical');
    expect(REPORT_TEXT.severityPlural.warning(1)).toBe('1 warning');
    expect(REPORT_TEXT.severityPlural.warning(2)).toBe('2 warnings');
    expect(REPORT_TEXT.severityPlural.info(1)).toBe('1 note');
    expect(REPORT_TEXT.severityPlural.info(2)).toBe('2 notes');
    expect(REPORT_TEXT.concernsSide('left')).toBe("patient's left side");
    expect(REPORT_TEXT.photo.caption(photo({ kind: 'follow-up', interval: { value: 3, unit: 'months' } }))).toBe(
      'Follow-up, left oblique, taken 2025-03-14, 3 months after the procedure',
    );
  });

  it('Russian: one, few and many (1, 3, 5, 21)', () => {
    const T = REPORT_TEXT_RU;
    expect(T.concernsThreads([4])).toBe('Нить 4');
    expect(T.concernsThreads([4, 7])).toBe('Нити 4, 7');
    expect(T.concernsSide('right')).toBe('справа у пациента');
    expect(T.concernsSide('left')).toBe('слева у пациента');
    expect(T.marking.more(1)).toMatch(/^Ещё 1 нить здесь не размечена,/);
    expect(T.marking.more(3)).toMatch(/^Ещё 3 нити здесь не размечены,/);
    expect(T.marking.more(5)).toMatch(/^Ещё 5 нитей здесь не размечено,/);
    expect(T.marking.more(21)).toMatch(/^Ещё 21 нить здесь не размечена,/);
    expect(T.foldedRepeats(1)).toBe('это и ещё 1 такое же');
    expect(T.foldedRepeats(3)).toBe('это и ещё 3 таких же');
    expect(T.foldedRepeats(5)).toBe('это и ещё 5 таких же');
    expect(T.findingsNotListed(1)).toMatch(/^Ещё 1 замечание здесь не описано,/);
    expect(T.findingsNotListed(3)).toMatch(/^Ещё 3 замечания здесь не описаны,/);
    expect(T.findingsNotListed(5)).toMatch(/^Ещё 5 замечаний здесь не описано,/);
    expect([1, 3, 5].map(T.severityPlural.critical)).toEqual(['1 критичное', '3 критичных', '5 критичных']);
    expect([1, 3, 5].map(T.severityPlural.warning)).toEqual(['1 предупреждение', '3 предупреждения', '5 предупреждений']);
    expect([1, 3, 5].map(T.severityPlural.info)).toEqual(['1 примечание', '3 примечания', '5 примечаний']);
    const after = (value: number, unit: 'days' | 'weeks' | 'months') =>
      T.photo.caption(photo({ kind: 'follow-up', interval: { value, unit } }));
    expect(after(1, 'weeks')).toMatch(/, через 1 неделю после процедуры$/);
    expect(after(3, 'months')).toMatch(/, через 3 месяца после процедуры$/);
    expect(after(5, 'days')).toMatch(/, через 5 дней после процедуры$/);
    expect(T.photo.caption(photo())).toMatch(/^До процедуры, /);
    expect(T.photo.caption(photo({ kind: 'follow-up' }))).toMatch(/^Контроль, /);
    expect(T.photo.measureNote(62.5)).toContain('62,5 мм');
  });

  it('Korean: counts without a plural, and the photo interval with its unit', () => {
    const T = REPORT_TEXT_KO;
    expect(T.concernsThreads([4])).toBe('실 4');
    expect(T.concernsSide('right')).toBe('환자 오른쪽');
    expect(T.concernsSide('left')).toBe('환자 왼쪽');
    expect(T.severityPlural.warning(1)).toBe('경고 1');
    expect(T.photo.caption(photo())).toMatch(/^시술 전, /);
    expect(T.photo.caption(photo({ kind: 'follow-up' }))).toMatch(/^경과, /);
    expect(T.photo.caption(photo({ kind: 'follow-up', interval: { value: 3, unit: 'weeks' } }))).toMatch(/, 시술 3주 후$/);
    expect(T.photo.measureNote(62.5)).toContain('62.5 mm');
  });

  it('the English photo note gives the distance as written', () => {
    expect(REPORT_TEXT.photo.measureNote(62.5)).toContain('distance of 62.5 mm');
  });
});
