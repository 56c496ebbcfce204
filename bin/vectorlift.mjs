#!/usr/bin/env node
// Entry point of the `vectorlift` command. It runs the bundle npm built at install time
// (dist-cli/, by scripts/cli-bundle/build.mjs from the `prepare` script), so nothing is
// transpiled at run time. If a source has changed since that build, the bundle is rebuilt first
// (scripts/cli-bundle/freshness.mjs): an out-of-date bundle is never run.
import { ensureCliBundle } from '../scripts/cli-bundle/freshness.mjs';

let entry;
try {
  entry = await ensureCliBundle();
} catch (e) {
  process.stderr.write(`vectorlift: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(3);
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
