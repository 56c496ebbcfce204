/**
 * Left/right thread pairing (shared/analysis/mirror-pairs.ts) stated on its own: the cost of a
 * pair against a hand calculation, the cost limit exactly, and a pairing made again after a drag
 * (the rows kept on each geometry) against one made afresh. The asymmetry rule's tests reach it
 * only through their findings and never run a pairing twice on the same geometries (a partial
 * Stryker run of the file with them: 61.9%, 61 mutants of the kept rows not covered).
 * Every geometry is made inside its test (Stryker switches a mutant on per test).
 */
import { describe, expect, it } from 'vitest';
import { atlasLookup } from '../../../../shared/analysis/atlas-lookup';
import { MAX_MIRROR_PAIR_COST, MIRROR_SAMPLES, mirrorPairCost, pairMirrored, type MirrorPairing } from '../../../../shared/analysis/mirror-pairs';
import { computeThreadGeometry, type ThreadGeometry } from '../../../../shared/analysis/thread-geometry';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import type { Side } from '../../../../shared/plan/types';
import { threadAlong, type XY } from './helpers';

/** A fresh geometry (its own memo) of a thread along `path`, numbered `number` in the plan. */
const geometry = (number: number, side: Side, path: readonly XY[]): ThreadGeometry =>
  computeThreadGeometry(threadAlong(`t${number}`, side, path), number, null, atlasLookup(CANONICAL_ATLAS));

/** x -> -x: the other side's counterpart of a path. */
const mirrored = (path: readonly XY[]): XY[] => path.map(([x, y]) => [-x, y]);
const shifted = (path: readonly XY[], dx: number, dy: number): XY[] => path.map(([x, y]) => [x + dx, y + dy]);

/** A pairing as thread numbers: [right, left] per pair, then the unpaired of each side. */
const numbers = (p: MirrorPairing) => ({
  pairs: p.pairs.map((q) => [q.right.number, q.left.number]),
  costs: p.pairs.map((q) => q.costMm),
  unpairedRight: p.unpairedRight.map((g) => g.number),
  unpairedLeft: p.unpairedLeft.map((g) => g.number),
});

const RIGHT_CHEEK: readonly XY[] = [
  [-60, -10],
  [-45, 15],
  [-35, 40],
];

describe('mirrorPairCost', () => {
  it('is nought for a path and its mirror image, however each is divided into points', () => {
    const right = geometry(1, 'right', RIGHT_CHEEK);
    expect(mirrorPairCost(right, geometry(2, 'left', mirrored(RIGHT_CHEEK)))).toBeCloseTo(0, 9);
    // The same line with a point a third of the way along its first segment, and one point repeated.
    const [a, b, c] = mirrored(RIGHT_CHEEK) as [XY, XY, XY];
    const third: XY = [a[0] + (b[0] - a[0]) / 3, a[1] + (b[1] - a[1]) / 3];
    expect(mirrorPairCost(right, geometry(3, 'left', [a, third, b, b, c]))).toBeCloseTo(0, 9);
  });

  it('is the entries’ distance plus the paths’ mean distance: twice the shift for a shifted mirror image', () => {
    const right = geometry(1, 'right', RIGHT_CHEEK);
    expect(mirrorPairCost(right, geometry(2, 'left', shifted(mirrored(RIGHT_CHEEK), 3, 4)))).toBeCloseTo(10, 9);
    expect(mirrorPairCost(right, geometry(3, 'left', shifted(mirrored(RIGHT_CHEEK), -6, 8)))).toBeCloseTo(20, 9);
  });

  it('compares the paths at the same fractions of their lengths: a bent path against a straight one of its length', () => {
    // Right: 20 mm across, then 20 mm down (mirrored: from (10, 0) to (30, 0) to (30, 20)). Left:
    // 40 mm straight across from (10, 0). At the fraction i / 16 both are 2.5 i mm along; past the
    // bend (i = 9 ... 16) the points are sqrt(2) (2.5 i - 20) apart, nothing before it: the mean
    // over the 17 points is sqrt(2) * 2.5 * (1 + ... + 8) / 17.
    const right = geometry(1, 'right', [
      [-10, 0],
      [-30, 0],
      [-30, 20],
    ]);
    const left = geometry(2, 'left', [
      [10, 0],
      [50, 0],
    ]);
    expect(MIRROR_SAMPLES).toBe(16);
    expect(mirrorPairCost(right, left)).toBeCloseTo((Math.SQRT2 * 2.5 * 36) / 17, 9);
    expect(mirrorPairCost(left, right)).toBeCloseTo((Math.SQRT2 * 2.5 * 36) / 17, 9);
  });

  it('measures a one-point path from that point at every fraction', () => {
    // The left path's points at i / 16 of 20 mm lie 1.25 i mm from the mirrored point: 1.25 * 136 / 17 = 10 mm.
    const point = geometry(1, 'right', [[-10, 5]]);
    const line = geometry(2, 'left', [
      [10, 5],
      [30, 5],
    ]);
    expect(mirrorPairCost(point, line)).toBeCloseTo(10, 9);
  });
});

