import { describe, expect, it, vi } from 'vitest';
import type * as Message from '../../../../shared/i18n/message';
import type { Finding } from '../../../../shared/analysis/types';

/**
 * analyze() builds no sentence (issue 14: "analyze() speed is unchanged: findings are rendered
 * only when shown"): every template fill goes through renderMessage, counted here. A finding's
 * words are written when read, in the language asked for, and reading them changes nothing.
 */
const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../../shared/i18n/message', async (importOriginal) => {
  const real = await importOriginal<typeof Message>();
  return {
    ...real,
    renderMessage: (...args: Parameters<typeof real.renderMessage>) => {
      calls.count++;
      return real.renderMessage(...args);
    },
  };
});

// The unit tests' setup (tests/unit/setup/interface-languages.ts) has loaded the interface's
// string tables, and with them the real renderer: start from a fresh module graph so analyze()
// and the finding texts are loaded with the counting one, and load that graph's Korean and
// Russian tables (shared/i18n/language-tables.ts) as the app does before showing them.
vi.resetModules();
const { loadLanguage } = await import('../../../../shared/i18n/language-tables');
await Promise.all([loadLanguage('ko'), loadLanguage('ru')]);
const { ALL_EXAMPLES } = await import('../../../../cli/examples/plans');
const { analyze, createAnalyzer } = await import('../../../../shared/analysis');
const { wordsOf } = await import('../../../../shared/analysis/finding-text');
const { CANONICAL_ATLAS } = await import('../../../../shared/atlas');
const { THREAD_CATALOGUE } = await import('../../../../shared/catalogue');

describe('findings are worded when shown, not in analyze()', () => {
  // Analyzed on first use inside a test (then kept), not when the file is collected, where no
  // mutation-testing mutant would reach it (npm run mutate switches one on per test).
  let findingsOnce: readonly Finding[] | null = null;
  const examplesFindings = () => (findingsOnce ??= ALL_EXAMPLES.flatMap((e) => analyze(e.plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE }).findings));

  it('analyze() fills no template', () => {
    const findings = examplesFindings();
    expect(findings.length).toBeGreaterThan(20);
    expect(new Set(findings.map((f) => f.rule)).size).toBeGreaterThan(8);
    expect(calls.count).toBe(0);
  });

  it('a finding read in a language is worded then, and reading it changes no result', () => {
    // What identifies a finding and what it says in data: rule, check, severity, threads, place, key and parameters.
    const findings = examplesFindings();
    const data = (): string => JSON.stringify(findings.map((f) => [f.rule, f.aspect, f.severity, f.threads, f.side, f.location, f.text]));
    const before = data();
    const ru = findings.map((f) => wordsOf(f, 'ru'));
    expect(calls.count).toBeGreaterThan(0);
    const ko = findings.map((f) => wordsOf(f, 'ko'));
    const en = findings.map((f) => wordsOf(f, 'en'));
    expect(data()).toBe(before);
    // Three languages, three different texts for each finding.
    for (let i = 0; i < findings.length; i++) {
      expect(ru[i]!.title).not.toBe(en[i]!.title);
      expect(ko[i]!.title).not.toBe(en[i]!.title);
    }
  });
});

describe('a finding keeps its words', () => {
  // Every example's findings, from an analyzer of their own (no finding read before).
  const fresh = () => ALL_EXAMPLES.flatMap((e) => createAnalyzer()(structuredClone(e.plan), CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE }).findings);

  it('reads the same words on every read, also when frozen before the first', () => {
    const read = fresh().map((f) => ({ title: f.title, message: f.message, fix: f.fix }));
    const frozen = fresh().map((f) => Object.freeze(f));
    expect(frozen.length).toBeGreaterThan(20);
    for (let i = 0; i < frozen.length; i++) {
      const f = frozen[i]!;
      expect({ title: f.title, message: f.message, fix: f.fix }).toEqual(read[i]);
      expect(f.title).toBe(read[i]!.title);
      expect(f.title).not.toMatch(/\{\w+\}/);
    }
  });
});
