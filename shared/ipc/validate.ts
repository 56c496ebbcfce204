/**
 * Validators for every payload that crosses the IPC bridge (shared/ipc/contract.ts).
 *
 * Main runs these on every message before doing anything: the renderer is treated as
 * untrusted, because a compromised page (or a bug) must not be able to write arbitrary files,
 * flood the disk or poison the preferences. No payload carries a file path: files are named by
 * opaque ids that main issued (see contract.ts).
 *
 * Each validator returns a result for EVERY input and never throws (a hostile object with
 * throwing getters or proxy traps included), so the same code serves main (which turns a
 * refusal into a rejected promise) and the browser bridge. A value that passes is a fresh copy
 * built from plain data, never the caller's object (byte arrays excepted: IPC has already
 * cloned them, and copying up to 50 MB again would buy nothing).
 */
import { utf8ByteLength } from '../plan/json-text';
import { MAX_PLAN_FILE_BYTES } from '../plan/limits';
import { OVERLAY_LAYERS } from '../scene/types';
import { CASE_FOLDER_FILES, CASE_ID_MAX_LENGTH, CASE_ID_PATTERN } from '../training/case-files';
import type { OverlayLayerId } from '../scene/types';
import { VIEW_IDS } from '../surface/views';
import type { DocumentState, ExportRequest, MenuCommand, PreferencesPatch, SaveRequest, TrainingCaseFile, TrainingCaseSaveRequest } from './contract';
import { sanitizePreferencesPatch } from './preferences';
import { renderIpcRefusal, type IpcRefusalKey, type IpcRefusalText } from './refusal-text';

/**
 * A refusal is data (`text`: a key of shared/ipc/refusal-text and its parameters), written in the
 * interface language where a person may read it; `error` is its English, which main logs.
 */
export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string; readonly text: IpcRefusalText };

const ok = <T>(value: T): Validated<T> => ({ ok: true, value });
const fail = <T>(text: IpcRefusalText): Validated<T> => ({ ok: false, error: renderIpcRefusal(text, 'en'), text });
/** A refusal from its text, for the checks main makes itself (electron/ipc.ts: the argument count). */
export const refusal = fail;
/** "save request <the part's refusal>". */
const within = <T>(request: IpcRefusalKey, problem: IpcRefusalText): Validated<T> => fail({ key: 'inRequest', request, problem });

/**
 * The contract "never throws", kept for any input: the checks below read only plain data, but a
 * proxy or a getter can still throw on the first look, and that must be a refusal too.
 */
function neverThrows<A extends unknown[], T>(request: IpcRefusalKey, check: (...args: A) => Validated<T>): (...args: A) => Validated<T> {
  return (...args) => {
    try {
      return check(...args);
    } catch {
      return fail({ key: 'notPlainData', request });
    }
  };
}

/**
 * Ids main hands the page for documents and recent files: 128 random bits as 32 lower-case hex
 * digits. They name nothing on disk, so a forged or guessed one is simply unknown.
 */
export const OPAQUE_ID_PATTERN = /^[0-9a-f]{32}$/;

/**
 * Largest PDF export accepted, bytes. DESIGN CHOICE: a report with a face diagram and a few
 * pages of findings is well under 5 MB; 50 MB leaves room for embedded fonts and images while
 * refusing a runaway buffer before it reaches the disk.
 */
export const MAX_EXPORT_BYTES = 50_000_000;

/** Longest window title / suggested file name, UTF-16 code units (design choice: display only). */
export const MAX_TITLE_LENGTH = 500;

// UTF-8 size checks use the plan loader's counter, so a plan's size means the same in both places.
export { utf8ByteLength };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The fields beyond `allowed`, listed for a refusal, or null when there are none. */
function extraFields(value: Record<string, unknown>, allowed: readonly string[]): string | null {
  const extra = Object.keys(value).filter((key) => !allowed.includes(key));
  return extra.length > 0 ? extra.join(', ') : null;
}

