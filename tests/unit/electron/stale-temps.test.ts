/**
 * Issue 8, defect 4: a save killed mid-write leaves its hidden temp file beside the target. The
 * next save to that folder (and, for the autosave folder, the next start) removes such files,
 * but only files of our own naming pattern whose writer is gone: never anything else.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import * as realFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempPathFor, writeFileAtomic } from '../../../electron/atomic-save';
import { startAutosave } from '../../../electron/autosave';
import { main } from '../../../cli/main';
import { serializePlan } from '../../../shared/plan';
import { makeLargePlan } from '../../fixtures/pdf/large-plan';

/** The pid of a process that has already exited (the writer a kill -9 took away). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

/** What a save killed after writing its temp file leaves, named as the writer names it. */
async function leftover(target: string, pid: number): Promise<string> {
  const temp = tempPathFor(target, () => 'abcdef012345', pid);
  await writeFile(temp, '{"half a pla');
  return path.basename(temp);
}

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vl-stale-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('stale temp files', () => {
  it('the next save to the folder removes temp files whose writer is gone', async () => {
    const target = path.join(dir, 'case.vlift');
    const other = path.join(dir, 'other.vlift');
    await leftover(target, deadPid());
    await leftover(other, deadPid());
    await writeFileAtomic(realFs, target, 'new');
    expect((await readdir(dir)).sort()).toEqual(['case.vlift']);
  });

  it('never removes anything else: other names, live writers, folders, links', async () => {
    const target = path.join(dir, 'case.vlift');
    const keep = [
      'notes.tmp',
      '.case.vlift.tmp',
      '.case.vlift.123.abc.tmp', // not our random part
      '.case.vlift.123.ABCDEF012345.tmp', // upper case: not ours
      'case.vlift.123.abcdef012345.tmp', // not hidden
      '.case.vlift.123.abcdef012345.tmp.bak',
    ];
    for (const name of keep) await writeFile(path.join(dir, name), 'keep');
    const live = await leftover(path.join(dir, 'busy.vlift'), process.pid === 1 ? 2 : 1); // pid 1 always runs
    const folder = path.basename(tempPathFor(path.join(dir, 'f.vlift'), () => '000000000000', deadPid()));
    await mkdir(path.join(dir, folder));
    const link = path.basename(tempPathFor(path.join(dir, 'l.vlift'), () => '111111111111', deadPid()));
    await symlink(path.join(dir, 'notes.tmp'), path.join(dir, link));
    await writeFileAtomic(realFs, target, 'new');
    expect((await readdir(dir)).sort()).toEqual([...keep, live, folder, link, 'case.vlift'].sort());
  });

  it('the autosave folder is cleaned at start', async () => {
    const autosaveDir = path.join(dir, 'autosave');
    await mkdir(autosaveDir);
    await leftover(path.join(autosaveDir, 'working-copy.vlift'), deadPid());
    await startAutosave(realFs, dir);
    expect((await readdir(autosaveDir)).sort()).toEqual(['session.lock']);
  });

  it('vectorlift export writes with the app’s writer: fsync, the same naming, and cleanup', async () => {
    await writeFile(path.join(dir, 'plan.vlift'), serializePlan(makeLargePlan(2)));
    const stale = await leftover(path.join(dir, 'plan.pdf'), deadPid());
    const io = { out: () => undefined, err: () => undefined, cwd: dir };
    expect(await main(['export', 'plan.vlift', '-o', 'plan.pdf'], io)).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['plan.pdf', 'plan.vlift']);
    expect(stale).toMatch(/^\.plan\.pdf\.\d+\.abcdef012345\.tmp$/);
  });
});
