/**
 * Preferences on top of electron-store (a JSON file in the user-data folder). The store holds
 * preferences only; plans live in the user's own files and the autosave folder.
 *
 * The store is injected, so tests pass a Map-backed fake. Values are re-validated on every
 * read: the JSON file may have been edited by hand or written by another version.
 */
import type { Preferences, WindowBounds } from '../shared/ipc/contract';
import { addRecentFile, DEFAULT_PREFERENCES, mergePreferences, sanitizePreferences } from '../shared/ipc/preferences';

/** The two electron-store methods used (electron-store's Store satisfies this). */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** All preferences live under one key, so a read is one consistent snapshot. */
export const PREFERENCES_KEY = 'preferences';

export interface PreferencesService {
  get(): Preferences;
  /** Applies an already validated patch and returns the result. */
  update(patch: Partial<Preferences>): Preferences;
  addRecent(path: string): Preferences;
  removeRecent(path: string): Preferences;
  clearRecent(): Preferences;
  setWindowBounds(bounds: WindowBounds): Preferences;
}

export function createPreferences(store: KeyValueStore): PreferencesService {
  const read = (): Preferences => sanitizePreferences(store.get(PREFERENCES_KEY) ?? DEFAULT_PREFERENCES);
  const update = (patch: Partial<Preferences>): Preferences => {
    const next = mergePreferences(read(), patch);
    store.set(PREFERENCES_KEY, next);
    return next;
  };
  return {
    get: read,
    update,
    addRecent: (path) => update({ recentFiles: addRecentFile(read().recentFiles, path) }),
    removeRecent: (path) => update({ recentFiles: read().recentFiles.filter((item) => item !== path) }),
    clearRecent: () => update({ recentFiles: [] }),
    setWindowBounds: (bounds) => update({ windowBounds: sanitizePreferences({ windowBounds: bounds }).windowBounds }),
  };
}