function checkPlanText(value: unknown): Validated<string> {
  if (typeof value !== 'string') return fail({ key: 'planTextNotString' });
  // Cheap bound first: a string never has fewer UTF-8 bytes than UTF-16 units.
  if (value.length > MAX_PLAN_FILE_BYTES || utf8ByteLength(value) > MAX_PLAN_FILE_BYTES) {
    return fail({ key: 'planTextTooLarge', params: { max: MAX_PLAN_FILE_BYTES } });
  }
  return ok(value);
}

/** Plan text (save, autosave): a string of at most MAX_PLAN_FILE_BYTES UTF-8 bytes. */
export const validatePlanText = neverThrows('request.planText', checkPlanText);

function checkOpaqueId(value: unknown, field: string | null): Validated<string> {
  if (typeof value === 'string' && OPAQUE_ID_PATTERN.test(value)) return ok(value);
  return fail(field === null ? { key: 'recentNotAnId' } : { key: 'notAnId', params: { field } });
}

/** A recent file's id (open recent): never a path. */
export const validateRecentFileId = neverThrows('request.recentId', (value: unknown) => checkOpaqueId(value, null));

function validateShortText(value: unknown, field: string): Validated<string> {
  if (typeof value !== 'string') return fail({ key: 'notString', params: { field } });
  if (value.length > MAX_TITLE_LENGTH) return fail({ key: 'tooLong', params: { field, max: MAX_TITLE_LENGTH } });
  return ok(value);
}

/** Save: in place by document id (checked against main's own record), or null for Save As. */
export const validateSaveRequest = neverThrows('request.save', (value: unknown): Validated<SaveRequest> => {
  if (!isPlainObject(value)) return fail({ key: 'notObject', request: 'request.save' });
  const extra = extraFields(value, ['documentId', 'suggestedName', 'text']);
  if (extra) return fail({ key: 'unexpectedFields', request: 'request.save', params: { fields: extra } });
  let documentId: string | null = null;
  if (value.documentId !== null) {
    const checked = checkOpaqueId(value.documentId, 'documentId');
    if (!checked.ok) return within('request.save', checked.text);
    documentId = checked.value;
  }
  const name = validateShortText(value.suggestedName, 'suggestedName');
  if (!name.ok) return within('request.save', name.text);
  const text = checkPlanText(value.text);
  if (!text.ok) return within('request.save', text.text);
  return ok({ documentId, suggestedName: name.value, text: text.value });
});

/**
 * %TypedArray%.prototype[Symbol.toStringTag]'s getter reads the array's internal type name, so it
 * tells a genuine Uint8Array from an impostor whose prototype chain merely includes one
 * (`instanceof` says yes to `Object.create(new Uint8Array(4))`, whose byteLength then throws).
 */
const TYPED_ARRAY_NAME = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag)?.get;

/** A genuine Uint8Array (by its internal slots, not its prototype), or null. */
export function genuineBytes(value: unknown): Uint8Array | null {
  if (!ArrayBuffer.isView(value) || !TYPED_ARRAY_NAME) return null;
  return TYPED_ARRAY_NAME.call(value) === 'Uint8Array' ? (value as Uint8Array) : null;
}

export const validateExportRequest = neverThrows('request.export', (value: unknown): Validated<ExportRequest> => {
  if (!isPlainObject(value)) return fail({ key: 'notObject', request: 'request.export' });
  const extra = extraFields(value, ['suggestedName', 'bytes']);
  if (extra) return fail({ key: 'unexpectedFields', request: 'request.export', params: { fields: extra } });
  const name = validateShortText(value.suggestedName, 'suggestedName');
  if (!name.ok) return within('request.export', name.text);
  const bytes = genuineBytes(value.bytes);
  if (!bytes) return fail({ key: 'bytesNotUint8Array' });
  if (bytes.byteLength === 0) return fail({ key: 'bytesEmpty' });
  if (bytes.byteLength > MAX_EXPORT_BYTES) return fail({ key: 'exportTooLarge', params: { max: MAX_EXPORT_BYTES } });
  return ok({ suggestedName: name.value, bytes });
});

