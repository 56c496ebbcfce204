/**
 * Opening and saving plan files in a browser. Where the File System Access API exists
 * (Chromium), Open and Save use its pickers and the chosen file's handle is kept, so Save writes
 * back to the same file. Elsewhere Open uses a hidden <input type=file> and Save downloads the
 * file. Nothing leaves the machine: files go between the page and the user's disk only.
 */
import type { OpenedFile, SavedFile, TrainingCaseSaveRequest, WrittenFile } from '../../shared/ipc/contract';
import { validateTrainingCaseSaveRequest } from '../../shared/ipc/validate';
import { renderIpcRefusal } from '../../shared/ipc/refusal-text';
import { currentLocale } from '../i18n';
import { PlanFileError } from '../../shared/plan/errors';
import { decodePlanBytes, planFileSizeRefusal } from '../../shared/plan/plan-file';

/** The parts of the File System Access API we use (not yet in TypeScript's DOM types). */
export interface WritableFileHandle {
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: Blob | string): Promise<void>; close(): Promise<void> }>;
}

interface PickerType {
  readonly description: string;
  readonly accept: Record<string, string[]>;
}

export interface FilePickers {
  showOpenFilePicker?(options: { types: PickerType[]; multiple: false; excludeAcceptAllOption?: boolean }): Promise<WritableFileHandle[]>;
  showSaveFilePicker?(options: { suggestedName: string; types: PickerType[] }): Promise<WritableFileHandle>;
}

/** What the browser bridge needs from `window`; tests pass a fake. */
export interface BrowserHost extends FilePickers {
  readonly document: Document;
  readonly localStorage: Storage | null;
  readonly URL: { createObjectURL(blob: Blob): string; revokeObjectURL(url: string): void };
  addEventListener(type: 'beforeunload', listener: (event: BeforeUnloadEvent) => void): void;
  removeEventListener(type: 'beforeunload', listener: (event: BeforeUnloadEvent) => void): void;
  setTimeout(handler: () => void, ms: number): unknown;
}

export const PLAN_TYPES: PickerType[] = [{ description: 'VectorLift plan', accept: { 'application/json': ['.vlift'] } }];
const PDF_TYPES: PickerType[] = [{ description: 'PDF report', accept: { 'application/pdf': ['.pdf'] } }];

/** The user closed a picker: not an error. */
const isAbort = (e: unknown): boolean => e instanceof Error && e.name === 'AbortError';

/**
 * A picked plan file as text, with the desktop's and the CLI's rules (shared/plan/plan-file.ts):
 * refused before reading when too large, and refused with the place of a bad byte when it is not
 * UTF-8 (File.text() would show such bytes as U+FFFD instead).
 */
export async function readPlanFile(file: File): Promise<string> {
  const tooLarge = planFileSizeRefusal(file.size);
  if (tooLarge) throw new PlanFileError(tooLarge, file.name);
  const decoded = decodePlanBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) throw new PlanFileError(decoded.error, file.name);
  return decoded.text;
}

