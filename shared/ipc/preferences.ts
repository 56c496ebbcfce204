/**
 * Preferences: defaults, validation and the recent-files rule, shared by the Electron store
 * (electron/preferences.ts) and the browser bridge (localStorage), so both behave the same.
 *
 * Two kinds of field. The user's settings (UserPreferences) come from the page and are checked
 * here. The recent-files paths and the window bounds belong to main: they are stored beside the
 * settings (StoredPreferences) but never accepted from the page, and the paths never sent to it.
 *
 * Preferences never hold plan content: patient data stays in the user's own files.
 */
import { ID_PATTERN, MAX_ID_LENGTH, MAX_PRACTITIONER_LENGTH } from '../plan/limits';
import { checkClinicProfile, EMPTY_CLINIC } from '../record/clinic';
import { checkRecordTexts, EMPTY_RECORD_TEXTS } from '../record/record-texts';
import { OVERLAY_LAYERS } from '../scene/types';
import type { OverlayLayerId } from '../scene/types';
import type { ExportOptionsPreference, Preferences, PreferencesPatch, RecentFile, Theme, UserPreferences, WindowBounds } from './contract';

/** What the preferences store holds: the user's settings plus main's own fields. */
export interface StoredPreferences extends UserPreferences {
  /** Full paths, most recent first: main's alone, never sent to or taken from the page. */
  readonly recentFiles: readonly string[];
  readonly windowBounds: WindowBounds | null;
}

/** Recent files kept, most recent first (design choice: what fits a menu without scrolling). */
export const MAX_RECENT_FILES = 10;

/**
 * Longest path kept in the recent list, UTF-16 code units. DESIGN CHOICE: above every OS limit in
 * common use (Windows extended paths are 32,767), so a genuine path is never dropped.
 */
export const MAX_RECENT_PATH_LENGTH = 32_767;

/**
 * Window size limits, pixels. DESIGN CHOICE: below 640x480 the canvas, findings panel and
 * inspector no longer fit side by side; above 20,000 is a corrupt value, not a real screen.
 */
export const MIN_WINDOW_WIDTH = 640;
export const MIN_WINDOW_HEIGHT = 480;
export const MAX_WINDOW_EXTENT = 20_000;

/** A BCP 47 language tag, loosely: 'en', 'en-GB', 'zh-Hant-TW'. */
const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

const THEMES: readonly Theme[] = ['light', 'dark', 'system'];

function allLayers(visible: boolean): Record<OverlayLayerId, boolean> {
  const layers = {} as Record<OverlayLayerId, boolean>;
  for (const layer of OVERLAY_LAYERS) layers[layer] = visible;
  return layers;
}

/** A plain clinical copy on the locale's paper until the user answers the dialog once. */
export const DEFAULT_EXPORT_OPTIONS: ExportOptionsPreference = { paper: null, anonymize: false, aftercare: false, signature: false, consent: false };

export const DEFAULT_USER_PREFERENCES: UserPreferences = {
  // A blank plan opens calm: the diagram with the fixed/mobile line and the fixation zones, the
  // two overlays every design decision starts from (where to anchor, where the mobile face
  // begins). Muscles, danger zones and regions crowd the first view; each is one key away
  // (1-6) and the findings name them when a thread meets one.
  layers: { ...allLayers(false), fixation: true, 'fixed-mobile-line': true },
  // '' means "the first type in the catalogue".
  defaultThreadTypeId: '',
  practitionerName: '',
  theme: 'system',
  language: 'system',
  clinic: EMPTY_CLINIC,
  recordTexts: EMPTY_RECORD_TEXTS,
  exportOptions: DEFAULT_EXPORT_OPTIONS,
};

/** What the page sees before anything is stored. */
export const DEFAULT_PREFERENCES: Preferences = { ...DEFAULT_USER_PREFERENCES, recentFiles: [] };

export const DEFAULT_STORED_PREFERENCES: StoredPreferences = { ...DEFAULT_USER_PREFERENCES, recentFiles: [], windowBounds: null };

