/**
 * Atomic file replacement: a crash, a full disk or a power cut during a save leaves either the
 * old file or the new one on disk, never a half-written plan.
 *
 * 1. write the data to a temporary file in the SAME folder (rename is only atomic within one
 *    file system), 2. fsync it so the bytes are on disk before the name points at them,
 * 3. rename it over the target, 4. fsync the folder so the rename itself survives a power cut
 * (not possible on Windows, where opening a folder fails; the rename is still atomic there).
 * On any failure the temporary file is removed and the target is left as it was.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** The subset of a node:fs/promises FileHandle used here. */
export interface AtomicFileHandle {
  writeFile(data: string | Uint8Array, options?: { encoding?: 'utf8' }): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The subset of node:fs/promises used here; tests inject one that fails on purpose. */
export interface AtomicFs {
  open(file: string, flags: string, mode?: number): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  stat(file: string): Promise<{ mode: number }>;
}

/** A hidden name next to the target, unique per attempt so two saves never share one. */
export function tempPathFor(target: string, random: () => string = () => randomBytes(6).toString('hex')): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${random()}.tmp`);
}

async function syncDirectory(fs: AtomicFs, dir: string): Promise<void> {
  let handle: AtomicFileHandle | null = null;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Best effort: Windows cannot open or fsync a folder; the rename has already happened.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export async function writeFileAtomic(fs: AtomicFs, target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  // Keep the old file's permissions: a plan the user made private (0600) stays private.
  const mode = await fs.stat(target).then((stats) => stats.mode & 0o777, () => 0o644);
  let handle: AtomicFileHandle | null = null;
  try {
    // 'wx': fail rather than reuse a file that somehow already has this name.
    handle = await fs.open(temp, 'wx', mode);
    await handle.writeFile(data, typeof data === 'string' ? { encoding: 'utf8' } : undefined);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fs, path.dirname(target));
}
