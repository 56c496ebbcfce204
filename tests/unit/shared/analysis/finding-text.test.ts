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

/**
 * Findings as data (issue 14): rules give a text key and parameters; the words are chosen when
 * shown. English reads exactly as before (the rule tests, the CLI tests and the PDF golden check
 * the sentences); here: every converted finding reads in Korean and Russian without a gap or an
 * English word, numbers the language's way, and the language never changes a finding.
 */

const CASES = readdirSync(new URL('../../../../assets/cases/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const PLANS: readonly PlanDocument[] = [...ALL_EXAMPLES.map((e) => e.plan), ...CASES.flatMap((id) => [libraryPlan(id, 'poor'), libraryPlan(id, 'corrected')])];

const analyzed = PLANS.map((plan) => ({ plan, findings: analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE }).findings }));

/** Latin a Korean or Russian finding may show: the SMAS acronym and the units newton and millimetre (Korean keeps N and mm). */
const LATIN_ALLOWED = new Set(['SMAS', 'N', 'mm']);

describe('converted findings in Korean and Russian', () => {
  const converted = analyzed.flatMap(({ plan, findings }) => findings.filter((f) => f.text).map((f) => ({ plan, f })));

  it('the bundled plans raise converted findings of every converted rule', () => {
    expect(new Set(converted.map(({ f }) => f.rule))).toEqual(new Set(['danger-zone', 'product-expiry', 'smooth-thread-lift', 'over-tension', 'length-mismatch', 'thread-count', 'crowding', 'muscle-conflict', 'weak-fixation', 'entry-dimpling', 'gravity-direction']));
  });

  it.each(['ko', 'ru'] as const)('%s: every placeholder filled, no English word left', (locale) => {
    for (const { plan, f } of converted) {
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
    for (const { f } of converted) expect(renderFindingText(f.text!, 'en')).toEqual({ title: f.title, message: f.message, fix: f.fix });
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
      return analyzed.slice(0, 6).map(({ plan }) => JSON.stringify(analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE })));
    });
    expect(results[0]).toEqual(results[2]);
    expect(results[1]).toEqual(results[2]);
  });
});
