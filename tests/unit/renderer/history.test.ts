import { describe, expect, it } from 'vitest';
import { History } from '../../../renderer/editor/history';
import { createEmptyPlan, serializePlan } from '../../../shared/plan';
import { LEFT_MIDFACE, TestEditor, on } from './harness';

describe('undo and redo in the editor', () => {
  it('every edit is one step, and undo restores the selection of the time', () => {
    const ed = new TestEditor();
    const empty = ed.plan;
    const a = ed.drawThread(LEFT_MIDFACE);
    const afterDraw = ed.plan;
    ed.key('v');
    ed.click([55, 20], on.thread(a.id));
    ed.key('Delete'); // one object: no confirmation
    expect(ed.plan.threads).toHaveLength(0);
    ed.expectSelection([]);

    ed.key('Mod+Z');
    expect(ed.plan).toBe(afterDraw);
    ed.expectSelection([a.id]); // what was selected when it was deleted
    ed.key('Mod+Z');
    expect(ed.plan).toBe(empty);
    expect(ed.snapshot.canUndo).toBe(false);
    expect(ed.snapshot.canRedo).toBe(true);
    ed.key('Mod+Y');
    expect(ed.plan).toBe(afterDraw);
    ed.expectSelection([a.id]); // the new thread was selected after drawing
    ed.key('Mod+Shift+Z');
    expect(ed.plan.threads).toHaveLength(0);
  });

  it('a drag of many moves is one step', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    const beforeDrag = ed.plan;
    ed.key('a');
    ed.drag([55, 20], [40, 10], on.point(a.id, 1), {}, 30);
    ed.key('Mod+Z');
    expect(ed.plan).toBe(beforeDrag);
    ed.key('Mod+Z');
    expect(ed.plan.threads).toHaveLength(0);
  });

  it('a new edit after undo drops the redo branch', () => {
    const ed = new TestEditor();
    ed.editor.setTool('entry');
    ed.click([10, 10]);
    ed.key('Mod+Z');
    expect(ed.snapshot.canRedo).toBe(true);
    ed.click([20, 20]);
    expect(ed.snapshot.canRedo).toBe(false);
  });

  it('undo while drawing drops the draft (and nothing else)', () => {
    const ed = new TestEditor();
    ed.drawThread(LEFT_MIDFACE);
    const plan = ed.plan;
    ed.editor.setTool('thread');
    ed.click([0, 0]).click([10, 10]);
    ed.key('Mod+Z');
    expect(ed.snapshot.draft).toBeNull();
    expect(ed.plan).toBe(plan);
  });

  it('panel edits are undoable steps too', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.editor.updateThread(a.id, { depthMm: 6 });
    ed.editor.updateMeta({ title: 'Mrs K, midface' });
    expect(ed.plan.meta.title).toBe('Mrs K, midface');
    ed.key('Mod+Z');
    expect(ed.plan.meta.title).not.toBe('Mrs K, midface');
    expect(ed.thread(a.id).depthMm).toBe(6);
    ed.key('Mod+Z');
    expect(ed.thread(a.id).depthMm).toBe(a.depthMm);
  });

  it('Redo is empty after New: the previous document never comes back', async () => {
    const ed = await TestEditor.create();
    ed.drawThread(LEFT_MIDFACE);
    ed.drawThread([[20, 20], [30, 40]]);
    ed.key('Mod+Z'); // one step to redo
    expect(ed.snapshot.canRedo).toBe(true);
    const done = ed.editor.newPlan();
    if (ed.snapshot.confirm) ed.editor.answerConfirm(true); // discard the unsaved thread
    await done;
    const fresh = ed.plan;
    expect(fresh.threads).toHaveLength(0);
    expect(ed.snapshot.canRedo).toBe(false);
    expect(ed.snapshot.canUndo).toBe(false);
    ed.key('Mod+Y');
    ed.key('Mod+Shift+Z');
    ed.key('Mod+Z');
    expect(ed.plan).toBe(fresh);
  });

  it('Redo is empty after Open: the previous document never comes back', async () => {
    const ed = await TestEditor.create();
    ed.bridge.files.set('/plans/empty.vlift', serializePlan(createEmptyPlan({ title: 'opened' }, '2025-01-01')));
    ed.bridge.openAnswers.push('/plans/empty.vlift');
    ed.drawThread(LEFT_MIDFACE);
    ed.key('Mod+Z');
    expect(ed.snapshot.canRedo).toBe(true);
    const done = ed.editor.openPlan();
    if (ed.snapshot.confirm) ed.editor.answerConfirm(true);
    await done;
    const opened = ed.plan;
    expect(opened.meta.title).toBe('opened');
    expect(ed.snapshot.canRedo).toBe(false);
    ed.key('Mod+Y');
    expect(ed.plan).toBe(opened);
  });

  it('an edit that changes nothing is not a step', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    const plan = ed.plan;
    ed.editor.updateThread(a.id, { depthMm: a.depthMm });
    expect(ed.plan).toBe(plan);
    ed.key('Mod+Z');
    expect(ed.plan.threads).toHaveLength(0);
  });
});

