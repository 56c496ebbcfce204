#!/usr/bin/env node
/**
 * `npm run mutate [-- <group or file>... ] [--incremental]`: StrykerJS over the module groups
 * of scripts/mutate/groups.mjs, one group at a time, at low CPU priority, one test process.
 *
 *   npm run mutate                          every group (slow: see docs/testing.md)
 *   npm run mutate -- shared/ipc            one group (`ipc` or `history` also work)
 *   npm run mutate -- shared/plan/parse.ts  one file, with its group's tests
 *   npm run mutate -- shared/plan --incremental   re-test only mutants whose code or tests changed
 *   npm run mutate -- shared/ipc --static          also the static mutants (module-level code)
 *   npm run mutate -- shared/analysis/rules/over-tension.ts --tests=tests/unit/shared/analysis/rules/over-tension.test.ts
 *                                           one file with only the tests named (globs, comma-separated):
 *                                           a quick, partial measure (a mutant other tests would kill counts as survived)
 *   npm run mutate -- shared/report/flow.ts --timeout=20000
 *                                           Stryker's per-mutant time limit in ms (default 5000, plus twice the
 *                                           unmutated run's time): on a loaded machine, tests starved of CPU pass
 *                                           the default and count as timeouts, not as kills of a looping mutant
 *
 * Reports: reports/mutation/<group>.html (open in a browser) and .json; the score of each group
 * is printed at the end and appended to reports/mutation/summary.txt.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GROUPS } from './groups.mjs';
import { slug } from './select.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const incremental = args.includes('--incremental');
const withStatic = args.includes('--static');
const testsArg = args.find((a) => a.startsWith('--tests='));
const tests = testsArg ? testsArg.slice('--tests='.length) : '';
const timeoutArg = args.find((a) => a.startsWith('--timeout='));
const timeoutMs = timeoutArg ? timeoutArg.slice('--timeout='.length) : '';
if (timeoutArg && !/^[1-9]\d{2,6}$/.test(timeoutMs)) {
  console.error(`mutate: --timeout takes milliseconds, 100 to 9999999 (got "${timeoutMs}").`);
  process.exit(2);
}
const OPTIONS = ['--incremental', '--static', '--tests=', '--timeout='];
const unknown = args.filter((a) => a.startsWith('-') && !OPTIONS.some((o) => (o.endsWith('=') ? a.startsWith(o) : a === o)));
if (unknown.length) {
  console.error(`mutate: unknown option ${unknown[0]} (options: --incremental, --static, --tests=GLOBS, --timeout=MS).`);
  process.exit(2);
}
const targets = args.filter((a) => !a.startsWith('-'));

/** The static start of a glob: `shared/ipc/**\/*.ts` → `shared/ipc/`. */
const globBase = (glob) => glob.split('*')[0];

function resolveTarget(target) {
  const t = target.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, '');
  const byName = GROUPS.find((g) => g.name === t || g.name.endsWith('/' + t));
  if (byName) return { group: byName, files: [] };
  const byFile = GROUPS.find((g) => g.mutate.some((m) => m === t || (m.includes('*') && t.startsWith(globBase(m)))));
  if (byFile && existsSync(path.join(root, t))) return { group: byFile, files: [t] };
  console.error(`mutate: "${target}" is neither a group (${GROUPS.map((g) => g.name).join(', ')}) nor a file of one.`);
  process.exit(2);
}

// Several targets in one group are one run; groups keep their order in groups.mjs.
const runs = new Map();
for (const r of targets.length ? targets.map(resolveTarget) : GROUPS.map((group) => ({ group, files: [] }))) {
  const prev = runs.get(r.group.name);
  if (!prev) runs.set(r.group.name, { group: r.group, files: r.files });
  else prev.files = prev.files.length && r.files.length ? [...prev.files, ...r.files] : [];
}

// Low priority for this process and everything it starts (Stryker and its Vitest worker).
// Only ever lower the priority: started under `nice -n 19`, a run stays at 19 (as root,
// setPriority(10) would otherwise raise it back above the other work on the machine).
try {
  if (os.getPriority() < 10) os.setPriority(10);
} catch {
  /* not permitted here: run at normal priority */
}

mkdirSync(path.join(root, 'reports/mutation'), { recursive: true });
const stryker = path.join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js');
const results = [];
for (const { group, files } of runs.values()) {
  console.log(`\n=== mutate ${group.name}${files.length ? ` (${files.join(', ')})` : ''} ===`);
  const started = Date.now();
  const status = await runStryker({
    ...process.env,
    ...group.env,
    VL_MUTATE_GROUP: group.name,
    VL_MUTATE_FILES: files.join(','),
    VL_MUTATE_TESTS: tests,
    VL_MUTATE_TIMEOUT_MS: timeoutMs,
    VL_MUTATE_INCREMENTAL: incremental ? '1' : '0',
    VL_MUTATE_STATIC: withStatic ? '1' : '0',
  });
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  if (status !== 0) {
    console.error(`mutate: Stryker failed on ${group.name} (exit ${status}).`);
    process.exit(1);
  }
  const report = path.join(root, `reports/mutation/${slug(group.name)}${files.length || tests ? '-partial' : ''}.json`);
  results.push({ name: group.name, minutes, ...score(JSON.parse(readFileSync(report, 'utf8'))) });
}

console.log('\nMutation scores (killed + timed out) / (all valid mutants):');
for (const r of results) {
  const line = `${r.name}: ${r.score.toFixed(1)}% (${r.detected}/${r.valid}; ${r.survived} survived, ${r.noCoverage} not covered) in ${r.minutes} min`;
  console.log('  ' + line);
  appendFileSync(path.join(root, 'reports/mutation/summary.txt'), `${new Date().toISOString()} ${line}\n`);
}

/** Runs Stryker; an interrupt or kill of this script stops it (and its test runner) too. */
function runStryker(env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [stryker, 'run', 'stryker.config.mjs'], { cwd: root, stdio: 'inherit', env });
    const stop = (signal) => child.kill(signal);
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(code ?? signal);
    });
  });
}

/** Stryker's mutation score from its JSON report (schema: mutation-testing-report-schema). */
function score(report) {
  const count = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
  for (const file of Object.values(report.files)) {
    for (const m of file.mutants) if (m.status in count) count[m.status] += 1;
  }
  const detected = count.Killed + count.Timeout;
  const valid = detected + count.Survived + count.NoCoverage;
  return {
    detected,
    valid,
    survived: count.Survived,
    noCoverage: count.NoCoverage,
    score: valid ? (100 * detected) / valid : 100,
  };
}
