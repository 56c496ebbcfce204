/**
 * Preferences on top of electron-store (a JSON file in the user-data folder). The store holds
 * preferences only; plans live in the user's own files and the autosave folder.
 *
 * The store is injected, so tests pass a Map-backed fake. Values are re-validated on every
 * read: the JSON file may have been edited by hand or written by another version.
 */
import type { PreferencesPatch, WindowBounds } from '../shared/ipc/contract';
import { addRecentFile, applyPreferencesPatch, DEFAULT_STORED_PREFERENCES, sanitizeStoredPreferences } from '../shared/ipc/preferences';
import type { StoredPreferences } from '../shared/ipc/preferences';

/** The two electron-store methods used (electron-store's Store satisfies this). */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** All preferences live under one key, so a read is one consistent snapshot. */
export const PREFERENCES_KEY = 'preferences';

/**
 * The stored record. Only update() takes a change from the page, and only the user's settings
 * (PreferencesPatch); the recent paths and window bounds change through main's own calls.
 */
export interface PreferencesService {
  get(): StoredPreferences;
  /** Applies an already validated patch from the page and returns the result. */
  update(patch: PreferencesPatch): StoredPreferences;
  addRecent(path: string): StoredPreferences;
  removeRecent(path: string): StoredPreferences;
  clearRecent(): StoredPreferences;
  setWindowBounds(bounds: WindowBounds): StoredPreferences;
}

export function createPreferences(store: KeyValueStore): PreferencesService {
  const read = (): StoredPreferences => sanitizeStoredPreferences(store.get(PREFERENCES_KEY) ?? DEFAULT_STORED_PREFERENCES);
  const write = (next: StoredPreferences): StoredPreferences => {
    // Re-checked on the way in too: main's own fields obey the same rules as what is read back.
    const clean = sanitizeStoredPreferences(next);
    store.set(PREFERENCES_KEY, clean);
    return clean;
  };
  return {
    get: read,
    update: (patch) => write(applyPreferencesPatch(read(), patch)),
    addRecent: (path) => write({ ...read(), recentFiles: addRecentFile(read().recentFiles, path) }),
    removeRecent: (path) => write({ ...read(), recentFiles: read().recentFiles.filter((item) => item !== path) }),
    clearRecent: () => write({ ...read(), recentFiles: [] }),
    setWindowBounds: (bounds) => write({ ...read(), windowBounds: sanitizeStoredPreferences({ windowBounds: bounds }).windowBounds }),
  };
}
