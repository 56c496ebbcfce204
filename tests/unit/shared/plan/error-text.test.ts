import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../../shared/i18n/locale';
import { formatPlanError, parsePlanText, serializePlan } from '../../../../shared/plan';
import { PLAN_ERROR_EN, type PlanErrorKey } from '../../../../shared/plan/error-text/en';
import { planErrorTable, renderPlanErrorText } from '../../../../shared/plan/error-text/render';
import { createEmptyPlan } from '../../../../shared/plan/factory';
import type { PlanDocument } from '../../../../shared/plan/types';

/** Refusals written in Korean and Russian (shared/plan/error-text): every key, and real files. */

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const KEYS = Object.keys(PLAN_ERROR_EN) as PlanErrorKey[];

/** The parameter names a template uses: {name} and {name, plural, ...}. */
const placeholders = (template: string): string[] => [...new Set([...template.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]!))].sort();

/** A gap left unfilled ({name}) or a plural the renderer could not read. */
const GAP = /\{\w+(,[^}]*)?\}/;

// English words that would only appear in a refusal left untranslated.
const ENGLISH = /\b(must|got|should|the|plan|file|missing|unknown|between|whole|number|line|column)\b/i;

/** A parameter value for a key: a decimal number for numbers (so Russian shows a comma), text for ids. */
const sample = (name: string): string | number => (['field', 'entry', 'format', 'allowed', 'stated', 'actual', 'kinds', 'example', 'reason', 'hex', 'head', 'detail'].includes(name) ? `"${name}-x"` : 2.5);

