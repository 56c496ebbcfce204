import { describe, expect, it } from 'vitest';
import { describeRules } from '../../../../shared/analysis';
import { describeRulesIn, ruleText, ruleTitle, thresholdIn } from '../../../../shared/analysis/rule-text';
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

  it('change only the words: ids, order, thresholds\' names, values and params are the same in every language', () => {
    const en = describeRules();
    const data = (rules: readonly { thresholds: readonly { name: string; value: number; params?: unknown }[] }[]) =>
      rules.map((r) => r.thresholds.map((t) => [t.name, t.value, t.params]));
    for (const locale of ['ko', 'ru'] as const) {
      const translated = describeRulesIn(locale);
      expect(translated.map((r) => r.id)).toEqual(en.map((r) => r.id));
      expect(data(translated)).toEqual(data(en));
      expect(translated.map((r) => r.title)).not.toEqual(en.map((r) => r.title));
    }
  });

  it('write every threshold\'s sentence and unit in Korean and Russian, every placeholder filled from the rule\'s numbers', () => {
    for (const rule of describeRules()) {
      for (const t of rule.thresholds) {
        for (const [locale, script] of [['ko', /[\uac00-\ud7a3]/], ['ru', /[а-яё]/]] as const) {
          const words = thresholdIn(t, locale);
          expect(words.description, `${t.name} ${locale}`).toMatch(script);
          expect(words.description, `${t.name} ${locale}`).not.toMatch(/[{}]/);
          // English words left: only SMAS, units, and the ids of rules and thresholds it names.
          const rest = words.description.replace(/SMAS|\bN\b|\bmm\b|shared\/simulation|[a-z]+(-[a-z]+)+|[a-z]+[A-Z]\w*/g, '');
          expect(rest, `${t.name} ${locale}: ${words.description}`).not.toMatch(/[A-Za-z]/);
        }
        // Each number a translation names is one of the threshold's own (value or params).
        for (const locale of ['ko', 'ru'] as const) {
          // "per 1 N" ("1 N당", "на 1 Н") is a unit, not a number of the rule.
          const numbers = thresholdIn(t, locale).description.replace(/1 [NН]/g, '').match(/\d+(?:[.,]\d+)?/g) ?? [];
          const own = [t.value, ...Object.values(t.params ?? {})].map(String);
          for (const n of numbers) expect(own, `${t.name} ${locale}: ${n}`).toContain(n.replace(',', '.'));
        }
      }
    }
    const malar = describeRules()[0]!.thresholds[0]!;
    expect(thresholdIn(malar, 'ru').source).toMatch(/^проектное решение: /);
    expect(thresholdIn(malar, 'ru').unit).toBe('доля');
    expect(thresholdIn({ ...malar, name: 'shallowBelowSkinMm', value: 3, unit: 'mm', params: { thinSkinMm: 1.7, thinDepthMm: 4.7, skinMm: 2.1, depthMm: 5.1 } }, 'ru').description).toContain(
      '(4,7 мм при коже 1,7 мм, 5,1 мм при коже 2,1 мм)',
    );
  });

  it('write every threshold\'s source in Korean and Russian: the reasoning translated, citations as published', () => {
    // Latin a source may keep: citations (authors, journal, year), file and folder names, SMAS,
    // units, the cannula gauge, and cos/sin in the small sums that show a share of the pull.
    const CITED = /Niu et al\.|Aesthetic Plast Surg|(shared\/)?domain\.md|docs\/rules\.md|SMAS|19G|\bcos\b|\bsin\b|\bmm\b|\bcm\b|\bN\b/g;
    for (const rule of describeRules()) {
      for (const t of rule.thresholds) {
        for (const [locale, script] of [['ko', /[\uac00-\ud7a3]/], ['ru', /[а-яё]/]] as const) {
          const source = thresholdIn(t, locale).source;
          expect(source, `${t.name} ${locale}`).toMatch(script);
          expect(source, `${t.name} ${locale}`).not.toMatch(/[{}]/);
          expect(source.replace(CITED, ''), `${t.name} ${locale}: ${source}`).not.toMatch(/[A-Za-z]{2,}/);
          // Every citation of the English is kept: its authors, journal and the files it names.
          for (const cited of t.source.match(CITED) ?? []) if (!/^(mm|cm|N|cos|sin)$/.test(cited)) expect(source, `${t.name} ${locale}`).toContain(cited);
          // A design choice says so in every language.
          if (/^design choice/.test(t.source)) expect(source, `${t.name} ${locale}`).toMatch(locale === 'ru' ? /^проектное решение/ : /^설계상 선택/);
        }
        // The threshold's own value, where a source restates it, is the rule's constant written the language's way.
        const ru = thresholdIn(t, 'ru').source;
        if (t.value % 1 !== 0 && ru.includes(String(t.value).replace('.', ','))) expect(ru).not.toContain(String(t.value));
      }
    }
    const age = describeRules().flatMap((r) => r.thresholds).find((t) => t.name === 'olderPatientFromAgeYears')!;
    expect(thresholdIn(age, 'ru').source).toContain(`старше ${age.value} лет`);
    expect(thresholdIn(age, 'ko').source).toContain('Niu et al., Aesthetic Plast Surg 2021');
  });
});
