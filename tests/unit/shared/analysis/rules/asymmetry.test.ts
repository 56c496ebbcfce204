import { describe, expect, it } from 'vitest';
import { ARCH, JAWLINE_PAIR, MIDFACE_FAN, PlanBuilder, TEMPLE, bilateral, findingsOf, meta, midfaceVector, oneSide, run } from '../helpers';
import { mirrorSpec } from '../../../../../cli/examples/builder';
import type { ThreadSpec, XY } from '../helpers';
import { analyze, findingKey, type Finding } from '../../../../../shared/analysis';
import { mirrorPlan } from '../../../../../shared/plan';
import { minimumAssignment } from '../../../../../shared/analysis/mirror-pairs';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';

const rule = 'asymmetry' as const;
const mirrorXY = ([x, y]: XY): XY => [-x, y];

function sides(right: readonly ThreadSpec[], left: readonly ThreadSpec[]) {
  const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
  b.side('right', 'AR', mirrorXY(TEMPLE), right.map(mirrorSpec));
  b.side('left', 'AL', TEMPLE, left);
  return b.build();
}

describe('asymmetry', () => {
  it('is silent for a symmetric plan', () => {
    expect(findingsOf(run(bilateral(TEMPLE, MIDFACE_FAN)), rule)).toEqual([]);
  });

  it('warns about each mirrored pair tensioned differently, stating the tensions as the inspector shows them', () => {
    const found = findingsOf(run(sides(MIDFACE_FAN.map((t) => ({ ...t, tension: 0.6 })), MIDFACE_FAN.map((t) => ({ ...t, tension: 1.2 })))), rule);
    expect(found.map((f) => [f.severity, f.aspect, f.threads])).toEqual([
      ['warning', 'pair-force', ['t1', 't4']],
      ['warning', 'pair-force', ['t2', 't5']],
      ['warning', 'pair-force', ['t3', 't6']],
    ]);
    expect(found[0]!.title).toBe('Threads 1 and 4 are tensioned differently (right 0.6 N, left 1.2 N)');
    expect(found[0]!.message).toContain('tensioned at 0.6 N (right) and the other at 1.2 N (left)');
  });

  it('warns about the sides\' force when no pair explains it (an unpaired extra thread pulls far harder than the rest)', () => {
    const at = (t: (typeof MIDFACE_FAN)[number]) => ({ ...t, tension: 0.6 });
    const found = findingsOf(run(sides(MIDFACE_FAN.slice(0, 2).map(at), [...MIDFACE_FAN.slice(0, 2).map(at), midfaceVector(60, 40, { tension: 1.9 })])), rule);
    expect(found.map((f) => [f.severity, f.aspect]).sort()).toEqual([
      ['info', 'count'],
      ['warning', 'direction'],
      ['warning', 'force'],
    ]);
  });

  it('leaves one extra thread tensioned like the rest to the count note (a deliberate correction), without a force warning', () => {
    // Two threads against three, each at 1 N: the total pull differs by that one thread only.
    const found = findingsOf(run(sides(MIDFACE_FAN.slice(0, 2), MIDFACE_FAN)), rule);
    expect(found.map((f) => [f.severity, f.aspect])).toEqual([['info', 'count']]);
  });

  it('accepts a small difference in force', () => {
    expect(findingsOf(run(sides(MIDFACE_FAN.map((t) => ({ ...t, tension: 0.9 })), MIDFACE_FAN)), rule)).toEqual([]);
  });

  it('notes one extra thread and warns about two', () => {
    const plus1 = findingsOf(run(sides(MIDFACE_FAN.slice(0, 2), [...MIDFACE_FAN.slice(0, 2), midfaceVector(37, 62, { tension: 0 })])), rule);
    expect(plus1.map((f) => [f.severity, f.aspect])).toEqual([['info', 'count']]);
    const plus2 = findingsOf(run(sides(MIDFACE_FAN.slice(0, 1), [MIDFACE_FAN[0]!, midfaceVector(23, 65, { tension: 0 }), midfaceVector(37, 62, { tension: 0 })])), rule);
    expect(plus2.map((f) => [f.severity, f.aspect])).toEqual([['warning', 'count']]);
  });

  it("the count finding names the threads of the side with more threads, whichever side that is", () => {
    const fewer = MIDFACE_FAN.slice(0, 1);
    const more = MIDFACE_FAN;
    for (const [right, left, larger] of [[more, fewer, 'right'], [fewer, more, 'left']] as const) {
      const plan = sides(right, left);
      const count = findingsOf(run(plan), rule).filter((f) => f.aspect === 'count');
      const largerIds = plan.threads.filter((t) => t.side === larger).map((t) => t.id);
      expect(largerIds).toHaveLength(3);
      expect(count.map((f) => f.threads)).toEqual([largerIds]);
    }
  });

  it('warns about each mirrored pair whose pulls point apart, naming the angle once in title and text', () => {
    const found = findingsOf(run(sides([midfaceVector(9, 65), midfaceVector(16, 65)], [midfaceVector(30, 65), midfaceVector(37, 62)])), rule);
    expect(found.map((f) => [f.aspect, f.threads])).toEqual([
      ['pair-direction', ['t1', 't3']],
      ['pair-direction', ['t2', 't4']],
    ]);
    const angle = /\((\d+°) apart\)/.exec(found[0]!.title)![1]!;
    expect(found[0]!.message).toContain(`${angle} apart`);
  });

  it('catches pairs that differ by 8-24 degrees although the side averages differ by less than the limit', () => {
    // Right: 9, 23, 37 degrees from straight down; left: the same vectors turned by 8, 8 and 24 degrees
    // in the same sense. The resultants differ by about 13 degrees: the side check alone passes.
    const left = [midfaceVector(17, 65), midfaceVector(31, 65), midfaceVector(61, 62)];
    const result = run(sides(MIDFACE_FAN, left));
    const er = result.metrics.resultant.right.elevationDeg!;
    const el = result.metrics.resultant.left.elevationDeg!;
    expect(Math.abs(er - el)).toBeLessThan(15);
    const found = findingsOf(result, rule);
    expect(found.map((f) => [f.aspect, f.threads])).toEqual([['pair-direction', ['t3', 't6']]]);
    expect(found[0]!.title).toMatch(/^Threads 3 and 6 pull in different directions \(2\d° apart\)$/);
  });

  it('warns when both sides have as many threads but in different areas', () => {
    const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
    b.side('right', 'AR', mirrorXY(TEMPLE), MIDFACE_FAN.slice(0, 2).map(mirrorSpec));
    b.side('left', 'AL', TEMPLE, MIDFACE_FAN.slice(0, 1));
    b.side('left', 'BL', ARCH, JAWLINE_PAIR.slice(0, 1));
    const found = findingsOf(run(b.build()), rule);
    expect(found.map((f) => [f.severity, f.aspect, f.threads])).toEqual([['warning', 'unmatched', ['t2', 't4']]]);
    expect(found[0]!.message).toContain('thread 2 (right, ');
    expect(found[0]!.message).toContain('thread 4 (left, jowl)');
  });

  it('gives a one-sided plan an info note only', () => {
    const found = findingsOf(run(oneSide('left', TEMPLE, MIDFACE_FAN)), rule);
    expect(found.map((f) => [f.severity, f.aspect, f.side])).toEqual([['info', 'one-sided', null]]);
  });

  it('is silent for an empty plan', () => {
    expect(run(new PlanBuilder(meta({ title: 'empty', patientId: 'E' })).build()).findings).toEqual([]);
  });
});

