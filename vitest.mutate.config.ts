import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The unit-test configuration as StrykerJS runs it (`npm run mutate`): the same tests, minus
// the global setup that rebuilds the CLI bundle. In Stryker's sandbox the sources are
// instrumented, so a bundle built from them would not be the CLI a user runs; the mutation
// groups (scripts/mutate/groups.mjs) never pick the tests that spawn the CLI.
const config = mergeConfig(base, defineConfig({}));
config.test = { ...config.test, globalSetup: [] };
export default config;
