/**
 * `npm run bench`: runs every bench/*.bench.ts module in turn and prints a table.
 * Benchmarks measure; they never fail the build (timed assertions do not belong in tests).
 * Each module exports `run(): Promise<BenchResult[]>`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The target from the issue, e.g. '<= 0.5 ms median'; '' when there is none. */
  readonly target: string;
  readonly ok: boolean | null;
}

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();

const all: BenchResult[] = [];
for (const file of files) {
  console.log(`\n== ${file}`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<BenchResult[]> };
  const results = await mod.run();
  for (const r of results) {
    const verdict = r.ok === null ? '' : r.ok ? 'ok' : 'MISSED';
    console.log(`${r.name.padEnd(58)} ${r.value.toFixed(3).padStart(10)} ${r.unit.padEnd(6)} ${r.target.padEnd(22)} ${verdict}`);
  }
  all.push(...results);
}
const missed = all.filter((r) => r.ok === false);
console.log(`\n${all.length} figures, ${missed.length} missed a target`);
