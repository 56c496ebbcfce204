import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type AnalysisResult } from '../../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { mirrorPlan } from '../../../../shared/plan';
import type { AgeBand, PlanDocument, SkinThickness, Thread } from '../../../../shared/plan/types';
import { generatedPlan } from '../../../../cli/examples/generated';

/**
 * Issue 15: analyze() reuses thread geometry, per-thread findings and per-pair findings from its
 * earlier runs (shared/analysis/analyze.ts). Whatever the sequence of edits, its result must be
 * exactly what a fresh analysis of the same plan gives: an analyzer with empty caches, on a deep
 * copy (new objects, so nothing can be found by identity either).
 *
 * Edits are made the way the editor makes them: a new plan object, new objects for what changed,
 * every other object shared with the previous plan. Plans start from the generated benchmark
 * plans (crowded fans, so the pair rule has pairs to reuse and to drop).
 */

const TYPE_IDS = THREAD_CATALOGUE.map((t) => t.id);
const ZONE_IDS = [null, ...CANONICAL_ATLAS.fixationZones.map((z) => z.id), 'no-such-zone'];
const AGE_BANDS: readonly (AgeBand | null)[] = [null, 'under-30', '30-39', '40-49', '50-59', '60-69', '70-plus'];
const SKINS: readonly SkinThickness[] = ['thin', 'normal', 'thick'];

type Edit = (plan: PlanDocument) => PlanDocument;

/** Replaces thread `i` (modulo the count) with `change(thread)`; a plan without threads is returned as is. */
const onThread =
  (i: number, change: (t: Thread) => Thread): Edit =>
  (plan) => {
    if (plan.threads.length === 0) return plan;
    const k = i % plan.threads.length;
    return { ...plan, threads: plan.threads.map((t, j) => (j === k ? change(t) : t)) };
  };

let made = 0;

const index = fc.nat(1000);
const offset = fc.double({ min: -12, max: 12, noNaN: true });

const editArb: fc.Arbitrary<{ name: string; edit: Edit }> = fc.oneof(
  // Drag a path point (the commonest edit by far).
  fc.tuple(index, index, offset, offset).map(([i, p, dx, dy]) => ({
    name: `move point ${p} of thread ${i} by ${dx}, ${dy}`,
    edit: onThread(i, (t) => ({ ...t, path: t.path.map((q, j) => (j === p % t.path.length ? { x: q.x + dx, y: q.y + dy } : q)) })),
  })),
  // Drag an entry point: the entry point and every thread starting there move.
  fc.tuple(index, offset, offset).map(([i, dx, dy]) => ({
    name: `move entry point ${i}`,
    edit: (plan: PlanDocument) => {
      if (plan.entryPoints.length === 0) return plan;
      const e = plan.entryPoints[i % plan.entryPoints.length]!;
      const position = { x: e.position.x + dx, y: e.position.y + dy };
      return {
        ...plan,
        entryPoints: plan.entryPoints.map((x) => (x === e ? { ...e, position } : x)),
        threads: plan.threads.map((t) => (t.entryPointId === e.id ? { ...t, path: [position, ...t.path.slice(1)] } : t)),
      };
    },
  })),
  // Add a copy of a thread, shifted, somewhere in the plan (threads after it are renumbered).
  fc.tuple(index, index, offset, offset).map(([i, at, dx, dy]) => ({
    name: `copy thread ${i} to ${at}`,
    edit: (plan: PlanDocument) => {
      if (plan.threads.length === 0) return plan;
      const t = plan.threads[i % plan.threads.length]!;
      const copy: Thread = { ...t, id: `copy-${++made}`, path: t.path.map((q, j) => (j === 0 ? q : { x: q.x + dx, y: q.y + dy })) };
      const k = at % (plan.threads.length + 1);
      return { ...plan, threads: [...plan.threads.slice(0, k), copy, ...plan.threads.slice(k)] };
    },
  })),
  fc.tuple(index).map(([i]) => ({
    name: `remove thread ${i}`,
    edit: (plan: PlanDocument) => (plan.threads.length === 0 ? plan : { ...plan, threads: plan.threads.filter((_, j) => j !== i % plan.threads.length) }),
  })),
  fc.tuple(index, index).map(([i, j]) => ({
    name: `swap threads ${i} and ${j}`,
    edit: (plan: PlanDocument) => {
      const n = plan.threads.length;
      if (n === 0) return plan;
      const threads = [...plan.threads];
      [threads[i % n], threads[j % n]] = [threads[j % n]!, threads[i % n]!];
      return { ...plan, threads };
    },
  })),
  fc.tuple(index, fc.constantFrom(...TYPE_IDS, 'unknown-type')).map(([i, typeId]) => ({ name: `type ${typeId}`, edit: onThread(i, (t) => ({ ...t, typeId })) })),
  fc.tuple(index, fc.double({ min: 0, max: 12, noNaN: true })).map(([i, depthMm]) => ({ name: `depth ${depthMm}`, edit: onThread(i, (t) => ({ ...t, depthMm })) })),
  fc.tuple(index, index, fc.option(fc.double({ min: 0, max: 12, noNaN: true }))).map(([i, p, d]) => ({
    name: `point depth ${d}`,
    edit: onThread(i, (t) => ({ ...t, pointDepthsMm: t.path.map((_, j) => (j === p % t.path.length ? d : (t.pointDepthsMm[j] ?? null))) })),
  })),
  fc.tuple(index, fc.double({ min: 0, max: 6, noNaN: true })).map(([i, tensionN]) => ({ name: `tension ${tensionN}`, edit: onThread(i, (t) => ({ ...t, tensionN })) })),
  fc.tuple(index, fc.constantFrom('entry' as const, 'distal' as const), fc.constantFrom(...ZONE_IDS)).map(([i, fixationEnd, fixationZoneId]) => ({
    name: `fixation ${fixationEnd} ${fixationZoneId}`,
    edit: onThread(i, (t) => ({ ...t, fixationEnd, fixationZoneId })),
  })),
  fc.tuple(index, fc.option(fc.tuple(fc.double({ min: 0, max: 60, noNaN: true }), fc.double({ min: 0, max: 120, noNaN: true })))).map(([i, b]) => ({
    name: `barbed ${b}`,
    edit: onThread(i, (t) => ({ ...t, barbed: b === null ? null : { startMm: Math.min(...b), endMm: Math.max(...b) } })),
  })),
  fc.tuple(index, fc.option(fc.constantFrom('2020-01-01', '2026-12-31', '2030-06-01'))).map(([i, expiry]) => ({
    name: `lot ${expiry}`,
    edit: onThread(i, (t) => ({ ...t, lot: expiry === null ? null : { number: 'L1', expiry } })),
  })),
  // The same thread again as a new object with the same values (an edit that changes nothing).
  fc.tuple(index).map(([i]) => ({ name: `copy of thread ${i}`, edit: onThread(i, (t) => structuredClone(t)) })),
  // Patient factors and other plan-level fields.
  fc.tuple(fc.constantFrom(...SKINS), fc.constantFrom(...AGE_BANDS), fc.option(fc.integer({ min: 0, max: 4 }))).map(([skinThickness, ageBand, saggingGrade]) => ({
    name: `patient ${skinThickness} ${ageBand} ${saggingGrade}`,
    edit: (plan: PlanDocument) => ({ ...plan, meta: { ...plan.meta, skinThickness, ageBand, saggingGrade } }),
  })),
  fc.constantFrom('2019-05-05', '2026-12-05', '2031-01-01').map((date) => ({ name: `date ${date}`, edit: (plan: PlanDocument) => ({ ...plan, meta: { ...plan.meta, date } }) })),
  fc.constant({ name: 'mirror', edit: (plan: PlanDocument) => mirrorPlan(plan) }),
  fc.constant({ name: 'same plan again', edit: (plan: PlanDocument) => plan }),
);

