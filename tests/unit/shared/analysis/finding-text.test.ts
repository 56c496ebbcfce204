import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_EXAMPLES } from '../../../../cli/examples/plans';
import { analyze } from '../../../../shared/analysis';
import { renderFindingText, wordsOf } from '../../../../shared/analysis/finding-text';
import { makeFinding } from '../../../../shared/analysis/findings';
import type { Finding } from '../../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import type { PlanDocument } from '../../../../shared/plan/types';
import { applyLanguage } from '../../../../renderer/i18n';
import { libraryPlan } from '../training/fixtures';
import { FINDING_TEXT_EN } from '../../../../shared/analysis/messages/en';
import { FINDING_TEXT_KO } from '../../../../shared/analysis/messages/ko';
import { FINDING_TEXT_RU } from '../../../../shared/analysis/messages/ru';
import { RULE_IDS } from '../../../../shared/analysis/types';
import { mirrorSpec } from '../../../../cli/examples/builder';
import { ARCH, JAWLINE_PAIR, MIDFACE_FAN, PlanBuilder, TEMPLE, meta, midfaceVector, oneSide, type ThreadSpec, type XY } from './helpers';

/**
 * Findings as data (issue 14): rules give a text key and parameters; the words are chosen when
 * shown. English reads exactly as before (the rule tests, the CLI tests and the PDF golden check
 * the sentences); here: every converted finding reads in Korean and Russian without a gap or an
 * English word, numbers the language's way, and the language never changes a finding.
 */

describe('a finding part is a sentence', () => {
  it('starts with a capital in every language, whatever its template starts with', () => {
    // The Russian entry-dimpling title opens with the thread, whose words are lower case inside a sentence.
    const text = { id: 'entry-dimpling', params: { thread: { threads: [7] }, which: { text: 'entry-dimpling.close.entry' } } } as const;
    const ru = renderFindingText(text as never, 'ru').title;
    expect(ru.startsWith('Нить 7')).toBe(true);
    expect(renderFindingText(text as never, 'en').title.charAt(0)).toBe('B');
  });
});

