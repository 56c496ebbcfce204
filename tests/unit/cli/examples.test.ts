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

  it.each(files)('%s loads, is realistic and analyses as intended', (file) => {
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

  it('keep the good designs symmetric and free of info notes too', () => {
    for (const file of files.filter((f) => f.startsWith('good-'))) {
      const { findings, metrics } = analyze(load(file), CANONICAL_ATLAS);
      expect(findings, file).toEqual([]);
      expect(metrics.symmetry, file).toBeCloseTo(1, 9);
    }
  });
});
