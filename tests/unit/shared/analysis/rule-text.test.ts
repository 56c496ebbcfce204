import { describe, expect, it } from 'vitest';
import { describeRules } from '../../../../shared/analysis';
import { describeRulesIn, ruleText, ruleTitle } from '../../../../shared/analysis/rule-text';
import { RULE_IDS } from '../../../../shared/analysis/types';

/** The rules' titles and descriptions per language (issue 14): the rule lists and `vectorlift rules --lang`. */
describe('rule titles and descriptions', () => {
  it('are the rules’ own words in English', () => {
    expect(describeRulesIn('en')).toEqual(describeRules());
  });

  it('exist for every rule in Korean and Russian, in that script, with no English word but SMAS and units', () => {
    for (const id of RULE_IDS) {
      for (const [locale, script] of [['ko', /[\uac00-\ud7a3]/], ['ru', /[а-яё]/]] as const) {
        const { title, description } = ruleText(id, locale);
        for (const text of [title, description]) {
          expect(text, `${id} ${locale}`).toMatch(script);
          expect(text.replace(/SMAS|\bN\b|\bmm\b/g, ''), `${id} ${locale}: ${text}`).not.toMatch(/[A-Za-z]/);
        }
      }
    }
    expect(ruleTitle('over-tension', 'ru')).toBe('Избыточное натяжение');
    expect(ruleTitle('over-tension', 'ko')).toBe('과도한 장력');
  });

  it('change only the words: ids, order and thresholds are the same in every language', () => {
    const en = describeRules();
    for (const locale of ['ko', 'ru'] as const) {
      const translated = describeRulesIn(locale);
      expect(translated.map((r) => r.id)).toEqual(en.map((r) => r.id));
      expect(translated.map((r) => r.thresholds)).toEqual(en.map((r) => r.thresholds));
      expect(translated.map((r) => r.title)).not.toEqual(en.map((r) => r.title));
    }
  });
});
