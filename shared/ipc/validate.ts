/**
 * Validators for every payload that crosses the IPC bridge (shared/ipc/contract.ts).
 *
 * Main runs these on every message before doing anything: the renderer is treated as
 * untrusted, because a compromised page (or a bug) must not be able to write arbitrary files,
 * flood the disk or poison the preferences. Each validator returns a result instead of
 * throwing so the same code serves main (which turns a failure into a rejected promise) and
 * the browser bridge.
 */
import { utf8ByteLength } from '../plan/json-text';
import { MAX_PLAN_FILE_BYTES } from '../plan/limits';
import { OVERLAY_LAYERS } from '../scene/types';
import { CASE_FOLDER_FILES, CASE_ID_MAX_LENGTH, CASE_ID_PATTERN } from '../training/case-files';
import type { OverlayLayerId } from '../scene/types';
import type { DocumentState, ExportRequest, MenuCommand, Preferences, SaveRequest, TrainingCaseFile, TrainingCaseSaveRequest } from './contract';
import { sanitizePreferencesPatch } from './preferences';

export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const ok = <T>(value: T): Validated<T> => ({ ok: true, value });
const fail = <T>(error: string): Validated<T> => ({ ok: false, error });

/**
 * Largest PDF export accepted, bytes. DESIGN CHOICE: a report with a face diagram and a few
 * pages of findings is well under 5 MB; 50 MB leaves room for embedded fonts and images while
 * refusing a runaway buffer before it reaches the disk.
 */
export const MAX_EXPORT_BYTES = 50_000_000;

/**
 * Longest file path accepted, UTF-16 code units. DESIGN CHOICE: above every OS limit in common
 * use (Windows extended paths are 32,767), so a genuine path is never refused.
 */
export const MAX_PATH_LENGTH = 32_767;

/** Longest window title / suggested file name, UTF-16 code units (design choice: display only). */
export const MAX_TITLE_LENGTH = 500;

// UTF-8 size checks use the plan loader's counter, so a plan's size means the same in both places.
export { utf8ByteLength };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function hasOnlyKeys(value: Record<string, unknown>, allowed: readonly string[]): string | null {
  const extra = Object.keys(value).filter((key) => !allowed.includes(key));
  return extra.length > 0 ? `unexpected field(s): ${extra.join(', ')}` : null;
}

/** Plan text (save, autosave): a string of at most MAX_PLAN_FILE_BYTES UTF-8 bytes. */
export function validatePlanText(value: unknown): Validated<string> {
  if (typeof value !== 'string') return fail('plan text must be a string');
  // Cheap bound first: a string never has more UTF-8 bytes than 3x its UTF-16 length.
  if (value.length > MAX_PLAN_FILE_BYTES || utf8ByteLength(value) > MAX_PLAN_FILE_BYTES) {
    return fail(`plan text is larger than ${MAX_PLAN_FILE_BYTES} bytes`);
  }
  return ok(value);
}

/** A file path handed back by the renderer (open recent, save to a known path). */
export function validateFilePath(value: unknown): Validated<string> {
  if (typeof value !== 'string' || value.length === 0) return fail('path must be a non-empty string');
  if (value.length > MAX_PATH_LENGTH) return fail('path is too long');
  if (value.includes('\0')) return fail('path must not contain NUL characters');
  return ok(value);
}

function validateShortText(value: unknown, field: string): Validated<string> {
  if (typeof value !== 'string') return fail(`${field} must be a string`);
  if (value.length > MAX_TITLE_LENGTH) return fail(`${field} is longer than ${MAX_TITLE_LENGTH} characters`);
  return ok(value);
}

export function validateSaveRequest(value: unknown): Validated<SaveRequest> {
  if (!isPlainObject(value)) return fail('save request must be an object');
  const extra = hasOnlyKeys(value, ['path', 'suggestedName', 'text']);
  if (extra) return fail(`save request has ${extra}`);
  let path: string | null = null;
  if (value.path !== null) {
    const checked = validateFilePath(value.path);
    if (!checked.ok) return fail(`save request ${checked.error}`);
    path = checked.value;
  }
  const name = validateShortText(value.suggestedName, 'suggestedName');
  if (!name.ok) return fail(`save request ${name.error}`);
  const text = validatePlanText(value.text);
  if (!text.ok) return fail(`save request ${text.error}`);
  return ok({ path, suggestedName: name.value, text: text.value });
}

