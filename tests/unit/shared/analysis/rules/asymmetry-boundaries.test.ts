import { describe, expect, it } from 'vitest';
import { MIDFACE_FAN, PlanBuilder, TEMPLE, findingsOf, meta, midfaceVector, oneSide, run } from '../helpers';
import { mirrorSpec } from '../../../../../cli/examples/builder';
import type { ThreadSpec, XY } from '../helpers';
import type { Finding } from '../../../../../shared/analysis/types';
import { RULES } from '../../../../../shared/analysis/registry';

/**
 * The asymmetry rule at its limits, read from the findings' data (aspect, threads, text
 * parameters), not from their English: at exactly each limit, just past it, and with the sides
 * swapped, so a comparison turned around or a side picked the wrong way fails here.
 */

const rule = 'asymmetry' as const;
const mirrorXY = ([x, y]: XY): XY => [-x, y];
const limit = (name: string): number => RULES.find((r) => r.description.id === rule)!.description.thresholds.find((t) => t.name === name)!.value;
const FORCE_SHARE = limit('forceDifferenceMax');
const HOLD_N = 1.9; // pdo-cog-bi-19g-100, the type midfaceVector uses (shared/catalogue/thread-types.ts)

/** A plan with `first`'s threads numbered first (its side built first), then the other side's. */
function plan(right: readonly ThreadSpec[], left: readonly ThreadSpec[], leftFirst = false) {
  const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
  const addRight = () => b.side('right', 'AR', mirrorXY(TEMPLE), right.map(mirrorSpec));
  const addLeft = () => b.side('left', 'AL', TEMPLE, left);
  if (leftFirst) {
    addLeft();
    addRight();
  } else {
    addRight();
    addLeft();
  }
  return b.build();
}

const one = (tension: number): ThreadSpec[] => [midfaceVector(23, 65, { tension })];
const aspects = (found: readonly Finding[]) => found.map((f) => f.aspect).sort();
const params = (f: Finding) => f.text!.params as Record<string, unknown>;

