import { describe, expect, it } from 'vitest';
import { ALL_COMMANDS } from '../../../renderer/editor/commands';
import { describeCount } from '../../../renderer/editor/commands/edit-delete';
import { NUDGE_MM } from '../../../renderer/editor/commands/edit-nudge';
import { steppedSelection } from '../../../renderer/editor/commands/edit-select-step';
import { FACE_VIEW_ORDER } from '../../../renderer/editor/commands/view-face';
import { t } from '../../../renderer/i18n';
import { ACTUAL_SIZE_ZOOM, MAX_ZOOM, MIN_ZOOM } from '../../../renderer/editor/view-transform';
import { MENU_COMMANDS } from '../../../shared/ipc/validate';
import { OVERLAY_LAYERS } from '../../../shared/scene/types';
import { LEFT_MIDFACE, TestEditor, keyInput, on } from './harness';

describe('command registry', () => {
  it('lists every command with a label and shortcut text for the help panel', () => {
    const ed = new TestEditor();
    const infos = ed.editor.commands();
    expect(infos.map((c) => c.id)).toEqual(ALL_COMMANDS.map((c) => c.id));
    for (const info of infos) {
      expect(info.label, info.id).not.toMatch(/^command\./); // a real string, not a missing key
      expect(info.label.length).toBeGreaterThan(2);
    }
    const byId = new Map(infos.map((c) => [c.id, c]));
    expect(byId.get('edit.undo')?.shortcut).toBe('Ctrl+Z');
    expect(byId.get('edit.redo')?.shortcut).toBe('Ctrl+Shift+Z or Ctrl+Y');
    expect(byId.get('tool.thread')?.shortcut).toBe('T');
    expect(byId.get('edit.delete')?.shortcut).toBe('Delete or Backspace');
  });

  it('shows macOS symbols when asked', () => {
    const ed = new TestEditor({ mac: true });
    const undo = ed.editor.commands().find((c) => c.id === 'edit.redo');
    expect(undo?.shortcut).toBe('⌘⇧Z or ⌘Y');
  });

  it('no two commands share a key', () => {
    const probes = ALL_COMMANDS.flatMap((c) => c.shortcut.patterns.map((p) => ({ id: c.id, input: keyInput(p.source) })));
    for (const { id, input } of probes) {
      const owners = ALL_COMMANDS.filter((c) => c.shortcut.test(input)).map((c) => c.id);
      expect(owners, `${JSON.stringify(input)} of ${id}`).toEqual([id]);
    }
  });

  it('every native menu command is a command the editor knows', () => {
    const ids = new Set(ALL_COMMANDS.map((c) => c.id));
    for (const command of MENU_COMMANDS) expect(ids.has(command), command).toBe(true);
  });

  it('reports enabled state from the snapshot', () => {
    const ed = new TestEditor();
    const enabled = (id: string): boolean | undefined => ed.editor.commands().find((c) => c.id === id)?.enabled;
    expect(enabled('edit.undo')).toBe(false);
    expect(enabled('edit.delete')).toBe(false);
    expect(enabled('edit.selectAll')).toBe(false);
    expect(enabled('file.exportPdf')).toBe(false); // no PDF builder injected
    ed.drawThread(LEFT_MIDFACE);
    expect(enabled('edit.undo')).toBe(true);
    expect(enabled('edit.delete')).toBe(true);
    expect(enabled('edit.selectAll')).toBe(true);
  });

  it('makes each command live exactly when it can act (the menu and the key follow the state)', () => {
    const ed = new TestEditor();
    const enabled = (id: string): boolean | undefined => ed.editor.commands().find((c) => c.id === id)?.enabled;
    const live = (ids: readonly string[]) => ids.map((id) => [id, enabled(id)]);
    const STATEFUL = ['edit.cancel', 'edit.selectNext', 'edit.selectPrevious', 'edit.toggleFixationEnd', 'edit.undo', 'edit.redo', 'view.zoomFit'];
    // A blank plan before layout: nothing to cancel, step through, flip, undo or fit.
    expect(live(STATEFUL)).toEqual(STATEFUL.map((id) => [id, false]));
    ed.editor.setViewport(800, 600);
    expect(enabled('view.zoomFit')).toBe(true);
    // A drawn thread is selected: Esc, stepping, F and Undo are live; Redo is not.
    ed.drawThread(LEFT_MIDFACE);
    expect(live(['edit.cancel', 'edit.selectNext', 'edit.selectPrevious', 'edit.toggleFixationEnd', 'edit.undo', 'edit.redo'])).toEqual([
      ['edit.cancel', true],
      ['edit.selectNext', true],
      ['edit.selectPrevious', true],
      ['edit.toggleFixationEnd', true],
      ['edit.undo', true],
      ['edit.redo', false],
    ]);
    // Nothing selected: F has no thread to act on and Esc nothing to drop; stepping still works.
    ed.key('Escape');
    expect(live(['edit.cancel', 'edit.toggleFixationEnd', 'edit.selectNext'])).toEqual([
      ['edit.cancel', false],
      ['edit.toggleFixationEnd', false],
      ['edit.selectNext', true],
    ]);
    // Esc comes alive for the help panel and for a highlighted finding, each on its own.
    ed.key('?');
    expect(enabled('edit.cancel')).toBe(true);
    ed.key('Escape');
    expect(enabled('edit.cancel')).toBe(false);
    ed.editor.setActiveFinding({ rule: 'crowding', severity: 'info', title: 't', message: 'm', fix: 'f', threads: [], location: null, side: null });
    expect(enabled('edit.cancel')).toBe(true);
    ed.key('Escape');
    // Undo makes Redo live.
    ed.key('Mod+Z');
    expect(live(['edit.redo', 'edit.selectNext'])).toEqual([
      ['edit.redo', true],
      ['edit.selectNext', false],
    ]);
  });

  it('turns the face view only while there is a view further that way', () => {
    const ed = new TestEditor();
    const enabled = (id: string): boolean | undefined => ed.editor.commands().find((c) => c.id === id)?.enabled;
    const [first, , , , last] = FACE_VIEW_ORDER;
    ed.editor.setFaceView(first!);
    expect([enabled('view.face.previous'), enabled('view.face.next')]).toEqual([false, true]);
    ed.editor.setFaceView('frontal');
    expect([enabled('view.face.previous'), enabled('view.face.next')]).toEqual([true, true]);
    ed.editor.setFaceView(last!);
    expect([enabled('view.face.previous'), enabled('view.face.next')]).toEqual([true, false]);
  });

  it('commands() is stable while nothing changes (cheap for React)', () => {
    const ed = new TestEditor();
    expect(ed.editor.commands()).toBe(ed.editor.commands());
  });
});

