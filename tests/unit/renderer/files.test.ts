import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmptyPlan, parsePlanText, serializePlan } from '../../../shared/plan';
import { FakeBridge } from './fake-bridge';
import { LEFT_MIDFACE, TestEditor } from './harness';

afterEach(() => {
  vi.useRealTimers();
});

describe('opening files', () => {
  it('opens a plan through the bridge, with a clean state and a fresh history', async () => {
    const ed = await TestEditor.create();
    const source = new TestEditor();
    source.drawThread(LEFT_MIDFACE);
    ed.bridge.files.set('/plans/k.vlift', serializePlan(source.plan));
    ed.bridge.openAnswers.push('/plans/k.vlift');
    ed.drawThread([[20, 20], [30, 40]]);
    await ed.editor.savePlan(); // make it clean so Open does not ask
    ed.bridge.saveAsAnswers.push('/plans/other.vlift');
    await ed.editor.savePlan(true);
    await ed.editor.openPlan();
    expect(ed.plan).toEqual(source.plan);
    expect(ed.snapshot.file).toEqual({ documentId: expect.any(String), name: 'k.vlift', location: '/plans/k.vlift', dirty: false });
    expect(ed.bridge.pathOf(ed.snapshot.file.documentId)).toBe('/plans/k.vlift');
    expect(ed.snapshot.canUndo).toBe(false);
    expect(ed.snapshot.status).toEqual({ kind: 'info', text: 'Opened k.vlift.' });
    expect(ed.bridge.lastDocumentState).toEqual({ title: 'k.vlift - VectorLift', dirty: false });
  });

  it('a bad file leaves the current plan untouched and says what is wrong', async () => {
    const ed = await TestEditor.create();
    ed.drawThread(LEFT_MIDFACE);
    const plan = ed.plan;
    const file = ed.snapshot.file;
    const bad = JSON.parse(serializePlan(plan));
    bad.threads[0].depthMm = 1e6;
    await ed.editor.loadPlanText(JSON.stringify(bad, null, 2), { documentId: null, name: 'bad.vlift' });
    expect(ed.plan).toBe(plan);
    expect(ed.snapshot.file).toBe(file);
    expect(ed.snapshot.canUndo).toBe(true);
    expect(ed.snapshot.status?.kind).toBe('error');
    expect(ed.snapshot.status?.text).toMatch(/^Could not open bad\.vlift: \/threads\/0\/depthMm: .*line \d+/);
    // The refusal stays until dismissed (the status bar's button); dismissing touches nothing else.
    ed.editor.dismissStatus();
    expect(ed.snapshot.status).toBeNull();
    expect(ed.plan).toBe(plan);
    expect(ed.snapshot.canUndo).toBe(true);
  });

  it.each([
    ['not JSON', '{ "format": '],
    ['not a plan', '[1, 2, 3]'],
    ['a thread type not in the catalogue', serializePlan({ ...createEmptyPlan({}, '2025-01-01') }).replace('"threads": []', '"threads": [{"id":"t1"}]')],
  ])('refuses %s', async (_what, text) => {
    const ed = await TestEditor.create();
    const plan = ed.plan;
    await ed.editor.loadPlanText(text, { documentId: null, name: 'x.vlift' });
    expect(ed.plan).toBe(plan);
    expect(ed.snapshot.status?.kind).toBe('error');
  });

  it('refuses a thread type the catalogue does not know', async () => {
    const ed = await TestEditor.create();
    const source = new TestEditor();
    source.drawThread(LEFT_MIDFACE);
    const text = serializePlan(source.plan).replace('pdo-cog-bi-19g-100', 'no-such-type');
    expect(parsePlanText(text).ok).toBe(true); // valid as a plan...
    await ed.editor.loadPlanText(text, { documentId: null, name: 'x.vlift' });
    expect(ed.snapshot.status?.text).toMatch(/typeId.*catalogue/); // ...but not for this catalogue
  });

  it('a cancelled Open dialog changes nothing', async () => {
    const ed = await TestEditor.create();
    const before = ed.snapshot;
    ed.bridge.openAnswers.push(null);
    await ed.editor.openPlan();
    expect(ed.snapshot).toBe(before);
  });
});

