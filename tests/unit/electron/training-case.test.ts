import * as realFs from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTrainingCaseSaver } from '../../../electron/training-case';
import type { CaseFolderFs, FolderDialogLike } from '../../../electron/training-case';
import type { TrainingCaseSaveRequest } from '../../../shared/ipc/contract';

const REQUEST: TrainingCaseSaveRequest = {
  folderName: 'brow-anchored-low',
  files: [
    { name: 'case.json', text: '{"id":"brow-anchored-low"}\n' },
    { name: 'poor.vlift', text: '{"design":"poor"}\n' },
    { name: 'corrected.vlift', text: '{"design":"corrected"}\n' },
  ],
};

/** A folder picker answering from a queue (null = cancelled), recording where it started. */
function scriptedDialog() {
  const answers: Array<string | null> = [];
  const startedAt: string[] = [];
  const dialog: FolderDialogLike<'win'> = {
    showOpenDialog: async (_w, options) => {
      startedAt.push(options.defaultPath);
      expect(options.properties).toContain('openDirectory');
      const answer = answers.shift() ?? null;
      return answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] };
    },
  };
  return { dialog, answers, startedAt };
}

/** The real file system, except that the rename onto `failOn` fails like a full disk. */
function fsFailingOn(failOn: string | null): CaseFolderFs {
  return {
    open: (file, flags, mode) => realFs.open(file, flags, mode),
    rename: async (from, to) => {
      if (path.basename(to) === failOn) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return realFs.rename(from, to);
    },
    unlink: (file) => realFs.unlink(file),
    lstat: (file) => realFs.lstat(file),
    stat: (file) => realFs.stat(file),
    mkdir: (dir) => realFs.mkdir(dir),
    readdir: (dir) => realFs.readdir(dir),
    rmdir: (dir) => realFs.rmdir(dir),
  };
}

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vl-case-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createTrainingCaseSaver', () => {
  it('writes the three files into <picked folder>/<case id>/ and starts the next picker there', async () => {
    const { dialog, answers, startedAt } = scriptedDialog();
    const save = createTrainingCaseSaver({ dialog, fs: fsFailingOn(null), defaultDirectory: '/home/u/Documents' });
    answers.push(dir);
    const saved = await save('win', REQUEST);
    const folder = path.join(dir, 'brow-anchored-low');
    expect(saved).toEqual({ name: 'brow-anchored-low', location: folder });
    expect((await readdir(folder)).sort()).toEqual(['case.json', 'corrected.vlift', 'poor.vlift']);
    for (const file of REQUEST.files) expect(await readFile(path.join(folder, file.name), 'utf8')).toBe(file.text);
    await save('win', REQUEST);
    expect(startedAt).toEqual(['/home/u/Documents', dir]);
  });

  it('writes nothing when the picker is cancelled', async () => {
    const { dialog } = scriptedDialog();
    const save = createTrainingCaseSaver({ dialog, fs: fsFailingOn(null), defaultDirectory: dir });
    expect(await save('win', REQUEST)).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a case folder that already holds files, and leaves them as they were', async () => {
    const { dialog, answers } = scriptedDialog();
    const save = createTrainingCaseSaver({ dialog, fs: fsFailingOn(null), defaultDirectory: dir });
    const folder = path.join(dir, 'brow-anchored-low');
    await mkdir(folder);
    await writeFile(path.join(folder, 'case.json'), 'the trainer\'s earlier case');
    answers.push(dir);
    await expect(save('win', REQUEST)).rejects.toThrow(/already exists and is not empty/);
    expect(await readdir(folder)).toEqual(['case.json']);
    expect(await readFile(path.join(folder, 'case.json'), 'utf8')).toBe("the trainer's earlier case");
  });

  it('refuses when a file has the case folder name', async () => {
    const { dialog, answers } = scriptedDialog();
    const save = createTrainingCaseSaver({ dialog, fs: fsFailingOn(null), defaultDirectory: dir });
    await writeFile(path.join(dir, 'brow-anchored-low'), 'not a folder');
    answers.push(dir);
    await expect(save('win', REQUEST)).rejects.toThrow(/already exists/);
    expect(await readFile(path.join(dir, 'brow-anchored-low'), 'utf8')).toBe('not a folder');
  });

  it('uses an existing empty folder', async () => {
    const { dialog, answers } = scriptedDialog();
    const save = createTrainingCaseSaver({ dialog, fs: fsFailingOn(null), defaultDirectory: dir });
    await mkdir(path.join(dir, 'brow-anchored-low'));
    answers.push(dir);
    await save('win', REQUEST);
    expect(await readdir(path.join(dir, 'brow-anchored-low'))).toHaveLength(3);
  });

  it('leaves nothing half-written when a write fails part-way: no files, no temporary files, no new folder', async () => {
    const { dialog, answers } = scriptedDialog();
    const save = createTrainingCaseSaver({ dialog, fs: fsFailingOn('corrected.vlift'), defaultDirectory: dir });
    answers.push(dir);
    await expect(save('win', REQUEST)).rejects.toThrow(/could not be saved .*nothing was left behind.*ENOSPC/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('after a failed write into an existing empty folder, leaves that folder empty', async () => {
    const { dialog, answers } = scriptedDialog();
    const save = createTrainingCaseSaver({ dialog, fs: fsFailingOn('poor.vlift'), defaultDirectory: dir });
    await mkdir(path.join(dir, 'brow-anchored-low'));
    answers.push(dir);
    await expect(save('win', REQUEST)).rejects.toThrow(/ENOSPC/);
    expect(await readdir(path.join(dir, 'brow-anchored-low'))).toEqual([]);
  });
});