/** A document id like the desktop's (shared/ipc/validate.ts OPAQUE_ID_PATTERN): 128 random bits. */
function newDocumentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class BrowserFiles {
  /**
   * The current document: its id and, when it came through a picker, the file handle Save
   * writes back to. A save with any other id (or a document without a handle) asks again.
   */
  private current: { readonly id: string; readonly handle: WritableFileHandle | null } | null = null;

  /** Makes `handle` (or none) the current document and returns its new id. */
  private adopt(handle: WritableFileHandle | null): string {
    const id = newDocumentId();
    this.current = { id, handle };
    return id;
  }

  constructor(private readonly host: BrowserHost) {}

  async open(): Promise<OpenedFile | null> {
    if (this.host.showOpenFilePicker) {
      try {
        const [handle] = await this.host.showOpenFilePicker({ types: PLAN_TYPES, multiple: false });
        if (!handle) return null;
        const file = await handle.getFile();
        const text = await readPlanFile(file);
        return { documentId: this.adopt(handle), name: handle.name, location: handle.name, text };
      } catch (e) {
        if (isAbort(e)) return null;
        throw e;
      }
    }
    const file = await this.pickWithInput();
    if (!file) return null;
    const text = await readPlanFile(file);
    return { documentId: this.adopt(null), name: file.name, location: file.name, text };
  }

  /** A hidden file input; resolves null when the user cancels (the input's 'cancel' event). */
  private pickWithInput(): Promise<File | null> {
    const doc = this.host.document;
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = '.vlift,application/json';
    input.style.display = 'none';
    doc.body.appendChild(input);
    return new Promise<File | null>((resolve) => {
      const done = (file: File | null): void => {
        input.remove();
        resolve(file);
      };
      input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
      input.addEventListener('cancel', () => done(null), { once: true });
      input.click();
    });
  }

  /** Save `text` in place when `documentId` is the current document's and it has a file handle; else Save As. */
  async save(documentId: string | null, suggestedName: string, text: string): Promise<SavedFile | null> {
    const current = this.current;
    if (documentId !== null && current?.id === documentId && current.handle) {
      await writeTo(current.handle, text);
      return { documentId, name: current.handle.name, location: current.handle.name };
    }
    if (this.host.showSaveFilePicker) {
      try {
        const handle = await this.host.showSaveFilePicker({ suggestedName, types: PLAN_TYPES });
        await writeTo(handle, text);
        return { documentId: this.adopt(handle), name: handle.name, location: handle.name };
      } catch (e) {
        if (isAbort(e)) return null;
        throw e;
      }
    }
    this.download(new Blob([text], { type: 'application/json' }), suggestedName);
    return { documentId: this.adopt(null), name: suggestedName, location: suggestedName };
  }

  async exportPdf(suggestedName: string, bytes: Uint8Array): Promise<WrittenFile | null> {
    // Copy into a fresh ArrayBuffer: the Blob must not see later changes to the caller's array.
    const copy = new Uint8Array(bytes);
    if (this.host.showSaveFilePicker) {
      try {
        const handle = await this.host.showSaveFilePicker({ suggestedName, types: PDF_TYPES });
        await writeTo(handle, new Blob([copy], { type: 'application/pdf' }));
        return { name: handle.name, location: handle.name };
      } catch (e) {
        if (isAbort(e)) return null;
        throw e;
      }
    }
    this.download(new Blob([copy], { type: 'application/pdf' }), suggestedName);
    return { name: suggestedName, location: suggestedName };
  }

  /**
   * A training case: a page cannot make a folder, so each file is downloaded under the name it
   * has inside the case folder; the form tells the trainer to put them in a folder named
   * `folderName`. The request is checked like the desktop's, so both editions refuse alike.
   */
  saveTrainingCase(request: TrainingCaseSaveRequest): WrittenFile {
    const checked = validateTrainingCaseSaveRequest(request);
    if (!checked.ok) throw new Error(renderIpcRefusal(checked.text, currentLocale()));
    for (const file of checked.value.files) this.download(new Blob([file.text], { type: 'application/json' }), file.name);
    return { name: checked.value.folderName, location: checked.value.folderName };
  }

  /** Download through a temporary <a download>; the object URL is released once the click is done. */
  private download(blob: Blob, name: string): void {
    const doc = this.host.document;
    const url = this.host.URL.createObjectURL(blob);
    const a = doc.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    a.style.display = 'none';
    doc.body.appendChild(a);
    a.click();
    a.remove();
    this.host.setTimeout(() => this.host.URL.revokeObjectURL(url), 1000);
  }
}

async function writeTo(handle: WritableFileHandle, data: Blob | string): Promise<void> {
  const writable = await handle.createWritable();
  await writable.write(data);
  await writable.close();
}
