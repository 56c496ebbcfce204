import { polylineLength } from '../../../shared/geometry/polyline';
import { describe, expect, it } from 'vitest';
import { THREAD_CATALOGUE } from '../../../shared/catalogue/thread-types';
import { FakeBridge } from './fake-bridge';
import { LEFT_MIDFACE, TestEditor, on } from './harness';

describe('thread tool', () => {
  it('a drag draws a straight thread in one gesture; a fan from the same entry point takes one drag per thread', () => {
    const ed = new TestEditor();
    ed.editor.setTool('thread');
    ed.drag([68, -20], [45, 45]);
    expect(ed.plan.threads).toHaveLength(1);
    const first = ed.plan.threads[0]!;
    expect(first.path).toEqual([{ x: 68, y: -20 }, { x: 45, y: 45 }]);
    expect(ed.state).toBe('thread.idle');
    ed.drag([68.4, -20.3], [35, 50], on.entry(first.entryPointId));
    expect(ed.plan.entryPoints).toHaveLength(1);
    expect(ed.plan.threads[1]!.path).toEqual([{ x: 68, y: -20 }, { x: 35, y: 50 }]);
    ed.key('Mod+Z');
    expect(ed.plan.threads).toHaveLength(1);
  });

  it('a press released in place starts point-by-point drawing; Esc during a drag-draw leaves the plan alone', () => {
    const ed = new TestEditor();
    ed.editor.setTool('thread');
    ed.click([68, -20]);
    expect(ed.state).toBe('thread.drawing');
    ed.key('Escape');
    const before = ed.plan;
    ed.pointerDown([68, -20]).pointerMove([50, 30]);
    expect(ed.snapshot.draft?.hover).toEqual({ x: 50, y: 30 });
    ed.key('Escape');
    ed.pointerUp([50, 30]);
    expect(ed.plan).toBe(before);
    expect(ed.snapshot.draft).toBeNull();
  });

  it('draws a thread with clicks and Enter, creating its entry point', () => {
    const ed = new TestEditor();
    ed.editor.setTool('thread');
    ed.click(LEFT_MIDFACE[0]!).click(LEFT_MIDFACE[1]!);
    expect(ed.state).toBe('thread.drawing');
    expect(ed.snapshot.draft?.points).toHaveLength(2);
    expect(ed.plan.threads).toHaveLength(0); // the draft is not in the plan yet
    ed.click(LEFT_MIDFACE[2]!);
    expect(ed.key('Enter')).toBe(true);

    expect(ed.plan.entryPoints).toHaveLength(1);
    expect(ed.plan.threads).toHaveLength(1);
    const entry = ed.plan.entryPoints[0]!;
    const thread = ed.plan.threads[0]!;
    expect(entry).toMatchObject({ position: { x: 68, y: -20 }, side: 'left', label: 'A' });
    expect(thread).toMatchObject({
      entryPointId: entry.id,
      side: 'left',
      typeId: 'pdo-cog-bi-19g-100',
      fixationEnd: 'entry',
      fixationZoneId: 'deep-temporal-fascia-left',
      tensionN: 1,
      lot: null,
    });
    expect(thread.path).toEqual([
      { x: 68, y: -20 },
      { x: 55, y: 20 },
      { x: 35, y: 50 },
    ]);
    expect(thread.pointDepthsMm).toEqual([null, null, null]);
    expect(thread.depthMm).toBeGreaterThan(0);
    // Barbs in the middle part of the path, inside it.
    expect(thread.barbed!.startMm).toBeGreaterThan(0);
    expect(thread.barbed!.endMm).toBeGreaterThan(thread.barbed!.startMm);
    expect(ed.snapshot.draft).toBeNull();
    expect(ed.snapshot.selection.threadIds).toEqual([thread.id]);
    expect(ed.state).toBe('thread.idle');
  });

  it('finishes on double-click without adding a doubled point', () => {
    const ed = new TestEditor();
    ed.editor.setTool('thread');
    ed.click(LEFT_MIDFACE[0]!).click(LEFT_MIDFACE[1]!).doubleClick(LEFT_MIDFACE[2]!);
    expect(ed.plan.threads).toHaveLength(1);
    expect(ed.plan.threads[0]!.path).toHaveLength(3);
  });

  it('Esc cancels the drawing and leaves the plan and history untouched', () => {
    const ed = new TestEditor();
    const before = ed.plan;
    ed.editor.setTool('thread');
    ed.click([10, 10]).click([20, 30]);
    expect(ed.key('Escape')).toBe(true);
    expect(ed.snapshot.draft).toBeNull();
    expect(ed.plan).toBe(before);
    expect(ed.snapshot.canUndo).toBe(false);
    expect(ed.state).toBe('thread.idle');
  });

  it('Enter with a single point does not make a thread', () => {
    const ed = new TestEditor();
    ed.editor.setTool('thread');
    ed.click([10, 10]);
    ed.key('Enter');
    expect(ed.plan.threads).toHaveLength(0);
    expect(ed.snapshot.draft).not.toBeNull();
    expect(ed.snapshot.status?.text).toMatch(/two points/);
  });

  it('starts on an existing entry point and shares it (fan technique)', () => {
    const ed = new TestEditor();
    const first = ed.drawThread(LEFT_MIDFACE);
    const second = ed.drawThread([[68, -20], [50, 40]], on.entry(first.entryPointId));
    expect(ed.plan.entryPoints).toHaveLength(1);
    expect(second.entryPointId).toBe(first.entryPointId);
    expect(second.path[0]).toEqual(ed.plan.entryPoints[0]!.position);
  });

  it('starting on a thread\'s first point starts on its entry point', () => {
    const ed = new TestEditor();
    const first = ed.drawThread(LEFT_MIDFACE);
    const second = ed.drawThread([[68.4, -20.2], [50, 40]], on.point(first.id, 0));
    expect(second.entryPointId).toBe(first.entryPointId);
    expect(second.path[0]).toEqual({ x: 68, y: -20 });
  });

  it('tracks the pointer for the rubber band and Backspace takes the last point back', () => {
    const ed = new TestEditor();
    ed.editor.setTool('thread');
    ed.click([0, 0]).click([10, 10]);
    ed.pointerMove([15, 20]);
    expect(ed.snapshot.draft?.hover).toEqual({ x: 15, y: 20 });
    ed.key('Backspace');
    expect(ed.snapshot.draft?.points).toEqual([{ x: 0, y: 0 }]);
  });

  it('switching tool drops the draft', () => {
    const ed = new TestEditor();
    ed.editor.setTool('thread');
    ed.click([0, 0]).click([10, 10]);
    ed.key('v');
    expect(ed.snapshot.tool).toBe('select');
    expect(ed.snapshot.draft).toBeNull();
  });

  it('thread side follows the entry point: negative x is the patient right', () => {
    const ed = new TestEditor();
    const t = ed.drawThread([[-68, -20], [-55, 20]]);
    expect(t.side).toBe('right');
    expect(t.fixationZoneId).toBe('deep-temporal-fascia-right');
  });

  it('uses the preferred thread type from the stored preferences', async () => {
    const bridge = new FakeBridge();
    bridge.preferences = { ...bridge.preferences, defaultThreadTypeId: 'pdo-mono-27g-60' };
    const ed = await TestEditor.create({ bridge });
    const t = ed.drawThread([[20, 20], [30, 40]]);
    expect(t.typeId).toBe('pdo-mono-27g-60');
    expect(t.barbed).toBeNull(); // smooth thread
    expect(t.tensionN).toBe(0); // not a lifting type
    expect(t.depthMm).toBe(THREAD_CATALOGUE.find((x) => x.id === 'pdo-mono-27g-60')!.defaultDepthMm);
    // Changed in the preferences form: the next thread uses the new type.
    ed.editor.updatePreferences({ defaultThreadTypeId: 'plla-cone-8' });
    expect(ed.drawThread([[-20, 20], [-30, 90]]).typeId).toBe('plla-cone-8');
  });

  it('falls back to the standard cog type for an unknown preferred type', async () => {
    const bridge = new FakeBridge();
    bridge.preferences = { ...bridge.preferences, defaultThreadTypeId: 'gone-from-catalogue' };
    const ed = await TestEditor.create({ bridge });
    expect(ed.drawThread([[20, 20], [30, 40]]).typeId).toBe('pdo-cog-bi-19g-100');
  });
});

