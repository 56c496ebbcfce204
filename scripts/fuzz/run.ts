/**
 * `npm run fuzz`: the long hardening runs of issue 8.
 *
 *   npm run fuzz                                  100,000 loader cases, seed 1, 1,000 kills and
 *                                                 20,000 IPC payloads per channel
 *   npm run fuzz -- --count 5000 --seed 7         loader cases only (only what is named runs)
 *   npm run fuzz -- --kills 200                   kills only
 *   npm run fuzz -- --ipc 20000                   the IPC validator fuzz of npm test
 *                                                 (tests/unit/electron/ipc-fuzz.test.ts), with
 *                                                 this many payloads per channel
 *   npm run fuzz -- --seed 7 --case 1234          rerun one loader case and print it
 *
 * Failing inputs are written to fuzz-failures/ with their seed and case number. Exit code 1 when
 * anything failed. Figures go in docs/desktop.md "Reliability and limits".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { failureCount, runLoaderFuzz, type FuzzReport } from './loader-fuzz';
import { runKillTest, type KillReport } from './kill9';

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    seed: { type: 'string' },
    case: { type: 'string' },
    kills: { type: 'string' },
    ipc: { type: 'string' },
  },
  strict: true,
});

const wholeNumber = (name: string, text: string | undefined, fallback: number): number => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, not ${JSON.stringify(text)}`);
  return n;
};

const neither = values.count === undefined && values.kills === undefined && values.case === undefined && values.ipc === undefined;
const seed = wholeNumber('seed', values.seed, 1);
const count = wholeNumber('count', values.count, neither ? 100_000 : 0);
const kills = wholeNumber('kills', values.kills, neither ? 1_000 : 0);
const ipcRuns = wholeNumber('ipc', values.ipc, neither ? 20_000 : 0);
const only = values.case === undefined ? undefined : wholeNumber('case', values.case, 0);
const fmt = (n: number): string => n.toLocaleString('en-US');
let failed = false;

function printLoader(r: FuzzReport, seconds: number): void {
  console.log(`loader fuzz, seed ${r.seed}: ${fmt(r.cases)} cases in ${seconds.toFixed(1)} s (slowest case ${r.slowestCaseMs.toFixed(0)} ms)`);
  for (const [name, t] of Object.entries(r.perTarget)) console.log(`  ${name.padEnd(6)} ${fmt(t.cases)} cases, ${fmt(t.accepted)} accepted and saved/reopened, ${fmt(t.cases - t.accepted)} refused`);
  for (const [kind, n] of Object.entries(r.counts)) console.log(`  ${kind.padEnd(24)} ${fmt(n)}`);
}

if (only !== undefined || count > 0) {
  const t0 = performance.now();
  const report = await runLoaderFuzz({
    count,
    seed,
    ...(only !== undefined ? { only } : {}),
    onProgress: (done, r) => {
      if (done % 10_000 === 0) console.log(`  ... ${fmt(done)} cases, ${fmt(failureCount(r))} failures`);
    },
  });
  printLoader(report, (performance.now() - t0) / 1000);
  if (only !== undefined) {
    const f = report.failures[0];
    console.log(f ? `case ${only}: ${f.kind}: ${f.detail}\n  steps: ${f.steps.join('; ')}` : `case ${only}: passes`);
  }
  if (failureCount(report) > 0) {
    failed = true;
    const dir = join(process.cwd(), 'fuzz-failures');
    mkdirSync(dir, { recursive: true });
    for (const f of report.failures) {
      const name = `seed${seed}-case${f.index}.${f.target === 'case' ? 'json' : 'vlift'}`;
      writeFileSync(join(dir, name), f.bytes);
      console.log(`FAIL ${f.kind} (case ${f.index}, from ${f.seed}): ${f.detail}\n  steps: ${f.steps.join('; ')}\n  input: fuzz-failures/${name}; rerun: npm run fuzz -- --seed ${seed} --case ${f.index}`);
    }
  }
}

function printKills(r: KillReport, seconds: number): void {
  console.log(`kill -9 test, seed ${r.seed}: ${fmt(r.kills)} kills in ${seconds.toFixed(1)} s`);
  for (const [writer, w] of Object.entries(r.perWriter)) {
    console.log(`  ${writer.padEnd(10)} ${fmt(w.kills)} kills: ${fmt(w.oldFile)} left the old file, ${fmt(w.newFile)} the new one, ${fmt(w.tempLeft)} left a temp file (removed by the next save)`);
  }
  console.log(`  corrupt or lost files    ${fmt(r.corrupt + r.lost)}`);
  console.log(`  temp files after next save ${fmt(r.tempsAfterNextSave)}`);
  for (const p of r.problems) console.log(`FAIL ${p}`);
}

if (kills > 0) {
  const t0 = performance.now();
  const report = await runKillTest({ kills, seed, onProgress: (done) => done % 100 === 0 && console.log(`  ... ${fmt(done)} kills`) });
  printKills(report, (performance.now() - t0) / 1000);
  if (report.problems.length > 0) failed = true;
}

if (ipcRuns > 0) {
  const t0 = performance.now();
  const test = 'tests/unit/electron/ipc-fuzz.test.ts';
  const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', test, '--testTimeout=1800000'], {
    env: { ...process.env, VL_IPC_FUZZ_RUNS: String(ipcRuns), NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  const tests = /Tests\s+(\d+) passed/.exec(run.stdout)?.[1] ?? '?';
  console.log(`IPC validator fuzz: ${fmt(ipcRuns)} payloads per validator and per channel in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${run.status === 0 ? `${tests} tests passed, 0 unsafe payloads reached main, no validator threw` : 'FAILED'}`);
  if (run.status !== 0) {
    console.log(run.stdout);
    failed = true;
  }
}

process.exitCode = failed ? 1 : 0;
