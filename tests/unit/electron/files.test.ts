import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import * as realFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileService, readPlanText, safeFileName } from '../../../electron/files';
import type { DialogLike } from '../../../electron/files';
import { createPreferences } from '../../../electron/preferences';
import type { KeyValueStore } from '../../../electron/preferences';

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
  let menuRebuilds = 0;
  const files = createFileService({
    dialog,
    fs: realFs,
    preferences,
    defaultDirectory: dir,
    onRecentChanged: () => menuRebuilds++,
  });
  return { files, preferences, answers, asked, rebuilds: () => menuRebuilds };
}

describe('open', () => {
  it('opens a .vlift chosen in the dialog, filtered to plans, and adds it to the recent list', async () => {
    const { files, preferences, answers, asked, rebuilds } = setup();
    const plan = path.join(dir, 'case.vlift');
    await writeFile(plan, '{"format":"vectorlift-plan"}');
    answers.push(plan);
    expect(await files.openPlan('win')).toEqual({ path: plan, name: 'case.vlift', text: '{"format":"vectorlift-plan"}' });
    expect(asked[0]?.options).toMatchObject({ filters: [{ extensions: ['vlift'] }], properties: ['openFile'] });
    expect(preferences.get().recentFiles).toEqual([plan]);
    expect(rebuilds()).toBe(1);
  });

  it('returns null when the dialog is cancelled', async () => {
    const { files } = setup();
    expect(await files.openPlan('win')).toBeNull();
  });

  it('refuses files over 5 MB and binary files', async () => {
    const big = path.join(dir, 'big.vlift');
    await writeFile(big, 'x'.repeat(5_000_001));
    await expect(readPlanText(realFs, big)).rejects.toThrow(/larger than 5 MB/);
    const binary = path.join(dir, 'bin.vlift');
    await writeFile(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    await expect(readPlanText(realFs, binary)).rejects.toThrow(/not a .vlift plan file/);
    await expect(readPlanText(realFs, dir)).rejects.toThrow(/not a .vlift plan file/);
  });
});

describe('open recent', () => {
  it('opens only paths that are in the recent list', async () => {
    const { files, preferences } = setup();
    const secret = path.join(dir, 'secret.txt');
    await writeFile(secret, 'private');
    await expect(files.openRecent(secret)).rejects.toThrow(/not in the recent files list/);
    const plan = path.join(dir, 'a.vlift');
    await writeFile(plan, '{}');
    preferences.addRecent(plan);
    expect((await files.openRecent(plan)).text).toBe('{}');
  });

  it('drops a missing file from the list with a clear message', async () => {
    const { files, preferences } = setup();
    const gone = path.join(dir, 'gone.vlift');
    preferences.addRecent(gone);
    await expect(files.openRecent(gone)).rejects.toThrow(/gone.vlift could not be found/);
    expect(preferences.get().recentFiles).toEqual([]);
  });
});

describe('save', () => {
  it('Save As asks for a path, adds .vlift, writes atomically and remembers the file', async () => {
    const { files, preferences, answers, asked } = setup();
    answers.push(path.join(dir, 'Case 7'));
    const saved = await files.savePlan('win', { path: null, suggestedName: 'Case 7.vlift', text: '{"v":1}' });
    expect(saved).toEqual({ path: path.join(dir, 'Case 7.vlift'), name: 'Case 7.vlift' });
    expect(await readFile(path.join(dir, 'Case 7.vlift'), 'utf8')).toBe('{"v":1}');
    expect(asked[0]?.options).toMatchObject({ defaultPath: path.join(dir, 'Case 7.vlift'), filters: [{ extensions: ['vlift'] }] });
    expect(preferences.get().recentFiles[0]).toBe(path.join(dir, 'Case 7.vlift'));
    // Saving again to the same path needs no dialog.
    await files.savePlan('win', { path: saved?.path ?? null, suggestedName: 'x', text: '{"v":2}' });
    expect(await readFile(path.join(dir, 'Case 7.vlift'), 'utf8')).toBe('{"v":2}');
    expect(asked).toHaveLength(1);
    expect(await readdir(dir)).toEqual(['Case 7.vlift']);
  });

  it('refuses to save to a path the user never chose', async () => {
    const { files } = setup();
    const target = path.join(dir, 'bashrc');
    await expect(files.savePlan('win', { path: target, suggestedName: 'x', text: 'rm -rf ~' })).rejects.toThrow(/Save As/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('returns null and writes nothing when Save As is cancelled', async () => {
    const { files } = setup();
    expect(await files.savePlan('win', { path: null, suggestedName: 'x', text: '{}' })).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('starts dialogs in the folder of the latest recent file', async () => {
    const { files, preferences, asked } = setup();
    const sub = path.join(dir, 'clinic');
    await mkdir(sub);
    preferences.addRecent(path.join(sub, 'old.vlift'));
    await files.savePlan('win', { path: null, suggestedName: 'new', text: '{}' });
    expect(asked[0]?.options).toMatchObject({ defaultPath: path.join(sub, 'new.vlift') });
  });
});

describe('export PDF', () => {
  it('asks where, adds .pdf and writes the bytes; it does not join the plan recent list', async () => {
    const { files, preferences, answers, asked } = setup();
    answers.push(path.join(dir, 'report'));
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const saved = await files.exportPdf('win', { suggestedName: 'Case 7', bytes });
    expect(saved?.name).toBe('report.pdf');
    expect(new Uint8Array(await readFile(path.join(dir, 'report.pdf')))).toEqual(bytes);
    expect(asked[0]?.options).toMatchObject({ filters: [{ extensions: ['pdf'] }], defaultPath: path.join(dir, 'Case 7.pdf') });
    expect(preferences.get().recentFiles).toEqual([]);
  });
});

describe('files from the desktop', () => {
  it('accepts absolute .vlift paths only, and then lets the page open them', async () => {
    const { files } = setup();
    const plan = path.join(dir, 'double-clicked.vlift');
    await writeFile(plan, '{}');
    expect(files.acceptExternalPath('relative.vlift')).toBe(false);
    expect(files.acceptExternalPath(path.join(dir, 'x.exe'))).toBe(false);
    expect(files.acceptExternalPath(plan)).toBe(true);
    expect((await files.openRecent(plan)).name).toBe('double-clicked.vlift');
  });
});

describe('safeFileName', () => {
  it('removes characters file systems refuse and never returns an empty name', () => {
    expect(safeFileName('Case: 3/4 <left>?')).toBe('Case 3 4 left');
    expect(safeFileName('...hidden')).toBe('hidden');
    expect(safeFileName('  ')).toBe('Untitled plan');
    expect(safeFileName('a'.repeat(300))).toHaveLength(100);
  });
});