describe('saving, dirty flag and title', () => {
  it('marks the plan dirty on edit, clean on save, and tells the host', async () => {
    const ed = await TestEditor.create();
    expect(ed.bridge.lastDocumentState).toEqual({ title: 'Untitled plan - VectorLift', dirty: false });
    ed.drawThread(LEFT_MIDFACE);
    expect(ed.snapshot.file.dirty).toBe(true);
    expect(ed.bridge.lastDocumentState).toEqual({ title: '• Untitled plan - VectorLift', dirty: true });

    ed.editor.updateMeta({ title: 'Mrs K: midface / jowl' });
    ed.bridge.saveAsAnswers.push('/plans/k.vlift');
    await ed.editor.savePlan();
    const request = ed.bridge.saveRequests[0]!;
    expect(request.documentId).toBeNull(); // never saved: ask where
    expect(request.suggestedName).toBe('Mrs K midface jowl.vlift');
    expect(parsePlanText(request.text)).toMatchObject({ ok: true, plan: ed.plan });
    expect(ed.snapshot.file).toMatchObject({ name: 'k.vlift', location: '/plans/k.vlift', dirty: false });
    expect(ed.bridge.lastDocumentState).toEqual({ title: 'k.vlift - VectorLift', dirty: false });

    // Save again goes to the same file without asking.
    ed.editor.updateThread(ed.plan.threads[0]!.id, { depthMm: 6 });
    await ed.editor.savePlan();
    expect(ed.bridge.pathOf(ed.bridge.saveRequests[1]!.documentId)).toBe('/plans/k.vlift');
    expect(ed.snapshot.file.dirty).toBe(false);
  });

  it('undoing back to the saved plan makes it clean again', async () => {
    const ed = await TestEditor.create();
    ed.drawThread(LEFT_MIDFACE);
    ed.bridge.saveAsAnswers.push('/p.vlift');
    await ed.editor.savePlan();
    ed.key('Mod+A');
    ed.key('ArrowUp');
    expect(ed.snapshot.file.dirty).toBe(true);
    ed.key('Mod+Z');
    expect(ed.snapshot.file.dirty).toBe(false);
  });

  it('a cancelled Save As keeps the plan dirty; a failing save says why', async () => {
    const ed = await TestEditor.create();
    ed.drawThread(LEFT_MIDFACE);
    ed.bridge.saveAsAnswers.push(null);
    await ed.editor.savePlan();
    expect(ed.snapshot.file.dirty).toBe(true);
    ed.bridge.failNextSave = new Error('disk full');
    await ed.editor.savePlan(true);
    expect(ed.snapshot.file.dirty).toBe(true);
    expect(ed.snapshot.status).toEqual({ kind: 'error', text: 'Could not save: disk full' });
  });

  it('Mod+S on a plan saved before writes to its file without asking where', async () => {
    const ed = await TestEditor.create();
    ed.drawThread(LEFT_MIDFACE);
    ed.bridge.saveAsAnswers.push('/kept.vlift');
    ed.key('Mod+S');
    await ed.settle();
    const saved = ed.snapshot.file.documentId;
    expect(saved).not.toBeNull();
    ed.editor.updateThread(ed.plan.threads[0]!.id, { depthMm: 6 });
    ed.key('Mod+S');
    await ed.settle();
    expect(ed.bridge.saveRequests.map((r) => r.documentId)).toEqual([null, saved]);
    expect(ed.snapshot.file.dirty).toBe(false);
  });

  it('Mod+S and Mod+Shift+S save through the keyboard', async () => {
    const ed = await TestEditor.create();
    ed.drawThread(LEFT_MIDFACE);
    ed.bridge.saveAsAnswers.push('/a.vlift', '/b.vlift');
    ed.key('Mod+S');
    await ed.settle();
    expect(ed.bridge.pathOf(ed.snapshot.file.documentId)).toBe('/a.vlift');
    ed.key('Mod+Shift+S');
    await ed.settle();
    expect(ed.bridge.pathOf(ed.snapshot.file.documentId)).toBe('/b.vlift');
    expect(ed.bridge.saveRequests.map((r) => r.documentId)).toEqual([null, null]);
  });
});