describe('entry point tool', () => {
  it('a click adds an entry point as one undo step and selects it', () => {
    const ed = new TestEditor();
    ed.editor.setTool('entry');
    ed.click([40, 10]);
    expect(ed.plan.entryPoints).toEqual([{ id: 'e1', label: 'A', position: { x: 40, y: 10 }, side: 'left' }]);
    ed.expectSelection([], ['e1']);
    ed.click([-40, 10]);
    expect(ed.plan.entryPoints[1]).toMatchObject({ label: 'B', side: 'right' });
    ed.key('Mod+Z');
    expect(ed.plan.entryPoints).toHaveLength(1);
  });

  it('a click on an existing entry point selects it instead of stacking another', () => {
    const ed = new TestEditor();
    ed.editor.setTool('entry');
    ed.click([40, 10]).click([-40, 10]);
    ed.click([40, 10], on.entry('e1'));
    expect(ed.plan.entryPoints).toHaveLength(2);
    ed.expectSelection([], ['e1']);
  });
});

describe('select tool', () => {
  it('click selects, shift-click adds and removes, click on empty face clears', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    const b = ed.drawThread([[-68, -20], [-55, 20]]);
    ed.key('v');
    ed.click([55, 20], on.thread(a.id));
    ed.expectSelection([a.id]);
    ed.click([-55, 20], on.thread(b.id), { shift: true });
    ed.expectSelection([a.id, b.id]);
    ed.click([-68, -20], on.entry(b.entryPointId), { shift: true });
    ed.expectSelection([a.id, b.id], [b.entryPointId]);
    ed.click([-55, 20], on.thread(b.id), { shift: true });
    ed.expectSelection([a.id], [b.entryPointId]);
    ed.click([0, 100]);
    ed.expectSelection([]);
  });

  it('a plain click on one object of a multiple selection narrows to it', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    const b = ed.drawThread([[-68, -20], [-55, 20]]);
    ed.key('v');
    ed.editor.select({ threadIds: [a.id, b.id], entryPointIds: [] });
    ed.click([55, 20], on.thread(a.id));
    ed.expectSelection([a.id]);
  });

  it('dragging an entry point moves the starts of its threads, not their distal ends, as one undo step', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    const b = ed.drawThread([[68, -20], [45, 45]], on.entry(a.entryPointId));
    ed.key('v');
    const before = ed.plan;
    ed.drag([68, -20], [66, -25], on.entry(a.entryPointId));
    expect(ed.plan.entryPoints[0]!.position).toEqual({ x: 66, y: -25 });
    expect(ed.thread(a.id).path).toEqual([{ x: 66, y: -25 }, { x: 55, y: 20 }, { x: 35, y: 50 }]);
    expect(ed.thread(b.id).path).toEqual([{ x: 66, y: -25 }, { x: 45, y: 45 }]);
    ed.key('Mod+Z');
    expect(ed.plan).toBe(before);
  });

  it('Alt-dragging an entry point moves it with its threads, whole', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.key('v');
    ed.drag([68, -20], [66, -25], on.entry(a.entryPointId), { alt: true });
    expect(ed.thread(a.id).path[0]).toEqual({ x: 66, y: -25 });
    expect(ed.thread(a.id).path[2]!.x).toBeCloseTo(33);
    expect(ed.thread(a.id).path[2]!.y).toBeCloseTo(45);
  });

  it('the edit tool drags an entry point the same way: the starts alone, or whole with Alt', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.key('a');
    ed.drag([68, -20], [66, -25], on.entry(a.entryPointId));
    expect(ed.thread(a.id).path.slice(1)).toEqual([{ x: 55, y: 20 }, { x: 35, y: 50 }]);
    ed.drag([66, -25], [68, -20], on.entry(a.entryPointId), { alt: true });
    expect(ed.thread(a.id).path).toEqual([{ x: 68, y: -20 }, { x: 57, y: 25 }, { x: 37, y: 55 }]);
  });

  it('dragging a thread moves the whole thread and its entry point', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.key('v');
    ed.drag([55, 20], [57, 22], on.thread(a.id));
    expect(ed.thread(a.id).path).toEqual([
      { x: 70, y: -18 },
      { x: 57, y: 22 },
      { x: 37, y: 52 },
    ]);
    expect(ed.plan.entryPoints[0]!.position).toEqual({ x: 70, y: -18 });
  });

  it('a press that moves less than the click slop is a click, not a move', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.key('v');
    const before = ed.plan;
    ed.pointerDown([55, 20], on.thread(a.id)).pointerMove([55.2, 20.1], on.thread(a.id)).pointerUp([55.2, 20.1]);
    expect(ed.plan).toBe(before);
  });

  it('Esc during a drag rolls the move back', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.key('v');
    const before = ed.plan;
    const undoable = ed.snapshot.canUndo;
    ed.pointerDown([55, 20], on.thread(a.id)).pointerMove([60, 30]).pointerMove([65, 35]);
    expect(ed.plan).not.toBe(before);
    expect(ed.state).toBe('select.dragging');
    ed.key('Escape');
    expect(ed.plan).toBe(before);
    expect(ed.state).toBe('select.idle');
    ed.pointerUp([65, 35]);
    expect(ed.plan).toBe(before);
    expect(ed.snapshot.canUndo).toBe(undoable);
  });
});

