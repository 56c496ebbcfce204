import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, analyze } from '../../../shared/analysis';
import { ADVICE_RULE_IDS } from '../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../shared/catalogue';
import { parsePlanText, serializePlan } from '../../../shared/plan';
import { ALL_EXAMPLES } from '../../../cli/examples/plans';

/**
 * assets/examples/: four good designs (midface, jawline/jowl, brow, neck) with no warning and no
 * critical finding, and a poor design for every rule that triggers that rule and nothing else
 * above an info note.
 */

const FOLDER = new URL('../../../assets/examples/', import.meta.url);
const files = readdirSync(FOLDER).filter((f) => f.endsWith('.vlift')).sort();
const known = new Set(THREAD_CATALOGUE.map((t) => t.id));

function load(file: string) {
  const parsed = parsePlanText(readFileSync(new URL(file, FOLDER), 'utf8'), { knownThreadTypeIds: known });
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message} at ${parsed.error.path}`);
  return parsed.plan;
}

describe('example plans', () => {
  it('has a good design for each area and a poor design for every rule', () => {
    for (const area of ['midface', 'jawline', 'brow', 'neck']) expect(files).toContain(`good-${area}.vlift`);
    for (const rule of RULE_IDS) expect(files).toContain(`poor-${rule}.vlift`);
  });

  it('are exactly what cli/examples/plans.ts generates (run: npx tsx cli/examples/generate.ts)', () => {
    expect(ALL_EXAMPLES.map((e) => e.file).sort()).toEqual(files);
    for (const example of ALL_EXAMPLES) {
      expect(readFileSync(new URL(example.file, FOLDER), 'utf8'), example.file).toBe(serializePlan(example.plan));
    }
  });

  it.each(files)('%s loads, is realistic and analyzes as intended', (file) => {
    const plan = load(file);
    expect(plan.meta.title.length).toBeGreaterThan(10);
    expect(plan.meta.patientId).toMatch(/^[A-Z]{2}-\d{4}$/);
    expect(plan.threads.length).toBeGreaterThanOrEqual(2);
    const { findings } = analyze(plan, CANONICAL_ATLAS);
    const serious = findings.filter((f) => f.severity !== 'info');
    if (file.startsWith('good-')) {
      expect(serious.map((f) => f.title)).toEqual([]);
    } else {
      // poor-<rule>.vlift, or poor-<rule>-<variant>.vlift for a further poor design of that rule.
      const rule = [...RULE_IDS].sort((a, b) => b.length - a.length).find((id) => file === `poor-${id}.vlift` || file.startsWith(`poor-${id}-`));
      expect(rule, file).toBeDefined();
      if (ADVICE_RULE_IDS.includes(rule!)) {
        // An advice-only rule: its note, and nothing worse.
        expect(serious.map((f) => f.title)).toEqual([]);
        expect(findings.filter((f) => f.rule === rule).length).toBeGreaterThan(0);
      } else {
        expect(serious.length).toBeGreaterThan(0);
        expect([...new Set(serious.map((f) => f.rule))]).toEqual([rule]);
      }
    }
  });

  it('give advice-only rules nothing but info notes, in every example', () => {
    for (const file of files) {
      const { findings } = analyze(load(file), CANONICAL_ATLAS);
      expect(findings.filter((f) => ADVICE_RULE_IDS.includes(f.rule) && f.severity !== 'info'), file).toEqual([]);
    }
  });

  it('keep the good designs symmetric and free of info notes too (a floating design gets its one note per thread)', () => {
    for (const file of files.filter((f) => f.startsWith('good-'))) {
      const plan = load(file);
      const { findings, metrics } = analyze(plan, CANONICAL_ATLAS);
      if (file === 'good-jowl-floating.vlift') {
        // Floating bidirectional cogs are a recognized design: an info note each, nothing else.
        expect(findings.map((f) => [f.rule, f.severity, f.aspect]), file).toEqual(plan.threads.map(() => ['weak-fixation', 'info', 'floating']));
      } else {
        expect(findings, file).toEqual([]);
      }
      expect(metrics.symmetry, file).toBeCloseTo(1, 9);
    }
  });

  it('include a good design on each anchor practitioners use beyond the temple and arch', () => {
    const zones = (file: string) => new Set(load(file).threads.map((t) => t.fixationZoneId?.replace(/-(left|right)$/, '') ?? null));
    expect(zones('good-jawline-preauricular.vlift')).toEqual(new Set(['preauricular-smas']));
    expect(zones('good-neck-mastoid.vlift')).toEqual(new Set(['mastoid-fascia']));
    expect(zones('good-brow-scalp.vlift')).toEqual(new Set(['temporal-scalp']));
    expect(zones('good-jowl-floating.vlift')).toEqual(new Set([null]));
  });
});
