/**
 * Preferences and the autosave working copy in the browser's localStorage. Preferences are
 * validated field by field with the same rules as the desktop store (shared/ipc/preferences.ts),
 * so a damaged or hand-edited value falls back to its default without losing the rest.
 *
 * localStorage can be missing or throw (private mode, storage disabled, quota): reads then give
 * defaults / nothing, and writes report the error to the caller.
 */
import type { Preferences, PreferencesPatch } from '../../shared/ipc/contract';
import { applyPreferencesPatch, DEFAULT_USER_PREFERENCES, pagePreferences, sanitizePreferencesPatch, sanitizeUserPreferences } from '../../shared/ipc/preferences';

export const PREFERENCES_KEY = 'vectorlift.preferences';
export const AUTOSAVE_KEY = 'vectorlift.autosave';

function read(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: Storage | null, key: string, value: string | null): void {
  if (!storage) throw new Error('Browser storage is not available.');
  if (value === null) storage.removeItem(key);
  else storage.setItem(key, value);
}

/** The user's settings only: the browser edition has no recent files (no paths to keep). */
function loadUserPreferences(storage: Storage | null) {
  const text = read(storage, PREFERENCES_KEY);
  if (text === null) return DEFAULT_USER_PREFERENCES;
  try {
    return sanitizeUserPreferences(JSON.parse(text));
  } catch {
    return DEFAULT_USER_PREFERENCES; // corrupt JSON: start from the defaults
  }
}

export function loadPreferences(storage: Storage | null): Preferences {
  return pagePreferences(loadUserPreferences(storage), []);
}

/** Validates the patch (nothing is stored if any field is bad), merges and stores it. */
export function savePreferences(storage: Storage | null, patch: PreferencesPatch): Preferences {
  const { patch: clean, errors } = sanitizePreferencesPatch(patch as Record<string, unknown>);
  if (errors.length > 0) throw new Error(`Preferences not saved: ${errors.join('; ')}`);
  const next = applyPreferencesPatch(loadUserPreferences(storage), clean);
  write(storage, PREFERENCES_KEY, JSON.stringify(next));
  return pagePreferences(next, []);
}

export const readAutosave = (storage: Storage | null): string | null => read(storage, AUTOSAVE_KEY);
export const writeAutosave = (storage: Storage | null, text: string): void => write(storage, AUTOSAVE_KEY, text);
export const clearAutosave = (storage: Storage | null): void => write(storage, AUTOSAVE_KEY, null);