describe('pairMirrored', () => {
  it('pairs a counterpart that costs exactly the limit, and not one that costs a millimetre more', () => {
    const limit = MAX_MIRROR_PAIR_COST.value;
    const right = geometry(1, 'right', RIGHT_CHEEK);
    // A mirror image shifted by d costs 2 d: the shift is along a 3-4-5 direction so it is exact.
    const atLimit = geometry(2, 'left', shifted(mirrored(RIGHT_CHEEK), (0.6 * limit) / 2, (0.8 * limit) / 2));
    expect(mirrorPairCost(right, atLimit)).toBe(limit);
    expect(numbers(pairMirrored([right], [atLimit]))).toEqual({ pairs: [[1, 2]], costs: [limit], unpairedRight: [], unpairedLeft: [] });
    const over = geometry(3, 'left', shifted(mirrored(RIGHT_CHEEK), (0.6 * (limit + 1)) / 2, (0.8 * (limit + 1)) / 2));
    expect(numbers(pairMirrored([geometry(1, 'right', RIGHT_CHEEK)], [over]))).toEqual({ pairs: [], costs: [], unpairedRight: [1], unpairedLeft: [3] });
  });

  it('pairs a counterpart just under the limit whose shift is almost all along one axis (the quick bounds never refuse a pair that fits)', () => {
    // A mirror image shifted by (a, b) costs 2 |(a, b)|: here 59.99 mm, just under the limit. The
    // bound tried before the points is the entries' distance plus the distance between the paths'
    // means, which for a shifted image is the cost itself.
    const limit = MAX_MIRROR_PAIR_COST.value;
    for (const [dx, dy] of [
      [0.5, 29.99],
      [29.99, 0.5],
      [-0.5, -29.99],
    ] as const) {
      const right = geometry(1, 'right', RIGHT_CHEEK);
      const left = geometry(2, 'left', shifted(mirrored(RIGHT_CHEEK), dx, dy));
      const cost = mirrorPairCost(right, left);
      expect(cost).toBeCloseTo(2 * Math.hypot(dx, dy), 9);
      expect(cost).toBeLessThan(limit);
      expect(limit - cost).toBeLessThan(0.02);
      expect(numbers(pairMirrored([right], [left]))).toEqual({ pairs: [[1, 2]], costs: [cost], unpairedRight: [], unpairedLeft: [] });
    }
  });

  it('leaves every thread unpaired when the other side has none, whichever side that is', () => {
    const lefts = () => [geometry(1, 'left', mirrored(RIGHT_CHEEK)), geometry(2, 'left', shifted(mirrored(RIGHT_CHEEK), 0, 30))];
    expect(numbers(pairMirrored([], lefts()))).toEqual({ pairs: [], costs: [], unpairedRight: [], unpairedLeft: [1, 2] });
    const rights = () => [geometry(1, 'right', RIGHT_CHEEK), geometry(2, 'right', shifted(RIGHT_CHEEK, 0, 30))];
    expect(numbers(pairMirrored(rights(), []))).toEqual({ pairs: [], costs: [], unpairedRight: [1, 2], unpairedLeft: [] });
    expect(numbers(pairMirrored([], []))).toEqual({ pairs: [], costs: [], unpairedRight: [], unpairedLeft: [] });
  });

  it('gives the same pairs whichever side holds the plan’s first thread, and lists the unpaired in plan order', () => {
    const make = (rightFirst: boolean) => {
      const r = rightFirst ? 0 : 10;
      const l = rightFirst ? 10 : 0;
      const right = [geometry(r + 1, 'right', RIGHT_CHEEK), geometry(r + 2, 'right', shifted(RIGHT_CHEEK, 0, 30)), geometry(r + 3, 'right', [[-20, 80], [-30, 95]])];
      const left = [geometry(l + 1, 'left', shifted(mirrored(RIGHT_CHEEK), 0, 31)), geometry(l + 2, 'left', shifted(mirrored(RIGHT_CHEEK), 1, 0)), geometry(l + 3, 'left', [[70, -60], [80, -80]])];
      return numbers(pairMirrored(right, left));
    };
    const rightLeads = make(true);
    expect(rightLeads.pairs).toEqual([
      [1, 12],
      [2, 11],
    ]);
    expect(rightLeads.unpairedRight).toEqual([3]);
    expect(rightLeads.unpairedLeft).toEqual([13]);
    const leftLeads = make(false);
    expect(leftLeads.pairs.map(([r, l]) => [r! - 10, l! + 10]).sort()).toEqual(rightLeads.pairs.sort());
    expect(leftLeads.unpairedRight).toEqual([13]);
    expect(leftLeads.unpairedLeft).toEqual([3]);
  });
});

