import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import type { PlanDocument } from '../../../../shared/plan/types';
import { planLoads, roundCorners } from '../../../../shared/simulation/loads';
import { tissueModel } from '../../../../shared/simulation/model';
import { PlanBuilder, meta, type ThreadSpec } from '../../../../cli/examples/builder';
import { TEMPLE, midfaceVector } from '../../../../cli/examples/plans';

/** Thread loads: which threads load the tissue, in which direction, and where the anchors pin it. */

const model = tissueModel(CANONICAL_ATLAS);

function plan(specs: readonly ThreadSpec[], at: readonly [number, number] = TEMPLE): PlanDocument {
  const b = new PlanBuilder(meta({ title: 'loads', patientId: 'T-1' }));
  b.side('left', 'A', at, specs);
  return b.build();
}

function net(forces: Float64Array): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let n = 0; n < forces.length / 2; n++) {
    x += forces[2 * n]!;
    y += forces[2 * n + 1]!;
  }
  return { x, y };
}

describe('thread loads', () => {
  it('gives a smooth thread, a thread without barbs and a thread without tension no load', () => {
    for (const spec of [
      { type: 'pdo-mono-27g-60', to: [[40, 40]], barbs: null, tension: 1 },
      { type: 'pdo-cog-bi-19g-100', to: [[40, 40]], barbs: null, tension: 1 },
      midfaceVector(23, 60, { tension: 0 }),
    ] as ThreadSpec[]) {
      const loads = planLoads(model, plan([spec]), THREAD_CATALOGUE);
      expect(loads.forces.every((f) => f === 0)).toBe(true);
      expect(loads.loadedThreadIds).toEqual([]);
    }
  });

  it('pulls the barbed tissue toward a bone anchor with the whole tension, and pins the anchor', () => {
    const loads = planLoads(model, plan([midfaceVector(23, 60, { tension: 1.2 })]), THREAD_CATALOGUE);
    const f = net(loads.forces);
    expect(Math.hypot(f.x, f.y)).toBeCloseTo(1.2, 6);
    // The anchor is the entry point in the temple: the pull points up and back (toward it).
    expect(f.y).toBeLessThan(0);
    expect(f.x).toBeGreaterThan(0);
    expect(loads.anchorPins.length).toBeGreaterThan(0);
    for (const n of loads.anchorPins) expect(Math.hypot(model.mesh.xy[2 * n]! - TEMPLE[0], model.mesh.xy[2 * n + 1]! - TEMPLE[1])).toBeLessThan(2 * model.mesh.spacingMm);
    expect(loads.pullN).toEqual({ right: 0, left: 1.2 });
  });

  it('caps the pull at what the thread type holds', () => {
    const loads = planLoads(model, plan([midfaceVector(23, 60, { tension: 5 })]), THREAD_CATALOGUE);
    const hold = THREAD_CATALOGUE.find((t) => t.id === 'pdo-cog-bi-19g-100')!.holdingForceN;
    expect(Math.hypot(net(loads.forces).x, net(loads.forces).y)).toBeCloseTo(hold, 6);
  });

  it('balances a thread anchored in soft tissue: it squeezes the tissue but pushes the face nowhere', () => {
    // Entered low in the cheek and anchored at its distal end on the cheekbone, in no fixation zone.
    const loads = planLoads(model, plan([{ type: 'pdo-cog-bi-19g-100', to: [[44, 25]], barbs: [10, 50], fixationEnd: 'distal', zone: null, tension: 1 }], [46, 96]), THREAD_CATALOGUE);
    const f = net(loads.forces);
    expect(Math.hypot(f.x, f.y)).toBeLessThan(1e-9);
    expect(loads.anchorPins.length).toBe(0);
    // ...but the barbs are pulled up toward the anchor: the upward forces add up to the tension.
    let up = 0;
    for (let n = 0; n < model.mesh.nodeCount; n++) if (model.mesh.xy[2 * n + 1]! > 40) up += loads.forces[2 * n + 1]!;
    expect(up).toBeCloseTo(-1, 1);
  });

  it('spreads a cone thread in equal steps, one per cone', () => {
    const cone = THREAD_CATALOGUE.find((t) => t.configuration === 'cone')!;
    const loads = planLoads(model, plan([{ type: cone.id, to: [[40, 60]], barbs: [20, 20 + 7 * cone.coneCount!], zone: 'deep-temporal-fascia', tension: 2 }]), THREAD_CATALOGUE);
    expect(Math.hypot(net(loads.forces).x, net(loads.forces).y)).toBeCloseTo(Math.min(2, cone.holdingForceN), 6);
  });

  it('rounds the corners of a path into arcs that keep its ends', () => {
    const path = [{ x: 0, y: 0 }, { x: 30, y: 0 }, { x: 30, y: 30 }];
    const round = roundCorners(path, 10);
    expect(round[0]).toEqual(path[0]);
    expect(round[round.length - 1]).toEqual(path[2]);
    const length = round.slice(1).reduce((s, p, i) => s + Math.hypot(p.x - round[i]!.x, p.y - round[i]!.y), 0);
    // A 90-degree corner with a 10 mm arc shortens the path by about 2 * 10 - (pi / 2) * 10.
    expect(length).toBeGreaterThan(60 - 20 + 15);
    expect(length).toBeLessThan(60);
    expect(round.every((p) => Math.hypot(p.x - 30, p.y) > 2)).toBe(true);
  });
});
