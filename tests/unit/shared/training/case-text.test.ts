import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseSummary, caseTeaching, caseTitle, mistakeName, BUILT_IN_CASE_IDS, MISTAKE_IDS, MISTAKES, parseCaseText, type TrainingCase } from '../../../../shared/training';
import { caseTextTable, type CaseTextTable } from '../../../../shared/training/case-text';
import { TEACHING_KEYS } from '../../../../shared/training';

const library = new URL('../../../../assets/cases/', import.meta.url);
const folders = readdirSync(library).filter((name) => statSync(new URL(name, library)).isDirectory()).sort();
const english = (id: string): TrainingCase => {
  const parsed = parseCaseText(readFileSync(new URL(`${id}/case.json`, library), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}: ${parsed.error.message}`);
  return parsed.case;
};

/** Each language's own script: a translation that is English text pasted in has none of it. */
const SCRIPT = { ko: /[\uac00-\ud7a3]/, ru: /[а-яё]/i } as const;

/** The numbers a text gives, decimal commas read as points ("1,8 Н" -> "1.8"). */
const numbersIn = (text: string): string[] => [...text.replace(/(\d),(\d)/g, '$1.$2').matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);

describe('built-in training cases in Korean and Russian', () => {
  it('BUILT_IN_CASE_IDS is exactly the library folders (a new case must come with its translations)', () => {
    expect([...BUILT_IN_CASE_IDS].sort()).toEqual(folders);
  });

  it('a table without one of the cases fails the type check', () => {
    const one = caseTextTable('ru')['midface-one-thread-does-all'];
    // @ts-expect-error: every other built-in case is missing
    const partial: CaseTextTable = { 'midface-one-thread-does-all': one };
    expect(Object.keys(partial)).toHaveLength(1);
  });

  for (const locale of ['ko', 'ru'] as const) {
    describe(locale, () => {
      for (const id of BUILT_IN_CASE_IDS) {
        it(`${id}: title, summary and every teaching note are translated, in ${locale}'s script, with the English numbers`, () => {
          const en = english(id);
          const texts: [string, string, string][] = [
            ['title', en.title, caseTitle(en, locale)],
            ['summary', en.summary, caseSummary(en, locale)],
            ...TEACHING_KEYS.map((key): [string, string, string] => [key, en.teaching[key], caseTeaching(en, locale)[key]]),
          ];
          for (const [field, source, translated] of texts) {
            expect(translated.trim(), field).not.toBe('');
            expect(translated, field).not.toBe(source);
            expect(translated, field).toMatch(SCRIPT[locale]);
            // The teaching content is the same: every figure of the English is in the translation.
            for (const n of numbersIn(source)) expect(numbersIn(translated), `${field}: ${n}`).toContain(n);
          }
        });
      }
    });
  }

  it('a note says "both threads" only of a design with two threads, or of the two threads on each side', () => {
    // jawline-over-tension said "Both threads are set at 1 N" of a design with four.
    const bare = { en: /\bboth threads\b(?! on each side)/i, ru: /(^|[^а-яё])обе нити(?! (с|на) каждой стороне| с каждой стороны)/i, ko: /(?<!(각 쪽|양쪽|한쪽) )두 실 모두/ } as const;
    for (const id of BUILT_IN_CASE_IDS) {
      const en = english(id);
      const threads = Math.max(...(['poor', 'corrected'] as const).map((w) => (JSON.parse(readFileSync(new URL(`${id}/${w}.vlift`, library), 'utf8')) as { threads: unknown[] }).threads.length));
      if (threads <= 2) continue;
      for (const locale of ['en', 'ru', 'ko'] as const) {
        for (const [key, text] of Object.entries(caseTeaching(en, locale))) expect(text, `${id} ${locale} ${key}`).not.toMatch(bare[locale]);
      }
    }
  });

  it('teaching notes keep every number with its unit, in every language (the presenter wrapped "2,2 / мм")', () => {
    let joined = 0;
    for (const id of BUILT_IN_CASE_IDS) {
      for (const locale of ['en', 'ru', 'ko'] as const) {
        for (const [key, text] of Object.entries(caseTeaching(english(id), locale))) {
          expect(text, `${id} ${locale} ${key}`).not.toMatch(/\d (mm|мм|N|Н)(?![\p{L}\d])/u);
          joined += (text.match(/\d\u00a0(mm|мм|N|Н)(?![\p{L}\d])/gu) ?? []).length;
        }
      }
    }
    expect(joined).toBeGreaterThan(50);
    // Only those spaces: the words themselves are as written.
    expect(caseTeaching(english('jawline-over-tension'), 'en').whatIsWrong.replace(/\u00a0/g, ' ')).toBe(english('jawline-over-tension').teaching.whatIsWrong);
  });

  it('English is each case.json as written', () => {
    const en = english('jawline-over-tension');
    expect(caseTitle(en, 'en')).toBe(en.title);
    // Word for word: only a number's space before its unit is a no-break one.
    const plain = (notes: object) => Object.fromEntries(Object.entries(notes).map(([k, v]) => [k, String(v).replace(/\u00a0/g, ' ')]));
    expect(plain(caseTeaching(en, 'en'))).toEqual(en.teaching);
  });

  it("a trainer's own case keeps its own words in every language", () => {
    const own = { id: 'my-own-case', title: 'My case', summary: 'Mine.', teaching: { whatIsWrong: 'a', whyItMatters: 'b', whatTheCorrectionChanges: 'c' } };
    for (const locale of ['en', 'ko', 'ru'] as const) {
      expect(caseTitle(own, locale)).toBe('My case');
      expect(caseSummary(own, locale)).toBe('Mine.');
      expect(caseTeaching(own, locale)).toEqual(own.teaching);
    }
  });

  it('every classic mistake is named in Korean and Russian', () => {
    for (const id of MISTAKE_IDS) {
      expect(mistakeName(id, 'en')).toBe(MISTAKES[id]);
      for (const locale of ['ko', 'ru'] as const) {
        const name = mistakeName(id, locale);
        expect(name, `${id} ${locale}`).not.toBe(MISTAKES[id]);
        expect(name, `${id} ${locale}`).toMatch(SCRIPT[locale]);
      }
    }
  });
});