describe('History', () => {
  const sel = { threadIds: [], entryPointIds: [] };
  const plans = Array.from({ length: 6 }, (_, i) => createEmptyPlan({ title: `p${i}` }, '2025-01-01'));

  it('caps its length, dropping the oldest steps', () => {
    const h = new History(3);
    for (let i = 1; i < plans.length; i++) h.record({ plan: plans[i - 1]!, selection: sel }, { plan: plans[i]!, selection: sel });
    expect(h.undo()?.plan).toBe(plans[4]);
    expect(h.undo()?.plan).toBe(plans[3]);
    expect(h.undo()?.plan).toBe(plans[2]);
    expect(h.undo()).toBeNull();
  });

  it('a gesture commits one step from its start; cancel returns the start', () => {
    const h = new History();
    h.begin({ plan: plans[0]!, selection: sel });
    expect(h.inGesture).toBe(true);
    h.commit({ plan: plans[3]!, selection: sel });
    expect(h.inGesture).toBe(false);
    expect(h.undo()?.plan).toBe(plans[0]);
    expect(h.redo()?.plan).toBe(plans[3]);
    h.begin({ plan: plans[3]!, selection: sel });
    expect(h.cancel()?.plan).toBe(plans[3]);
    expect(h.canRedo).toBe(false);
    expect(h.undo()?.plan).toBe(plans[0]);
  });

  it('a commit without a running gesture records nothing and keeps the redo steps', () => {
    const h = new History();
    h.record({ plan: plans[0]!, selection: sel }, { plan: plans[1]!, selection: sel });
    h.undo();
    h.commit({ plan: plans[2]!, selection: sel });
    expect([h.canUndo, h.canRedo, h.inGesture]).toEqual([false, true, false]);
    expect(h.redo()?.plan).toBe(plans[1]);
  });

  it('clear() forgets undo, redo and a running gesture', () => {
    const h = new History();
    h.record({ plan: plans[0]!, selection: sel }, { plan: plans[1]!, selection: sel });
    h.record({ plan: plans[1]!, selection: sel }, { plan: plans[2]!, selection: sel });
    h.undo();
    h.begin({ plan: plans[1]!, selection: sel });
    expect([h.canUndo, h.canRedo, h.inGesture]).toEqual([true, true, true]);
    h.clear();
    expect([h.canUndo, h.canRedo, h.inGesture]).toEqual([false, false, false]);
    expect(h.redo()).toBeNull();
    expect(h.undo()).toBeNull();
    expect(h.cancel()).toBeNull();
  });

  it('undo and redo walk the steps in order, and return null at either end', () => {
    const h = new History();
    expect(h.undo()).toBeNull();
    expect(h.redo()).toBeNull();
    const a = { threadIds: ['a'], entryPointIds: [] };
    const b = { threadIds: ['b'], entryPointIds: [] };
    h.record({ plan: plans[0]!, selection: a }, { plan: plans[1]!, selection: b });
    h.record({ plan: plans[1]!, selection: b }, { plan: plans[2]!, selection: a });
    expect(h.redo()).toBeNull();
    expect(h.undo()).toEqual({ plan: plans[1], selection: b });
    expect(h.undo()).toEqual({ plan: plans[0], selection: a });
    expect(h.undo()).toBeNull();
    expect(h.canUndo).toBe(false);
    expect(h.redo()).toEqual({ plan: plans[1], selection: b });
    expect(h.redo()).toEqual({ plan: plans[2], selection: a });
    expect(h.canRedo).toBe(false);
    expect(h.redo()).toBeNull();
  });

  it('a gesture that ends where it began records nothing', () => {
    const h = new History();
    h.begin({ plan: plans[0]!, selection: sel });
    h.commit({ plan: plans[0]!, selection: sel });
    expect(h.canUndo).toBe(false);
  });
});
