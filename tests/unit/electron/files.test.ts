import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import * as realFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileAccess } from '../../../electron/file-access';
import { createFileService, readPlanText } from '../../../electron/files';
import type { DialogLike } from '../../../electron/files';
import { createPreferences } from '../../../electron/preferences';
import type { KeyValueStore } from '../../../electron/preferences';
import { MAX_PLAN_FILE_BYTES } from '../../../shared/plan/limits';

function memoryStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  return { get: (k) => structuredClone(data.get(k)), set: (k, v) => void data.set(k, structuredClone(v)) };
}

/** A dialog that answers with queued paths (null = cancelled) and records what it was asked. */
function scriptedDialog() {
  const answers: Array<string | null> = [];
  const asked: Array<{ kind: string; options: unknown }> = [];
  const dialog: DialogLike<'win'> = {
    showOpenDialog: async (_w, options) => {
      asked.push({ kind: 'open', options });
      const answer = answers.shift() ?? null;
      return answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] };
    },
    showSaveDialog: async (_w, options) => {
      asked.push({ kind: 'save', options });
      const answer = answers.shift() ?? null;
      return answer === null ? { canceled: true } : { canceled: false, filePath: answer };
    },
  };
  return { dialog, answers, asked };
}

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vl-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup() {
  const { dialog, answers, asked } = scriptedDialog();
  const preferences = createPreferences(memoryStore());
  const access = createFileAccess<'win' | 'other-win'>(preferences);
  let menuRebuilds = 0;
  const files = createFileService({
    dialog,
    fs: realFs,
    preferences,
    access,
    defaultDirectory: dir,
    onRecentChanged: () => menuRebuilds++,
  });
  return { files, preferences, access, answers, asked, rebuilds: () => menuRebuilds };
}

describe('open', () => {
  it('opens a .vlift chosen in the dialog, filtered to plans, and adds it to the recent list', async () => {
    const { files, preferences, answers, asked, rebuilds } = setup();
    const plan = path.join(dir, 'case.vlift');
    await writeFile(plan, '{"format":"vectorlift-plan"}');
    answers.push(plan);
    expect(await files.openPlan('win')).toEqual({
      documentId: expect.stringMatching(/^[0-9a-f]{32}$/),
      name: 'case.vlift',
      location: plan,
      text: '{"format":"vectorlift-plan"}',
    });
    expect(asked[0]?.options).toMatchObject({ filters: [{ extensions: ['vlift'] }], properties: ['openFile'] });
    expect(preferences.get().recentFiles).toEqual([plan]);
    expect(rebuilds()).toBe(1);
  });

  it('returns null when the dialog is cancelled', async () => {
    const { files } = setup();
    expect(await files.openPlan('win')).toBeNull();
  });

  it('refuses files over the size cap, binary files and folders, naming the file and the problem', async () => {
    const big = path.join(dir, 'big.vlift');
    await writeFile(big, 'x'.repeat(MAX_PLAN_FILE_BYTES + 1));
    await expect(readPlanText(realFs, big)).rejects.toThrow(`big.vlift: plan file is ${((MAX_PLAN_FILE_BYTES + 1) / 1e6).toFixed(1)} MB; the largest plan VectorLift opens is ${(MAX_PLAN_FILE_BYTES / 1e6).toFixed(1)} MB`);
    const binary = path.join(dir, 'bin.vlift');
    await writeFile(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    await expect(readPlanText(realFs, binary)).rejects.toThrow('bin.vlift: is not UTF-8 text: byte 0xFF at offset 0 cannot start a character');
    await expect(readPlanText(realFs, dir)).rejects.toThrow(/is a folder, not a plan file/);
  });
});

describe('open recent', () => {
  it('opens a recent file by the id main issued, and nothing by a path or an unknown id', async () => {
    const { files, preferences, access } = setup();
    const plan = path.join(dir, 'a.vlift');
    await writeFile(plan, '{}');
    preferences.addRecent(plan);
    const [recent] = access.recentFiles();
    expect(recent).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'a.vlift' });
    expect((await files.openRecent('win', recent!.id)).text).toBe('{}');
    await expect(files.openRecent('win', plan)).rejects.toThrow(/not in the recent files list/);
    await expect(files.openRecent('win', '0'.repeat(32))).rejects.toThrow(/not in the recent files list/);
  });

  it('an id stops working once its file leaves the list', async () => {
    const { files, preferences, access } = setup();
    const plan = path.join(dir, 'a.vlift');
    await writeFile(plan, '{}');
    preferences.addRecent(plan);
    const id = access.recentId(plan);
    preferences.clearRecent();
    await expect(files.openRecent('win', id)).rejects.toThrow(/not in the recent files list/);
  });

  it('drops a missing file from the list with a clear message', async () => {
    const { files, preferences, access } = setup();
    const gone = path.join(dir, 'gone.vlift');
    preferences.addRecent(gone);
    await expect(files.openRecent('win', access.recentId(gone))).rejects.toThrow(/gone.vlift could not be found/);
    expect(preferences.get().recentFiles).toEqual([]);
  });
});