describe('unsaved changes', () => {
  it('New asks first; Cancel keeps the plan, Discard starts an empty one', async () => {
    const ed = await TestEditor.create();
    ed.drawThread(LEFT_MIDFACE);
    const plan = ed.plan;
    let done = ed.editor.newPlan();
    expect(ed.snapshot.confirm).toMatchObject({ kind: 'unsaved', confirmLabel: 'Discard', alternateLabel: 'Save', cancelLabel: 'Cancel' });
    ed.editor.answerConfirm(false);
    await done;
    expect(ed.plan).toBe(plan);

    done = ed.editor.newPlan();
    ed.editor.answerConfirm(true);
    await done;
    expect(ed.plan.threads).toHaveLength(0);
    expect(ed.plan.meta.date).toBe('2025-03-14');
    expect(ed.snapshot.file).toEqual({ documentId: null, name: 'Untitled plan', location: null, dirty: false });
    expect(ed.snapshot.canUndo).toBe(false);
  });

  it('Save in the prompt saves, then goes on to open the other file', async () => {
    const ed = await TestEditor.create();
    ed.bridge.files.set('/other.vlift', serializePlan(createEmptyPlan({ title: 'Other' }, '2025-01-01')));
    ed.drawThread(LEFT_MIDFACE);
    const drawn = ed.plan;
    ed.bridge.saveAsAnswers.push('/mine.vlift');
    ed.bridge.openAnswers.push('/other.vlift');
    const done = ed.editor.openPlan();
    ed.editor.chooseConfirmAlternate();
    await done;
    expect(parsePlanText(ed.bridge.files.get('/mine.vlift')!)).toMatchObject({ ok: true, plan: drawn });
    expect(ed.plan.meta.title).toBe('Other');
  });

  it('a cancelled save in the prompt does not go on', async () => {
    const ed = await TestEditor.create();
    ed.drawThread(LEFT_MIDFACE);
    const plan = ed.plan;
    ed.bridge.saveAsAnswers.push(null);
    const done = ed.editor.newPlan();
    ed.editor.chooseConfirmAlternate();
    await done;
    expect(ed.plan).toBe(plan);
  });

  it('closing a clean window is allowed at once', async () => {
    const ed = await TestEditor.create();
    await expect(ed.bridge.requestClose()).resolves.toBe(true);
    expect(ed.snapshot.confirm).toBeNull();
  });

  it('closing with unsaved changes asks: Cancel keeps the window, Discard closes and drops the working copy', async () => {
    const ed = await TestEditor.create();
    ed.drawThread(LEFT_MIDFACE);
    ed.editor.autosaveNow();
    await ed.settle();
    expect(ed.bridge.autosave).not.toBeNull();

    let answer = ed.bridge.requestClose();
    expect(ed.snapshot.confirm?.kind).toBe('unsaved');
    ed.editor.answerConfirm(false);
    await expect(answer).resolves.toBe(false);

    answer = ed.bridge.requestClose();
    ed.editor.answerConfirm(true);
    await expect(answer).resolves.toBe(true);
    expect(ed.bridge.autosave).toBeNull();
  });

  it('Save in the close prompt closes only when the save went through', async () => {
    const ed = await TestEditor.create();
    ed.drawThread(LEFT_MIDFACE);
    ed.bridge.saveAsAnswers.push(null);
    let answer = ed.bridge.requestClose();
    ed.editor.chooseConfirmAlternate();
    await expect(answer).resolves.toBe(false);
    ed.bridge.saveAsAnswers.push('/saved.vlift');
    answer = ed.bridge.requestClose();
    ed.editor.chooseConfirmAlternate();
    await expect(answer).resolves.toBe(true);
    expect(ed.bridge.files.has('/saved.vlift')).toBe(true);
  });

  it('a file chosen from the desktop or Open Recent is opened after the prompt', async () => {
    const ed = await TestEditor.create();
    ed.bridge.files.set('/recent.vlift', serializePlan(createEmptyPlan({ title: 'Recent' }, '2025-01-01')));
    ed.drawThread(LEFT_MIDFACE);
    ed.bridge.requestOpenRecent('/recent.vlift');
    expect(ed.snapshot.confirm?.kind).toBe('unsaved');
    ed.editor.answerConfirm(true);
    await ed.settle();
    expect(ed.plan.meta.title).toBe('Recent');
    expect(ed.bridge.pathOf(ed.snapshot.file.documentId)).toBe('/recent.vlift');
  });
});