describe('edit tool', () => {
  it('drags a path point as one undo step', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.key('a');
    expect(ed.snapshot.tool).toBe('edit');
    const before = ed.plan;
    ed.drag([55, 20], [50, 25], on.point(a.id, 1), {}, 10);
    expect(ed.thread(a.id).path[1]).toEqual({ x: 50, y: 25 });
    expect(ed.snapshot.activePoint).toEqual({ threadId: a.id, index: 1 });
    ed.key('Mod+Z');
    expect(ed.plan).toBe(before);
    ed.key('Mod+Shift+Z');
    expect(ed.thread(a.id).path[1]).toEqual({ x: 50, y: 25 });
  });

  it('dragging point 0 moves the entry point and every thread sharing it', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    const b = ed.drawThread([[68, -20], [50, 40]], on.entry(a.entryPointId));
    ed.key('a');
    ed.drag([68, -20], [65, -22], on.point(a.id, 0));
    expect(ed.plan.entryPoints[0]!.position).toEqual({ x: 65, y: -22 });
    expect(ed.thread(a.id).path[0]).toEqual({ x: 65, y: -22 });
    expect(ed.thread(b.id).path[0]).toEqual({ x: 65, y: -22 });
    expect(ed.thread(b.id).path[1]).toEqual({ x: 50, y: 40 });
  });

  it('double-click on a segment inserts a point; Delete removes the chosen point', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.key('a');
    ed.doubleClick([45, 35], on.thread(a.id));
    expect(ed.thread(a.id).path).toHaveLength(4);
    expect(ed.thread(a.id).path[2]).toEqual({ x: 45, y: 35 });
    expect(ed.thread(a.id).pointDepthsMm).toHaveLength(4);
    expect(ed.snapshot.activePoint).toEqual({ threadId: a.id, index: 2 });
    expect(ed.key('Delete')).toBe(true);
    expect(ed.thread(a.id).path).toHaveLength(3);
    expect(ed.thread(a.id).path[2]).toEqual({ x: 35, y: 50 });
  });

  it('alt-click on a segment inserts, alt-click on a point removes', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.key('a');
    ed.click([61, 0], on.thread(a.id), { alt: true });
    expect(ed.thread(a.id).path[1]).toEqual({ x: 61, y: 0 });
    ed.click([61, 0], on.point(a.id, 1), { alt: true });
    expect(ed.thread(a.id).path).toEqual(LEFT_MIDFACE.map(([x, y]) => ({ x, y })));
  });

  it('keeps at least two points and never removes the entry point', () => {
    const ed = new TestEditor();
    const a = ed.drawThread([[20, 20], [30, 40]]);
    ed.key('a');
    const before = ed.plan;
    ed.click([30, 40], on.point(a.id, 1), { alt: true });
    ed.click([20, 20], on.point(a.id, 0), { alt: true });
    expect(ed.plan).toBe(before);
    expect(ed.snapshot.status?.text).toMatch(/at least two points/);
  });

  it('F swaps the fixation end and re-derives the fixation zone', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.key('a');
    ed.click([55, 20], on.thread(a.id));
    ed.key('f');
    expect(ed.thread(a.id)).toMatchObject({ fixationEnd: 'distal', fixationZoneId: null });
    ed.key('f');
    expect(ed.thread(a.id)).toMatchObject({ fixationEnd: 'entry', fixationZoneId: 'deep-temporal-fascia-left' });
  });

  it('keeps the smooth lead-in and tail when a path point moves; the barbs take up the change', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.editor.updateThread(a.id, { barbed: { startMm: 15, endMm: 50 } });
    const tail = polylineLength(ed.thread(a.id).path) - 50;
    ed.key('a');
    ed.drag([35, 50], [30, 58], on.point(a.id, 2));
    const { barbed, path } = ed.thread(a.id);
    expect(barbed!.startMm).toBe(15);
    expect(Math.abs(polylineLength(path) - barbed!.endMm - tail)).toBeLessThanOrEqual(0.25);
    expect((barbed!.endMm * 2) % 1).toBe(0); // on the 0.5 mm grid
  });

  it('keeps the barbed section inside the path when the path gets shorter', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    const before = a.barbed!;
    ed.key('a');
    ed.drag([35, 50], [55, 25], on.point(a.id, 2));
    const barbed = ed.thread(a.id).barbed!;
    expect(barbed.endMm).toBeLessThan(before.endMm);
    expect(barbed.startMm).toBeLessThanOrEqual(barbed.endMm);
  });
});