type FieldCheck = (value: unknown) => { ok: true; value: unknown } | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkRecentFiles(value: unknown): ReturnType<FieldCheck> {
  if (!Array.isArray(value)) return { ok: false, error: 'recentFiles must be an array of paths' };
  for (const item of value) {
    if (typeof item !== 'string' || item.length === 0 || item.length > MAX_RECENT_PATH_LENGTH || item.includes('\0')) {
      return { ok: false, error: 'recentFiles must contain non-empty paths only' };
    }
  }
  return { ok: true, value: dedupeRecent(value as string[]) };
}

function isInteger(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function checkWindowBounds(value: unknown): ReturnType<FieldCheck> {
  if (value === null) return { ok: true, value: null };
  if (!isRecord(value)) return { ok: false, error: 'windowBounds must be an object or null' };
  const { x, y, width, height } = value;
  if (!isInteger(x, -MAX_WINDOW_EXTENT, MAX_WINDOW_EXTENT) || !isInteger(y, -MAX_WINDOW_EXTENT, MAX_WINDOW_EXTENT)) {
    return { ok: false, error: 'windowBounds x and y must be whole numbers of pixels' };
  }
  if (!isInteger(width, MIN_WINDOW_WIDTH, MAX_WINDOW_EXTENT) || !isInteger(height, MIN_WINDOW_HEIGHT, MAX_WINDOW_EXTENT)) {
    return { ok: false, error: `windowBounds must be at least ${MIN_WINDOW_WIDTH}x${MIN_WINDOW_HEIGHT}` };
  }
  const bounds: WindowBounds = { x, y, width, height };
  return { ok: true, value: bounds };
}

function checkLayers(value: unknown): ReturnType<FieldCheck> {
  if (!isRecord(value)) return { ok: false, error: 'layers must be an object' };
  const layers: Partial<Record<OverlayLayerId, boolean>> = {};
  for (const [key, visible] of Object.entries(value)) {
    if (!(OVERLAY_LAYERS as readonly string[]).includes(key)) return { ok: false, error: `unknown layer '${key}'` };
    if (typeof visible !== 'boolean') return { ok: false, error: `layer '${key}' must be true or false` };
    layers[key as OverlayLayerId] = visible;
  }
  return { ok: true, value: layers };
}

function checkThreadTypeId(value: unknown): ReturnType<FieldCheck> {
  if (value === '') return { ok: true, value };
  if (typeof value !== 'string' || value.length > MAX_ID_LENGTH || !ID_PATTERN.test(value)) {
    return { ok: false, error: 'defaultThreadTypeId must be a catalogue id' };
  }
  return { ok: true, value };
}

function checkPractitioner(value: unknown): ReturnType<FieldCheck> {
  if (typeof value !== 'string' || value.length > MAX_PRACTITIONER_LENGTH) {
    return { ok: false, error: `practitionerName must be text of at most ${MAX_PRACTITIONER_LENGTH} characters` };
  }
  return { ok: true, value };
}

function checkTheme(value: unknown): ReturnType<FieldCheck> {
  return THEMES.includes(value as Theme) ? { ok: true, value } : { ok: false, error: "theme must be 'light', 'dark' or 'system'" };
}

function checkLanguage(value: unknown): ReturnType<FieldCheck> {
  return typeof value === 'string' && (value === 'system' || LANGUAGE_PATTERN.test(value))
    ? { ok: true, value }
    : { ok: false, error: "language must be 'system' or a language tag such as ko" };
}

function checkExportOptions(value: unknown): ReturnType<FieldCheck> {
  if (!isRecord(value)) return { ok: false, error: 'exportOptions must be an object' };
  const keys = Object.keys(DEFAULT_EXPORT_OPTIONS);
  const extra = Object.keys(value).filter((k) => !keys.includes(k));
  if (extra.length > 0) return { ok: false, error: `exportOptions has unexpected field(s): ${extra.join(', ')}` };
  // A field missing (a file from before it existed) takes its default.
  const { paper, anonymize, aftercare, signature, consent } = { ...DEFAULT_EXPORT_OPTIONS, ...value };
  if (paper !== null && paper !== 'a4' && paper !== 'letter') return { ok: false, error: "exportOptions paper must be 'a4', 'letter' or null" };
  for (const [name, flag] of Object.entries({ anonymize, aftercare, signature, consent })) {
    if (typeof flag !== 'boolean') return { ok: false, error: `exportOptions ${name} must be true or false` };
  }
  const options: ExportOptionsPreference = { paper, anonymize: anonymize as boolean, aftercare: aftercare as boolean, signature: signature as boolean, consent: consent as boolean };
  return { ok: true, value: options };
}

/** The fields the page may set. */
const USER_FIELD_CHECKS: Record<keyof UserPreferences, FieldCheck> = {
  layers: checkLayers,
  defaultThreadTypeId: checkThreadTypeId,
  practitionerName: checkPractitioner,
  theme: checkTheme,
  language: checkLanguage,
  clinic: checkClinicProfile,
  recordTexts: checkRecordTexts,
  exportOptions: checkExportOptions,
};

/** Every stored field: the page's and main's own. */
const STORED_FIELD_CHECKS: Record<keyof StoredPreferences, FieldCheck> = {
  ...USER_FIELD_CHECKS,
  recentFiles: checkRecentFiles,
  windowBounds: checkWindowBounds,
};

function checkFields(checks: Readonly<Record<string, FieldCheck>>, raw: Record<string, unknown>): { patch: Record<string, unknown>; errors: string[] } {
  const patch: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const check = Object.hasOwn(checks, key) ? checks[key] : undefined;
    if (!check) {
      errors.push(`unknown preference '${key}'`);
      continue;
    }
    const result = check(value);
    if (result.ok) patch[key] = result.value;
    else errors.push(result.error);
  }
  return { patch, errors };
}