describe('autosave and recovery', () => {
  // When and how often the copy is written (and retried): autosave.test.ts.
  it('saving clears the working copy', async () => {
    const ed = await TestEditor.create();
    ed.drawThread(LEFT_MIDFACE);
    ed.editor.autosaveNow();
    await ed.settle();
    expect(ed.bridge.autosave).not.toBeNull();
    ed.bridge.saveAsAnswers.push('/p.vlift');
    await ed.editor.savePlan();
    await ed.settle();
    expect(ed.bridge.autosave).toBeNull();
  });

  it('dispose stops the timer and host subscriptions', async () => {
    vi.useFakeTimers();
    const ed = await TestEditor.create({ autosaveMs: 1000 });
    expect(ed.bridge.listenerCount).toBe(3);
    ed.editor.dispose();
    expect(ed.bridge.listenerCount).toBe(0);
    ed.drawThread(LEFT_MIDFACE);
    vi.advanceTimersByTime(5000);
    expect(ed.bridge.autosaveWrites).toHaveLength(0);
  });

  it('offers work left by a crash and restores it as an unsaved plan', async () => {
    const crashed = new TestEditor();
    crashed.drawThread(LEFT_MIDFACE);
    const text = serializePlan(crashed.plan);
    const bridge = new FakeBridge();
    bridge.recovery = text;
    const ed = await TestEditor.create({ bridge });
    expect(ed.snapshot.recovery).toEqual({ text });
    await ed.editor.restoreRecovery();
    await ed.settle();
    expect(ed.plan).toEqual(crashed.plan);
    expect(ed.snapshot.recovery).toBeNull();
    expect(ed.snapshot.file).toEqual({ documentId: null, name: 'Untitled plan', location: null, dirty: true });
    expect(ed.snapshot.status?.text).toMatch(/Restored/);
  });

  it('discarding the recovered work clears it on the host', async () => {
    const bridge = new FakeBridge();
    bridge.recovery = serializePlan(createEmptyPlan({}, '2025-01-01'));
    bridge.autosave = bridge.recovery;
    const ed = await TestEditor.create({ bridge });
    const plan = ed.plan;
    ed.editor.discardRecovery();
    await ed.settle();
    expect(ed.snapshot.recovery).toBeNull();
    expect(ed.bridge.autosave).toBeNull();
    expect(ed.plan).toBe(plan);
  });

  it('an unreadable recovery copy is reported, not loaded', async () => {
    const bridge = new FakeBridge();
    bridge.recovery = '{"format": "vectorlift-plan", "trunc';
    const ed = await TestEditor.create({ bridge });
    const plan = ed.plan;
    await ed.editor.restoreRecovery();
    await ed.settle();
    expect(ed.plan).toBe(plan);
    expect(ed.snapshot.recovery).toBeNull();
    expect(ed.snapshot.status?.kind).toBe('error');
  });
});

describe('preferences', () => {
  it('loads layers, theme and practitioner name; new plans carry the name', async () => {
    const bridge = new FakeBridge();
    bridge.preferences = {
      ...bridge.preferences,
      // Both differ from the defaults (muscles on, regions off), so each must come from the host.
      layers: { ...bridge.preferences.layers, muscles: false, regions: true },
      theme: 'dark',
      practitionerName: 'Dr A. Rahman',
    };
    const ed = await TestEditor.create({ bridge });
    expect(ed.snapshot.layers.muscles).toBe(false);
    expect(ed.snapshot.layers.regions).toBe(true);
    expect(ed.snapshot.theme).toBe('dark');
    // The untouched start-up plan picks up the name and stays clean.
    expect(ed.plan.meta.practitioner).toBe('Dr A. Rahman');
    expect(ed.snapshot.file.dirty).toBe(false);
    await ed.editor.newPlan();
    expect(ed.plan.meta.practitioner).toBe('Dr A. Rahman');
  });

  it('reads the recent-files list back from the host after open and save', async () => {
    const ed = await TestEditor.create();
    ed.bridge.files.set('/a.vlift', serializePlan(createEmptyPlan({}, '2025-01-01')));
    // The desktop host adds opened files to its list; the fake does it by hand.
    const id = ed.bridge.addRecent('/a.vlift');
    ed.bridge.openAnswers.push('/a.vlift');
    await ed.editor.openPlan();
    await ed.settle();
    expect(ed.snapshot.preferences.recentFiles).toEqual([{ id, name: 'a.vlift' }]);
  });

  it('saves preference changes back to the host', async () => {
    const ed = await TestEditor.create();
    ed.editor.updatePreferences({ practitionerName: 'Dr B' });
    ed.editor.setLayer('danger-zones', true);
    await ed.settle();
    expect(ed.bridge.preferencePatches).toEqual([{ practitionerName: 'Dr B' }, { layers: expect.objectContaining({ 'danger-zones': true }) }]);
    expect(ed.snapshot.preferences.practitionerName).toBe('Dr B');
  });
});