describe('pairMirrored again on the same geometries (a drag): the same as a pairing made afresh', () => {
  const rightPaths: readonly (readonly XY[])[] = [RIGHT_CHEEK, shifted(RIGHT_CHEEK, 0, 25), shifted(RIGHT_CHEEK, 8, 50)];
  const leftPaths: readonly (readonly XY[])[] = [shifted(mirrored(RIGHT_CHEEK), 2, 1), shifted(mirrored(RIGHT_CHEEK), -3, 27), shifted(mirrored(RIGHT_CHEEK), -6, 52)];
  const fresh = (right: readonly (readonly XY[])[], left: readonly (readonly XY[])[], firstLeft = 10) =>
    numbers(pairMirrored(right.map((p, i) => geometry(i + 1, 'right', p)), left.map((p, j) => geometry(firstLeft + j, 'left', p))));

  it('keeps each pair’s cost when nothing moved', () => {
    const right = rightPaths.map((p, i) => geometry(i + 1, 'right', p));
    const left = leftPaths.map((p, j) => geometry(10 + j, 'left', p));
    const first = numbers(pairMirrored(right, left));
    expect(first).toEqual(fresh(rightPaths, leftPaths));
    expect(numbers(pairMirrored(right, left))).toEqual(first);
  });

  it('costs a moved left thread against every right thread, and drops the pairs of the geometry it replaced', () => {
    const right = rightPaths.map((p, i) => geometry(i + 1, 'right', p));
    const left = leftPaths.map((p, j) => geometry(10 + j, 'left', p));
    pairMirrored(right, left);
    // The middle left thread dragged down next to the lowest right one; the others are the same objects.
    const moved = shifted(mirrored(RIGHT_CHEEK), -8, 49);
    const after = [left[0]!, geometry(11, 'left', moved), left[2]!];
    expect(numbers(pairMirrored(right, after))).toEqual(fresh(rightPaths, [leftPaths[0]!, moved, leftPaths[2]!]));
  });

  it('sorts a row whose kept pairs and new pairs come out of order: a new left thread listed before the kept ones', () => {
    const right = rightPaths.map((p, i) => geometry(i + 1, 'right', p));
    const left = leftPaths.map((p, j) => geometry(10 + j, 'left', p));
    pairMirrored(right, left);
    const added = shifted(mirrored(RIGHT_CHEEK), 1, 24);
    const after = [geometry(9, 'left', added), ...left];
    expect(numbers(pairMirrored(right, after))).toEqual(fresh(rightPaths, [added, ...leftPaths], 9));
  });

  it('pairs a left thread added after the row was kept that costs exactly the limit', () => {
    const limit = MAX_MIRROR_PAIR_COST.value;
    const right = [geometry(1, 'right', RIGHT_CHEEK)];
    // The right thread's row is kept with no pair (no left thread yet); the new one is costed against it.
    expect(numbers(pairMirrored(right, []))).toEqual({ pairs: [], costs: [], unpairedRight: [1], unpairedLeft: [] });
    const atLimit = geometry(2, 'left', shifted(mirrored(RIGHT_CHEEK), (0.6 * limit) / 2, (0.8 * limit) / 2));
    expect(numbers(pairMirrored(right, [atLimit]))).toEqual({ pairs: [[1, 2]], costs: [limit], unpairedRight: [], unpairedLeft: [] });
  });

  it('forgets a left thread that is gone', () => {
    const right = rightPaths.map((p, i) => geometry(i + 1, 'right', p));
    const left = leftPaths.map((p, j) => geometry(10 + j, 'left', p));
    pairMirrored(right, left);
    expect(numbers(pairMirrored(right, [left[0]!, left[2]!]))).toEqual(
      numbers(pairMirrored(rightPaths.map((p, i) => geometry(i + 1, 'right', p)), [geometry(10, 'left', leftPaths[0]!), geometry(12, 'left', leftPaths[2]!)])),
    );
  });
});