describe('tool shortcuts', () => {
  it.each([
    ['v', 'select'],
    ['e', 'entry'],
    ['t', 'thread'],
    ['a', 'edit'],
  ] as const)('%s picks the %s tool', (key, tool) => {
    const ed = new TestEditor();
    ed.editor.setTool(tool === 'select' ? 'edit' : 'select');
    expect(ed.key(key)).toBe(true);
    expect(ed.snapshot.tool).toBe(tool);
  });

  it('run() works by id too', () => {
    const ed = new TestEditor();
    ed.editor.run('tool.thread');
    expect(ed.snapshot.tool).toBe('thread');
  });

  it('unknown keys are not handled', () => {
    const ed = new TestEditor();
    expect(ed.key('q')).toBe(false);
    expect(ed.key('Mod+Q')).toBe(false);
  });
});

describe('edit commands', () => {
  it('select all, then Esc clears the selection', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.key('Mod+A');
    ed.expectSelection([a.id], [a.entryPointId]);
    ed.key('Escape');
    ed.expectSelection([]);
  });

  it('Esc closes the help panel before touching the selection', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.key('?');
    expect(ed.snapshot.helpOpen).toBe(true);
    ed.key('Escape');
    expect(ed.snapshot.helpOpen).toBe(false);
    ed.expectSelection([a.id]);
    ed.key('F1');
    expect(ed.snapshot.helpOpen).toBe(true);
  });

  it('Esc drops the highlighted finding', () => {
    const ed = new TestEditor();
    ed.drawThread(LEFT_MIDFACE);
    ed.key('Escape'); // clears the selection
    const finding = { rule: 'crowding', severity: 'info', title: 't', message: 'm', fix: 'f', threads: [], location: null, side: null } as const;
    ed.editor.setActiveFinding(finding);
    ed.key('Escape');
    expect(ed.snapshot.activeFinding).toBeNull();
  });

  it('duplicate makes an offset copy on a new entry point and selects it', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.key('Mod+D');
    expect(ed.plan.threads).toHaveLength(2);
    expect(ed.plan.entryPoints).toHaveLength(2);
    const copy = ed.plan.threads[1]!;
    expect(copy.id).not.toBe(a.id);
    expect(copy.entryPointId).not.toBe(a.entryPointId);
    expect(copy.path).toEqual(a.path.map((p) => ({ x: p.x + 5, y: p.y + 5 })));
    expect(ed.plan.entryPoints[1]!.position).toEqual(copy.path[0]);
    expect(ed.plan.entryPoints[1]!.label).toBe('B');
    ed.expectSelection([copy.id]);
    ed.key('Mod+Z');
    expect(ed.plan.threads).toHaveLength(1);
  });

  it('mirror copies the thread to the other side with a mirrored entry point', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.key('Mod+M');
    expect(ed.plan.threads).toHaveLength(2);
    const m = ed.plan.threads[1]!;
    expect(m.side).toBe('right');
    expect(m.path).toEqual(a.path.map((p) => ({ x: -p.x, y: p.y })));
    expect(m.fixationZoneId).toBe('deep-temporal-fascia-right');
    expect(m.depthMm).toBe(a.depthMm);
    expect(m.barbed).toEqual(a.barbed);
    const entry = ed.plan.entryPoints.find((e) => e.id === m.entryPointId)!;
    expect(entry).toMatchObject({ position: { x: -68, y: -20 }, side: 'right' });
    ed.expectSelection([m.id]);
  });

  it('mirror reuses an entry point already within 1 mm of the mirror image', () => {
    const ed = new TestEditor();
    ed.editor.setTool('entry');
    ed.click([-68.5, -20.3]);
    const existing = ed.plan.entryPoints[0]!;
    ed.drawThread(LEFT_MIDFACE);
    ed.key('Mod+M');
    expect(ed.plan.entryPoints).toHaveLength(2);
    expect(ed.plan.threads[1]!.entryPointId).toBe(existing.id);
    expect(ed.plan.threads[1]!.path[0]).toEqual(existing.position);
    // Mirroring the mirror back lands on the original entry point: no stacking.
    ed.key('Mod+M');
    expect(ed.plan.entryPoints).toHaveLength(2);
  });

  it('mirroring a whole symmetric design is undone in one step', () => {
    const ed = new TestEditor();
    ed.drawThread(LEFT_MIDFACE);
    ed.drawThread([[66, -10], [45, 60]]);
    const plan = ed.plan;
    ed.key('Mod+A');
    ed.key('Mod+M');
    expect(ed.plan.threads.filter((t) => t.side === 'right')).toHaveLength(2);
    ed.key('Mod+Z');
    expect(ed.plan).toBe(plan);
  });

  it('deleting one object needs no confirmation', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.editor.select({ threadIds: [a.id], entryPointIds: [] });
    ed.key('Delete');
    expect(ed.snapshot.confirm).toBeNull();
    expect(ed.plan.threads).toHaveLength(0);
    // The entry point stays (deleting a thread loses one object only).
    expect(ed.plan.entryPoints).toHaveLength(1);
  });

  it('deleting more than one object asks first; cancel keeps everything', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    const plan = ed.plan;
    ed.editor.select({ threadIds: [], entryPointIds: [a.entryPointId] });
    ed.key('Backspace');
    expect(ed.snapshot.confirm).toMatchObject({ kind: 'delete', confirmLabel: 'Delete', alternateLabel: null });
    expect(ed.snapshot.confirm!.message).toContain('1 thread and 1 entry point');
    expect(ed.plan).toBe(plan);
    // While the question is open the canvas and shortcuts do nothing.
    expect(ed.key('Mod+A')).toBe(false);
    ed.click([0, 0]);
    ed.editor.answerConfirm(false);
    expect(ed.snapshot.confirm).toBeNull();
    expect(ed.plan).toBe(plan);
  });

  it('confirming the delete removes the entry point with its threads, in one undo step', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.drawThread([[68, -20], [50, 40]], on.entry(a.entryPointId));
    const plan = ed.plan;
    ed.editor.select({ threadIds: [], entryPointIds: [a.entryPointId] });
    ed.key('Delete');
    expect(ed.snapshot.confirm!.message).toContain('2 threads and 1 entry point');
    ed.editor.answerConfirm(true);
    expect(ed.plan.threads).toHaveLength(0);
    expect(ed.plan.entryPoints).toHaveLength(0);
    expect(ed.snapshot.status?.text).toBe('Deleted 2 threads and 1 entry point.');
    ed.key('Mod+Z');
    expect(ed.plan).toBe(plan);
  });

  it('Esc answers an open question with cancel', () => {
    const ed = new TestEditor();
    ed.drawThread(LEFT_MIDFACE);
    ed.key('Mod+A');
    ed.key('Delete');
    expect(ed.snapshot.confirm).not.toBeNull();
    ed.key('Escape');
    expect(ed.snapshot.confirm).toBeNull();
    expect(ed.plan.threads).toHaveLength(1);
  });

  it('] and [ walk through the threads, wrapping around', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    const b = ed.drawThread([[-68, -20], [-55, 20]]);
    ed.key('Escape');
    ed.key(']');
    ed.expectSelection([a.id]);
    ed.key(']');
    ed.expectSelection([b.id]);
    ed.key(']');
    ed.expectSelection([a.id]);
    ed.key('[');
    ed.expectSelection([b.id]);
  });

  it('arrow keys nudge the selection by 1 mm, 5 mm with Shift, one step each', () => {
    const ed = new TestEditor();
    ed.editor.setTool('entry');
    ed.click([40, 10]);
    ed.key('ArrowRight');
    ed.key('Shift+ArrowUp');
    ed.key('ArrowDown');
    ed.key('Shift+ArrowLeft');
    expect(ed.plan.entryPoints[0]!.position).toEqual({ x: 36, y: 6 });
    ed.key('Mod+Z');
    expect(ed.plan.entryPoints[0]!.position).toEqual({ x: 41, y: 6 });
  });

  it('arrows move an entry point alone with its threads’ starts; Alt moves the threads whole', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.editor.select({ threadIds: [], entryPointIds: [a.entryPointId] });
    ed.key('ArrowRight');
    expect(ed.thread(a.id).path).toEqual([{ x: 69, y: -20 }, { x: 55, y: 20 }, { x: 35, y: 50 }]);
    ed.key('Alt+ArrowDown');
    expect(ed.thread(a.id).path).toEqual([{ x: 69, y: -19 }, { x: 55, y: 21 }, { x: 35, y: 51 }]);
  });

  it('nudging across the midline changes the side', () => {
    const ed = new TestEditor();
    const a = ed.drawThread([[0.5, 60], [10, 70]]);
    ed.editor.select({ threadIds: [a.id], entryPointIds: [] });
    expect(ed.thread(a.id).side).toBe('left');
    ed.key('ArrowLeft');
    expect(ed.thread(a.id).side).toBe('right');
    expect(ed.plan.entryPoints[0]!.side).toBe('right');
  });
});