describe('asymmetry at its limits', () => {
  it('the limits read here are the ones the rule publishes', () => {
    expect(FORCE_SHARE).toBe(0.25);
    expect(limit('countDifferenceWarning')).toBe(2);
  });

  it('a pair whose tensions differ by exactly the accepted share is accepted; just past it is a pair-force warning', () => {
    // 1 N and 0.75 N differ by exactly a quarter of the stronger (exact in binary floating point).
    expect(findingsOf(run(plan(one(1), one(1 - FORCE_SHARE))), rule)).toEqual([]);
    const past = findingsOf(run(plan(one(1), one(0.74))), rule);
    expect(aspects(past)).toEqual(['pair-force']);
    expect(params(past[0]!)).toMatchObject({ right: { newtons: 1 }, left: { newtons: 0.74 }, share: { percent: 0.74 } });
    // The same with the sides swapped: the stronger side does not decide whether it fires.
    expect(findingsOf(run(plan(one(1 - FORCE_SHARE), one(1))), rule)).toEqual([]);
    expect(aspects(findingsOf(run(plan(one(0.74), one(1))), rule))).toEqual(['pair-force']);
  });

  it('a thread at exactly its holding force is still compared with its counterpart; one just beyond is left to over-tension', () => {
    for (const side of ['right', 'left'] as const) {
      const at = side === 'right' ? plan(one(HOLD_N), one(1)) : plan(one(1), one(HOLD_N));
      expect(aspects(findingsOf(run(at), rule)), `${side} at the hold`).toEqual(['pair-force']);
      const beyond = side === 'right' ? plan(one(HOLD_N + 0.01), one(1)) : plan(one(1), one(HOLD_N + 0.01));
      // (the sides' totals still differ: that is the side-level 'force' check, not the pair's)
      expect(aspects(findingsOf(run(beyond), rule)), `${side} beyond the hold`).not.toContain('pair-force');
    }
  });

  it('a pair finding lists its threads in plan order and names each side\'s thread by its own number', () => {
    for (const leftFirst of [false, true]) {
      const p = plan(one(1), one(0.5), leftFirst);
      const right = p.threads.find((t) => t.side === 'right')!;
      const left = p.threads.find((t) => t.side === 'left')!;
      const found = findingsOf(run(p), rule);
      expect(found.map((f) => f.aspect)).toEqual(['pair-force']);
      const inPlanOrder = leftFirst ? [left.id, right.id] : [right.id, left.id];
      expect(found[0]!.threads).toEqual(inPlanOrder);
      const number = (id: string) => p.threads.findIndex((t) => t.id === id) + 1;
      expect(params(found[0]!)).toMatchObject({
        threads: { threads: inPlanOrder.map(number) },
        rightThread: { threads: [number(right.id)] },
        leftThread: { threads: [number(left.id)] },
      });
      // The finding sits on the lead thread (the first in plan order), not on its counterpart.
      const lead = p.threads.find((t) => t.id === inPlanOrder[0])!;
      expect(Math.sign(found[0]!.location!.x)).toBe(Math.sign(lead.path[0]!.x));
    }
  });

  it('a thread without barbs lifts nothing, so its pair is not compared for force or direction', () => {
    for (const smoothSide of ['right', 'left'] as const) {
      const smooth = [midfaceVector(50, 65, { tension: 0.2, barbs: null })];
      const barbed = [midfaceVector(9, 65, { tension: 1.8 })];
      const found = findingsOf(run(smoothSide === 'right' ? plan(smooth, barbed) : plan(barbed, smooth)), rule);
      expect(found.filter((f) => f.aspect === 'pair-force' || f.aspect === 'pair-direction'), smoothSide).toEqual([]);
    }
  });

  it('the count finding gives its reason from the same difference as its severity: one extra is info, two a warning', () => {
    const base = MIDFACE_FAN.slice(0, 1);
    const plus1 = findingsOf(run(plan(base, [...base, midfaceVector(37, 62, { tension: 0 })])), rule).find((f) => f.aspect === 'count')!;
    expect([plus1.severity, (params(plus1).why as { text: string }).text]).toEqual(['info', 'asymmetry.count.why.info']);
    expect(params(plus1)).toMatchObject({ right: 1, left: 2 });
    const plus2 = findingsOf(run(plan([...base, midfaceVector(37, 62, { tension: 0 }), midfaceVector(50, 60, { tension: 0 })], base)), rule).find(
      (f) => f.aspect === 'count',
    )!;
    expect([plus2.severity, (params(plus2).why as { text: string }).text]).toEqual(['warning', 'asymmetry.count.why.warning']);
    expect(params(plus2)).toMatchObject({ right: 3, left: 1 });
  });

  it('the side-level force finding names the stronger side\'s threads, whichever side that is', () => {
    // Pairs at 0.6 N and an extra 1.9 N thread: per pulling thread 0.6 N against 1.03 N (the
    // sides' thread counts differ, so their mean pull per thread is compared).
    const two = MIDFACE_FAN.slice(0, 2).map((t) => ({ ...t, tension: 0.6 }));
    const extra = [...two, midfaceVector(60, 40, { tension: 1.9 })];
    for (const stronger of ['right', 'left'] as const) {
      const p = stronger === 'right' ? plan(extra, two) : plan(two, extra);
      const result = run(p);
      const force = findingsOf(result, rule).filter((f) => f.aspect === 'force');
      expect(force).toHaveLength(1);
      expect(force[0]!.threads).toEqual(p.threads.filter((t) => t.side === stronger).map((t) => t.id));
      const total = result.metrics.tractionBySide;
      const right = total.right / (stronger === 'right' ? 3 : 2);
      const left = total.left / (stronger === 'left' ? 3 : 2);
      expect(force[0]!.text!.id).toBe('asymmetry.force-per-thread');
      expect(params(force[0]!)).toMatchObject({ right: { newtons: right }, left: { newtons: left }, share: { percent: Math.min(right, left) / Math.max(right, left) } });
      // The side-level direction finding concerns every thread of the plan.
      const direction = findingsOf(result, rule).filter((f) => f.aspect === 'direction');
      expect(direction.map((f) => f.threads)).toEqual([p.threads.map((t) => t.id)]);
    }
  });

  it('a one-sided plan names the side that has the threads', () => {
    for (const side of ['right', 'left'] as const) {
      const found = findingsOf(run(oneSide(side, side === 'left' ? TEMPLE : mirrorXY(TEMPLE), side === 'left' ? MIDFACE_FAN : MIDFACE_FAN.map(mirrorSpec))), rule);
      expect(found.map((f) => [f.severity, f.aspect])).toEqual([['info', 'one-sided']]);
      expect(params(found[0]!)).toEqual({ side: { side } });
    }
  });
});
