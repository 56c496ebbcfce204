#!/usr/bin/env node
// Runs `vectorlift export` exactly as bin/vectorlift.mjs does, then reports this process's peak
// resident memory on stderr as one JSON line, for bench/limits.bench.ts (a child process, so the
// figure is the export's own, not the benchmark runner's).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
const code = await main(['export', ...process.argv.slice(2)]);
const usage = process.resourceUsage();
// CPU time (user + system) beside the wall time the parent measures: on a shared, loaded machine
// the wall time includes waiting for a core, the CPU time does not.
process.stderr.write(`${JSON.stringify({ code, maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`);
process.exitCode = code;