describe('view commands', () => {
  it('fits the face into the viewport on first layout and with Mod+0', () => {
    const ed = new TestEditor();
    ed.editor.setViewport(800, 600);
    const fitted = ed.snapshot.view;
    // The face's 283.5 mm height fills 90% of 600 px.
    expect(fitted.zoom).toBeCloseTo((600 * 0.9) / 283.5);
    ed.key('+');
    expect(ed.snapshot.view.zoom).toBeCloseTo(fitted.zoom * 1.25);
    ed.key('Mod+0');
    expect(ed.snapshot.view).toEqual(fitted);
  });

  it('zooms about the viewport centre, keeping the face point there fixed', () => {
    const ed = new TestEditor();
    ed.editor.setViewport(800, 600);
    const v0 = ed.snapshot.view;
    const centreMm = { x: (400 - v0.panX) / v0.zoom, y: (300 - v0.panY) / v0.zoom };
    ed.key('-');
    const v1 = ed.snapshot.view;
    expect(v1.zoom).toBeCloseTo(v0.zoom / 1.25);
    expect(centreMm.x * v1.zoom + v1.panX).toBeCloseTo(400);
    expect(centreMm.y * v1.zoom + v1.panY).toBeCloseTo(300);
  });

  it('Mod+1 shows the face at life size and zoom is clamped', () => {
    const ed = new TestEditor();
    ed.editor.setViewport(800, 600);
    ed.key('Mod+1');
    expect(ed.snapshot.view.zoom).toBeCloseTo(ACTUAL_SIZE_ZOOM);
    for (let i = 0; i < 40; i++) ed.key('=');
    expect(ed.snapshot.view.zoom).toBe(MAX_ZOOM);
    for (let i = 0; i < 40; i++) ed.key('-');
    expect(ed.snapshot.view.zoom).toBe(MIN_ZOOM);
  });

  it('once the user zooms, a resize keeps their view', () => {
    const ed = new TestEditor();
    ed.editor.setViewport(800, 600);
    ed.editor.zoomAt({ x: 100, y: 100 }, 2);
    const v = ed.snapshot.view;
    ed.editor.setViewport(1000, 700);
    expect(ed.snapshot.view).toBe(v);
    ed.editor.panBy(10, -5);
    expect(ed.snapshot.view).toEqual({ zoom: v.zoom, panX: v.panX + 10, panY: v.panY - 5 });
  });

  it('keys 1-5 toggle the overlay layers in order and save the preference', async () => {
    const ed = await TestEditor.create();
    const before = { ...ed.snapshot.layers };
    OVERLAY_LAYERS.forEach((layer, i) => {
      ed.key(String(i + 1));
      expect(ed.snapshot.layers[layer]).toBe(!before[layer]);
    });
    await ed.settle();
    expect(ed.bridge.preferences.layers).toEqual(Object.fromEntries(OVERLAY_LAYERS.map((l) => [l, !before[l]])));
  });

  it('theme commands set and save the theme', async () => {
    const ed = await TestEditor.create();
    ed.editor.run('view.theme.dark');
    expect(ed.snapshot.theme).toBe('dark');
    await ed.settle();
    expect(ed.bridge.preferences.theme).toBe('dark');
  });
});

