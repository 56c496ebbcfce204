import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { choleskyFactor, choleskySolveInPlace } from '../../../../shared/simulation/cholesky';
import { planLoads, type PlanLoads } from '../../../../shared/simulation/loads';
import { tissueModel, type TissueModel } from '../../../../shared/simulation/model';
import { SCHUR_MAX_PINNED, TissueSolver } from '../../../../shared/simulation/solver';
import { restrictSymmetric } from '../../../../shared/simulation/sparse';
import { generatedPlan } from '../../../../cli/examples/generated';

/**
 * The solver solves a plan's anchor pins as a Schur complement on the factor of the base-pinned
 * stiffness (solver.ts). Its answers must be those of the stiffness factorised afresh without the
 * pinned rows and columns, the way it was solved before: compared here for plans' own pins and
 * for random ones, loads included on the pinned nodes.
 */

const model = tissueModel(CANONICAL_ATLAS);

/** The reference: the stiffness without every pinned degree of freedom, factorised and solved. */
function referenceSolve(m: TissueModel, loads: PlanLoads): Float64Array {
  const n = m.mesh.nodeCount;
  const pinnedRank = new Uint8Array(n);
  for (let node = 0; node < n; node++) if (m.basePins[node]) pinnedRank[m.nodeRank[node]!] = 1;
  for (const node of loads.anchorPins) pinnedRank[m.nodeRank[node]!] = 1;
  const reduced = new Int32Array(2 * n);
  let kept = 0;
  for (let r = 0; r < n; r++) for (let axis = 0; axis < 2; axis++) reduced[2 * r + axis] = pinnedRank[r] ? -1 : kept++;
  const factor = choleskyFactor(restrictSymmetric(m.stiffness, reduced, kept));
  const b = new Float64Array(kept);
  for (let node = 0; node < n; node++) for (let axis = 0; axis < 2; axis++) if (reduced[2 * m.nodeRank[node]! + axis]! >= 0) b[reduced[2 * m.nodeRank[node]! + axis]!] = loads.forces[2 * node + axis]!;
  choleskySolveInPlace(factor, b);
  const u = new Float64Array(2 * n);
  for (let node = 0; node < n; node++) for (let axis = 0; axis < 2; axis++) if (reduced[2 * m.nodeRank[node]! + axis]! >= 0) u[2 * node + axis] = b[reduced[2 * m.nodeRank[node]! + axis]!]!;
  return u;
}

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random forces on every node and `pins` distinct random nodes pinned (some of them on the base pins). */
function randomLoads(m: TissueModel, pins: number, seed: number): PlanLoads {
  const next = random(seed);
  const n = m.mesh.nodeCount;
  const forces = Float64Array.from({ length: 2 * n }, () => next() * 2 - 1);
  const pinned = new Set<number>();
  while (pinned.size < pins) pinned.add(Math.floor(next() * n));
  return { forces, anchorPins: Int32Array.from([...pinned].sort((a, b) => a - b)), loadedThreadIds: [], pullN: 0 } as unknown as PlanLoads;
}

function expectSameSolution(actual: Float64Array, expected: Float64Array, loads: PlanLoads): void {
  let scale = 0;
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    scale = Math.max(scale, Math.abs(expected[i]!));
    worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!));
  }
  expect(scale).toBeGreaterThan(0);
  expect(worst).toBeLessThanOrEqual(1e-9 * scale);
  for (const node of loads.anchorPins) {
    expect(actual[2 * node]).toBe(0);
    expect(actual[2 * node + 1]).toBe(0);
  }
}

describe('the tissue solver', () => {
  it("solves a plan's anchor pins on the base factor as the stiffness factorised without them does", () => {
    const solver = new TissueSolver(model);
    for (const count of [1, 10, 50, 200]) {
      const loads = planLoads(model, generatedPlan(count), THREAD_CATALOGUE);
      expect(loads.anchorPins.length, `${count} threads pin nodes`).toBeGreaterThan(0);
      expectSameSolution(solver.solveLinear(loads), referenceSolve(model, loads), loads);
    }
    // All of them on the base factor: nothing factorised afresh.
    expect(solver.factorizationCount).toBe(4);
    expect(solver.refactorizationCount).toBe(0);
  });

  it('does so for random pins and loads, including loads on the pinned nodes, with no pins, and past the Schur limit', () => {
    const solver = new TissueSolver(model);
    // 0 pins; a few; many (still a Schur complement); more than SCHUR_MAX_PINNED degrees of freedom (factorised afresh).
    const sizes = [0, 3, 40, Math.floor(SCHUR_MAX_PINNED / 2) - 5, SCHUR_MAX_PINNED];
    sizes.forEach((pins, i) => {
      const loads = randomLoads(model, pins, 1000 + i);
      expectSameSolution(solver.solveLinear(loads), referenceSolve(model, loads), loads);
    });
    expect(solver.factorizationCount).toBe(sizes.length);
    // Only the last pins more than the limit (two degrees of freedom per node, a few on the base pins).
    expect(solver.refactorizationCount).toBe(1);
  });

  it('keeps what it prepared per set of pins: the same pins with other loads prepare nothing new', () => {
    const solver = new TissueSolver(model);
    const first = randomLoads(model, 12, 7);
    const again = { ...randomLoads(model, 12, 8), anchorPins: first.anchorPins };
    expectSameSolution(solver.solveLinear(first), referenceSolve(model, first), first);
    expectSameSolution(solver.solveLinear(again), referenceSolve(model, again), again);
    expect(solver.factorizationCount).toBe(1);
  });
});
