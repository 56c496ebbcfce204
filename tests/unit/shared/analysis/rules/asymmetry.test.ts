import { describe, expect, it } from 'vitest';
import { MIDFACE_FAN, PlanBuilder, TEMPLE, bilateral, findingsOf, meta, midfaceVector, oneSide, run } from '../helpers';
import { mirrorSpec } from '../../../../../cli/examples/builder';
import type { ThreadSpec, XY } from '../helpers';

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

  it('warns when one side pulls much harder', () => {
    const found = findingsOf(run(sides(MIDFACE_FAN.map((t) => ({ ...t, tension: 0.6 })), MIDFACE_FAN.map((t) => ({ ...t, tension: 1.2 })))), rule);
    expect(found.map((f) => [f.severity, f.aspect, f.threads])).toEqual([['warning', 'force', ['t4', 't5', 't6']]]);
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

  it('warns when the sides are lifted in different directions', () => {
    const found = findingsOf(run(sides([midfaceVector(9, 65), midfaceVector(16, 65)], [midfaceVector(30, 65), midfaceVector(37, 62)])), rule);
    expect(found.map((f) => f.aspect)).toEqual(['direction']);
  });

  it('gives a one-sided plan an info note only', () => {
    const found = findingsOf(run(oneSide('left', TEMPLE, MIDFACE_FAN)), rule);
    expect(found.map((f) => [f.severity, f.aspect, f.side])).toEqual([['info', 'one-sided', null]]);
  });

  it('is silent for an empty plan', () => {
    expect(run(new PlanBuilder(meta({ title: 'empty', patientId: 'E' })).build()).findings).toEqual([]);
  });
});