const fresh = (plan: PlanDocument): AnalysisResult => createAnalyzer()(structuredClone(plan), CANONICAL_ATLAS);

describe('incremental analysis', () => {
  it('equals a fresh full analysis after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.array(editArb, { minLength: 1, maxLength: 12 }), (size, edits) => {
        const analyze = createAnalyzer();
        let plan = generatedPlan(size);
        expect(analyze(plan, CANONICAL_ATLAS)).toStrictEqual(fresh(plan));
        for (const { edit } of edits) {
          plan = edit(plan);
          expect(analyze(plan, CANONICAL_ATLAS)).toStrictEqual(fresh(plan));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reuses what did not change: a drag step re-checks only the dragged thread', async () => {
    // Counted through the rules' own functions, so the test fails if the caches stop working.
    const { RULES } = await import('../../../../shared/analysis/registry');
    const threadRule = RULES.find((r) => r.checkThread !== undefined)!;
    const pairRule = RULES.find((r) => r.pairs !== undefined)!;
    const threadChecks: string[] = [];
    const pairChecks: string[] = [];
    const originalThread = threadRule.checkThread!;
    const originalPair = pairRule.pairs!.check;
    const mutable = threadRule as { checkThread?: typeof originalThread };
    const pairs = pairRule.pairs as { check: typeof originalPair };
    mutable.checkThread = (g, context) => {
      threadChecks.push(g.thread.id);
      return originalThread.call(threadRule, g, context);
    };
    pairs.check = (a, b, context) => {
      pairChecks.push(`${a.thread.id}+${b.thread.id}`);
      return originalPair.call(pairRule.pairs, a, b, context);
    };
    try {
      const analyze = createAnalyzer();
      const plan = generatedPlan(50);
      const before = analyze(plan, CANONICAL_ATLAS);
      expect(threadChecks).toHaveLength(50);
      expect(pairChecks.length).toBeGreaterThan(0);
      threadChecks.length = 0;
      pairChecks.length = 0;
      const dragged = plan.threads[20]!;
      const moved = { ...dragged, path: dragged.path.map((p, i) => (i === 1 ? { x: p.x + 1, y: p.y + 1 } : p)) };
      const next = { ...plan, threads: plan.threads.map((t) => (t === dragged ? moved : t)) };
      const after = analyze(next, CANONICAL_ATLAS);
      expect(threadChecks).toEqual([dragged.id]);
      for (const pair of pairChecks) expect(pair.split('+')).toContain(dragged.id);
      expect(after).toStrictEqual(fresh(next));
      expect(before).toStrictEqual(fresh(plan));
    } finally {
      mutable.checkThread = originalThread;
      pairs.check = originalPair;
    }
  });
});
