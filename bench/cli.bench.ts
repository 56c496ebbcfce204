/**
 * CLI start-up (issue 15): whole-process wall time and peak memory of `vectorlift export` of a
 * 50-thread plan and `vectorlift analyze` of the same plan, each against a bare `node -e ''`
 * measured in the same run, so the machine's load cancels out of the ratio. Targets: export at
 * most 4x the bare start, analyze at most 3x.
 *
 * The processes are started exactly as a user starts them (`node bin/vectorlift.mjs ...`, what
 * `npx vectorlift` runs), interleaved round by round, and the median of each is compared. The
 * bundle is brought up to date first so no round pays for a rebuild. Peak memory comes from the
 * process itself (support/report-peak-rss.cjs, preloaded into the baseline too).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedPlan } from '../cli/examples/generated';
import { ensureCliBundle } from '../scripts/cli-bundle/freshness.mjs';
import { serializePlan } from '../shared/plan';
import type { BenchResult } from './run';
import { loadAverageResult, median } from './support/stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'vectorlift.mjs');
const RSS_HOOK = join(ROOT, 'bench', 'support', 'report-peak-rss.cjs');
const ROUNDS = 11;
const TARGET_EXPORT = 4;
const TARGET_ANALYZE = 3;

interface Sample {
  readonly ms: number;
  readonly rssMb: number;
}

function runOnce(args: readonly string[], cwd: string, okStatuses: readonly number[]): Sample {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', RSS_HOOK, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status === null || !okStatuses.includes(r.status)) throw new Error(`cli bench: ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const report = JSON.parse(String(r.output[3])) as { maxRssKb: number };
  return { ms, rssMb: report.maxRssKb / 1024 };
}

export async function run(): Promise<BenchResult[]> {
  await ensureCliBundle();
  const dir = mkdtempSync(join(tmpdir(), 'vl-cli-bench-'));
  try {
    const plan = generatedPlan(50);
    writeFileSync(join(dir, 'plan.vlift'), serializePlan(plan));
    const cases = {
      bare: { args: ['-e', ''], ok: [0] },
      // analyze exits 1 when a finding is critical: that is a result, not a failure.
      analyze: { args: [BIN, 'analyze', 'plan.vlift'], ok: [0, 1] },
      export: { args: [BIN, 'export', 'plan.vlift', '-o', 'plan.pdf'], ok: [0] },
    } as const;
    const names = Object.keys(cases) as (keyof typeof cases)[];
    const samples = Object.fromEntries(names.map((n) => [n, [] as Sample[]])) as Record<keyof typeof cases, Sample[]>;
    // One warm-up round: the first start of anything reads it from disk into the page cache.
    for (const n of names) runOnce(cases[n].args, dir, cases[n].ok);
    const before = loadAverageResult('before');
    for (let round = 0; round < ROUNDS; round++) {
      for (const n of names) samples[n].push(runOnce(cases[n].args, dir, cases[n].ok));
    }
    const ms = (n: keyof typeof cases) => median(samples[n].map((s) => s.ms));
    const mb = (n: keyof typeof cases) => median(samples[n].map((s) => s.rssMb));
    const exportRatio = ms('export') / ms('bare');
    const analyzeRatio = ms('analyze') / ms('bare');
    const label = `${plan.threads.length} threads`;
    return [
      before,
      { name: `cli: bare node -e '' wall (median of ${ROUNDS})`, value: ms('bare'), unit: 'ms', target: '', ok: null },
      { name: `cli: vectorlift export (${label}) wall`, value: ms('export'), unit: 'ms', target: '', ok: null },
      { name: `cli: vectorlift analyze (${label}) wall`, value: ms('analyze'), unit: 'ms', target: '', ok: null },
      { name: 'cli: export / bare node', value: exportRatio, unit: 'x', target: `<= ${TARGET_EXPORT}x`, ok: exportRatio <= TARGET_EXPORT },
      { name: 'cli: analyze / bare node', value: analyzeRatio, unit: 'x', target: `<= ${TARGET_ANALYZE}x`, ok: analyzeRatio <= TARGET_ANALYZE },
      { name: "cli: bare node -e '' peak RSS", value: mb('bare'), unit: 'MB', target: '', ok: null },
      { name: 'cli: vectorlift export peak RSS', value: mb('export'), unit: 'MB', target: '', ok: null },
      { name: 'cli: vectorlift analyze peak RSS', value: mb('analyze'), unit: 'MB', target: '', ok: null },
      loadAverageResult('after'),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
