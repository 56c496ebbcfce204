/**
 * Analysis speed (issue 2, "Speed"): analyze() on generated plans of 10, 50 and 200 threads.
 * Target: under 0.5 ms median at 50 threads, and cost per thread roughly flat as plans grow
 * (the 200/10 per-thread ratio is reported; about 1 means linear growth).
 *
 * Each iteration analyses a FRESH copy of the plan (new objects, same values), so nothing
 * cached per plan or per thread can flatter the figures; only per-atlas indexes are reused,
 * as they are in the editor.
 */
import type { BenchResult } from './run';
import { analyze } from '../shared/analysis';
import { CANONICAL_ATLAS } from '../shared/atlas';
import type { PlanDocument, Thread } from '../shared/plan/types';
import { generatedPlan } from '../cli/examples/generated';

const WARMUP = 200;
const ITERATIONS = 1000;

function time(plan: PlanDocument): { median: number; p95: number } {
  const fresh = (): PlanDocument => structuredClone(plan) as PlanDocument;
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const copy = fresh();
    const t0 = performance.now();
    analyze(copy, CANONICAL_ATLAS);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)]!, p95: samples[Math.floor(samples.length * 0.95)]! };
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const medians = new Map<number, number>();
  const plans = new Map([10, 50, 200].map((n) => [n, generatedPlan(n)]));
  // Warm up on every size first, so the first size measured is not the one paying for the JIT.
  for (const plan of plans.values()) for (let i = 0; i < WARMUP; i++) analyze(structuredClone(plan) as PlanDocument, CANONICAL_ATLAS);
  for (const [n, plan] of plans) {
    const threads: readonly Thread[] = plan.threads;
    const { median, p95 } = time(plan);
    medians.set(n, median);
    const findings = analyze(plan, CANONICAL_ATLAS).findings.length;
    const target = n === 50 ? '< 0.5 ms median' : '';
    results.push({ name: `analyze ${threads.length} threads (${findings} findings): median`, value: median, unit: 'ms', target, ok: n === 50 ? median < 0.5 : null });
    results.push({ name: `analyze ${threads.length} threads: p95`, value: p95, unit: 'ms', target: '', ok: null });
  }
  const ratio = medians.get(200)! / 200 / (medians.get(10)! / 10);
  results.push({ name: 'per-thread cost, 200 threads vs 10 (1 = linear)', value: ratio, unit: 'x', target: '< 2 (about linear)', ok: ratio < 2 });
  return results;
}
