/**
 * Plan files and PDF exports: native dialogs, a size-capped read, atomic writes.
 *
 * The renderer never names a file: it gets opaque ids from file-access.ts. It can open a recent
 * file by its id, and save in place only to the file main opened, or a Save As dialog returned,
 * for its current document; anything else goes through a dialog. So a compromised page cannot
 * read or overwrite files the user did not choose for it.
 *
 * Main does not parse plans: the renderer does that with shared/plan. Main only refuses text
 * that is not text or is too large.
 */
import { constants } from 'node:fs';
import path from 'node:path';
import type { ExportRequest, OpenedFile, SavedFile, SaveRequest, WrittenFile } from '../shared/ipc/contract';
import { formatPlanError } from '../shared/plan/errors';
import { safeFileName } from '../shared/plan/file-name';
import { readPlanFileText } from '../shared/plan/plan-file';
import type { PlanFileSystem } from '../shared/plan/plan-file';
import { writeFileAtomic } from './atomic-save';
import type { AtomicFs } from './atomic-save';
import type { FileAccess } from './file-access';
import type { PreferencesService } from './preferences';
import type { Locale } from '../shared/i18n/locale';
import { DIALOG_TEXTS } from './dialog-text';

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

/** node:fs/promises: the atomic writer's calls and the plan loader's. */
export type FilesFs = AtomicFs & PlanFileSystem;

export interface FileServiceDeps<W> {
  readonly dialog: DialogLike<W>;
  readonly fs: FilesFs;
  readonly preferences: PreferencesService;
  /** Ids for documents and recent files (per window W). */
  readonly access: FileAccess<W>;
  /** Where dialogs start when there is no better folder (the user's Documents). */
  readonly defaultDirectory: string;
  /** Called after the recent list changes, so main can rebuild the menu. */
  readonly onRecentChanged: () => void;
  /** The interface language now (main's menu language): dialogs and refusals are written in it. English when not given. */
  readonly locale?: () => Locale;
}

export interface FileService<W> {
  openPlan(window: W): Promise<OpenedFile | null>;
  /** Opens the recent file behind `recentId` as `window`'s document. */
  openRecent(window: W, recentId: string): Promise<OpenedFile>;
  /**
   * A path chosen outside the page (file association, command line): trusted, joins the recent
   * list. Returns its recent id for the page to open, or null when it is not a plan path.
   */
  acceptExternalPath(filePath: string): string | null;
  savePlan(window: W, request: SaveRequest): Promise<SavedFile | null>;
  exportPdf(window: W, request: ExportRequest): Promise<WrittenFile | null>;
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

/**
 * Reads a plan as text with the loader the CLI uses (shared/plan/plan-file.ts): regular files
 * only, at most MAX_PLAN_FILE_BYTES however big stat says it is, strict UTF-8. A refusal is
 * thrown as one sentence naming the file and what is wrong where, in `locale`.
 */
export async function readPlanText(fs: PlanFileSystem, filePath: string, locale: Locale = 'en'): Promise<{ name: string; text: string }> {
  const name = path.basename(filePath);
  const read = await readPlanFileText(fs, filePath, constants);
  if (!read.ok) throw new Error(formatPlanError(read.error, name, locale));
  return { name, text: read.text };
}

export function createFileService<W>(deps: FileServiceDeps<W>): FileService<W> {
  const { dialog, fs, preferences, access } = deps;
  const locale = (): Locale => deps.locale?.() ?? 'en';
  const texts = () => DIALOG_TEXTS[locale()];
  const planFilters = (): FileFilterLike[] => [{ name: texts().dialog.planFilter, extensions: [PLAN_EXTENSION] }];
  const pdfFilters = (): FileFilterLike[] => [{ name: texts().dialog.pdfFilter, extensions: ['pdf'] }];

  const remember = (filePath: string): void => {
    preferences.addRecent(filePath);
    deps.onRecentChanged();
  };
  const startFolder = (): string => {
    const [latest] = preferences.get().recentFiles;
    return latest ? path.dirname(latest) : deps.defaultDirectory;
  };
  /** `filePath` becomes `window`'s document: read it, grant it, list it. */
  const openAsDocument = async (window: W, filePath: string): Promise<OpenedFile> => {
    const { name, text } = await readPlanText(fs, filePath, locale());
    const documentId = access.grantDocument(window, filePath);
    remember(filePath);
    return { documentId, name, location: filePath, text };
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
        title: texts().dialog.openTitle,
        defaultPath: startFolder(),
        filters: planFilters(),
        properties: ['openFile'],
      });
      const [chosen] = result.filePaths;
      if (result.canceled || !chosen) return null;
      return openAsDocument(window, chosen);
    },

    async openRecent(window, recentId) {
      const filePath = access.recentPath(recentId);
      if (filePath === null) throw new Error(texts().error.notInRecentList);
      try {
        return await openAsDocument(window, filePath);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') {
          preferences.removeRecent(filePath);
          deps.onRecentChanged();
          throw new Error(texts().error.fileMissing(path.basename(filePath)), { cause: error });
        }
        throw error;
      }
    },

    acceptExternalPath(filePath) {
      if (!path.isAbsolute(filePath) || !isPlanPath(filePath)) return null;
      remember(filePath);
      return access.recentId(filePath);
    },

    async savePlan(window, request) {
      let target: string | null;
      if (request.documentId !== null) {
        // In place: only to the file this window's document came from (or was saved as).
        target = access.documentPath(window, request.documentId);
        if (target === null) throw new Error(texts().error.unknownSavePath);
      } else {
        target = await askSavePath(window, texts().dialog.saveTitle, request.suggestedName, PLAN_EXTENSION, planFilters());
        if (target === null) return null;
      }
      await writeFileAtomic(fs, target, request.text);
      const documentId = request.documentId ?? access.grantDocument(window, target);
      remember(target);
      return { documentId, name: path.basename(target), location: target };
    },

    async exportPdf(window, request) {
      const target = await askSavePath(window, texts().dialog.exportTitle, request.suggestedName, 'pdf', pdfFilters());
      if (target === null) return null;
      await writeFileAtomic(fs, target, request.bytes);
      return { name: path.basename(target), location: target };
    },
  };
}
