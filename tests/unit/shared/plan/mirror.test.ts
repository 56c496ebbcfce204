import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mirrorEntryPoint, mirrorFixationZoneId, mirrorPlan, mirrorThread, otherSide } from '../../../../shared/plan/mirror';
import { validatePlan } from '../../../../shared/plan/validate';
import type { EntryPoint, Thread } from '../../../../shared/plan/types';
import { validPlanArb } from './arbitraries';

const entry: EntryPoint = { id: 'e1', label: 'A', position: { x: 62, y: -18 }, side: 'left' };
const thread: Thread = {
  id: 't1', side: 'left', typeId: 'pdo-cog-bi-19g-100', entryPointId: 'e1',
  path: [{ x: 62, y: -18 }, { x: 0, y: 40 }], depthMm: 5, pointDepthsMm: [null, 4],
  barbed: { startMm: 5, endMm: 30 }, fixationEnd: 'entry', fixationZoneId: 'deep-temporal-fascia-left',
  tensionN: 1.5, lot: { number: 'L1', expiry: '' }, notes: 'n',
};

describe('mirroring', () => {
  it('swaps sides', () => {
    expect(otherSide('left')).toBe('right');
    expect(otherSide('right')).toBe('left');
  });

  it('moves an entry point to the other side, keeping or replacing its id', () => {
    expect(mirrorEntryPoint(entry)).toEqual({ id: 'e1', label: 'A', position: { x: -62, y: -18 }, side: 'right' });
    expect(mirrorEntryPoint(entry, 'e2').id).toBe('e2');
  });

  it('mirrors a thread path, side and fixation zone; keeps depth, barbs, tension, lot, notes', () => {
    const m = mirrorThread(thread, 't2', 'e2');
    expect(m).toEqual({
      ...thread, id: 't2', entryPointId: 'e2', side: 'right',
      path: [{ x: -62, y: -18 }, { x: 0, y: 40 }], fixationZoneId: 'deep-temporal-fascia-right',
    });
    expect(Object.is(m.path[1]!.x, 0)).toBe(true); // a midline point stays +0, not -0
  });

  it('swaps -left and -right zone suffixes and keeps others', () => {
    expect(mirrorFixationZoneId('zygomatic-arch-right')).toBe('zygomatic-arch-left');
    expect(mirrorFixationZoneId('midline')).toBe('midline');
    expect(mirrorFixationZoneId(null)).toBeNull();
  });

  it('keeps a plan valid, keeps ids, and mirroring twice gives the plan back', () => {
    fc.assert(
      fc.property(validPlanArb, (plan) => {
        const m = mirrorPlan(plan);
        expect(validatePlan(m).ok).toBe(true);
        expect(m.threads.map((t) => t.id)).toEqual(plan.threads.map((t) => t.id));
        m.threads.forEach((t, i) => expect(t.side).toBe(otherSide(plan.threads[i]!.side)));
        m.entryPoints.forEach((e, i) => expect(e.position.x).toBe(0 - plan.entryPoints[i]!.position.x));
        expect(mirrorPlan(m)).toEqual(plan);
      }),
      { numRuns: 150 },
    );
  });
});
