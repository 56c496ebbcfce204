import { cpus, loadavg } from 'node:os';

/** Small helpers shared by the benchmarks. */

/** The p-th percentile (0-100) of already sorted values: the value at index floor(p% of n); NaN when empty. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

export const median = (values: readonly number[]): number => percentile([...values].sort((a, b) => a - b), 50);

/**
 * The 1-minute load average as a result line. The machine is shared: a timing means little
 * without the load it was taken under, so benches that time things report it beside them.
 */
export function loadAverageResult(when: string): { name: string; value: number; unit: string; target: string; ok: null } {
  return { name: `load average (1 min) ${when}, ${cpus().length} cores`, value: loadavg()[0]!, unit: '', target: '', ok: null };
}