describe('save', () => {
  it('Save As asks for a path, adds .vlift, writes atomically and remembers the file', async () => {
    const { files, preferences, answers, asked } = setup();
    answers.push(path.join(dir, 'Case 7'));
    const saved = await files.savePlan('win', { documentId: null, suggestedName: 'Case 7.vlift', text: '{"v":1}' });
    expect(saved).toEqual({ documentId: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'Case 7.vlift', location: path.join(dir, 'Case 7.vlift') });
    expect(await readFile(path.join(dir, 'Case 7.vlift'), 'utf8')).toBe('{"v":1}');
    expect(asked[0]?.options).toMatchObject({ defaultPath: path.join(dir, 'Case 7.vlift'), filters: [{ extensions: ['vlift'] }] });
    expect(preferences.get().recentFiles[0]).toBe(path.join(dir, 'Case 7.vlift'));
    // Saving again with the document's id needs no dialog.
    await files.savePlan('win', { documentId: saved!.documentId, suggestedName: 'x', text: '{"v":2}' });
    expect(await readFile(path.join(dir, 'Case 7.vlift'), 'utf8')).toBe('{"v":2}');
    expect(asked).toHaveLength(1);
    expect(await readdir(dir)).toEqual(['Case 7.vlift']);
  });

  it('saves in place only to the file this window opened for its current document', async () => {
    const { files, preferences, access, answers } = setup();
    const a = path.join(dir, 'a.vlift');
    const b = path.join(dir, 'b.vlift');
    await writeFile(a, 'A');
    await writeFile(b, 'B');
    answers.push(a);
    const openedA = await files.openPlan('win');
    // Another window cannot use this window's document id.
    await expect(files.savePlan('other-win', { documentId: openedA!.documentId, suggestedName: 'x', text: 'X' })).rejects.toThrow(/Save As/);
    // A recent file's id is not a document id: it opens, it does not save.
    preferences.addRecent(b);
    await expect(files.savePlan('win', { documentId: access.recentId(b), suggestedName: 'x', text: 'X' })).rejects.toThrow(/Save As/);
    // Opening another file replaces the document: the old id no longer writes anywhere.
    answers.push(b);
    const openedB = await files.openPlan('win');
    await expect(files.savePlan('win', { documentId: openedA!.documentId, suggestedName: 'x', text: 'X' })).rejects.toThrow(/Save As/);
    await files.savePlan('win', { documentId: openedB!.documentId, suggestedName: 'x', text: 'B2' });
    expect([await readFile(a, 'utf8'), await readFile(b, 'utf8')]).toEqual(['A', 'B2']);
  });

  it('refuses to save to a document id main never issued', async () => {
    const { files } = setup();
    await expect(files.savePlan('win', { documentId: 'f'.repeat(32), suggestedName: 'x', text: 'rm -rf ~' })).rejects.toThrow(/Save As/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('returns null and writes nothing when Save As is cancelled', async () => {
    const { files } = setup();
    expect(await files.savePlan('win', { documentId: null, suggestedName: 'x', text: '{}' })).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('starts dialogs in the folder of the latest recent file', async () => {
    const { files, preferences, asked } = setup();
    const sub = path.join(dir, 'clinic');
    await mkdir(sub);
    preferences.addRecent(path.join(sub, 'old.vlift'));
    await files.savePlan('win', { documentId: null, suggestedName: 'new', text: '{}' });
    expect(asked[0]?.options).toMatchObject({ defaultPath: path.join(sub, 'new.vlift') });
  });
});

describe('export PDF', () => {
  it('asks where, adds .pdf and writes the bytes; it does not join the plan recent list', async () => {
    const { files, preferences, answers, asked } = setup();
    answers.push(path.join(dir, 'report'));
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const saved = await files.exportPdf('win', { suggestedName: 'Case 7', bytes });
    expect(saved).toEqual({ name: 'report.pdf', location: path.join(dir, 'report.pdf') });
    expect(new Uint8Array(await readFile(path.join(dir, 'report.pdf')))).toEqual(bytes);
    expect(asked[0]?.options).toMatchObject({ filters: [{ extensions: ['pdf'] }], defaultPath: path.join(dir, 'Case 7.pdf') });
    expect(preferences.get().recentFiles).toEqual([]);
  });
});

describe('files from the desktop', () => {
  it('accepts absolute .vlift paths only, and then lets the page open them by id', async () => {
    const { files } = setup();
    const plan = path.join(dir, 'double-clicked.vlift');
    await writeFile(plan, '{}');
    expect(files.acceptExternalPath('relative.vlift')).toBeNull();
    expect(files.acceptExternalPath(path.join(dir, 'x.exe'))).toBeNull();
    const id = files.acceptExternalPath(plan);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect((await files.openRecent('win', id!)).name).toBe('double-clicked.vlift');
  });
});

