/**
 * The shared plan-file loader (shared/plan/plan-file.ts) with a fake file system: the size cap
 * holds whatever stat says, only regular files are read, and UTF-8 is checked strictly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlanBytes, findInvalidUtf8, readPlanFileText } from '../../../../shared/plan/plan-file';
import type { PlanFileHandle, PlanFileSystem } from '../../../../shared/plan/plan-file';

const FLAGS = { O_RDONLY: 0, O_NONBLOCK: 2048 };

/** A file whose stat can lie and whose content never ends unless `length` is given. */
function fakeFs(kind: 'file' | 'dir' | 'fifo', statSize: number, length = Infinity) {
  const log = { requested: 0, opened: [] as number[], closed: 0 };
  let position = 0;
  const handle: PlanFileHandle = {
    stat: async () => ({ isFile: () => kind === 'file', isDirectory: () => kind === 'dir', size: statSize }),
    read: async (buffer, offset, count) => {
      log.requested += count;
      const n = Math.max(0, Math.min(count, length - position));
      buffer.fill(0x20, offset, offset + n);
      position += n;
      return { bytesRead: n };
    },
    close: async () => void log.closed++,
  };
  const fs: PlanFileSystem = { open: async (_path, flags) => (log.opened.push(flags), handle) };
  return { fs, log };
}

describe('readPlanFileText', () => {
  it('opens read-only and non-blocking, and closes the file whatever happens', async () => {
    const { fs, log } = fakeFs('fifo', 0);
    const result = await readPlanFileText(fs, '/p', FLAGS);
    expect(result).toMatchObject({ ok: false, error: { message: 'is not a regular file (a pipe, device or socket), so it was not read', path: '', line: null, column: null } });
    expect(log).toEqual({ requested: 0, opened: [2048], closed: 1 });
  });

  it('stops at the cap however small stat says the file is (it may grow, or be a device that lies)', async () => {
    const { fs, log } = fakeFs('file', 10);
    const result = await readPlanFileText(fs, '/p', FLAGS, 1_000_000);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toBe('plan file is over 1.0 MB; the largest plan VectorLift opens is 1.0 MB');
    expect(log.requested).toBe(1_000_001);
    expect(log.closed).toBe(1);
  });

  it('reads a file of exactly the cap', async () => {
    const { fs } = fakeFs('file', 1000, 1000);
    await expect(readPlanFileText(fs, '/p', FLAGS, 1000)).resolves.toEqual({ ok: true, text: ' '.repeat(1000) });
  });
});

describe('strict UTF-8', () => {
  it('decodes exactly what TextDecoder decodes for valid UTF-8, and refuses what it refuses', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'grapheme' }).map((s) => new TextEncoder().encode(s))), (bytes) => {
        let expected: string | null;
        try {
          expected = strict.decode(bytes);
        } catch {
          expected = null;
        }
        const ours = decodePlanBytes(bytes);
        expect(ours.ok ? ours.text : null).toBe(expected);
      }),
      { numRuns: 3000, seed: 6 },
    );
  });

  it('places overlong forms, surrogates and code points past U+10FFFF at their first byte', () => {
    expect(findInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toEqual({ offset: 1, truncated: false });
    expect(findInvalidUtf8(new Uint8Array([0x61, 0xe0, 0x80, 0x80]))).toEqual({ offset: 1, truncated: true });
    expect(findInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toEqual({ offset: 0, truncated: true });
    expect(findInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toEqual({ offset: 0, truncated: true });
    expect(findInvalidUtf8(new Uint8Array([0xf0, 0x9f, 0xa7, 0xb5]))).toBeNull(); // 🧵
  });
});