describe('plan refusal tables', () => {
  it('give every key in Korean and Russian with the English parameters, and fill them all', () => {
    for (const locale of ['ko', 'ru'] as const) {
      for (const key of KEYS) {
        const template = planErrorTable(locale)[key];
        expect(template.trim(), `${locale} ${key}`).not.toBe('');
        // The JSON syntax detail is English (the grammar scan's and the engine's words): ko and ru leave it out.
        const expected = key === 'json.invalid' ? [] : placeholders(PLAN_ERROR_EN[key]);
        expect(placeholders(template), `${locale} ${key}`).toEqual(expected);
        const params = Object.fromEntries(placeholders(PLAN_ERROR_EN[key]).map((name) => [name, sample(name)]));
        const text = renderPlanErrorText({ key, params }, locale);
        expect(text, `${locale} ${key}: ${text}`).not.toMatch(GAP);
        if (locale === 'ru' && Object.values(params).includes(2.5) && key !== 'json.invalid') expect(text, `${key}: ${text}`).toContain('2,5');
        if (locale === 'ko') expect(text).not.toContain('2,5');
      }
    }
  });

  it('write no English words in Korean or Russian (units, ids and field names aside)', () => {
    for (const locale of ['ko', 'ru'] as const) {
      for (const key of KEYS) {
        // Placeholder names and quoted field names and values are the file's own words.
        const words = planErrorTable(locale)[key].replace(/\{\w+(, plural,)?/g, '').replace(/"[^"]*"/g, '');
        expect(words, `${locale} ${key}`).not.toMatch(ENGLISH);
      }
    }
  });

  it('write sizes with the language\'s decimal separator and one decimal', () => {
    const text = { key: 'read.tooLarge', fixed: { size: { value: 27.04, decimals: 1 }, max: { value: 25, decimals: 1 } } } as const;
    expect(renderPlanErrorText(text, 'en')).toBe('plan file is 27.0 MB; the largest plan VectorLift opens is 25.0 MB');
    expect(renderPlanErrorText(text, 'ru')).toBe('файл плана занимает 27,0 МБ; VectorLift открывает планы не больше 25,0 МБ');
  });

  it('describe the offending value in the language, quoting what the file holds as written', () => {
    const list = { key: 'text.notString', got: { kind: 'list', length: 3 } } as const;
    expect(renderPlanErrorText(list, 'en')).toBe('must be text (a string) (got a list of 3)');
    expect(renderPlanErrorText(list, 'ru')).toBe('должно быть текстом (строкой) (получено: список из 3 элементов)');
    expect(renderPlanErrorText(list, 'ko')).toBe('텍스트(문자열)여야 합니다 (받은 값: 항목 3개의 목록)');
    const quoted = { key: 'number.range', params: { min: 0, max: 30 }, words: { unit: 'unit.depth' }, got: { kind: 'quoted', text: '1e400' } } as const;
    expect(renderPlanErrorText(quoted, 'ru')).toBe('должно быть конечным числом от 0 до 30 мм под поверхностью кожи (получено: 1e400)');
  });
});

/** A plan changed by `mutate`, as a file's text. */
function planText(mutate: (plan: PlanDocument) => PlanDocument): string {
  const plan = createEmptyPlan({}, '2025-03-14');
  return serializePlan(mutate(plan));
}

describe('a refused plan in Korean and Russian', () => {
  const withThread = (depthMm: number, pathStart = { x: -40, y: 10 }) => (plan: PlanDocument): PlanDocument => ({
    ...plan,
    entryPoints: [{ id: 'e1', label: 'A', position: { x: -40, y: 10 }, side: 'right' }],
    threads: [{
      id: 't1', side: 'right', typeId: 'pdo-cog-bi-19g-100', entryPointId: 'e1', path: [pathStart, { x: -60, y: 30 }],
      depthMm, pointDepthsMm: [null, null], barbed: null, fixationEnd: 'entry', fixationZoneId: null, tensionN: 1.5, lot: null, notes: '',
    }],
  });

  it('keeps the JSON pointer, line and column of the English refusal, with the bounds written the language\'s way', () => {
    const parsed = parsePlanText(planText(withThread(0)).replace('"depthMm": 0', '"depthMm": 45.5'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const { error } = parsed;
    expect(error.path).toBe('/threads/0/depthMm');
    expect(error.line).not.toBeNull();
    const en = formatPlanError(error, 'plan.vlift');
    const ru = formatPlanError(error, 'plan.vlift', 'ru');
    const ko = formatPlanError(error, 'plan.vlift', 'ko');
    expect(en).toBe(`plan.vlift: /threads/0/depthMm: must be a finite number between 0 and 30 mm below the skin surface (got 45.5) (line ${error.line}, column ${error.column})`);
    expect(ru).toBe(`plan.vlift: /threads/0/depthMm: должно быть конечным числом от 0 до 30 мм под поверхностью кожи (получено: 45.5) (строка ${error.line}, столбец ${error.column})`);
    expect(ko).toBe(`plan.vlift: /threads/0/depthMm: 0에서 30 mm (피부 표면 아래) 사이의 유한한 숫자여야 합니다 (받은 값: 45.5) (${error.line}행 ${error.column}열)`);
  });

  it('writes a computed distance with a decimal comma in Russian', () => {
    const parsed = parsePlanText(planText(withThread(4, { x: -42.25, y: 10 })));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toBe('must lie on entry point "e1" at (-40, 10) mm; it is 2.25 mm away (tolerance 0.5 mm)');
    expect(formatPlanError(parsed.error, undefined, 'ru')).toContain('она в 2,25 мм от неё (допуск 0,5 мм)');
  });

  it('says every refusal of the fixture files in Korean and Russian, with no gap and no English sentence', () => {
    let count = 0;
    for (const version of readdirSync(join(ROOT, 'tests/fixtures/plans')).filter((v) => /^v\d+$/.test(v))) {
      const folder = join(ROOT, 'tests/fixtures/plans', version, 'invalid');
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.vlift'))) {
        const parsed = parsePlanText(readFileSync(join(folder, file), 'utf8'), { knownThreadTypeIds: ['pdo-cog-bi-19g-100', 'pdo-mono-29g-38', 'pcl-cog-bi-18g-100'] });
        expect(parsed.ok, file).toBe(false);
        if (parsed.ok) continue;
        expect(parsed.error.text, file).toBeDefined();
        for (const locale of LOCALES) {
          const line = formatPlanError(parsed.error, file, locale);
          expect(line, `${locale} ${file}`).not.toMatch(GAP);
          expect(line.startsWith(`${file}: ${parsed.error.path ? parsed.error.path + ': ' : ''}`), `${locale} ${file}`).toBe(true);
          if (locale === 'en') expect(line).toBe(formatPlanError(parsed.error, file));
          else expect(line.slice(file.length), `${locale} ${file}: ${line}`).not.toMatch(/\b(must|got|is not|missing|line \d)\b/);
        }
        count++;
      }
    }
    expect(count).toBeGreaterThan(40);
  });
});
