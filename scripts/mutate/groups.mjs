/**
 * The module groups `npm run mutate` mutates, one at a time, each with the unit tests that
 * exercise it. These are the modules where a silent bug hurts most: what the analysis says,
 * which files load, what crosses the IPC boundary, what a PDF prints, and what Undo brings back.
 * Test files are listed (not found by Vitest's import graph) so that a group's dry run stays
 * small on the 2-core machine, and so the tests that spawn the CLI bundle are never picked.
 * `env` is set for the group's run (fewer fuzz cases: each mutant reruns the tests it reaches).
 */
export const GROUPS = [
  {
    name: 'shared/ipc',
    mutate: ['shared/ipc/**/*.ts'],
    testFiles: [
      'tests/unit/electron/ipc-validate.test.ts',
      'tests/unit/electron/ipc-validate-training-case.test.ts',
      'tests/unit/electron/ipc-preferences.test.ts',
      'tests/unit/electron/ipc-preferences-fields.test.ts',
      'tests/unit/electron/ipc-validate-messages.test.ts',
      'tests/unit/electron/ipc.test.ts',
      'tests/unit/electron/ipc-fuzz.test.ts',
    ],
    // The fuzz runs for every mutant it reaches: 400 payloads per channel instead of 2,000
    // (seeded; at 200 one channel gets no accepted payload and the fuzz's own check fails).
    env: { VL_IPC_FUZZ_RUNS: '400' },
  },
  {
    name: 'editor/history',
    mutate: ['renderer/editor/history.ts', 'renderer/editor/commands/**/*.ts'],
    testFiles: [
      'tests/unit/renderer/history.test.ts',
      'tests/unit/renderer/commands.test.ts',
      'tests/unit/renderer/files.test.ts',
    ],
  },
  {
    name: 'shared/plan',
    mutate: ['shared/plan/**/*.ts'],
    // Every plan test but size-limits.test.ts: its tests build plans and photos of tens of MB up
    // to the file cap (2 s plain, over 300 s instrumented: the dry run failed on it at load
    // 10-18), and perTest coverage reruns them for every mutant of the validator they reach. So
    // the group's score is a floor: a mutant that only the size-cap tests would kill counts as
    // survived (docs/testing.md, "Scores").
    testFiles: ['tests/unit/shared/plan/**/!(size-limits).test.ts', 'tests/unit/fuzz/loader-fuzz.test.ts'],
    // The loader fuzz reaches nearly every validator line: 500 mutated files per mutant instead
    // of 2,000 (seeded; at 300 the case loader gets too few accepted files for the fuzz's own check).
    env: { VL_LOADER_FUZZ_CASES: '500' },
  },
  {
    name: 'shared/report',
    mutate: ['shared/report/**/*.ts'],
    testFiles: ['tests/unit/shared/report/**/*.test.ts'],
  },
  {
    name: 'shared/analysis',
    mutate: ['shared/analysis/**/*.ts'],
    testFiles: ['tests/unit/shared/analysis/**/*.test.ts'],
  },
];