/**
 * A patch from the page: its own settings only. Unknown keys, the recent list and the window
 * bounds (main's fields) and bad values are errors; the caller applies nothing then.
 */
export function sanitizePreferencesPatch(raw: Record<string, unknown>): {
  patch: PreferencesPatch;
  errors: string[];
} {
  const { patch, errors } = checkFields(USER_FIELD_CHECKS, raw);
  return { patch: patch as PreferencesPatch, errors };
}

/** Keeps the fields `checks` knows, each only if valid; the rest fall back to `defaults`. */
function sanitizeWith<T extends UserPreferences>(checks: Readonly<Record<string, FieldCheck>>, defaults: T, raw: unknown): T {
  const source = isRecord(raw) ? raw : {};
  const { patch } = checkFields(checks, Object.fromEntries(Object.entries(source).filter(([key]) => Object.hasOwn(checks, key))));
  return { ...defaults, ...patch, layers: { ...defaults.layers, ...((patch.layers as Partial<Record<OverlayLayerId, boolean>>) ?? {}) } };
}

/**
 * Stored preferences (from electron-store, possibly written by an older version or edited by
 * hand): every bad or missing field falls back to its default, field by field, so one damaged
 * value never loses the rest.
 */
export function sanitizeStoredPreferences(raw: unknown): StoredPreferences {
  return sanitizeWith(STORED_FIELD_CHECKS, DEFAULT_STORED_PREFERENCES, raw);
}

/** The user's settings alone (the browser edition stores only these), field by field like the above. */
export function sanitizeUserPreferences(raw: unknown): UserPreferences {
  return sanitizeWith(USER_FIELD_CHECKS, DEFAULT_USER_PREFERENCES, raw);
}

/** Applies a validated patch; a partial `layers` object changes only the layers it names. */
export function applyPreferencesPatch<T extends UserPreferences>(current: T, patch: PreferencesPatch): T {
  return { ...current, ...patch, layers: { ...current.layers, ...(patch.layers ?? {}) } };
}

/** The page's view: its settings (nothing else of the stored record) and the recent files by id. */
export function pagePreferences(user: UserPreferences, recentFiles: readonly RecentFile[]): Preferences {
  return {
    layers: user.layers,
    defaultThreadTypeId: user.defaultThreadTypeId,
    practitionerName: user.practitionerName,
    theme: user.theme,
    language: user.language,
    clinic: user.clinic,
    recordTexts: user.recordTexts,
    exportOptions: user.exportOptions,
    recentFiles,
  };
}

function dedupeRecent(paths: readonly string[]): string[] {
  return [...new Set(paths)].slice(0, MAX_RECENT_FILES);
}

/** Puts `path` first, removes any older copy of it, keeps at most MAX_RECENT_FILES. */
export function addRecentFile(recent: readonly string[], path: string): string[] {
  return dedupeRecent([path, ...recent.filter((item) => item !== path)]);
}
