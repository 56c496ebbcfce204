import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The unit-test configuration as StrykerJS runs it (`npm run mutate`): the same tests, minus
// the global setup that rebuilds the CLI bundle. In Stryker's sandbox the sources are
// instrumented, so a bundle built from them would not be the CLI a user runs; the mutation
// groups (scripts/mutate/groups.mjs) never pick the tests that spawn the CLI.
const config = mergeConfig(base, defineConfig({}));
// Instrumented code runs several times slower than plain code (a test over a 100 MB string took
// 0.5 s plain, over 20 s instrumented, and over 90 s in shared/plan's dry run at load 10 on 2
// cores): a longer per-test limit for the dry run. A mutant that loops is still cut off by
// Stryker's own timeout (stryker.config.mjs).
config.test = { ...config.test, globalSetup: [], testTimeout: 300_000 };
export default config;
