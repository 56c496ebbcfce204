import { ensureCliBundle } from '../../../scripts/cli-bundle/freshness.mjs';

/**
 * Vitest global setup: the CLI tests spawn bin/vectorlift.mjs, which runs the esbuild bundle in
 * dist-cli/. Rebuilding it here, once, when a source has changed means the spawned tests always
 * run the code under test, and parallel test files never race to rebuild it themselves.
 */
export default async function setup(): Promise<void> {
  await ensureCliBundle({ err: () => undefined });
}