/**
 * A training case to write: a folder name that is a case id (a safe slug: no separators, dots
 * or spaces, so it can only name a new folder directly inside the one the user picks) and
 * exactly the three case files, each once, each within the plan size cap.
 */
export const validateTrainingCaseSaveRequest = neverThrows('request.trainingCase', (value: unknown): Validated<TrainingCaseSaveRequest> => {
  if (!isPlainObject(value)) return fail({ key: 'notObject', request: 'request.trainingCase' });
  const extra = extraFields(value, ['folderName', 'files']);
  if (extra) return fail({ key: 'unexpectedFields', request: 'request.trainingCase', params: { fields: extra } });
  const { folderName, files } = value;
  if (typeof folderName !== 'string' || folderName.length > CASE_ID_MAX_LENGTH || !CASE_ID_PATTERN.test(folderName)) {
    return fail({ key: 'caseFolderName', params: { max: CASE_ID_MAX_LENGTH } });
  }
  if (!Array.isArray(files) || files.length !== CASE_FOLDER_FILES.length) {
    return fail({ key: 'caseFileCount', params: { count: CASE_FOLDER_FILES.length } });
  }
  const checked: TrainingCaseFile[] = [];
  for (const file of files as unknown[]) {
    if (!isPlainObject(file)) return fail({ key: 'caseFileNotObject' });
    const fileExtra = extraFields(file, ['name', 'text']);
    if (fileExtra) return fail({ key: 'caseFileUnexpected', params: { fields: fileExtra } });
    const { name } = file;
    if (typeof name !== 'string' || !(CASE_FOLDER_FILES as readonly string[]).includes(name)) {
      return fail({ key: 'caseFileName', params: { names: CASE_FOLDER_FILES.join(', ') } });
    }
    if (checked.some((f) => f.name === name)) return fail({ key: 'caseFileTwice', params: { name } });
    const text = checkPlanText(file.text);
    if (!text.ok) return fail({ key: 'caseFileText', params: { name }, problem: text.text });
    checked.push({ name, text: text.value });
  }
  return ok({ folderName, files: checked });
});

export const validateDocumentState = neverThrows('request.documentState', (value: unknown): Validated<DocumentState> => {
  if (!isPlainObject(value)) return fail({ key: 'notObject', request: 'request.documentState' });
  const extra = extraFields(value, ['title', 'dirty']);
  if (extra) return fail({ key: 'unexpectedFields', request: 'request.documentState', params: { fields: extra } });
  const title = validateShortText(value.title, 'title');
  if (!title.ok) return within('request.documentState', title.text);
  if (typeof value.dirty !== 'boolean') return fail({ key: 'dirtyNotBoolean' });
  return ok({ title: title.value, dirty: value.dirty });
});

export const validateCloseAnswer = neverThrows('request.closeAnswer', (value: unknown): Validated<boolean> =>
  typeof value === 'boolean' ? ok(value) : fail({ key: 'closeNotBoolean' }),
);

/**
 * A preferences patch from the page: the user's own settings only, each value checked (see
 * preferences.ts). The recent files and window bounds are main's and refused here.
 */
export const validatePreferencesPatch = neverThrows('request.preferences', (value: unknown): Validated<PreferencesPatch> => {
  if (!isPlainObject(value)) return fail({ key: 'notObject', request: 'request.preferences' });
  const result = sanitizePreferencesPatch(value);
  if (result.errors.length > 0) return fail({ key: 'preferences', params: { problems: result.errors.join('; ') } });
  return ok(result.patch);
});

/** Channels that take no payload must receive none: extra arguments are a sign of misuse. */
export const validateNoPayload = neverThrows('request.arguments', (args: readonly unknown[]): Validated<void> =>
  Array.isArray(args) && args.length === 0 ? ok(undefined) : fail({ key: 'noArguments' }),
);

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
  ...VIEW_IDS.map((view) => `view.face.${view}` as const),
  'view.face.previous',
  'view.face.next',
  'view.theme.light',
  'view.theme.dark',
  'view.theme.system',
  'help.shortcuts',
];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
