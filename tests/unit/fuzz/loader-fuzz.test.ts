/**
 * The plan-loader fuzz of `npm run fuzz` (scripts/fuzz/loader-fuzz.ts), a short run inside
 * `npm test`: mutated examples, training cases and fixtures never crash the loader, every
 * refusal is located, nothing pollutes a prototype, and whatever opens saves and reopens the
 * same. loader-fuzz-checks.test.ts shows the checks are real: loaders broken on purpose are caught.
 */
import { describe, expect, it } from 'vitest';
import { runLoaderFuzz } from '../../../scripts/fuzz/loader-fuzz';

// `npm run mutate` runs fewer (scripts/mutate/groups.mjs): each mutant it reaches reruns it.
const CASES = Number(process.env.VL_LOADER_FUZZ_CASES) || 2_000;

describe('the plan-loader fuzz', () => {
  it(`${CASES} mutated files: no crash, every refusal located, no pollution, everything accepted saves and reopens the same`, { timeout: 120_000 }, async () => {
    const report = await runLoaderFuzz({ count: CASES, seed: 8 });
    expect(report.failures.map((f) => `${f.kind} (case ${f.index}, ${f.seed}): ${f.detail} [${f.steps.join('; ')}]`)).toEqual([]);
    expect(report.counts).toEqual({ crash: 0, 'unlocated refusal': 0, 'prototype pollution': 0, 'unsafe value accepted': 0, 'save/reopen': 0 });
    // Both outcomes happen often, for both loaders, so neither check can pass by never running.
    expect(report.cases).toBe(CASES);
    for (const [name, t] of Object.entries(report.perTarget)) {
      expect(t.accepted, `${name} accepted`).toBeGreaterThan(t.cases * 0.05);
      expect(t.cases - t.accepted, `${name} refused`).toBeGreaterThan(t.cases * 0.5);
    }
  });
});
