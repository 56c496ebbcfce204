/**
 * Atomic file replacement: a crash, a full disk or a power cut during a save leaves either the
 * old file or the new one on disk, never a half-written plan.
 *
 * 1. write the data to a temporary file in the SAME folder (rename is only atomic within one
 *    file system), 2. fsync it so the bytes are on disk before the name points at them,
 * 3. rename it over the target, 4. fsync the folder so the rename itself survives a power cut
 * (not possible on Windows, where opening a folder fails; the rename is still atomic there).
 * On any failure the temporary file is removed and the target is left as it was.
 *
 * A process killed between 1 and 3 cannot remove its temporary file. So each temp name carries
 * the writer's process id, and every save ends by removing, in its folder, the temp files of
 * this naming pattern whose writer no longer runs (removeStaleTemps). Nothing else is touched.
 * The app, its autosave and `vectorlift export` all write through here.
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
  readdir(dir: string): Promise<string[]>;
  lstat(file: string): Promise<{ isFile(): boolean }>;
}

/**
 * Our temp names: `.<target name>.<writer pid>.<12 hex digits>.tmp`, hidden, beside the target.
 * Anything not matching exactly is never removed.
 */
export const TEMP_NAME_PATTERN = /^\.(.+)\.([1-9][0-9]{0,9})\.([0-9a-f]{12})\.tmp$/;

/** A hidden name next to the target, unique per attempt so two saves never share one. */
export function tempPathFor(target: string, random: () => string = () => randomBytes(6).toString('hex'), pid = process.pid): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${pid}.${random()}.tmp`);
}

/** Temp files this process is writing right now: never stale, whatever the pid says. */
const inFlight = new Set<string>();

/** Does process `pid` run on this machine? (Signal 0 only checks; EPERM means it runs as another user.) */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Removes from `dir` the regular files named like our temp files whose writer is gone (its pid
 * runs no more; for this process, it is not writing them now). Returns the names removed. Best
 * effort: a file that cannot be listed, checked or removed is left alone. A folder or link of
 * that name is never removed.
 */
export async function removeStaleTemps(fs: AtomicFs, dir: string, isAlive: (pid: number) => boolean = processIsAlive): Promise<string[]> {
  const removed: string[] = [];
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const match = TEMP_NAME_PATTERN.exec(name);
    if (!match) continue;
    const file = path.join(dir, name);
    const pid = Number(match[2]);
    const stale = pid === process.pid ? !inFlight.has(file) : !isAlive(pid);
    if (!stale) continue;
    const isFile = await fs.lstat(file).then((info) => info.isFile(), () => false);
    if (!isFile) continue;
    await fs.unlink(file).then(() => removed.push(name), () => undefined);
  }
  return removed;
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
  inFlight.add(temp);
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
  } finally {
    inFlight.delete(temp);
  }
  await syncDirectory(fs, path.dirname(target));
  // What earlier saves killed mid-write left in this folder.
  await removeStaleTemps(fs, path.dirname(target));
}
