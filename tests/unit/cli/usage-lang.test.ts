import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/command';
import { main } from '../../../cli/main';
import { requestedLanguage, usageText, USAGE_KEYS } from '../../../cli/usage-text';
import { BUILT_IN_CASE_IDS, caseTitle, caseTextTable } from '../../../shared/training/case-text';

/**
 * The command line in the --lang language beyond findings and rules (issue 14): usage errors
 * (unknown command or option, missing argument, a bad option value) and `vectorlift cases`.
 * In process: main() with a captured io, so each case is cheap.
 */

async function run(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => void out.push(t), err: (t) => void err.push(t), cwd: process.cwd() };
  const code = await main(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

const LATIN_WORD = /\b(?!vectorlift\b|command\b|options\b|json\b|lang\b|en\b|ko\b|ru\b|help\b|PLAN\b|OUT\b|pdf\b|vlift\b)[A-Za-z]{3,}\b/;

describe('usage errors in the --lang language', () => {
  it('reads --lang from anywhere on the line, and falls back to English for no language or a bad one', () => {
    expect(requestedLanguage(['analyze', 'x.vlift', '--lang', 'ru'])).toBe('ru');
    expect(requestedLanguage(['--lang=KO', 'rules'])).toBe('ko');
    expect(requestedLanguage(['analyze', '--lang', 'fr'])).toBe('en');
    expect(requestedLanguage(['analyze', '--lang'])).toBe('en');
  });

  it.each([
    [['analyze', '--lang', 'ru'], /^vectorlift analyze: не указан PLAN\. Использование: vectorlift analyze PLAN/],
    [['analyze', 'x.vlift', '--nope', '--lang', 'ru'], /^vectorlift analyze: неизвестный параметр --nope\. Использование: /],
    [['analyze', 'a.vlift', 'b.vlift', '--lang', 'ko'], /^vectorlift analyze: 예상하지 못한 인수 "b\.vlift"\. 사용법: /],
    [['export', 'x.vlift', '--lang', 'ko'], /^vectorlift export: -o OUT\.pdf이\(가\) 없습니다\. 사용법: /],
    [['export', 'x.vlift', '-o', 'y.pdf', '--paper', 'a3', '--lang', 'ru'], /^vectorlift export: --paper должен быть a4 или letter, а не "a3"\./],
    [['nonsense', '--lang', 'ru'], /^vectorlift: неизвестная команда "nonsense"\. Использование: vectorlift <command> \[options\]; команды: analyze, /],
    [['cases', '--json', '--lang'], /^vectorlift cases: --lang needs a value\. Usage: vectorlift cases/],
  ])('%j', async (argv, expected) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(expected);
  });

  it('keeps the English wording scripts match when no language is asked for', async () => {
    expect((await run(['analyze'])).err).toBe('vectorlift analyze: missing PLAN. Usage: vectorlift analyze PLAN [--json] [--lang en|ko|ru]\n');
    expect((await run(['rules', '--lang', 'fr'])).err).toMatch(/^vectorlift rules: --lang must be one of en, ko, ru, not "fr"\. Usage:/);
  });

  it('has every key in Korean and Russian, with the English placeholders and no English words', () => {
    const params = { name: '"x"', option: '--x', argument: 'PLAN', languages: 'en, ko, ru', got: '"fr"', layers: 'regions' };
    for (const key of USAGE_KEYS) {
      const en = usageText({ key, params }, 'en');
      for (const locale of ['ko', 'ru'] as const) {
        const text = usageText({ key, params }, locale);
        expect(text, `${locale} ${key}`).not.toMatch(/[{}]/);
        for (const value of Object.values(params)) if (en.includes(value)) expect(text, `${locale} ${key}`).toContain(value);
        expect(text.replace(/--\w+|a4|letter|none|regions|OUT|PDF|\d{4}-\d\d-\d\d/g, ''), `${locale} ${key}`).not.toMatch(LATIN_WORD);
      }
    }
  });
});

describe('vectorlift cases --lang', () => {
  it('writes the headings, areas and the built-in titles in Russian, ids and rules unchanged', async () => {
    const [ru, en] = await Promise.all([run(['cases', '--lang', 'ru']), run(['cases'])]);
    expect(ru.code).toBe(0);
    // 18 cases: the plural category "many" (учебных случаев).
    expect(BUILT_IN_CASE_IDS.length).toBe(18);
    expect(ru.out.startsWith(`${BUILT_IN_CASE_IDS.length} учебных случаев в `)).toBe(true);
    expect(ru.out).toMatch(/ID +ЗОНА +НАЗВАНИЕ/);
    const title = caseTextTable('ru')['jawline-over-tension'].title;
    expect(ru.out).toMatch(new RegExp(`jawline-over-tension +Линия нижней челюсти +${title.replace(/[()]/g, '\\$&')}\\n +правила: over-tension\\n`));
    expect(en.out).toMatch(/jawline-over-tension +jawline +Jawline threads pulled too hard\n/);
    expect(ru.out).not.toContain('Jawline threads pulled too hard');
  });

  it('--json --lang ko gives each built-in title in Korean and the same ids, paths and rules', async () => {
    type Line = { id: string; title: string; poor: string; corrected: string; rules: string[] };
    const ko = JSON.parse((await run(['cases', '--json', '--lang', 'ko'])).out) as Line[];
    const en = JSON.parse((await run(['cases', '--json'])).out) as Line[];
    expect(ko.map(({ title: _t, ...rest }) => rest)).toEqual(en.map(({ title: _t, ...rest }) => rest));
    for (const [i, c] of ko.entries()) {
      expect(c.title).toBe(caseTitle({ id: c.id, title: en[i]!.title }, 'ko'));
      expect(c.title).not.toBe(en[i]!.title);
    }
  });
});
