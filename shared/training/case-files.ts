/**
 * The names inside a case folder and the folder's own name pattern, with no other imports, so
 * the IPC validators (shared/ipc/validate.ts, bundled into the preload and main) can check a
 * "Save as training case" request without pulling in the analysis.
 */

export const CASE_FILE = 'case.json';
export const POOR_FILE = 'poor.vlift';
export const CORRECTED_FILE = 'corrected.vlift';

/** Exactly the files a case folder holds. */
export const CASE_FOLDER_FILES = [CASE_FILE, POOR_FILE, CORRECTED_FILE] as const;
export type CaseFolderFileName = (typeof CASE_FOLDER_FILES)[number];

/** Lower-case words of letters and digits joined by single hyphens: safe as a folder name and in a URL. */
export const CASE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest case id (and so case folder name). DESIGN CHOICE: short enough for any file system path. */
export const CASE_ID_MAX_LENGTH = 64;