describe('native menu and PDF export', () => {
  it('menu commands run the matching editor command', async () => {
    const ed = await TestEditor.create();
    ed.drawThread(LEFT_MIDFACE);
    ed.bridge.sendMenuCommand('edit.undo');
    expect(ed.plan.threads).toHaveLength(0);
    ed.bridge.sendMenuCommand('view.toggleLayer.muscles');
    expect(ed.snapshot.layers.muscles).toBe(true);
    ed.bridge.sendMenuCommand('view.theme.light');
    expect(ed.snapshot.theme).toBe('light');
    ed.bridge.sendMenuCommand('help.shortcuts');
    expect(ed.snapshot.helpOpen).toBe(true);
  });

  it('a menu filter can leave edit commands to a focused text field', async () => {
    const ed = await TestEditor.create({ shouldRunMenuCommand: (c) => !c.startsWith('edit.') });
    ed.drawThread(LEFT_MIDFACE);
    ed.bridge.sendMenuCommand('edit.undo');
    expect(ed.plan.threads).toHaveLength(1);
  });

  it('exports the PDF made by the injected builder, named from title, patient id and date', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    let anonymize = false;
    const ed = await TestEditor.create({ exportPdf: async (snapshot) => ({ bytes: snapshot.plan.threads.length === 1 ? bytes : new Uint8Array(), anonymize }) });
    ed.drawThread(LEFT_MIDFACE);
    ed.editor.updateMeta({ title: 'Case 12', patientId: 'P/0042', date: '2025-05-14' });
    ed.key('Mod+E');
    await ed.settle();
    expect(ed.bridge.exports).toEqual([{ suggestedName: 'Case 12 - P 0042 - 2025-05-14.pdf', bytes }]);
    expect(ed.snapshot.status?.text).toBe('Exported Case 12 - P 0042 - 2025-05-14.pdf.');
    // An anonymized copy keeps the patient id out of the file name too.
    anonymize = true;
    ed.key('Mod+E');
    await ed.settle();
    expect(ed.bridge.exports[1]?.suggestedName).toBe('Case 12 - 2025-05-14.pdf');
  });

  it('names the PDF from the title even after the plan was saved as "Untitled plan.vlift"', async () => {
    const ed = await TestEditor.create({ exportPdf: async () => ({ bytes: new Uint8Array([1]), anonymize: false }) });
    ed.drawThread(LEFT_MIDFACE);
    ed.editor.updateMeta({ date: '2025-05-14' });
    ed.bridge.saveAsAnswers.push('/plans/Untitled plan.vlift');
    await ed.editor.savePlan();
    expect(ed.snapshot.file.name).toBe('Untitled plan.vlift');
    ed.key('Mod+E');
    await ed.settle();
    expect(ed.bridge.exports[0]?.suggestedName).toBe('Untitled plan - 2025-05-14.pdf');
    ed.editor.updateMeta({ title: 'Jawline 2+2' });
    ed.key('Mod+E');
    await ed.settle();
    expect(ed.bridge.exports[1]?.suggestedName).toBe('Jawline 2+2 - 2025-05-14.pdf');
  });
});

describe('transient status messages', () => {
  it('"Opened X" goes away with the next edit, and comes back with undo only as the plan, not the message', async () => {
    const ed = await TestEditor.create();
    const source = new TestEditor();
    source.drawThread(LEFT_MIDFACE);
    ed.bridge.files.set('/plans/k.vlift', serializePlan(source.plan));
    ed.bridge.openAnswers.push('/plans/k.vlift');
    await ed.editor.openPlan();
    expect(ed.snapshot.status).toEqual({ kind: 'info', text: 'Opened k.vlift.' });
    ed.drawThread([[20, 20], [30, 40]]);
    expect(ed.snapshot.status).toBeNull();
    ed.key('Mod+Z');
    expect(ed.snapshot.status).toBeNull();
  });

  it('an error stays after an edit (it is not a passing remark)', async () => {
    const ed = await TestEditor.create();
    ed.bridge.files.set('/plans/bad.vlift', '{ not json');
    ed.bridge.openAnswers.push('/plans/bad.vlift');
    await ed.editor.openPlan();
    expect(ed.snapshot.status?.kind).toBe('error');
    ed.drawThread([[20, 20], [30, 40]]);
    expect(ed.snapshot.status?.kind).toBe('error');
  });
});
