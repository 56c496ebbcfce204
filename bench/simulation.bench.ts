/**
 * Tissue simulation speed (issue 12): the model is built and factorised once per set of pinned
 * nodes; each edit that only changes the loads must update the map in <= 4 ms median at about
 * 3,000 nodes. An "update" is everything the Worker does for one drag step: assemble the plan's
 * loads, two triangular solves, the derived fields (displacement, strain, gathering) and the
 * per-side summary. The drag moves one path point of a 50-thread plan by a millimetre per step
 * (anchors stay put, so the factorisation is reused, as in the editor).
 */
import type { BenchResult } from './run';
import { CANONICAL_ATLAS } from '../shared/atlas';
import { THREAD_CATALOGUE } from '../shared/catalogue';
import type { PlanDocument } from '../shared/plan/types';
import { TissueSimulator } from '../shared/simulation';
import { tissueModel } from '../shared/simulation/model';
import { TissueSolver } from '../shared/simulation/solver';
import { planLoads } from '../shared/simulation/loads';
import { generatedPlan } from '../cli/examples/generated';
import { readFileSync } from 'node:fs';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

function dragStep(plan: PlanDocument, step: number): PlanDocument {
  // Move the distal point of the first barbed thread up and down by up to 10 mm.
  const offset = ((step % 20) - 10) * 1;
  const threads = plan.threads.map((t, i) => (i === 0 ? { ...t, path: t.path.map((p, k) => (k === t.path.length - 1 ? { x: p.x, y: p.y + offset } : p)) } : t));
  return { ...plan, threads };
}

function updateTimes(plan: PlanDocument, steps: number): number[] {
  const simulator = new TissueSimulator(CANONICAL_ATLAS);
  simulator.simulate(plan, THREAD_CATALOGUE);
  for (let i = 0; i < 30; i++) simulator.simulate(dragStep(plan, i), THREAD_CATALOGUE);
  const samples: number[] = [];
  for (let i = 0; i < steps; i++) {
    const next = dragStep(plan, i);
    const t0 = performance.now();
    simulator.simulate(next, THREAD_CATALOGUE);
    samples.push(performance.now() - t0);
  }
  if (simulator.factorizationCount !== 1) throw new Error(`the drag refactorised ${simulator.factorizationCount} times`);
  return samples;
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const t0 = performance.now();
  const model = tissueModel(CANONICAL_ATLAS, { targetNodes: 3001 }); // a fresh model (not the memoised default)
  const build = performance.now() - t0;
  results.push({ name: `model build (${model.mesh.nodeCount} nodes, ${model.mesh.triangleCount} triangles)`, value: build, unit: 'ms', target: '', ok: null });

  const midface = JSON.parse(readFileSync(new URL('../assets/examples/good-midface.vlift', import.meta.url), 'utf8')) as PlanDocument;
  const factorTimes: number[] = [];
  let nnz = 0;
  for (let i = 0; i < 7; i++) {
    const solver = new TissueSolver(model);
    const loads = planLoads(model, midface, THREAD_CATALOGUE);
    const t = performance.now();
    solver.solveLinear(loads);
    factorTimes.push(performance.now() - t);
    nnz = model.baseFactor.values.length;
  }
  results.push({ name: `anchor pins on the base factor (Schur complement) + first solve (base L has ${nnz} nonzeros): median`, value: median(factorTimes.slice(2)), unit: 'ms', target: '', ok: null });

  for (const [label, plan] of [
    ['good-midface (6 threads)', midface],
    ['generated plan, 50 threads', generatedPlan(50)],
  ] as const) {
    const samples = updateTimes(plan, 300);
    const m = median(samples);
    results.push({ name: `load update, ${label}: median`, value: m, unit: 'ms', target: '<= 4 ms median', ok: m <= 4 });
    results.push({ name: `load update, ${label}: p95`, value: p95(samples), unit: 'ms', target: '', ok: null });
  }
  return results;
}
