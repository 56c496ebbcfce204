/**
 * "Save as training case" on the desktop: the user picks a folder (the case library, say) and
 * main writes `<picked>/<case id>/` with case.json and the two designs.
 *
 * The request has already been validated (shared/ipc/validate.ts): the folder name is a case id,
 * so it cannot climb out of the picked folder, and the files are exactly the three case files.
 * An existing folder is used only if it is empty: a case already there is never overwritten.
 * Each file is written atomically; if any write fails, the files already written (and the
 * folder, when this save made it) are removed, so a failed save leaves no half-made case.
 */
import path from 'node:path';
import type { TrainingCaseSaveRequest, WrittenFile } from '../shared/ipc/contract';
import { writeFileAtomic } from './atomic-save';
import type { AtomicFs } from './atomic-save';
import type { Locale } from '../shared/i18n/locale';
import { DIALOG_TEXTS } from './dialog-text';

/** The part of Electron's dialog module used: a folder picker. W is the parent window type. */
export interface FolderDialogLike<W> {
  showOpenDialog(
    window: W,
    options: { title: string; buttonLabel: string; defaultPath: string; properties: Array<'openDirectory' | 'createDirectory'> },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
}

/** The parts of node:fs/promises used here (tests inject one that fails on purpose). */
export interface CaseFolderFs extends AtomicFs {
  mkdir(dir: string): Promise<unknown>;
  readdir(dir: string): Promise<string[]>;
  rmdir(dir: string): Promise<void>;
}

export interface TrainingCaseSaverDeps<W> {
  readonly dialog: FolderDialogLike<W>;
  readonly fs: CaseFolderFs;
  /** Where the folder picker starts (the user's Documents). */
  readonly defaultDirectory: string;
  /** The interface language now: the picker and the refusals are written in it. English when not given. */
  readonly locale?: () => Locale;
}

export type TrainingCaseSaver<W> = (window: W, request: TrainingCaseSaveRequest) => Promise<WrittenFile | null>;

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

export function createTrainingCaseSaver<W>(deps: TrainingCaseSaverDeps<W>): TrainingCaseSaver<W> {
  const { dialog, fs } = deps;
  // The next picker starts where the last case went: a trainer saves several into one library.
  let lastParent = deps.defaultDirectory;
  const texts = () => DIALOG_TEXTS[deps.locale?.() ?? 'en'];

  /** Creates the case folder; true when this call made it, false when an empty one was there. */
  async function makeCaseFolder(folder: string): Promise<boolean> {
    try {
      await fs.mkdir(folder);
      return true;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    // readdir fails on a file of that name, which is refused too.
    const entries = await fs.readdir(folder).catch(() => null);
    if (entries === null || entries.length > 0) throw new Error(texts().error.caseFolderExists(folder));
    return false;
  }

  return async (window, request) => {
    const picked = await dialog.showOpenDialog(window, {
      title: texts().dialog.saveCaseTitle,
      buttonLabel: texts().dialog.saveCaseButton,
      defaultPath: lastParent,
      properties: ['openDirectory', 'createDirectory'],
    });
    const [parent] = picked.filePaths;
    if (picked.canceled || !parent) return null;
    const folder = path.join(parent, request.folderName);
    const madeFolder = await makeCaseFolder(folder);
    const written: string[] = [];
    try {
      for (const file of request.files) {
        const target = path.join(folder, file.name);
        await writeFileAtomic(fs, target, file.text);
        written.push(target);
      }
    } catch (error) {
      for (const target of written) await fs.unlink(target).catch(() => undefined);
      if (madeFolder) await fs.rmdir(folder).catch(() => undefined);
      throw new Error(texts().error.caseNotSaved(folder, error instanceof Error ? error.message : String(error)), { cause: error });
    }
    lastParent = parent;
    return { name: request.folderName, location: folder };
  };
}
