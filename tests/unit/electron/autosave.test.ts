import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import * as realFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autosavePaths, startAutosave } from '../../../electron/autosave';
import { MAX_PLAN_FILE_BYTES } from '../../../shared/plan/limits';

let userData = '';
beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'vl-autosave-'));
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('autosave and recovery', () => {
  it('writes the working copy to <userData>/autosave/working-copy.vlift', async () => {
    const autosave = await startAutosave(realFs, userData);
    await autosave.write('{"v":1}');
    expect(autosave.paths.workingCopy).toBe(path.join(userData, 'autosave', 'working-copy.vlift'));
    expect(await readFile(autosave.paths.workingCopy, 'utf8')).toBe('{"v":1}');
    // Atomic: only the working copy and the session marker, no temp files.
    expect((await readdir(autosave.paths.dir)).sort()).toEqual(['session.lock', 'working-copy.vlift']);
  });

  it('offers nothing after a clean close', async () => {
    const first = await startAutosave(realFs, userData);
    await first.write('{"v":1}');
    await first.endSession();
    const second = await startAutosave(realFs, userData);
    expect(await second.takeRecovery()).toBeNull();
  });

  it('offers the working copy once after a crash (marker left behind)', async () => {
    const crashed = await startAutosave(realFs, userData);
    await crashed.write('{"unsaved":true}');
    // No endSession: the process died.
    const next = await startAutosave(realFs, userData);
    expect(await next.takeRecovery()).toBe('{"unsaved":true}');
    expect(await next.takeRecovery()).toBeNull();
  });

  it('offers nothing in a fresh session that has no crash behind it', async () => {
    const autosave = await startAutosave(realFs, userData);
    await autosave.write('{"v":2}');
    expect(await autosave.takeRecovery()).toBeNull();
  });

  it('makes this session\'s working copy recoverable after a renderer crash', async () => {
    const autosave = await startAutosave(realFs, userData);
    await autosave.write('{"before-crash":true}');
    autosave.noteRendererCrash();
    expect(await autosave.takeRecovery()).toBe('{"before-crash":true}');
  });

  it('forgets the working copy on clear (saved or discarded)', async () => {
    const crashed = await startAutosave(realFs, userData);
    await crashed.write('{"v":3}');
    const next = await startAutosave(realFs, userData);
    await next.clear();
    expect(await next.takeRecovery()).toBeNull();
    expect(await readdir(next.paths.dir)).toEqual(['session.lock']);
  });

  it('never lets an older write land after a clear', async () => {
    const autosave = await startAutosave(realFs, userData);
    const write = autosave.write('{"late":true}');
    const clear = autosave.clear();
    await Promise.all([write, clear]);
    expect(await readdir(autosave.paths.dir)).toEqual(['session.lock']);
  });

  it('ignores a marker without a working copy, and an oversize working copy', async () => {
    const paths = autosavePaths(userData);
    await mkdir(paths.dir, { recursive: true });
    await writeFile(paths.marker, 'old session');
    expect(await (await startAutosave(realFs, userData)).takeRecovery()).toBeNull();
    await writeFile(paths.workingCopy, 'x'.repeat(MAX_PLAN_FILE_BYTES + 1));
    expect(await (await startAutosave(realFs, userData)).takeRecovery()).toBeNull();
  });
});
