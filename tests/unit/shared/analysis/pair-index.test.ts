import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atlasLookup } from '../../../../shared/analysis/atlas-lookup';
import type { PairBox, PairCheck } from '../../../../shared/analysis/context';
import { PairIndex } from '../../../../shared/analysis/pair-index';
import { crowding } from '../../../../shared/analysis/rules/crowding';
import { computeThreadGeometry, type ThreadGeometry } from '../../../../shared/analysis/thread-geometry';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import type { Side } from '../../../../shared/plan/types';
import { generatedPlan } from '../../../../cli/examples/generated';

/**
 * The pair search (pair-index.ts) hands a pair check every pair of threads whose boxes, grown by
 * the reach, overlap, once each and lower index first, and only pairs with a changed thread. A
 * full run (many changes) sweeps sorted boxes; a drag (a few changes) compares boxes directly:
 * both must give exactly the pairs a comparison of every box with every other gives.
 */

const REACH = 4;
/** The reach the search grows boxes by: the reach plus a margin far above rounding (pair-index.ts). */
const GROWN = REACH * (1 + 1e-9) + 1e-9;

/** Threads reduced to what the search reads: a side, and a box (or none) through the check. */
function setup(boxes: readonly (PairBox | null)[], sides: readonly Side[], sameSide: boolean) {
  const threads = boxes.map((box, i) => ({ number: i + 1, side: sides[i]!, box }) as unknown as ThreadGeometry & { box: PairBox | null });
  const check: PairCheck = { sameSide, reachMm: REACH, box: (g) => (g as typeof threads[number]).box, check: () => [] };
  return { threads, check };
}

const boxArb = fc.option(
  fc.tuple(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0, max: 40, noNaN: true }), fc.double({ min: 0, max: 40, noNaN: true })).map(
    ([x, y, w, h]): PairBox => ({ minX: x, minY: y, maxX: x + w, maxY: y + h }),
  ),
  { freq: 6 },
);

describe('PairIndex', () => {
  it('emits exactly the pairs whose grown boxes overlap and that have a changed thread, once each, lower index first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(boxArb, fc.constantFrom<Side>('left', 'right'), fc.boolean()), { maxLength: 30 }),
        fc.boolean(),
        (items, sameSide) => {
          const { threads, check } = setup(
            items.map((t) => t[0]),
            items.map((t) => t[1]),
            sameSide,
          );
          const changed = Uint8Array.from(items.map((t) => (t[2] ? 1 : 0)));
          const got: string[] = [];
          new PairIndex().candidates(check, threads, changed, (a, b) => got.push(`${a}-${b}`));
          const want: string[] = [];
          for (let a = 0; a < items.length; a++) {
            for (let b = a + 1; b < items.length; b++) {
              const ba = items[a]![0];
              const bb = items[b]![0];
              if (ba === null || bb === null || (changed[a] !== 1 && changed[b] !== 1)) continue;
              if (sameSide && items[a]![1] !== items[b]![1]) continue;
              if (bb.minX - ba.maxX >= GROWN || ba.minX - bb.maxX >= GROWN || bb.minY - ba.maxY >= GROWN || ba.minY - bb.maxY >= GROWN) continue;
              want.push(`${a}-${b}`);
            }
          }
          expect([...got].sort()).toEqual([...want].sort());
          expect(new Set(got).size).toBe(got.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('pairs boxes exactly the reach apart, beside or above each other, in either order, in a full run and in a drag', () => {
    const box = (x: number, y: number): PairBox => ({ minX: x, minY: y, maxX: x + 10, maxY: y + 10 });
    // Gaps of exactly REACH: b right of a, b below a; and the same with the threads' order swapped.
    const layouts: [PairBox, PairBox][] = [
      [box(0, 0), box(10 + REACH, 0)],
      [box(0, 0), box(0, 10 + REACH)],
      [box(10 + REACH, 0), box(0, 0)],
      [box(0, 10 + REACH), box(0, 0)],
    ];
    for (const [a, b] of layouts) {
      const { threads, check } = setup([a, b], ['left', 'left'], true);
      for (const changed of [Uint8Array.of(1, 1), Uint8Array.of(1, 0), Uint8Array.of(0, 1)]) {
        const got: string[] = [];
        new PairIndex().candidates(check, threads, changed, (i, j) => got.push(`${i}-${j}`));
        expect(got).toEqual(['0-1']);
      }
    }
    // A clear gap beyond the reach: no pair.
    const { threads, check } = setup([box(0, 0), box(10 + REACH + 1e-3, 0)], ['left', 'left'], true);
    const got: string[] = [];
    new PairIndex().candidates(check, threads, Uint8Array.of(1, 1), (i, j) => got.push(`${i}-${j}`));
    expect(got).toEqual([]);
  });

  it("hands crowding every pair of a crowded plan's threads with barbed samples within reach of each other", () => {
    const plan = generatedPlan(120);
    const lookup = atlasLookup(CANONICAL_ATLAS);
    const threads = plan.threads.map((t, i) => computeThreadGeometry(t, i + 1, THREAD_CATALOGUE.find((x) => x.id === t.typeId) ?? null, lookup, null));
    const check = crowding.pairs!;
    const got = new Set<string>();
    new PairIndex().candidates(check, threads, new Uint8Array(threads.length).fill(1), (a, b) => got.add(`${a}-${b}`));
    const barbed = threads.map((g) => g.samples.filter((s) => s.barbed));
    let near = 0;
    for (let a = 0; a < threads.length; a++) {
      for (let b = a + 1; b < threads.length; b++) {
        if (threads[a]!.side !== threads[b]!.side) continue;
        const close = barbed[a]!.some((p) => barbed[b]!.some((q) => (p.x - q.x) ** 2 + (p.y - q.y) ** 2 + (p.z - q.z) ** 2 < check.reachMm ** 2));
        if (!close) continue;
        near++;
        expect(got.has(`${a}-${b}`), `threads ${a + 1} and ${b + 1}`).toBe(true);
      }
    }
    // (the plan is crowded: the search has many pairs to find)
    expect(near).toBeGreaterThan(100);
  });
});
