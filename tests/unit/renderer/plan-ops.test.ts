import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as ops from '../../../renderer/editor/plan-ops';
import { fixationZoneAt, indexAtlas, sideOf, CANONICAL_ATLAS } from '../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../shared/catalogue/thread-types';
import { polylineLength } from '../../../shared/geometry/polyline';
import { createEmptyPlan, parsePlanText, serializePlan } from '../../../shared/plan';
import type { PlanDocument } from '../../../shared/plan/types';
import { LEFT_MIDFACE, TestEditor, keyInput, on, type Point } from './harness';

const index = indexAtlas(CANONICAL_ATLAS);
const ctx: ops.OpsContext = {
  catalogue: THREAD_CATALOGUE,
  defaultThreadTypeId: '',
  sideAt: sideOf,
  fixationZoneAt: (p) => fixationZoneAt(index, p)?.id ?? null,
};

function planWithThread(points: readonly Point[] = LEFT_MIDFACE): { plan: PlanDocument; threadId: string; entryPointId: string } {
  const added = ops.addThread(createEmptyPlan({}, '2025-01-01'), ctx, { entryPointId: null, points: points.map(([x, y]) => ({ x, y })) });
  if (!added) throw new Error('not added');
  return added;
}

describe('plan operations', () => {
  it('new barbed threads get barbs over the middle 20-80% of the path', () => {
    const { plan, threadId } = planWithThread();
    const t = ops.findThread(plan, threadId)!;
    const length = polylineLength(t.path);
    expect(t.barbed!.startMm).toBeCloseTo(length * 0.2, 0);
    expect(t.barbed!.endMm).toBeCloseTo(length * 0.8, 0);
  });

  it('barbed-section figures stay on the 0.5 mm grid', () => {
    const { plan, threadId } = planWithThread();
    const t = ops.findThread(plan, threadId)!;
    expect((t.barbed!.startMm * 2) % 1).toBe(0);
    expect((t.barbed!.endMm * 2) % 1).toBe(0);
    const typed = ops.findThread(ops.updateThread(plan, ctx, threadId, { barbed: { startMm: 12.26, endMm: 40.74 } }), threadId)!;
    expect(typed.barbed).toEqual({ startMm: 12.5, endMm: 40.5 });
  });

  it('refitting a barbed section keeps lead-in and tail, and shrinks in proportion only when they no longer fit', () => {
    expect(ops.refitBarbed({ startMm: 15, endMm: 58 }, 65, 80)).toEqual({ startMm: 15, endMm: 73 });
    expect(ops.refitBarbed({ startMm: 15, endMm: 58 }, 65, 40)).toEqual({ startMm: 15, endMm: 33 });
    // 20 mm is less than lead-in + tail (22 mm): all three parts shrink by 20/65.
    expect(ops.refitBarbed({ startMm: 15, endMm: 58 }, 65, 20)).toEqual({ startMm: 4.5, endMm: 18 });
    expect(ops.refitBarbed(null, 65, 20)).toBeNull();
  });

  it('edits several threads at once: each field set replaces that value, lot number and expiry separately', () => {
    const first = planWithThread();
    const second = ops.addThread(first.plan, ctx, { entryPointId: first.entryPointId, points: [{ x: 68, y: -20 }, { x: 45, y: 45 }] })!;
    let plan = ops.updateThread(second.plan, ctx, first.threadId, { lot: { number: 'OLD', expiry: '2026-01-31' } });
    const ids = [first.threadId, second.threadId];
    plan = ops.updateThreads(plan, ctx, ids, { depthMm: 4, tensionN: 1.3, lotNumber: 'NEW-1' });
    for (const id of ids) expect(ops.findThread(plan, id)).toMatchObject({ depthMm: 4, tensionN: 1.3 });
    expect(ops.findThread(plan, first.threadId)!.lot).toEqual({ number: 'NEW-1', expiry: '2026-01-31' });
    expect(ops.findThread(plan, second.threadId)!.lot).toEqual({ number: 'NEW-1', expiry: '' });
    plan = ops.updateThreads(plan, ctx, ids, { lotExpiry: '2027-05-31', typeId: 'pdo-mono-27g-60' });
    expect(ops.findThread(plan, first.threadId)!.lot).toEqual({ number: 'NEW-1', expiry: '2027-05-31' });
    expect(ops.findThread(plan, second.threadId)).toMatchObject({ typeId: 'pdo-mono-27g-60', barbed: null });
    expect(ops.updateThreads(plan, ctx, ids, { depthMm: 4 })).toBe(plan);
  });

  it('sets the barbed start and end separately, each keeping the other as the plan has it now', () => {
    const { plan, threadId } = planWithThread();
    const before = ops.findThread(plan, threadId)!.barbed!;
    const started = ops.updateThreads(plan, ctx, [threadId], { barbedStartMm: before.startMm + 2 });
    const ended = ops.updateThreads(started, ctx, [threadId], { barbedEndMm: before.endMm - 3 });
    expect(ops.findThread(ended, threadId)!.barbed).toEqual({ startMm: before.startMm + 2, endMm: before.endMm - 3 });
    const smooth = ops.updateThread(plan, ctx, threadId, { typeId: 'pdo-mono-27g-60' });
    expect(ops.updateThreads(smooth, ctx, [threadId], { barbedEndMm: 30 })).toBe(smooth);
  });

  it('changing to a smooth type drops the barbs; back to barbed restores a default section', () => {
    const { plan, threadId } = planWithThread();
    const smooth = ops.updateThread(plan, ctx, threadId, { typeId: 'pdo-mono-27g-60' });
    expect(ops.findThread(smooth, threadId)!.barbed).toBeNull();
    const barbed = ops.updateThread(smooth, ctx, threadId, { typeId: 'pdo-cog-uni-19g-100' });
    expect(ops.findThread(barbed, threadId)!.barbed).toEqual(ops.findThread(plan, threadId)!.barbed);
  });

  it('keeps inspector numbers inside what the loader accepts', () => {
    const { plan, threadId } = planWithThread();
    const next = ops.updateThread(plan, ctx, threadId, {
      depthMm: 99,
      tensionN: -3,
      pointDepthsMm: [1, Number.NaN, 400],
      barbed: { startMm: 500, endMm: 1000 },
    });
    const t = ops.findThread(next, threadId)!;
    expect(t.depthMm).toBe(30);
    expect(t.tensionN).toBe(0);
    expect(t.pointDepthsMm).toEqual([1, null, 30]);
    // The longest section on the 0.5 mm grid that fits the path.
    const length = polylineLength(t.path);
    expect(t.barbed!.endMm).toBe(Math.floor(length / ops.BARB_STEP_MM) * ops.BARB_STEP_MM);
    expect(length - t.barbed!.endMm).toBeLessThan(ops.BARB_STEP_MM);
    expect(parsePlanText(serializePlan(next)).ok).toBe(true);
  });

  it('a path set from the inspector keeps its start on the entry point', () => {
    const { plan, threadId } = planWithThread();
    const next = ops.updateThread(plan, ctx, threadId, { path: [{ x: 0, y: 0 }, { x: 40, y: 40 }] });
    const t = ops.findThread(next, threadId)!;
    expect(t.path).toEqual([{ x: 68, y: -20 }, { x: 40, y: 40 }]);
    expect(t.pointDepthsMm).toHaveLength(2);
  });

  it('inserting a point between two depth overrides interpolates its depth', () => {
    const { plan, threadId } = planWithThread([[0, 0], [10, 0]]);
    const withDepths = ops.updateThread(plan, ctx, threadId, { pointDepthsMm: [4, 8] });
    const next = ops.insertPathPoint(withDepths, ctx, threadId, 0, { x: 2.5, y: 0 });
    expect(ops.findThread(next, threadId)!.pointDepthsMm).toEqual([4, 5, 8]);
  });

  it('renaming an entry point and moving it by the inspector', () => {
    const { plan, entryPointId, threadId } = planWithThread();
    const next = ops.updateEntryPoint(plan, ctx, entryPointId, { label: 'A', position: { x: -60, y: -20 } });
    expect(ops.findEntryPoint(next, entryPointId)).toMatchObject({ label: 'A', side: 'right', position: { x: -60, y: -20 } });
    expect(ops.findThread(next, threadId)).toMatchObject({ side: 'right', path: expect.arrayContaining([{ x: -60, y: -20 }]) });
    expect(ops.updateEntryPoint(next, ctx, entryPointId, { label: 'A' })).toBe(next);
  });

  it('mirroring an entry point alone mirrors its threads too', () => {
    const { plan, entryPointId } = planWithThread();
    const { plan: next, selection } = ops.mirrorSelection(plan, ctx, { threadIds: [], entryPointIds: [entryPointId] });
    expect(next.threads).toHaveLength(2);
    expect(next.entryPoints).toHaveLength(2);
    expect(selection.entryPointIds).toEqual([next.entryPoints[1]!.id]);
    expect(selection.threadIds).toEqual([next.threads[1]!.id]);
  });

  it('letters new entry points, never numbering them beside the threads: added, duplicated and mirrored', () => {
    const { plan, entryPointId } = planWithThread();
    expect(ops.findEntryPoint(plan, entryPointId)!.label).toBe('A');
    const added = ops.addEntryPoint(plan, ctx, { x: 40, y: 30 });
    expect(ops.findEntryPoint(added.plan, added.id)!.label).toBe('B');
    const copied = ops.duplicateSelection(added.plan, ctx, { threadIds: [], entryPointIds: [entryPointId] });
    expect(copied.plan.entryPoints.map((e) => e.label)).toEqual(['A', 'B', 'C']);
    // A plain letter's mirror takes the next free letter.
    const mirrored = ops.mirrorSelection(plan, ctx, { threadIds: [], entryPointIds: [entryPointId] });
    expect(mirrored.plan.entryPoints.map((e) => e.label)).toEqual(['A', 'B']);
  });

  it("mirrors a label that names its side as the example plans do ('AL' to 'AR') and keeps a file's own labels", () => {
    const { plan, entryPointId } = planWithThread();
    const paired: PlanDocument = { ...plan, entryPoints: plan.entryPoints.map((e) => ({ ...e, label: 'AL' })) };
    const mirrored = ops.mirrorSelection(paired, ctx, { threadIds: [], entryPointIds: [entryPointId] });
    expect(mirrored.plan.entryPoints.map((e) => [e.label, e.side])).toEqual([['AL', 'left'], ['AR', 'right']]);
    // An older plan's numbered labels stay as saved; the next entry gets the first letter.
    const numbered: PlanDocument = { ...plan, entryPoints: plan.entryPoints.map((e) => ({ ...e, label: '1' })) };
    const added = ops.addEntryPoint(numbered, ctx, { x: -40, y: 30 });
    expect(added.plan.entryPoints.map((e) => e.label)).toEqual(['1', 'A']);
  });
});