describe('mirror pairing', () => {
  it('pairs a turned fan thread by thread, not crossed', () => {
    const plan = sides([midfaceVector(9, 65), midfaceVector(16, 65)], [midfaceVector(30, 65), midfaceVector(37, 62)]);
    const r = analyze(plan, CANONICAL_ATLAS);
    expect(r.findings.filter((f) => f.aspect === 'pair-direction').map((f) => f.threads)).toEqual([
      ['t1', 't3'],
      ['t2', 't4'],
    ]);
  });

  it('pairs a plan and its mirror image alike when equally good pairings tie (threads drawn identically)', () => {
    // Right: one vector drawn three times (the third tensioned harder) around a steeper one; left:
    // the same vector and one turned 2 degrees. Several assignments cost the same, and the
    // tie must not be broken by which side is which, or mirroring the plan changes the findings.
    const v = midfaceVector(23, 65, { tension: 0.6 });
    const plan = sides([v, midfaceVector(55, 45, { tension: 0.6 }), { ...v, tension: 1.4 }, v], [midfaceVector(25, 65, { tension: 0.6 }), v]);
    const swapped = (side: Finding['side']): Finding['side'] => (side === null ? null : side === 'left' ? 'right' : 'left');
    const original = findingsOf(run(plan), rule).map((f) => findingKey({ ...f, side: swapped(f.side) }));
    const mirrored = findingsOf(run(mirrorPlan(plan)), rule).map((f) => findingKey(f));
    expect(original.some((k) => k.includes('pair-'))).toBe(true);
    expect(mirrored.sort()).toEqual(original.sort());
  });

  it('finds the least-total assignment of a rectangular matrix, leaving extra rows out', () => {
    // Every cell allowed: result[row] is the index into the row's columns, here the column itself.
    const dense = (matrix: number[][]): number[] =>
      minimumAssignment(
        matrix.map((weights) => ({ columns: weights.map((_, j) => j), weights })),
        matrix[0]?.length ?? 0,
      );
    expect(dense([[4, 1, 3], [2, 0, 5], [3, 2, 2]])).toEqual([1, 0, 2]);
    expect(dense([[1, 9], [9, 1], [5, 5]])).toEqual([0, 1, -1]);
    expect(dense([[1, 9], [9, 2], [0, 0]])).toEqual([0, -1, 1]);
    expect(dense([[5, 1, 9]])).toEqual([1]);
    expect(dense([])).toEqual([]);
  });

  it('pairs as many rows as the allowed cells permit, then the least total, like a brute-force search', () => {
    // A row whose only allowed column is taken by a cheaper row is still paired when another
    // assignment pairs more rows: [[0:100], [0:1, 1:50]] -> row 0 takes column 0, row 1 column 1.
    expect(minimumAssignment([{ columns: [0], weights: [100] }, { columns: [0, 1], weights: [1, 50] }], 2)).toEqual([0, 1]);
    // Row 1 can only take column 0: the cheaper row keeps it and row 0 is left out.
    expect(minimumAssignment([{ columns: [0], weights: [9] }, { columns: [0], weights: [1] }], 1)).toEqual([-1, 0]);
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let trial = 0; trial < 300; trial++) {
      const rowCount = 1 + Math.floor(random() * 5);
      const columnCount = 1 + Math.floor(random() * 5);
      const rows = Array.from({ length: rowCount }, () => {
        const columns: number[] = [];
        const weights: number[] = [];
        for (let j = 0; j < columnCount; j++) {
          if (random() < 0.5) {
            columns.push(j);
            weights.push(Math.round(random() * 1000) / 7);
          }
        }
        return { columns, weights };
      });
      // Brute force: every way of giving each row one of its columns or none, columns used once.
      let best = { paired: -1, total: Infinity };
      const walk = (r: number, used: Set<number>, paired: number, total: number): void => {
        if (r === rowCount) {
          if (paired > best.paired || (paired === best.paired && total < best.total - 1e-9)) best = { paired, total };
          return;
        }
        walk(r + 1, used, paired, total);
        rows[r]!.columns.forEach((j, e) => {
          if (used.has(j)) return;
          used.add(j);
          walk(r + 1, used, paired + 1, total + rows[r]!.weights[e]!);
          used.delete(j);
        });
      };
      walk(0, new Set(), 0, 0);
      const result = minimumAssignment(rows, columnCount);
      const columns = result.flatMap((e, r) => (e < 0 ? [] : [rows[r]!.columns[e]!]));
      expect(new Set(columns).size).toBe(columns.length);
      expect(columns.length).toBe(best.paired);
      const total = result.reduce((sum, e, r) => sum + (e < 0 ? 0 : rows[r]!.weights[e]!), 0);
      expect(total).toBeCloseTo(best.total, 6);
    }
  });

  it('leaves a pair to over-tension while one of them is tensioned beyond what it holds', () => {
    const found = findingsOf(run(sides(MIDFACE_FAN.map((t) => ({ ...t, tension: 1 })), MIDFACE_FAN.map((t, i) => ({ ...t, tension: i === 0 ? 2.5 : 1 })))), rule);
    expect(found.filter((f) => f.aspect === 'pair-force')).toEqual([]);
  });
});
