import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { parsePlanText } from '../../../../shared/plan';
import { mirrorPlan } from '../../../../shared/plan/mirror';
import type { PlanDocument } from '../../../../shared/plan/types';
import { TissueSimulator } from '../../../../shared/simulation';
import { PlanBuilder, meta } from '../../../../cli/examples/builder';
import { TEMPLE, midfaceVector } from '../../../../cli/examples/plans';

/** The whole pipeline on the canonical face: loads -> factorised solve -> fields -> summary. */

const simulator = new TissueSimulator(CANONICAL_ATLAS);
const model = simulator.model;

function load(path: string): PlanDocument {
  const parsed = parsePlanText(readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.plan;
}

/** Node index by position, to find each node's mirror image. */
const byPosition = new Map(Array.from({ length: model.mesh.nodeCount }, (_, n) => [`${Math.round(model.mesh.xy[2 * n]! * 1e6)}|${Math.round(model.mesh.xy[2 * n + 1]! * 1e6)}`, n]));
const twin = (n: number): number => byPosition.get(`${Math.round(-model.mesh.xy[2 * n]! * 1e6)}|${Math.round(model.mesh.xy[2 * n + 1]! * 1e6)}`)!;

describe('tissue simulation', () => {
  it('leaves the tissue where it is when nothing pulls', () => {
    const empty = new PlanBuilder(meta({ title: 'empty', patientId: 'T-1' })).build();
    const smooth = new PlanBuilder(meta({ title: 'smooth', patientId: 'T-1' }));
    smooth.bilateral('A', TEMPLE, [{ type: 'pdo-mono-27g-60', to: [[40, 40]], barbs: null, tension: 0.2 }]);
    for (const plan of [empty, smooth.build()]) {
      const { field, summary } = simulator.simulate(plan, THREAD_CATALOGUE);
      expect(field.displacement.every((u) => u === 0)).toBe(true);
      expect(field.gathering.every((g) => g === 0)).toBe(true);
      expect(summary.peakDisplacementMm).toBe(0);
      expect(summary.left.prominencePeak).toBe(0);
      expect(summary.right.pullN).toBe(0);
    }
  });

  it('gives a mirrored field for a mirrored plan', () => {
    const b = new PlanBuilder(meta({ title: 'one side', patientId: 'T-1' }));
    b.side('left', 'A', TEMPLE, [midfaceVector(12, 60, { tension: 1 }), midfaceVector(33, 55, { tension: 0.7 })]);
    b.side('left', 'B', [46, 96], [{ type: 'pdo-cog-bi-19g-100', to: [[44, 25]], barbs: [10, 50], fixationEnd: 'distal', zone: null, tension: 1 }]);
    const plan = b.build();
    const a = simulator.simulate(plan, THREAD_CATALOGUE);
    const m = simulator.simulate(mirrorPlan(plan), THREAD_CATALOGUE);
    const scale = a.field.peakDisplacementMm;
    expect(scale).toBeGreaterThan(0.5);
    for (let n = 0; n < model.mesh.nodeCount; n++) {
      const t = twin(n);
      expect(Math.abs(m.field.displacement[2 * t]! + a.field.displacement[2 * n]!) / scale).toBeLessThan(1e-9);
      expect(Math.abs(m.field.displacement[2 * t + 1]! - a.field.displacement[2 * n + 1]!) / scale).toBeLessThan(1e-9);
      expect(m.field.gathering[t]!).toBeCloseTo(a.field.gathering[n]!, 9);
    }
    expect(m.summary.right.prominenceMean).toBeCloseTo(a.summary.left.prominenceMean, 9);
    expect(m.summary.right.prominencePeak).toBeCloseTo(a.summary.left.prominencePeak, 9);
    expect(m.summary.right.restPeak).toBeCloseTo(a.summary.left.restPeak, 9);
    expect(m.summary.right.pullN).toBe(a.summary.left.pullN);
    expect(m.summary.left.prominencePeak).toBeCloseTo(a.summary.right.prominencePeak, 9);
  });

  it('moves tissue toward the anchor and gathers it ahead of the barbs', () => {
    const b = new PlanBuilder(meta({ title: 'one thread', patientId: 'T-1' }));
    b.side('left', 'A', TEMPLE, [midfaceVector(23, 65, { tension: 1 })]);
    const { field } = simulator.simulate(b.build(), THREAD_CATALOGUE);
    let best = 0;
    for (let n = 1; n < model.mesh.nodeCount; n++) if (field.displacementMm[n]! > field.displacementMm[best]!) best = n;
    // The most displaced tissue is on the thread's side and moves up (toward the temple anchor).
    expect(model.mesh.xy[2 * best]!).toBeGreaterThan(0);
    expect(field.displacement[2 * best + 1]!).toBeLessThan(0);
    expect(Math.max(...field.gathering)).toBeGreaterThan(0);
    expect(Math.min(...field.gathering)).toBeLessThan(0);
  });

  it('factorises once per set of pinned nodes: moving a path point only changes the loads', () => {
    const local = new TissueSimulator(CANONICAL_ATLAS);
    const make = (y: number) => {
      const b = new PlanBuilder(meta({ title: 'drag', patientId: 'T-1' }));
      b.side('left', 'A', TEMPLE, [{ type: 'pdo-cog-bi-19g-100', to: [[50, y]], barbs: [15, 50], zone: 'deep-temporal-fascia', tension: 1 }]);
      return b.build();
    };
    const first = local.simulate(make(40), THREAD_CATALOGUE);
    expect(local.factorizationCount).toBe(1);
    const moved = local.simulate(make(48), THREAD_CATALOGUE);
    expect(local.factorizationCount).toBe(1);
    expect(moved.field.peakDisplacementMm).not.toBe(first.field.peakDisplacementMm);
    // Moving the anchor to other nodes is a new set of pins: one more factorisation.
    const b = new PlanBuilder(meta({ title: 'drag', patientId: 'T-1' }));
    b.side('left', 'A', [66, -30], [{ type: 'pdo-cog-bi-19g-100', to: [[50, 40]], barbs: [15, 50], zone: 'deep-temporal-fascia', tension: 1 }]);
    local.simulate(b.build(), THREAD_CATALOGUE);
    expect(local.factorizationCount).toBe(2);
  });

  it('keeps every number finite for every bundled example', () => {
    for (const name of ['good-midface', 'poor-over-tension', 'poor-weak-fixation', 'poor-muscle-conflict']) {
      const { field, summary } = simulator.simulate(load(`assets/examples/${name}.vlift`), THREAD_CATALOGUE);
      expect(field.displacement.every(Number.isFinite), name).toBe(true);
      expect(field.gathering.every(Number.isFinite), name).toBe(true);
      expect(Number.isFinite(summary.left.prominenceMean), name).toBe(true);
    }
  });
});
