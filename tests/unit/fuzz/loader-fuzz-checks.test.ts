/**
 * The plan-loader fuzz's own checks are real: loaders broken on purpose (one that throws, one
 * that refuses without saying where, one that pollutes a prototype, one that lets a prototype key
 * through or loses a character on save) are each caught. A file of its own so that
 * `npm run mutate -- shared/plan` runs the fuzz (loader-fuzz.test.ts) without these, which test
 * the fuzz, not the loader.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { planTarget, runLoaderFuzz, type LoaderTarget } from '../../../scripts/fuzz/loader-fuzz';
import type { PlanDocument } from '../../../shared/plan/types';

describe('the fuzz checks catch a broken loader', () => {
  const real = planTarget();
  const broken = (changes: Partial<LoaderTarget<PlanDocument>>): { target: LoaderTarget<never>; share: number }[] => [{ target: { ...real, ...changes } as LoaderTarget<never>, share: 1 }];
  const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('one that throws', async () => {
    const report = await runLoaderFuzz({ count: 300, seed: 1, targets: broken({ load: async (b) => (text(b).includes('e400') ? JSON.parse('{') : real.load(b)) }) });
    expect(report.counts.crash).toBeGreaterThan(0);
  });

  it('one that refuses without saying where; and a failing case reruns alone from its seed and number', async () => {
    const targets = broken({ load: async (b) => real.load(b).then((r) => (r.ok ? r : { ok: false, error: { ...r.error, path: '', line: null, column: null } })) });
    const report = await runLoaderFuzz({ count: 300, seed: 1, targets, keep: 300 });
    expect(report.counts['unlocated refusal']).toBeGreaterThan(0);
    const failure = report.failures[7]!;
    const alone = await runLoaderFuzz({ count: 0, seed: 1, only: failure.index, targets });
    expect(alone.failures).toEqual([failure]);
  });

  it('one that merges parsed objects naively', async () => {
    const merge = (into: Record<string, unknown>, from: unknown): void => {
      if (typeof from !== 'object' || from === null) return;
      for (const [k, v] of Object.entries(from)) {
        if (typeof v === 'object' && v !== null) merge((into[k] ??= {}) as Record<string, unknown>, v);
        else into[k] = v;
      }
    };
    const report = await runLoaderFuzz({
      count: 1_000,
      seed: 1,
      targets: broken({
        load: async (b) => {
          try {
            merge({}, JSON.parse(text(b)));
          } catch {
            // not JSON: the real loader answers
          }
          return real.load(b);
        },
      }),
    });
    expect(report.counts['prototype pollution']).toBeGreaterThan(0);
  });

  it('one that lets a prototype key through, or writes what it does not read back', async () => {
    const keyed = await runLoaderFuzz({
      count: 300,
      seed: 1,
      targets: broken({ load: async (b) => real.load(b).then((r) => (r.ok ? { ok: true, value: JSON.parse(JSON.stringify(r.value).replace('{', '{"constructor":1,')) } : r)) }),
    });
    expect(keyed.counts['unsafe value accepted']).toBeGreaterThan(0);
    const lossy = await runLoaderFuzz({ count: 300, seed: 1, targets: broken({ save: (plan) => real.save({ ...plan, meta: { ...plan.meta, notes: plan.meta.notes + '.' } }) }) });
    expect(lossy.counts['save/reopen']).toBeGreaterThan(0);
  });
});
