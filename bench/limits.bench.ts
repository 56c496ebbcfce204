/**
 * The pipeline at the plan size limit (issue 8): MAX_THREADS threads.
 * - analyze: at most 50 ms median, on two 200-thread plans: the generated busy plan of the
 *   analysis benchmark, and dense fans where nearly every barbed thread crowds its neighbours
 *   (the worst case for the pair rules; tests/fixtures/pdf/large-plan.ts).
 *   A third plan is the dense one with every path cut into as many points as the plan limit
 *   allows (MAX_PLAN_PATH_POINTS in all: same geometry, 50 points a thread), the largest plan
 *   the loader accepts for the rules that walk path segments.
 * - `vectorlift export` of the dense plans with every overlay, the aftercare pages and the
 *   signature block, as a user runs it (a new node process running the CLI bundle: start-up,
 *   font, analysis, PDF, atomic write): at most 2 s wall time and 300 MB peak resident memory
 *   (the child's own maxRSS).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { readFileSync } from 'node:fs';
import type { BenchResult } from './run';
import { analyze } from '../shared/analysis';
import { CANONICAL_ATLAS } from '../shared/atlas';
import { MAX_PATH_POINTS, MAX_PLAN_PATH_POINTS, MAX_THREADS } from '../shared/plan/limits';
import { validatePlan } from '../shared/plan/validate';
import { serializePlan } from '../shared/plan';
import type { PlanDocument } from '../shared/plan/types';
import { generatedPlan } from '../cli/examples/generated';
import { makeLargePlan } from '../tests/fixtures/pdf/large-plan';

const ANALYZE_RUNS = 40;
const EXPORT_RUNS = 3;
const CHILD = fileURLToPath(new URL('./export-child.mjs', import.meta.url));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function analyzeMedian(plan: PlanDocument): { ms: number; findings: number } {
  for (let i = 0; i < 5; i++) analyze(structuredClone(plan), CANONICAL_ATLAS);
  const samples: number[] = [];
  for (let i = 0; i < ANALYZE_RUNS; i++) {
    const copy = structuredClone(plan);
    const t0 = performance.now();
    analyze(copy, CANONICAL_ATLAS);
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), findings: analyze(plan, CANONICAL_ATLAS).findings.length };
}

/**
 * `plan` with each segment cut into equal parts (the original points kept, so the geometry,
 * lengths and barbed sections stay exactly as they were) up to the plan's path-point limit.
 */
function withMostPathPoints(plan: PlanDocument): PlanDocument {
  const perThread = Math.min(MAX_PATH_POINTS, Math.floor(MAX_PLAN_PATH_POINTS / plan.threads.length));
  const threads = plan.threads.map((t) => {
    const parts = Math.max(1, Math.floor((perThread - 1) / (t.path.length - 1)));
    const path = [t.path[0]!];
    const depths: (number | null)[] = [t.pointDepthsMm[0] ?? null];
    for (let i = 1; i < t.path.length; i++) {
      const a = t.path[i - 1]!;
      const b = t.path[i]!;
      for (let k = 1; k <= parts; k++) {
        path.push(k === parts ? b : { x: a.x + ((b.x - a.x) * k) / parts, y: a.y + ((b.y - a.y) * k) / parts });
        depths.push(k === parts ? (t.pointDepthsMm[i] ?? null) : null);
      }
    }
    return { ...t, path, pointDepthsMm: depths };
  });
  const out = { ...plan, threads };
  const checked = validatePlan(out);
  if (!checked.ok) throw new Error(`the most-points plan is not valid: ${checked.error.message}`);
  return out;
}

const pathPoints = (plan: PlanDocument): number => plan.threads.reduce((n, t) => n + t.path.length, 0);

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const dense = makeLargePlan(MAX_THREADS);
  const most = withMostPathPoints(dense);
  const plans = [
    ['generated busy plan', generatedPlan(MAX_THREADS)],
    ['dense fans', dense],
    [`dense fans, ${pathPoints(most)} path points`, most],
  ] as const;
  for (const [label, plan] of plans) {
    const { ms, findings } = analyzeMedian(plan);
    results.push({ name: `analyze ${MAX_THREADS} threads, ${label} (${findings} findings): median`, value: ms, unit: 'ms', target: '<= 50 ms median', ok: ms <= 50 });
  }
  for (const [label, plan] of plans.slice(1)) results.push(...(await exportFigures(label, plan)));
  return results;
}

/** `vectorlift export` of `plan` in a child process, EXPORT_RUNS times: wall, CPU and peak memory. */
async function exportFigures(label: string, plan: PlanDocument): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'vl-bench-limits-'));
  try {
    writeFileSync(join(dir, 'plan.vlift'), serializePlan(plan));
    const walls: number[] = [];
    const rss: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < EXPORT_RUNS; i++) {
      const args = [CHILD, 'plan.vlift', '-o', 'plan.pdf', '--aftercare', '--signature', '--layers', 'regions,muscles,danger-zones,fixation,fixed-mobile-line'];
      const t0 = performance.now();
      const child = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
      walls.push(performance.now() - t0);
      const report = JSON.parse(child.stderr.trim().split('\n').at(-1) ?? '{}') as { code?: number; maxRssKb?: number; cpuMs?: number };
      if (report.code !== 0) throw new Error(`export failed: ${child.stderr}`);
      rss.push((report.maxRssKb ?? NaN) / 1024);
      cpu.push(report.cpuMs ?? NaN);
    }
    const pages = (await PDFDocument.load(readFileSync(join(dir, 'plan.pdf')))).getPageCount();
    const wall = median(walls);
    const peak = Math.max(...rss);
    results.push({ name: `vectorlift export ${MAX_THREADS} threads, ${label} (${pages} pages): median wall`, value: wall, unit: 'ms', target: '<= 2000 ms', ok: wall <= 2000 });
    results.push({ name: `  ... median CPU time (child)`, value: median(cpu), unit: 'ms', target: '', ok: null });
    results.push({ name: `  ... peak RSS (child)`, value: peak, unit: 'MB', target: '<= 300 MB', ok: peak <= 300 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
