import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { parsePlanText } from '../../../../shared/plan';
import type { PlanDocument } from '../../../../shared/plan/types';
import { simulatePlan } from '../../../../shared/simulation';

/**
 * The simulation against designs whose verdict is known. The training cases whose teaching point
 * is force on the cheekbone (index.json lists the cheekbone-concentration rule) gather more
 * tissue on the malar prominence per newton of pull in their poor design than in the
 * correction; and the rule's simulated-gathering check, calibrated on these designs
 * (docs/rules.md), separates them: every good example and every corrected design stays below
 * its threshold, the cheekbone cases' poor designs go above it.
 */

const read = (path: string) => readFileSync(new URL(`../../../../assets/${path}`, import.meta.url), 'utf8');
function load(path: string): PlanDocument {
  const parsed = parsePlanText(read(path));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error.message}`);
  return parsed.plan;
}

interface CaseEntry {
  readonly id: string;
  readonly rules: readonly string[];
  readonly poor: string;
  readonly corrected: string;
}
const cases = (JSON.parse(read('cases/index.json')) as { cases: CaseEntry[] }).cases;
const cheekboneCases = cases.filter((c) => c.rules.includes('cheekbone-concentration'));
const goodExamples = ['good-midface', 'good-jawline', 'good-brow', 'good-neck'];

const simulatedFlags = (plan: PlanDocument) => {
  const simulation = simulatePlan(plan, CANONICAL_ATLAS, THREAD_CATALOGUE).summary;
  return analyze(plan, CANONICAL_ATLAS, { simulation })
    .findings.filter((f) => f.aspect === 'simulated-gathering')
    .map((f) => f.side);
};

describe('simulated gathering on the cheekbone, against designs whose verdict is known', () => {
  it('has bundled cases whose teaching point is the cheekbone', () => {
    expect(cheekboneCases.length).toBeGreaterThanOrEqual(2);
  });

  it.each(cheekboneCases.map((c) => [c.id, c] as const))('%s: the poor design gathers more on the prominence per newton than its correction', (_id, entry) => {
    const poor = simulatePlan(load(`cases/${entry.poor}`), CANONICAL_ATLAS, THREAD_CATALOGUE).summary;
    const corrected = simulatePlan(load(`cases/${entry.corrected}`), CANONICAL_ATLAS, THREAD_CATALOGUE).summary;
    for (const side of ['right', 'left'] as const) {
      const perN = (s: typeof poor) => s[side].prominenceMean / s[side].pullN;
      expect(perN(poor), side).toBeGreaterThan(perN(corrected) * 1.3);
    }
  });

  it.each(cheekboneCases.map((c) => [c.id, c] as const))('%s: the rule sees the poor design on both sides and not the correction', (_id, entry) => {
    expect(simulatedFlags(load(`cases/${entry.poor}`))).toEqual(['right', 'left']);
    expect(simulatedFlags(load(`cases/${entry.corrected}`))).toEqual([]);
  });

  it('leaves every good example and every corrected design below the threshold', () => {
    for (const name of goodExamples) expect(simulatedFlags(load(`examples/${name}.vlift`)), name).toEqual([]);
    for (const entry of cases) expect(simulatedFlags(load(`cases/${entry.corrected}`)), entry.id).toEqual([]);
  });

  it('adds nothing, and no figures, when the analysis has no simulation', () => {
    const plan = load(`cases/${cheekboneCases[0]!.poor}`);
    const result = analyze(plan, CANONICAL_ATLAS);
    expect(result.findings.filter((f) => f.aspect === 'simulated-gathering')).toEqual([]);
    expect(result.metrics.simulation).toBeNull();
  });

  it('keeps the geometric explanation and the figures of one computed value in the words', () => {
    const plan = load(`cases/${cheekboneCases[0]!.poor}`);
    const simulation = simulatePlan(plan, CANONICAL_ATLAS, THREAD_CATALOGUE).summary;
    const result = analyze(plan, CANONICAL_ATLAS, { simulation });
    const finding = result.findings.find((f) => f.aspect === 'simulated-gathering' && f.side === 'right')!;
    expect(finding.message).toContain(`${(Math.round(simulation.right.prominenceMean * 1000) / 10).toFixed(1)}%`);
    expect(finding.message).toMatch(/ends or meets on the cheekbone/);
    expect(finding.message).toMatch(/illustrative, not a validated prediction/);
    expect(result.metrics.simulation).toBe(simulation);
  });
});