describe('snapshots', () => {
  it('are new objects only when something changed', () => {
    const ed = new TestEditor();
    let calls = 0;
    ed.editor.subscribe(() => calls++);
    const s0 = ed.snapshot;
    ed.editor.setTool('select'); // already the tool
    ed.editor.select({ threadIds: [], entryPointIds: [] });
    ed.pointerMove([1, 1]);
    expect(ed.snapshot).toBe(s0);
    expect(calls).toBe(0);
    ed.editor.setTool('entry');
    expect(ed.snapshot).not.toBe(s0);
    expect(ed.snapshot.plan).toBe(s0.plan);
    expect(ed.snapshot.analysis).toBe(s0.analysis); // same plan, no re-analysis
    expect(calls).toBe(1);
  });

  it('keyInput helper matches browser events', () => {
    expect(keyInput('Mod+Shift+Z')).toEqual({ key: 'Z', shiftKey: true, altKey: false, modKey: true });
    expect(keyInput('Mod++')).toEqual({ key: '+', shiftKey: false, altKey: false, modKey: true });
  });
});

describe('what each command does at its edges', () => {
  const enabledIn = (ed: TestEditor, id: string): boolean | undefined => ed.editor.commands().find((c) => c.id === id)?.enabled;

  it('Esc and Undo are live while the first thread is being drawn, with nothing selected or undoable', () => {
    const ed = new TestEditor();
    ed.editor.setTool('thread');
    ed.click([68, -20]);
    expect(ed.snapshot.draft).not.toBeNull();
    expect(ed.snapshot.canUndo).toBe(false);
    ed.expectSelection([]);
    expect([enabledIn(ed, 'edit.cancel'), enabledIn(ed, 'edit.undo')]).toEqual([true, true]);
  });

  it('Cancel from the menu during a drag rolls the drag back and keeps the selection', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.editor.setTool('select');
    const plan = ed.plan;
    ed.pointerDown([55, 20], on.thread(a.id)).pointerMove([58, 24], on.thread(a.id)).pointerMove([60, 26], on.thread(a.id));
    expect(ed.plan).not.toBe(plan);
    ed.editor.run('edit.cancel');
    expect(ed.plan).toEqual(plan);
    ed.expectSelection([a.id]);
  });

  it('Esc with a chosen path point drops the point and keeps its thread selected', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.key('a');
    ed.click([55, 20], on.point(a.id, 1));
    expect(ed.snapshot.activePoint).toEqual({ threadId: a.id, index: 1 });
    ed.editor.run('edit.cancel');
    expect(ed.snapshot.activePoint).toBeNull();
    ed.expectSelection([a.id]);
  });

  it('] and [ step one thread at a time through three, from nothing selected to the first or the last', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    const b = ed.drawThread([[-68, -20], [-55, 20]]);
    const c = ed.drawThread([[60, 60], [40, 80]]);
    ed.key('Escape');
    ed.key('[');
    ed.expectSelection([c.id]);
    ed.key('Escape');
    ed.key(']');
    ed.expectSelection([a.id]);
    ed.key(']');
    ed.expectSelection([b.id]);
    ed.key(']');
    ed.expectSelection([c.id]);
    ed.key('[');
    ed.expectSelection([b.id]);
    ed.key('[');
    ed.expectSelection([a.id]);
    ed.key('[');
    ed.expectSelection([c.id]);
  });

  it('steppedSelection selects one thread and no entry point, and nothing in a plan without threads', () => {
    const ed = new TestEditor();
    expect(steppedSelection(ed.plan, ed.snapshot.selection, 1)).toBeNull();
    const a = ed.drawThread(LEFT_MIDFACE);
    expect(steppedSelection(ed.plan, { threadIds: [], entryPointIds: [a.entryPointId] }, 1)).toEqual({ threadIds: [a.id], entryPointIds: [] });
  });

  it('a nudge run from the menu (no key) moves by the small step, the entry point alone', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.editor.select({ threadIds: [], entryPointIds: [a.entryPointId] });
    ed.editor.run('edit.nudgeRight');
    expect(ed.thread(a.id).path).toEqual([{ x: 68 + NUDGE_MM, y: -20 }, { x: 55, y: 20 }, { x: 35, y: 50 }]);
  });

  it('deleting one thread says what was deleted, as information', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    ed.editor.select({ threadIds: [a.id], entryPointIds: [] });
    ed.key('Delete');
    expect(ed.snapshot.status).toEqual({ kind: 'info', text: t('status.deleted', { what: describeCount(1, 0) }) });
  });

  it('describeCount names only the kinds there are', () => {
    expect(describeCount(0, 2)).toBe(t('count.entryPoints', { count: 2 }));
    expect(describeCount(3, 0)).toBe(t('count.threads', { count: 3 }));
    expect(describeCount(2, 1)).toBe(t('list.and', { first: t('count.threads', { count: 2 }), second: t('count.entryPoints', { count: 1 }) }));
  });

  it(', and . turn the face view one step each way; previous is live from the second view on', () => {
    const ed = new TestEditor();
    ed.editor.setFaceView('frontal');
    ed.key(',');
    expect(ed.snapshot.faceView).toBe('right-oblique');
    expect(enabledIn(ed, 'view.face.previous')).toBe(true);
    ed.key(',');
    expect(ed.snapshot.faceView).toBe('right-profile');
    ed.key(',');
    expect(ed.snapshot.faceView).toBe('right-profile');
    ed.key('.');
    ed.key('.');
    ed.key('.');
    expect(ed.snapshot.faceView).toBe('left-oblique');
  });

  it('K shows and hides the legend, S turns snapping off and on', () => {
    const ed = new TestEditor();
    const legend = ed.snapshot.legendOpen;
    const snap = ed.snapshot.snap;
    ed.key('k');
    expect(ed.snapshot.legendOpen).toBe(!legend);
    ed.key('k');
    expect(ed.snapshot.legendOpen).toBe(legend);
    ed.key('s');
    expect(ed.snapshot.snap).toBe(!snap);
    ed.key('s');
    expect(ed.snapshot.snap).toBe(snap);
  });

  it('zooming before the canvas is measured zooms about the stage origin', () => {
    const ed = new TestEditor();
    const v0 = ed.snapshot.view;
    ed.key('+');
    const v1 = ed.snapshot.view;
    expect(v1.zoom).toBeCloseTo(v0.zoom * 1.25);
    // The face point at the stage origin stays there.
    expect((0 - v0.panX) / v0.zoom).toBeCloseTo((0 - v1.panX) / v1.zoom);
    expect((0 - v0.panY) / v0.zoom).toBeCloseTo((0 - v1.panY) / v1.zoom);
  });

  it('F moves the selected thread\'s fixation to its other end, as one undo step', () => {
    const ed = new TestEditor();
    const a = ed.drawThread(LEFT_MIDFACE);
    const before = ed.thread(a.id).fixationEnd;
    ed.key('f');
    expect(ed.thread(a.id).fixationEnd).toBe(before === 'entry' ? 'distal' : 'entry');
    ed.key('Mod+Z');
    expect(ed.thread(a.id).fixationEnd).toBe(before);
  });

  it('a command without a key shows no shortcut text', () => {
    const ed = new TestEditor();
    const info = ed.editor.commands().find((c) => c.id === 'view.face.left-oblique');
    expect(info?.shortcut).toBe('');
  });
});