const CASES = readdirSync(new URL('../../../../assets/cases/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/**
 * Designs that raise the checks no bundled plan raises (the rule tests' plans): the sides pulled in
 * different directions, threads with no counterpart, barbs ending and an anchor on the
 * cheekbone, traction lines crossing on it, a path in the SMAS below its layer; and a thin-skinned
 * patient over 50 (the depth findings' notes).
 */
const mirrorXY = ([x, y]: XY): XY => [-x, y];
function sides(right: readonly ThreadSpec[], left: readonly ThreadSpec[], extra?: (b: PlanBuilder) => void): PlanDocument {
  const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1', skinThickness: 'thin', ageBand: '60-69' }));
  b.side('right', 'AR', mirrorXY(TEMPLE), right.map(mirrorSpec));
  b.side('left', 'AL', TEMPLE, left);
  extra?.(b);
  return b.build();
}
const COG_UNI = 'pdo-cog-uni-19g-100';
const RARE: readonly PlanDocument[] = [
  sides(MIDFACE_FAN.slice(0, 2), [...MIDFACE_FAN.slice(0, 2), midfaceVector(60, 40, { tension: 1.9 })]),
  sides(MIDFACE_FAN.slice(0, 2), MIDFACE_FAN.slice(0, 1), (b) => b.side('left', 'BL', ARCH, JAWLINE_PAIR.slice(0, 1))),
  sides([midfaceVector(9, 65), midfaceVector(23, 65), midfaceVector(32, 50, { type: COG_UNI })], [midfaceVector(9, 65), midfaceVector(23, 65), midfaceVector(32, 50, { type: COG_UNI })]),
  sides([], [midfaceVector(9, 65, { tension: 1.2 }), midfaceVector(23, 65, { tension: 1.2 })], (b) =>
    b.side('left', 'B', [44, 26], [{ type: 'pdo-cog-uni-19g-100', to: [[50, 86]], barbs: [22, 54], tension: 0.6 }]),
  ),
  sides([], [midfaceVector(9, 65, { tension: 1.5 }), midfaceVector(23, 65, { tension: 1.5 }), { type: 'pdo-cog-bi-19g-100', to: [[26, 52]], barbs: [45, 68], zone: 'deep-temporal-fascia', tension: 0.6 }], (b) =>
    b.side('left', 'B', [49, 10], [{ type: COG_UNI, to: [[30, 60]], barbs: [15, 46], zone: 'lateral-orbital-rim', tension: 0.6 }]),
  ),
  oneSide('left', [34, 40], [{ type: 'pdo-cog-bi-19g-100', to: [[38, 58]], depth: 6.9, barbs: [3, 18], zone: null, tension: 0.5 }]),
];

const PLANS: readonly PlanDocument[] = [
  ...ALL_EXAMPLES.map((e) => e.plan),
  ...CASES.flatMap((id) => [libraryPlan(id, 'poor'), libraryPlan(id, 'corrected')]),
  ...RARE,
];

/**
 * The plans' findings, analyzed on first use inside a test (then kept): analyzed when the file is
 * collected, no mutation-testing mutant (npm run mutate switches one on per test) would reach them.
 */
let analyzedOnce: { readonly plan: PlanDocument; readonly findings: readonly Finding[] }[] | null = null;
const analyzed = () => (analyzedOnce ??= PLANS.map((plan) => ({ plan, findings: analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE }).findings })));

/** Latin a Korean or Russian finding may show: the SMAS acronym and the units newton and millimetre (Korean keeps N and mm). */
const LATIN_ALLOWED = new Set(['SMAS', 'N', 'mm']);

describe('converted findings in Korean and Russian', () => {
  const converted = () => analyzed().flatMap(({ plan, findings }) => findings.filter((f) => f.text).map((f) => ({ plan, f })));

  it('every finding of every rule is data, and the plans raise every rule', () => {
    const all = analyzed().flatMap(({ findings }) => findings);
    expect(all.filter((f) => !f.text).map((f) => f.rule)).toEqual([]);
    expect(new Set(converted().map(({ f }) => f.rule))).toEqual(new Set(RULE_IDS));
  });

  it('the plans raise the rarer checks of the four rules converted last', () => {
    const aspects = new Set(converted().map(({ f }) => `${f.rule}/${f.aspect}`));
    for (const a of ['asymmetry/direction', 'asymmetry/unmatched', 'asymmetry/one-sided', 'cheekbone-concentration/barb-end', 'cheekbone-concentration/anchored', 'cheekbone-concentration/converging', 'deep-path/too-deep', 'deep-path/nerve-plane', 'superficial-path/intradermal', 'superficial-path/too-shallow'])
      expect(aspects, a).toContain(a);
  });

  it.each([['ko', FINDING_TEXT_KO], ['ru', FINDING_TEXT_RU]] as const)('%s: every template has the English placeholders', (_locale, table) => {
    // Placeholders, not the bodies of plural branches (`one {has}`).
    const names = (template: string): string[] => [...new Set([...template.matchAll(/(?<!(?:\b(?:zero|one|two|few|many|other)|=\d+)\s*)\{(\w+)(?=[},])/g)].map((m) => m[1]!))].sort();
    for (const key of Object.keys(FINDING_TEXT_EN) as (keyof typeof FINDING_TEXT_EN)[]) {
      // A count only English needs for its verb ("has"/"have") may go unused where the language has no agreement.
      const english = names(FINDING_TEXT_EN[key]);
      const translated = names(table[key]);
      expect(translated.filter((n) => !english.includes(n)), key).toEqual([]);
      expect(english.filter((n) => !translated.includes(n) && n !== 'count'), key).toEqual([]);
    }
  });

  it.each(['ko', 'ru'] as const)('%s: every placeholder filled, no English word left', (locale) => {
    for (const { plan, f } of converted()) {
      // Lot numbers are the user's own text.
      const lots = new Set(plan.threads.flatMap((t) => (t.lot ? t.lot.number.split(/[^A-Za-z0-9]+/) : [])));
      const words = renderFindingText(f.text!, locale);
      for (const text of [words.title, words.message, words.fix]) {
        expect(text, f.rule).not.toMatch(/[{}]/);
        const latin = (text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w) && !lots.has(w));
        expect(latin, `${f.rule}: ${text}`).toEqual([]);
      }
    }
  });

  it('English from the data is the English the finding carries', () => {
    for (const { f } of converted()) expect(renderFindingText(f.text!, 'en')).toEqual({ title: f.title, message: f.message, fix: f.fix });
  });
});

describe('a finding rendered per language', () => {
  const finding = makeFinding('danger-zone', 'critical', {
    text: {
      id: 'danger-zone',
      params: {
        thread: { threads: [3], start: true },
        structure: { danger: 'facial-artery' },
        depth: { text: 'danger-zone.depth.near', params: { depthMm: { mm: 2.54 }, fromMm: { mm: 3 }, structure: { danger: 'facial-artery' }, marginMm: { mm: 1 } } },
        harm: { text: 'danger-zone.harm.artery' },
        aboveMm: { mm: 2 },
      },
    },
    threads: ['t3'],
    location: null,
    side: 'left',
    aspect: 'facial-artery',
  });

  it('writes numbers and units the language\'s way and names the structure in it', () => {
    expect(finding.title).toBe('Thread 3 passes through the facial artery zone');
    expect(finding.message).toMatch(/^At 2.5 mm deep the path comes within 1 mm of the layer of the facial artery \(from about 3 mm\)\./);
    const ru = wordsOf(finding, 'ru');
    expect(ru.title).toBe('Нить 3 проходит через опасную зону: лицевая артерия');
    expect(ru.message).toContain('На глубине 2,5 мм');
    expect(wordsOf(finding, 'ko').title).toBe('실 3: 얼굴동맥(안면동맥) 위험 부위 통과');
  });

  it('keeps its English as plain enumerable fields for JSON, spread and toEqual', () => {
    const json = JSON.parse(JSON.stringify(finding)) as Finding;
    expect(json.title).toBe(finding.title);
    expect({ ...finding }.fix).toBe(finding.fix);
    expect(json.text).toEqual(finding.text);
  });
});

describe('the interface language', () => {
  it('does not change any analysis result', () => {
    const results = (['ru', 'ko', 'en'] as const).map((language) => {
      applyLanguage(language);
      return analyzed().slice(0, 6).map(({ plan }) => JSON.stringify(analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE })));
    });
    expect(results[0]).toEqual(results[2]);
    expect(results[1]).toEqual(results[2]);
  });
});
