import { mkdtemp, readdir, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises';
import * as realFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempPathFor, writeFileAtomic } from '../../../electron/atomic-save';
import type { AtomicFileHandle, AtomicFs } from '../../../electron/atomic-save';

type Stage = 'open' | 'write' | 'sync' | 'close' | 'rename';

/** Real fs in a temp folder, failing on purpose at one stage (and recording what happened). */
function failingFs(failAt: Stage | null, calls: string[] = []): AtomicFs {
  const boom = (stage: Stage) => {
    if (stage === failAt) throw Object.assign(new Error(`injected ${stage} failure`), { code: 'EIO' });
  };
  return {
    stat: (file) => realFs.stat(file),
    readdir: (dir) => realFs.readdir(dir),
    lstat: (file) => realFs.lstat(file),
    unlink: async (file) => {
      calls.push(`unlink ${path.basename(file)}`);
      await realFs.unlink(file);
    },
    rename: async (from, to) => {
      calls.push('rename');
      boom('rename');
      await realFs.rename(from, to);
    },
    open: async (file, flags, mode) => {
      calls.push(`open ${flags}`);
      if (flags !== 'r') boom('open');
      const handle = await realFs.open(file, flags, mode);
      const wrapped: AtomicFileHandle = {
        writeFile: async (data) => {
          calls.push('write');
          const bytes = typeof data === 'string' ? Buffer.from(data) : data;
          // Half the data lands first, so a failure really leaves a partial temp file behind.
          await handle.write(bytes, 0, bytes.length >> 1, 0);
          boom('write');
          await handle.write(bytes, 0, bytes.length, 0);
        },
        sync: async () => {
          calls.push(flags === 'r' ? 'sync dir' : 'sync');
          if (flags !== 'r') boom('sync');
          await handle.sync();
        },
        close: async () => {
          if (flags !== 'r') boom('close');
          await handle.close();
        },
      };
      return wrapped;
    },
  };
}

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vl-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces the file: temp in the same folder, fsync, rename, then fsync the folder', async () => {
    const target = path.join(dir, 'case.vlift');
    await writeFile(target, 'old plan');
    const calls: string[] = [];
    await writeFileAtomic(failingFs(null, calls), target, 'new plan ✓');
    expect(await readFile(target, 'utf8')).toBe('new plan ✓');
    expect(await readdir(dir)).toEqual(['case.vlift']);
    expect(calls).toEqual(['open wx', 'write', 'sync', 'rename', 'open r', 'sync dir']);
  });

  it('writes bytes unchanged', async () => {
    const target = path.join(dir, 'report.pdf');
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    await writeFileAtomic(realFs, target, bytes);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  for (const stage of ['open', 'write', 'sync', 'close', 'rename'] as const) {
    it(`leaves the old file intact and no temp file when ${stage} fails`, async () => {
      const target = path.join(dir, 'case.vlift');
      await writeFile(target, 'old plan');
      await expect(writeFileAtomic(failingFs(stage), target, 'new plan that must not half-land')).rejects.toThrow(`injected ${stage} failure`);
      expect(await readFile(target, 'utf8')).toBe('old plan');
      expect(await readdir(dir)).toEqual(['case.vlift']);
    });
  }

  it('creates a new file when there was none, and leaves nothing when that fails', async () => {
    const target = path.join(dir, 'new.vlift');
    await expect(writeFileAtomic(failingFs('sync'), target, 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
    await writeFileAtomic(realFs, target, 'x');
    expect(await readFile(target, 'utf8')).toBe('x');
  });

  it("keeps the old file's permissions", async () => {
    if (process.platform === 'win32') return;
    const target = path.join(dir, 'private.vlift');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeFileAtomic(realFs, target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('names temp files next to the target, hidden and unique', () => {
    const a = tempPathFor('/plans/case.vlift');
    const b = tempPathFor('/plans/case.vlift');
    expect(path.dirname(a)).toBe('/plans');
    expect(path.basename(a)).toBe(`.case.vlift.${process.pid}.${path.basename(a).split('.').at(-2)}.tmp`);
    expect(path.basename(a)).toMatch(/^\.case\.vlift\.\d+\.[0-9a-f]{12}\.tmp$/);
    expect(a).not.toBe(b);
  });
});
