/**
 * Plan files and PDF exports: native dialogs, a size-capped read, atomic writes.
 *
 * The renderer never names a file main has not seen the user choose. It can open a path only
 * if it is in the recent list, and save to a path only if the user picked it in a dialog (or
 * opened it) this session or it is in the recent list; anything else goes through a dialog.
 * So a compromised page cannot read or overwrite arbitrary files.
 *
 * Main does not parse plans: the renderer does that with shared/plan. Main only refuses text
 * that is not text or is too large.
 */
import path from 'node:path';
import type { ExportRequest, OpenedFile, SavedFile, SaveRequest } from '../shared/ipc/contract';
import { MAX_PLAN_FILE_BYTES } from '../shared/plan/limits';
import { writeFileAtomic } from './atomic-save';
import type { AtomicFs } from './atomic-save';
import type { PreferencesService } from './preferences';
import { DIALOG_TEXT, ERROR_TEXT } from './strings';

export const PLAN_EXTENSION = 'vlift';

export interface FileFilterLike {
  name: string;
  extensions: string[];
}

/** The parts of Electron's dialog module used; W is the parent window type. */
export interface DialogLike<W> {
  showOpenDialog(
    window: W,
    options: { title: string; defaultPath?: string; filters: FileFilterLike[]; properties: Array<'openFile'> },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(
    window: W,
    options: { title: string; defaultPath: string; filters: FileFilterLike[] },
  ): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface FilesFs extends AtomicFs {
  stat(file: string): Promise<{ mode: number; size: number; isFile(): boolean }>;
  readFile(file: string): Promise<Uint8Array>;
}

export interface FileServiceDeps<W> {
  readonly dialog: DialogLike<W>;
  readonly fs: FilesFs;
  readonly preferences: PreferencesService;
  /** Where dialogs start when there is no better folder (the user's Documents). */
  readonly defaultDirectory: string;
  /** Called after the recent list changes, so main can rebuild the menu. */
  readonly onRecentChanged: () => void;
}

export interface FileService<W> {
  openPlan(window: W): Promise<OpenedFile | null>;
  openRecent(filePath: string): Promise<OpenedFile>;
  /** A path chosen outside the page (file association, command line): trusted, joins the recent list. */
  acceptExternalPath(filePath: string): boolean;
  savePlan(window: W, request: SaveRequest): Promise<SavedFile | null>;
  exportPdf(window: W, request: ExportRequest): Promise<SavedFile | null>;
}

const PLAN_FILTERS: FileFilterLike[] = [{ name: DIALOG_TEXT.planFilter, extensions: [PLAN_EXTENSION] }];
const PDF_FILTERS: FileFilterLike[] = [{ name: DIALOG_TEXT.pdfFilter, extensions: ['pdf'] }];

/** Characters no file system accepts in a name (Windows' list is the strictest) and controls. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const UNSAFE_NAME_CHARS = /[<>:"/\\|?*\u0000-\u001f]/g;

/** A suggested name made safe for any file system; never empty. */
export function safeFileName(suggested: string, fallback = 'Untitled plan'): string {
  const cleaned = suggested.replace(UNSAFE_NAME_CHARS, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 100).trim();
  return cleaned || fallback;
}

function withExtension(filePath: string, extension: string): string {
  return path.extname(filePath).toLowerCase() === `.${extension}` ? filePath : `${filePath}.${extension}`;
}

function isPlanPath(filePath: string): boolean {
  return path.extname(filePath).toLowerCase() === `.${PLAN_EXTENSION}`;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** Reads a plan as UTF-8 text, refusing anything larger than MAX_PLAN_FILE_BYTES. */
export async function readPlanText(fs: FilesFs, filePath: string): Promise<OpenedFile> {
  const name = path.basename(filePath);
  const stats = await fs.stat(filePath);
  if (!stats.isFile()) throw new Error(ERROR_TEXT.notAPlanFile(name));
  if (stats.size > MAX_PLAN_FILE_BYTES) throw new Error(ERROR_TEXT.fileTooLarge(name, MAX_PLAN_FILE_BYTES));
  const bytes = await fs.readFile(filePath);
  // The file may have grown between stat and read.
  if (bytes.byteLength > MAX_PLAN_FILE_BYTES) throw new Error(ERROR_TEXT.fileTooLarge(name, MAX_PLAN_FILE_BYTES));
  let text: string;
  try {
    // fatal: a binary file is refused here rather than shown as a parse error full of U+FFFD.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(ERROR_TEXT.notAPlanFile(name));
  }
  return { path: filePath, name, text };
}

export function createFileService<W>(deps: FileServiceDeps<W>): FileService<W> {
  const { dialog, fs, preferences } = deps;
  /** Paths the user chose in a dialog (or opened) this session: the page may save to these. */
  const granted = new Set<string>();

  const remember = (filePath: string): void => {
    granted.add(filePath);
    preferences.addRecent(filePath);
    deps.onRecentChanged();
  };
  const isGranted = (filePath: string): boolean => granted.has(filePath) || preferences.get().recentFiles.includes(filePath);
  const startFolder = (): string => {
    const [latest] = preferences.get().recentFiles;
    return latest ? path.dirname(latest) : deps.defaultDirectory;
  };

  async function askSavePath(window: W, title: string, suggested: string, extension: string, filters: FileFilterLike[]) {
    // The page may suggest 'plan.vlift' or just 'plan': never offer 'plan.vlift.vlift'.
    const stem = safeFileName(suggested.replace(new RegExp(`\\.${extension}$`, 'i'), ''));
    const defaultPath = path.join(startFolder(), `${stem}.${extension}`);
    const result = await dialog.showSaveDialog(window, { title, defaultPath, filters });
    return result.canceled || !result.filePath ? null : withExtension(result.filePath, extension);
  }

  return {
    async openPlan(window) {
      const result = await dialog.showOpenDialog(window, {
        title: DIALOG_TEXT.openTitle,
        defaultPath: startFolder(),
        filters: PLAN_FILTERS,
        properties: ['openFile'],
      });
      const [chosen] = result.filePaths;
      if (result.canceled || !chosen) return null;
      const opened = await readPlanText(fs, chosen);
      remember(chosen);
      return opened;
    },

    async openRecent(filePath) {
      if (!preferences.get().recentFiles.includes(filePath)) throw new Error(ERROR_TEXT.notInRecentList);
      let opened: OpenedFile;
      try {
        opened = await readPlanText(fs, filePath);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') {
          preferences.removeRecent(filePath);
          deps.onRecentChanged();
          throw new Error(ERROR_TEXT.fileMissing(path.basename(filePath)), { cause: error });
        }
        throw error;
      }
      remember(filePath);
      return opened;
    },

    acceptExternalPath(filePath) {
      if (!path.isAbsolute(filePath) || !isPlanPath(filePath)) return false;
      remember(filePath);
      return true;
    },

    async savePlan(window, request) {
      let target = request.path;
      if (target !== null && !isGranted(target)) throw new Error(ERROR_TEXT.unknownSavePath);
      target ??= await askSavePath(window, DIALOG_TEXT.saveTitle, request.suggestedName, PLAN_EXTENSION, PLAN_FILTERS);
      if (target === null) return null;
      await writeFileAtomic(fs, target, request.text);
      remember(target);
      return { path: target, name: path.basename(target) };
    },

    async exportPdf(window, request) {
      const target = await askSavePath(window, DIALOG_TEXT.exportTitle, request.suggestedName, 'pdf', PDF_FILTERS);
      if (target === null) return null;
      await writeFileAtomic(fs, target, request.bytes);
      return { path: target, name: path.basename(target) };
    },
  };
}
