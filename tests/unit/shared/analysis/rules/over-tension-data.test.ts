import { describe, expect, it } from 'vitest';
import { predictedDisplacementMm } from '../../../../../shared/analysis';
import { tensionForDisplacementN } from '../../../../../shared/analysis/rules/over-tension';
import { RULES } from '../../../../../shared/analysis/registry';
import { THREAD_CATALOGUE, findThreadType } from '../../../../../shared/catalogue';
import { TEMPLE, findingsOf, midfaceVector, oneSide, run } from '../helpers';
import { mirrorSpec } from '../../../../../cli/examples/builder';
import type { Finding } from '../../../../../shared/analysis/types';

/**
 * Over-tension read from the findings' data (text parameters, place, side), not their English:
 * the overcorrection limit at exactly its value, what each finding states, and where it sits.
 */

const rule = 'over-tension' as const;
const COG = 'pdo-cog-bi-19g-100';
const MONO = 'pdo-mono-27g-60';
const threshold = (name: string): number => RULES.find((r) => r.description.id === rule)!.description.thresholds.find((t) => t.name === name)!.value;
const MAX_MM = threshold('intendedDisplacementMaxMm');
const params = (f: Finding) => f.text!.params as Record<string, unknown>;
const at = (tension: number, side: 'left' | 'right' = 'left') => {
  const spec = midfaceVector(23, 65, { tension });
  const plan = side === 'left' ? oneSide('left', TEMPLE, [spec]) : oneSide('right', [-TEMPLE[0], TEMPLE[1]], [mirrorSpec(spec)]);
  return { plan, found: findingsOf(run(plan), rule) };
};

describe('over-tension, read from its data', () => {
  it('a tension predicting exactly the intended overcorrection is accepted; just above it warns', () => {
    const limitN = tensionForDisplacementN(MAX_MM);
    // The curve's inverse lands exactly on the limit here (checked, so the boundary is real).
    expect(predictedDisplacementMm(limitN)).toBe(MAX_MM);
    expect(at(limitN).found).toEqual([]);
    const above = limitN + 1e-9;
    expect(predictedDisplacementMm(above)).toBeGreaterThan(MAX_MM);
    expect(at(above).found.map((f) => f.aspect)).toEqual(['overcorrection']);
  });

  it('the overcorrection warning states its tension, the predicted displacement and both limits from the same values', () => {
    const { plan, found } = at(1.8);
    expect(found).toHaveLength(1);
    expect(found[0]!.threads).toEqual([plan.threads[0]!.id]);
    expect(params(found[0]!)).toEqual({
      thread: { threads: [1], start: true },
      tension: { newtons: 1.8 },
      displacement: { mm: predictedDisplacementMm(1.8) },
      maxMm: { mm: MAX_MM },
      maxN: { newtons: tensionForDisplacementN(MAX_MM) },
    });
    // Marked in the barbed section (where the pull acts), not at the entry where it is fixed.
    const path = plan.threads[0]!.path;
    const loc = found[0]!.location!;
    expect(loc).not.toEqual(path[0]);
    expect(Math.min(path[0]!.y, path[1]!.y) < loc.y && loc.y < Math.max(path[0]!.y, path[1]!.y)).toBe(true);
  });

  it('the beyond-hold finding states the tension and the type\'s holding force, on the thread\'s own side', () => {
    const hold = findThreadType(THREAD_CATALOGUE, COG)!.holdingForceN;
    for (const side of ['left', 'right'] as const) {
      const { plan, found } = at(2.5, side);
      expect(found.map((f) => [f.severity, f.aspect, f.side])).toEqual([['critical', 'beyond-hold', side]]);
      expect(found[0]!.threads).toEqual([plan.threads[0]!.id]);
      expect(params(found[0]!)).toEqual({
        thread: { threads: [1], start: true },
        tension: { newtons: 2.5 },
        hold: { newtons: hold },
        why: { text: 'over-tension.why.barbed' },
        instead: { text: 'over-tension.instead.barbed' },
      });
      // On the thread, in its barbed section: between the entry and the far end, off the entry.
      const path = plan.threads[0]!.path;
      const loc = found[0]!.location!;
      expect(Math.min(path[0]!.y, path[1]!.y) < loc.y && loc.y < Math.max(path[0]!.y, path[1]!.y)).toBe(true);
    }
    const warn = at(1.8, 'right').found;
    expect(warn.map((f) => f.side)).toEqual(['right']);
  });

  it('a smooth thread beyond its hold is marked at its fixation point (it has no barbed section)', () => {
    const hold = findThreadType(THREAD_CATALOGUE, MONO)!.holdingForceN;
    const mono = { type: MONO, to: [[40, 40] as const], depth: 2.8, barbs: null, tension: hold + 0.1 };
    const plan = oneSide('left', TEMPLE, [mono]);
    const found = findingsOf(run(plan), rule);
    expect(found.map((f) => f.aspect)).toEqual(['beyond-hold']);
    // Fixed at the entry (the builder's default fixation end).
    expect(found[0]!.location).toEqual(plan.threads[0]!.path[0]);
    expect(params(found[0]!)).toMatchObject({ hold: { newtons: hold } });
    // It has no barbs to tear through: it is drawn through the tissue, and the remedy is a barbed thread.
    expect(params(found[0]!)).toMatchObject({ why: { text: 'over-tension.why.smooth' }, instead: { text: 'over-tension.instead.smooth' } });
    expect(found[0]!.message).not.toMatch(/barbs tear/);
    expect(found[0]!.message).toContain('drawn through the tissue');
    expect(found[0]!.fix).toContain('cog or cone thread');
  });

  it('an untensioned thread, and the curve below zero, give nothing', () => {
    expect(at(0).found).toEqual([]);
    expect(predictedDisplacementMm(-1)).toBe(0);
    expect(tensionForDisplacementN(-1)).toBe(0);
  });

  it('a thread of a type the catalogue does not know is judged on displacement alone', () => {
    const plan = oneSide('left', TEMPLE, [midfaceVector(23, 65, { type: 'not-in-catalogue', tension: 5 })]);
    expect(findingsOf(run(plan), rule).map((f) => f.aspect)).toEqual(['overcorrection']);
  });
});
