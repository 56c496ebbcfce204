// StrykerJS configuration for `npm run mutate` (scripts/mutate/run.mjs picks the group).
// Run it through the npm script: it mutates one module group at a time, at low priority.
import { groupOptions } from './scripts/mutate/select.mjs';

const group = groupOptions(process.env.VL_MUTATE_GROUP ?? 'shared/ipc', process.env.VL_MUTATE_FILES, process.env.VL_MUTATE_TESTS);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  // perTest: each mutant runs only the tests that reached it in the dry run.
  coverageAnalysis: 'perTest',
  // Static mutants (module-level tables and constants, evaluated once at import) rerun every
  // test of the group for each mutant: about half the time for few mutants. Left out unless
  // `npm run mutate -- --static`; docs/testing.md says what that leaves unmeasured.
  ignoreStatic: process.env.VL_MUTATE_STATIC !== '1',
  // The machine has 2 cores shared by several jobs: one test process at a time, unless
  // VL_MUTATE_CONCURRENCY says otherwise (e.g. 2 on a machine nobody else is using).
  concurrency: Math.max(1, Number.parseInt(process.env.VL_MUTATE_CONCURRENCY ?? '1', 10) || 1),
  // A mutant that loops is cut off this long after the time its tests took unmutated
  // (`npm run mutate -- ... --timeout=MS` sets it: 20000 at a load of 5-12 on 2 cores).
  timeoutMS: Number.parseInt(process.env.VL_MUTATE_TIMEOUT_MS ?? '', 10) || 5000,
  timeoutFactor: 2,
  // The unmutated run that records which tests reach which mutant: shared/plan's took over
  // Stryker's default 5 minutes at load 10-18 on 2 cores (its size-cap tests build 32 MB strings).
  dryRunTimeoutMinutes: 30,
  mutate: group.mutate,
  testFiles: group.testFiles,
  ignorePatterns: ['dist', 'dist-cli', 'dist-electron', 'release', 'test-results', 'reports', 'bench-results'],
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${group.slug}.html` },
  jsonReporter: { fileName: `reports/mutation/${group.slug}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  incremental: process.env.VL_MUTATE_INCREMENTAL === '1',
  incrementalFile: `reports/mutation/${group.slug}.incremental.json`,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 85, low: 75, break: null },
};