describe('mirrorPairCost of a floating design', () => {
  // A bidirectional cog with no anchor at 0.6 N (holding.ts: floating): it pulls toward neither
  // end, so its path is compared either way round; a lift from one end (type null here) only as drawn.
  const BI = THREAD_CATALOGUE.find((t) => t.id === 'pdo-cog-bi-19g-100')!;
  const floating = (number: number, side: Side, path: readonly XY[]): ThreadGeometry =>
    computeThreadGeometry(threadAlong(`t${number}`, side, path, { barbed: { startMm: 5, endMm: 35 }, tensionN: 0.6 }), number, BI, atlasLookup(CANONICAL_ATLAS));
  const back = (path: readonly XY[]): XY[] => [...path].reverse();
  const LEFT = mirrored(RIGHT_CHEEK);

  it('is nought against its mirror image drawn from the other end, either way round', () => {
    expect(mirrorPairCost(floating(1, 'right', RIGHT_CHEEK), floating(2, 'left', back(LEFT)))).toBeCloseTo(0, 9);
    expect(mirrorPairCost(floating(1, 'left', back(LEFT)), floating(2, 'right', RIGHT_CHEEK))).toBeCloseTo(0, 9);
    // One floating, one a lift from one end: the floating one is the one taken the other way round.
    expect(mirrorPairCost(floating(1, 'right', RIGHT_CHEEK), geometry(2, 'left', back(LEFT)))).toBeCloseTo(0, 9);
    expect(mirrorPairCost(geometry(1, 'right', back(RIGHT_CHEEK)), floating(2, 'left', LEFT))).toBeCloseTo(0, 9);
  });

  it('two lifts from one end drawn from opposite ends are not taken for each other', () => {
    // The entry of one lies at the far end of the other (56 mm away), and the paths' mean distance comes on top.
    expect(mirrorPairCost(geometry(1, 'right', RIGHT_CHEEK), geometry(2, 'left', back(LEFT)))).toBeGreaterThan(MAX_MIRROR_PAIR_COST.value);
  });

  it('does not change when either floating thread is entered from its other end, nor with the sides swapped', () => {
    const right = shifted(RIGHT_CHEEK, 4, -3);
    const left = shifted(LEFT, 2, 6);
    const cost = mirrorPairCost(floating(1, 'right', right), floating(2, 'left', left));
    expect(cost).toBeGreaterThan(1);
    for (const [r, l] of [[back(right), left], [right, back(left)], [back(right), back(left)]] as const) {
      expect(mirrorPairCost(floating(1, 'right', r), floating(2, 'left', l))).toBeCloseTo(cost, 9);
      expect(mirrorPairCost(floating(2, 'left', l), floating(1, 'right', r))).toBeCloseTo(cost, 9);
    }
  });

  it('pairs floating threads drawn from opposite ends as it pairs them drawn alike, the same every time', () => {
    const paths: readonly XY[][] = [RIGHT_CHEEK.slice(), shifted(RIGHT_CHEEK, 0, 30), shifted(RIGHT_CHEEK, 12, 55)];
    const rightSide = paths.map((p, i) => floating(i + 1, 'right', p));
    const alike = numbers(pairMirrored(rightSide, paths.map((p, i) => floating(i + 4, 'left', mirrored(p)))));
    const opposite = () => numbers(pairMirrored(rightSide, paths.map((p, i) => floating(i + 4, 'left', back(mirrored(p))))));
    expect(alike.pairs).toEqual([[1, 4], [2, 5], [3, 6]]);
    expect(opposite().pairs).toEqual(alike.pairs);
    expect(opposite()).toEqual(opposite());
  });
});
