#!/usr/bin/env node
// Runs `vectorlift export` exactly as bin/vectorlift.mjs does (the esbuild bundle in dist-cli/,
// rebuilt first only if a source changed), then reports this process's peak resident memory and
// CPU time on stderr as one JSON line, for bench/limits.bench.ts (a child process, so the figures
// are the export's own, not the benchmark runner's).
import { ensureCliBundle } from '../scripts/cli-bundle/freshness.mjs';

const { main } = await import(await ensureCliBundle());
const code = await main(['export', ...process.argv.slice(2)]);
const usage = process.resourceUsage();
// CPU time (user + system) beside the wall time the parent measures: on a shared, loaded machine
// the wall time includes waiting for a core, the CPU time does not.
process.stderr.write(`${JSON.stringify({ code, maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`);
process.exitCode = code;
