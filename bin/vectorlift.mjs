#!/usr/bin/env node
// Entry point of the `vectorlift` command. It runs the bundle npm built at install time
// (dist-cli/, by scripts/cli-bundle/build.mjs from the `prepare` script), so nothing is
// transpiled at run time, with the V8 code cache the build made for the command
// (scripts/cli-bundle/load-bundle.mjs), so nothing is compiled either. If a source has changed
// since that build, the bundle is rebuilt first (scripts/cli-bundle/freshness.mjs): an
// out-of-date bundle is never run.
import { ensureCliBundle } from '../scripts/cli-bundle/freshness.mjs';
import { loadCliBundle } from '../scripts/cli-bundle/load-bundle.mjs';

const argv = process.argv.slice(2);
try {
  await ensureCliBundle();
} catch (e) {
  process.stderr.write(`vectorlift: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(3);
}
const { main } = loadCliBundle(argv);
process.exitCode = await main(argv);
