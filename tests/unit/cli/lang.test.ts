import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, describeRules } from '../../../shared/analysis';
import { describeRulesIn } from '../../../shared/analysis/rule-text';
import { wordsOf } from '../../../shared/analysis/finding-text';
import { CANONICAL_ATLAS } from '../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../shared/catalogue';
import { parsePlanText } from '../../../shared/plan';
import { simulatePlan } from '../../../shared/simulation';
import { pdfText } from '../shared/report/pdf-tools';

/** `--lang en|ko|ru` on the real command line (bin/vectorlift.mjs spawned with node). */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'vectorlift.mjs');
const PLAN = join(ROOT, 'assets', 'examples', 'poor-cheekbone-concentration.vlift');

function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

const parsed = parsePlanText(readFileSync(PLAN, 'utf8'));
if (!parsed.ok) throw new Error('example plan does not load');
const plan = parsed.plan;
const findings = analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE, simulation: simulatePlan(plan, CANONICAL_ATLAS, THREAD_CATALOGUE).summary }).findings;

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'vl-lang-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('vectorlift --lang (spawned)', () => {
  it('analyze --lang ru prints the findings in Russian, with the same exit code as English', async () => {
    const [ru, en] = await Promise.all([cli(['analyze', PLAN, '--lang', 'ru']), cli(['analyze', PLAN])]);
    expect(findings.length).toBeGreaterThan(0);
    expect(ru.code).toBe(en.code);
    for (const f of findings) {
      const words = wordsOf(f, 'ru');
      expect(ru.stdout).toContain(words.title);
      expect(ru.stdout).toContain(words.fix);
      expect(ru.stdout).not.toContain(f.title);
      expect(en.stdout).toContain(f.title);
    }
    expect(ru.stdout).toMatch(/ПРЕДУПРЕЖДЕНИЯ \(\d+\)/);
    expect(ru.stdout).toMatch(/Итого: /);
  });

  it('analyze --json --lang ko gives each finding\'s words in Korean and the same data', async () => {
    const [ko, en] = await Promise.all([cli(['analyze', PLAN, '--json', '--lang', 'ko']), cli(['analyze', PLAN, '--json'])]);
    const k = JSON.parse(ko.stdout) as { findings: { title: string; rule: string; text: unknown }[]; metrics: unknown };
    const e = JSON.parse(en.stdout) as typeof k;
    expect(k.findings.map((f) => f.title)).toEqual(findings.map((f) => wordsOf(f, 'ko').title));
    expect(k.findings.map((f) => [f.rule, f.text])).toEqual(e.findings.map((f) => [f.rule, f.text]));
    expect(k.metrics).toEqual(e.metrics);
  });

  it('an unknown language exits 2 naming the languages there are, and prints nothing else', async () => {
    for (const args of [['analyze', PLAN, '--lang', 'fr'], ['rules', '--lang', 'de'], ['export', PLAN, '-o', join(scratch, 'x.pdf'), '--lang', 'en-GB']]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/--lang must be one of en, ko, ru/);
      expect(r.stdout).toBe('');
    }
    const missing = await cli(['analyze', PLAN, '--lang']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--lang needs a value/);
  });

  it('rules --lang accepts each language', async () => {
    for (const lang of ['en', 'ko', 'ru']) {
      const r = await cli(['rules', '--lang', lang]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('cheekbone-concentration');
    }
  });

  it('rules --lang ru prints the titles, descriptions and threshold sentences in Russian, with decimal commas', async () => {
    const [ru, en] = await Promise.all([cli(['rules', '--lang', 'ru']), cli(['rules'])]);
    expect(ru.code).toBe(0);
    for (const rule of describeRulesIn('ru')) {
      const english = describeRules().find((r) => r.id === rule.id)!;
      expect(ru.stdout).toContain(`${rule.id}: ${rule.title}`);
      expect(ru.stdout).toContain(rule.description);
      expect(ru.stdout).not.toContain(english.title);
      expect(en.stdout).toContain(`${rule.id}: ${english.title}`);
      for (const [i, t] of rule.thresholds.entries()) {
        expect(ru.stdout).toContain(t.description);
        expect(ru.stdout).not.toContain(english.thresholds[i]!.description);
      }
    }
    // The values are the rules' own constants, written the Russian way.
    expect(ru.stdout).toContain('- malarShareMax = 0,5 доля: ');
    expect(ru.stdout).toContain('- thinSkinExtraMm = 0,5 мм: ');
    expect(ru.stdout).toMatch(/\(4,7 мм при коже 1,7 мм, 5,1 мм при коже 2,1 мм\)/);
    expect(en.stdout).toContain('- malarShareMax = 0.5 share: ');
    expect(ru.stdout).not.toMatch(/= \d+\.\d/);
    // The sources are translated too, under their label; citations as published.
    expect(ru.stdout).toMatch(/\n {4}Источник: проектное решение: /);
    expect(ru.stdout).toContain('Niu et al., Aesthetic Plast Surg 2021');
    expect(ru.stdout).not.toContain('design choice');
    // --json --lang: the same rules, ids and values, the words (sources too) in Korean.
    const ko = await cli(['rules', '--json', '--lang', 'ko']);
    const json = JSON.parse(ko.stdout) as { id: string; thresholds: { name: string; value: number; source: string; description: string }[] }[];
    expect(json.map((r) => r.id)).toEqual(describeRules().map((r) => r.id));
    expect(json.flatMap((r) => r.thresholds.map((t) => [t.name, t.value]))).toEqual(describeRules().flatMap((r) => r.thresholds.map((t) => [t.name, t.value])));
    expect(json.flatMap((r) => r.thresholds.map((t) => t.source))).toEqual(describeRulesIn('ko').flatMap((r) => r.thresholds.map((t) => t.source)));
    expect(json[0]!.thresholds[0]!.source).toMatch(/^설계상 선택: /);
    expect(json[0]!.thresholds[0]!.description).toMatch(/[\uac00-\ud7a3]/);
  });

  it('export --lang ru writes the PDF in Russian', async () => {
    const out = join(scratch, 'ru.pdf');
    const r = await cli(['export', PLAN, '-o', out, '--lang', 'ru', '--aftercare', '--date', '2025-06-01']);
    expect(r.code).toBe(0);
    const text = pdfText(new Uint8Array(readFileSync(out))).replace(/\s+/g, '');
    expect(text).toContain('ПЛАННИТЕВОГОЛИФТИНГА');
    expect(text).toContain('Доипосленитевоголифтинга');
    expect(text).toContain(wordsOf(findings[0]!, 'ru').title.replace(/\s+/g, ''));
  });
});