export function validateExportRequest(value: unknown): Validated<ExportRequest> {
  if (!isPlainObject(value)) return fail('export request must be an object');
  const extra = hasOnlyKeys(value, ['suggestedName', 'bytes']);
  if (extra) return fail(`export request has ${extra}`);
  const name = validateShortText(value.suggestedName, 'suggestedName');
  if (!name.ok) return fail(`export request ${name.error}`);
  if (!(value.bytes instanceof Uint8Array)) return fail('export request bytes must be a Uint8Array');
  if (value.bytes.byteLength === 0) return fail('export request bytes are empty');
  if (value.bytes.byteLength > MAX_EXPORT_BYTES) return fail(`export is larger than ${MAX_EXPORT_BYTES} bytes`);
  return ok({ suggestedName: name.value, bytes: value.bytes });
}

/**
 * A training case to write: a folder name that is a case id (a safe slug: no separators, dots
 * or spaces, so it can only name a new folder directly inside the one the user picks) and
 * exactly the three case files, each once, each within the plan size cap.
 */
export function validateTrainingCaseSaveRequest(value: unknown): Validated<TrainingCaseSaveRequest> {
  if (!isPlainObject(value)) return fail('training case request must be an object');
  const extra = hasOnlyKeys(value, ['folderName', 'files']);
  if (extra) return fail(`training case request has ${extra}`);
  const { folderName, files } = value;
  if (typeof folderName !== 'string' || folderName.length > CASE_ID_MAX_LENGTH || !CASE_ID_PATTERN.test(folderName)) {
    return fail(`training case folderName must be a case id (lower-case letters and digits joined by hyphens, at most ${CASE_ID_MAX_LENGTH} characters)`);
  }
  if (!Array.isArray(files) || files.length !== CASE_FOLDER_FILES.length) {
    return fail(`training case files must be a list of exactly ${CASE_FOLDER_FILES.length} files`);
  }
  const checked: TrainingCaseFile[] = [];
  for (const file of files as unknown[]) {
    if (!isPlainObject(file)) return fail('each training case file must be an object');
    const fileExtra = hasOnlyKeys(file, ['name', 'text']);
    if (fileExtra) return fail(`training case file has ${fileExtra}`);
    const { name } = file;
    if (typeof name !== 'string' || !(CASE_FOLDER_FILES as readonly string[]).includes(name)) {
      return fail(`training case file name must be one of ${CASE_FOLDER_FILES.join(', ')}`);
    }
    if (checked.some((f) => f.name === name)) return fail(`training case file ${name} is given twice`);
    const text = validatePlanText(file.text);
    if (!text.ok) return fail(`training case file ${name}: ${text.error}`);
    checked.push({ name, text: text.value });
  }
  return ok({ folderName, files: checked });
}

export function validateDocumentState(value: unknown): Validated<DocumentState> {
  if (!isPlainObject(value)) return fail('document state must be an object');
  const extra = hasOnlyKeys(value, ['title', 'dirty']);
  if (extra) return fail(`document state has ${extra}`);
  const title = validateShortText(value.title, 'title');
  if (!title.ok) return fail(`document state ${title.error}`);
  if (typeof value.dirty !== 'boolean') return fail('document state dirty must be a boolean');
  return ok({ title: title.value, dirty: value.dirty });
}

export function validateCloseAnswer(value: unknown): Validated<boolean> {
  return typeof value === 'boolean' ? ok(value) : fail('close answer must be a boolean');
}

/** A preferences patch: known keys only, each value checked (see preferences.ts). */
export function validatePreferencesPatch(value: unknown): Validated<Partial<Preferences>> {
  if (!isPlainObject(value)) return fail('preferences patch must be an object');
  const result = sanitizePreferencesPatch(value);
  if (result.errors.length > 0) return fail(`preferences patch: ${result.errors.join('; ')}`);
  return ok(result.patch);
}

/** Channels that take no payload must receive none: extra arguments are a sign of misuse. */
export function validateNoPayload(args: readonly unknown[]): Validated<void> {
  return args.length === 0 ? ok(undefined) : fail('this call takes no arguments');
}

const LAYER_COMMANDS = OVERLAY_LAYERS.map((layer: OverlayLayerId) => `view.toggleLayer.${layer}` as const);

/** Every MenuCommand, as data, so the preload and tests can check a command is real. */
export const MENU_COMMANDS: readonly MenuCommand[] = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.exportPdf',
  'file.close',
  'edit.undo',
  'edit.redo',
  'edit.delete',
  'edit.selectAll',
  'edit.mirror',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomFit',
  'view.zoom100',
  ...LAYER_COMMANDS,
  'view.theme.light',
  'view.theme.dark',
  'view.theme.system',
  'help.shortcuts',
];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
