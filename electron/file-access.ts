/**
 * Which files the page may use, and the ids it uses for them. Paths never leave main and are
 * never taken from the page:
 *
 * - Recent files: the stored list (filled only by main: files the user opened or saved through a
 *   native dialog, or that the OS handed over) is shown to the page as opaque ids issued this
 *   session. openRecent(id) opens the path behind the id, if that path is still in the list.
 * - Documents: each window has at most one document id, bound to the file main opened for it or
 *   that a Save As dialog returned for it. A save in place goes to that file and nowhere else;
 *   opening or saving as another file replaces the grant.
 *
 * So a compromised page can read only files in the recent list (which it cannot change) and
 * write only the file the user chose for its current document.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { RecentFile } from '../shared/ipc/contract';
import type { PreferencesService } from './preferences';

/** 128 random bits, the shape shared/ipc/validate.ts OPAQUE_ID_PATTERN accepts. */
export const newOpaqueId = (): string => randomBytes(16).toString('hex');

export interface FileAccess<W> {
  /** The page's view of the recent list, most recent first. */
  recentFiles(): RecentFile[];
  /** The id of a recent path (issued once per path and session). */
  recentId(filePath: string): string;
  /** The path behind a recent id, or null when the id is unknown or the path left the list. */
  recentPath(id: string): string | null;
  /** Binds a new document id to `filePath` for `window`, replacing its earlier document. */
  grantDocument(window: W, filePath: string): string;
  /** The file `window`'s document `id` may be saved to, or null. */
  documentPath(window: W, id: string): string | null;
  /** The window closed: its grant goes with it. */
  forgetWindow(window: W): void;
}

export function createFileAccess<W>(preferences: PreferencesService, newId: () => string = newOpaqueId): FileAccess<W> {
  const idByPath = new Map<string, string>();
  const pathById = new Map<string, string>();
  const documents = new Map<W, { readonly id: string; readonly path: string }>();

  const recentId = (filePath: string): string => {
    let id = idByPath.get(filePath);
    if (id === undefined) {
      id = newId();
      idByPath.set(filePath, id);
      pathById.set(id, filePath);
    }
    return id;
  };

  return {
    recentFiles: () => preferences.get().recentFiles.map((filePath) => ({ id: recentId(filePath), name: path.basename(filePath) })),
    recentId,
    recentPath(id) {
      const filePath = pathById.get(id);
      return filePath !== undefined && preferences.get().recentFiles.includes(filePath) ? filePath : null;
    },
    grantDocument(window, filePath) {
      const id = newId();
      documents.set(window, { id, path: filePath });
      return id;
    },
    documentPath(window, id) {
      const grant = documents.get(window);
      return grant !== undefined && grant.id === id ? grant.path : null;
    },
    forgetWindow(window) {
      documents.delete(window);
    },
  };
}
