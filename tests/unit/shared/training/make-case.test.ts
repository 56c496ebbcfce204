import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { formatPlanError, parsePlanText } from '../../../../shared/plan';
import { demonstratedRules, makeTrainingCase, parseCaseText, type MakeTrainingCaseInput } from '../../../../shared/training';
import { fanPlan, libraryPlan, withThread } from './fixtures';

const teaching = {
  whatIsWrong: 'The first thread is pulled too hard.',
  whyItMatters: 'Its barbs tear through.',
  whatTheCorrectionChanges: 'It is set at 1 N.',
};
const corrected = fanPlan();
// Both threads of a mirrored pair (t1 and t4) are pulled too hard, so the one problem is over-tension.
const poor = withThread(withThread(corrected, 't1', (t) => ({ ...t, tensionN: 2.5 })), 't4', (t) => ({ ...t, tensionN: 2.5 }));
const input: MakeTrainingCaseInput = { id: 'midface-tight-thread', title: 'A thread pulled too hard', area: 'midface', poor, corrected, teaching };
const knownThreadTypeIds = new Set(THREAD_CATALOGUE.map((t) => t.id));

describe('makeTrainingCase ("Save as training case")', () => {
  it('derives the rules from the analysis and writes three files that read back', () => {
    const made = makeTrainingCase(input);
    if (!made.ok) throw new Error(made.error.message);
    expect(made.case.rules).toEqual(['over-tension']);
    expect(Object.keys(made.files).sort()).toEqual(['case.json', 'corrected.vlift', 'poor.vlift']);
    expect(made.files['case.json']).toBe(made.caseJson);
    const back = parseCaseText(made.caseJson);
    expect(back).toEqual({ ok: true, case: made.case });
    expect(made.case.poor).toBe('poor.vlift');
    expect(made.case.corrected).toBe('corrected.vlift');
    const poorBack = parsePlanText(made.files['poor.vlift'], { knownThreadTypeIds });
    expect(poorBack.ok && poorBack.plan).toEqual(poor);
    const correctedBack = parsePlanText(made.files['corrected.vlift'], { knownThreadTypeIds });
    expect(correctedBack.ok && correctedBack.plan).toEqual(corrected);
    expect(made.case.summary).toMatch(/over-tension/);
    expect(made.case.mistakes).toEqual([]);
  });

  it('keeps the rules, mistakes and summary it is given when the designs show them', () => {
    const made = makeTrainingCase({ ...input, rules: ['over-tension'], mistakes: ['over-tension'], summary: 'Too tight.' });
    expect(made.ok && [made.case.rules, made.case.mistakes, made.case.summary]).toEqual([['over-tension'], ['over-tension'], 'Too tight.']);
  });

  it('refuses a stated rule the designs do not demonstrate', () => {
    const made = makeTrainingCase({ ...input, rules: ['over-tension', 'crowding'] });
    expect(made.ok).toBe(false);
    expect(!made.ok && made.error).toMatchObject({ path: '/rules', message: expect.stringContaining('do not demonstrate crowding') });
  });

  it('refuses a pair of designs with nothing to teach', () => {
    const made = makeTrainingCase({ ...input, poor: corrected });
    expect(made.ok).toBe(false);
    expect(!made.ok && made.error.message).toMatch(/shows no problem that the corrected design fixes/);
  });

  it('does not count a rule the corrected design still breaks', () => {
    const stillTight = withThread(corrected, 't4', (t) => ({ ...t, tensionN: 2.5 }));
    expect(demonstratedRules(poor, stillTight)).toEqual([]);
  });

  it('refuses a bad id or an invalid plan with a pointer', () => {
    const badId = makeTrainingCase({ ...input, id: 'Tight Thread' });
    expect(!badId.ok && badId.error.path).toBe('/id');
    const broken = makeTrainingCase({ ...input, poor: { ...poor, threads: [{ ...poor.threads[0]!, depthMm: Number.NaN }] } });
    expect(!broken.ok && broken.error.path).toBe('/poor');
    expect(!broken.ok && broken.error.message).toMatch(/the poor design is not a valid plan/);
  });

  it('writes its refusals in the interface language, the plan\'s own refusal inside in the same language', () => {
    const broken = makeTrainingCase({ ...input, poor: { ...poor, threads: [{ ...poor.threads[0]!, depthMm: Number.NaN }] } });
    if (broken.ok) throw new Error('expected a refusal');
    expect(formatPlanError(broken.error, undefined, 'en')).toMatch(/^\/poor: the poor design is not a valid plan: \/threads\/0\/depthMm must be a finite number/);
    expect(formatPlanError(broken.error, undefined, 'ru')).toMatch(/^\/poor: неудачная схема — не правильный план: \/threads\/0\/depthMm должно быть конечным числом/);
    const nothing = makeTrainingCase({ ...input, poor: corrected });
    if (nothing.ok) throw new Error('expected a refusal');
    expect(formatPlanError(nothing.error, undefined, 'ko')).toMatch(/^\/rules: 잘못된 설계에 수정한 설계가 고치는 문제가 없습니다/);
    const stated = makeTrainingCase({ ...input, rules: ['over-tension', 'crowding'] });
    if (stated.ok) throw new Error('expected a refusal');
    expect(formatPlanError(stated.error, undefined, 'ru')).toMatch(/^\/rules: схемы не показывают crowding: /);
  });

  it('derives exactly the stated rules for every case in the library', () => {
    const dir = new URL('../../../../assets/cases/', import.meta.url);
    const ids = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    for (const id of ids) {
      const made = makeTrainingCase({ id, title: id, area: 'combined', poor: libraryPlan(id, 'poor'), corrected: libraryPlan(id, 'corrected'), teaching });
      const stated = parseCaseText(readFileSync(new URL(`${id}/case.json`, dir), 'utf8'));
      expect(made.ok && stated.ok && made.case.rules, id).toEqual(stated.ok && stated.case.rules);
    }
  });
});

