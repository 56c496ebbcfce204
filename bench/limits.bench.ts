/**
 * The pipeline at the plan size limit (issue 8): MAX_THREADS threads.
 * - analyze: at most 50 ms median, on two 200-thread plans: the generated busy plan of the
 *   analysis benchmark, and dense fans where nearly every barbed thread crowds its neighbours
 *   (the worst case for the pair rules; tests/fixtures/pdf/large-plan.ts).
 * - `vectorlift export` of the dense plan with every overlay, the aftercare pages and the
 *   signature block, as a user runs it (a new node process: start-up, font, analysis, PDF, atomic
 *   write): at most 2 s wall time and 300 MB peak resident memory (the child's own maxRSS).
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
import { MAX_THREADS } from '../shared/plan/limits';
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

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const dense = makeLargePlan(MAX_THREADS);
  for (const [label, plan] of [['generated busy plan', generatedPlan(MAX_THREADS)], ['dense fans', dense]] as const) {
    const { ms, findings } = analyzeMedian(plan);
    results.push({ name: `analyze ${MAX_THREADS} threads, ${label} (${findings} findings): median`, value: ms, unit: 'ms', target: '<= 50 ms median', ok: ms <= 50 });
  }

  const dir = mkdtempSync(join(tmpdir(), 'vl-bench-limits-'));
  try {
    writeFileSync(join(dir, 'plan.vlift'), serializePlan(dense));
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
    results.push({ name: `vectorlift export ${MAX_THREADS} threads, dense (${pages} pages): median wall`, value: wall, unit: 'ms', target: '<= 2000 ms', ok: wall <= 2000 });
    results.push({ name: `vectorlift export ${MAX_THREADS} threads: median CPU time (child)`, value: median(cpu), unit: 'ms', target: '', ok: null });
    results.push({ name: `vectorlift export ${MAX_THREADS} threads: peak RSS (child)`, value: peak, unit: 'MB', target: '<= 300 MB', ok: peak <= 300 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
