/**
 * Crash recovery. While the plan has unsaved changes the renderer sends its working copy every
 * few seconds; it is written atomically to `<userData>/autosave/working-copy.vlift`.
 *
 * A marker file (`session.lock`) exists while a session runs and is removed on a clean close.
 * If it is still there at the next start, the last session crashed (or was killed), and the
 * working copy it left is offered back once through takeRecovery(). A renderer crash within a
 * session makes the working copy recoverable too: main reloads the page, which then asks.
 */
import path from 'node:path';
import { MAX_PLAN_FILE_BYTES } from '../shared/plan/limits';
import { removeStaleTemps, writeFileAtomic } from './atomic-save';
import type { AtomicFs } from './atomic-save';

export interface AutosaveFs extends AtomicFs {
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  writeFile(file: string, data: string, encoding: 'utf8'): Promise<void>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  rm(file: string, options: { force: true }): Promise<void>;
  stat(file: string): Promise<{ mode: number; size: number }>;
}

export interface AutosavePaths {
  readonly dir: string;
  readonly workingCopy: string;
  readonly marker: string;
}

export function autosavePaths(userDataDir: string): AutosavePaths {
  const dir = path.join(userDataDir, 'autosave');
  return { dir, workingCopy: path.join(dir, 'working-copy.vlift'), marker: path.join(dir, 'session.lock') };
}

export interface Autosave {
  readonly paths: AutosavePaths;
  write(text: string): Promise<void>;
  /** The working copy left by a crash, once; null when there is none or it was already taken. */
  takeRecovery(): Promise<string | null>;
  /** The document was saved or deliberately discarded: the working copy is no longer needed. */
  clear(): Promise<void>;
  /** The renderer died: the working copy it wrote this session becomes recoverable. */
  noteRendererCrash(): void;
  /** Clean close: remove the working copy and the marker. */
  endSession(): Promise<void>;
}

async function exists(fs: AutosaveFs, file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/** Starts the session: notes whether the last one ended cleanly, then sets the marker. */
export async function startAutosave(fs: AutosaveFs, userDataDir: string, now: () => Date = () => new Date()): Promise<Autosave> {
  const paths = autosavePaths(userDataDir);
  await fs.mkdir(paths.dir, { recursive: true });
  // A working copy being written when the app was killed leaves its temp file: clear it now.
  await removeStaleTemps(fs, paths.dir);
  let recoverable = (await exists(fs, paths.marker)) && (await exists(fs, paths.workingCopy));
  await fs.writeFile(paths.marker, `${now().toISOString()}\n`, 'utf8');

  // One operation at a time, in order: a clear() must never be overtaken by an older write().
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(operation: () => Promise<T>): Promise<T> => {
    const result = queue.then(operation);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    paths,
    write: (text) => serial(() => writeFileAtomic(fs, paths.workingCopy, text)),
    takeRecovery: () =>
      serial(async () => {
        if (!recoverable) return null;
        recoverable = false;
        try {
          const { size } = await fs.stat(paths.workingCopy);
          if (size > MAX_PLAN_FILE_BYTES) return null;
          return await fs.readFile(paths.workingCopy, 'utf8');
        } catch {
          return null;
        }
      }),
    clear: () =>
      serial(async () => {
        recoverable = false;
        await fs.rm(paths.workingCopy, { force: true });
      }),
    noteRendererCrash: () => {
      recoverable = true;
    },
    endSession: () =>
      serial(async () => {
        recoverable = false;
        await fs.rm(paths.workingCopy, { force: true });
        await fs.rm(paths.marker, { force: true });
      }),
  };
}