/**
 * Whatever the user does with pointer and keys, the plan the editor holds must always save and
 * reopen: every edit keeps the loader's rules (path on its entry point, barbs inside the path,
 * one depth per point, numbers in range).
 */
describe('the editor never makes a plan the loader would refuse', () => {
  const coord = fc.integer({ min: -90, max: 90 });
  const point = fc.tuple(coord, coord);
  const action = fc.oneof(
    fc.record({ kind: fc.constant('thread' as const), points: fc.array(point, { minLength: 2, maxLength: 5 }) }),
    fc.record({ kind: fc.constant('entry' as const), at: point }),
    fc.record({ kind: fc.constant('dragPoint' as const), pick: fc.nat(), index: fc.nat(), to: point }),
    fc.record({ kind: fc.constant('dragThread' as const), pick: fc.nat(), to: point }),
    fc.record({ kind: fc.constant('insert' as const), pick: fc.nat(), at: point }),
    fc.record({ kind: fc.constant('removePoint' as const), pick: fc.nat(), index: fc.nat() }),
    fc.record({
      kind: fc.constant('key' as const),
      combo: fc.constantFrom('Mod+A', 'Mod+M', 'Mod+D', 'Mod+Z', 'Mod+Y', 'Delete', 'f', ']', 'Shift+ArrowUp', 'ArrowLeft', 'Escape'),
    }),
  );

  it('holds for random sequences of edits', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        const ed = new TestEditor();
        for (const a of actions) {
          const threads = ed.plan.threads;
          const t = threads.length > 0 ? threads[('pick' in a ? a.pick : 0) % threads.length]! : null;
          switch (a.kind) {
            case 'thread':
              ed.editor.setTool('thread');
              a.points.forEach((p) => ed.click(p));
              ed.key('Enter');
              ed.key('Escape');
              break;
            case 'entry':
              ed.editor.setTool('entry');
              ed.click(a.at);
              break;
            case 'dragPoint':
              if (!t) break;
              ed.editor.setTool('edit');
              ed.drag([t.path[a.index % t.path.length]!.x, t.path[a.index % t.path.length]!.y], a.to, on.point(t.id, a.index % t.path.length));
              break;
            case 'dragThread':
              if (!t) break;
              ed.editor.setTool('select');
              ed.drag([t.path[1]!.x, t.path[1]!.y], a.to, on.thread(t.id));
              break;
            case 'insert':
              if (!t) break;
              ed.editor.setTool('edit');
              ed.doubleClick(a.at, on.thread(t.id));
              break;
            case 'removePoint':
              if (!t) break;
              ed.editor.setTool('edit');
              ed.click([0, 0], on.point(t.id, a.index % t.path.length), { alt: true });
              break;
            case 'key':
              ed.editor.keyDown(keyInput(a.combo));
              if (ed.snapshot.confirm) ed.editor.answerConfirm(true);
              break;
          }
          const reread = parsePlanText(serializePlan(ed.plan), { knownThreadTypeIds: new Set(THREAD_CATALOGUE.map((x) => x.id)) });
          if (!reread.ok) throw new Error(`${a.kind}: ${reread.error.path} ${reread.error.message}`);
        }
      }),
      { numRuns: 60 },
    );
  });
});
