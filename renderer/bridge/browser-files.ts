/**
 * Opening and saving plan files in a browser. Where the File System Access API exists
 * (Chromium), Open and Save use its pickers and the chosen file's handle is kept, so Save writes
 * back to the same file. Elsewhere Open uses a hidden <input type=file> and Save downloads the
 * file. Nothing leaves the machine: files go between the page and the user's disk only.
 */
import type { OpenedFile, SavedFile, TrainingCaseSaveRequest } from '../../shared/ipc/contract';
import { validateTrainingCaseSaveRequest } from '../../shared/ipc/validate';
import { MAX_PLAN_FILE_BYTES } from '../../shared/plan/limits';

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

/** Refuse huge files before reading them into memory (the loader would refuse them anyway). */
async function readPlanFile(file: File): Promise<string> {
  if (file.size > MAX_PLAN_FILE_BYTES) {
    throw new Error(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB; plan files are at most ${MAX_PLAN_FILE_BYTES / 1e6} MB.`);
  }
  return file.text();
}

export class BrowserFiles {
  /** The file last opened or saved through a picker: Save writes here. */
  private handle: WritableFileHandle | null = null;

  constructor(private readonly host: BrowserHost) {}

  async open(): Promise<OpenedFile | null> {
    if (this.host.showOpenFilePicker) {
      try {
        const [handle] = await this.host.showOpenFilePicker({ types: PLAN_TYPES, multiple: false });
        if (!handle) return null;
        const file = await handle.getFile();
        const text = await readPlanFile(file);
        this.handle = handle;
        return { path: handle.name, name: handle.name, text };
      } catch (e) {
        if (isAbort(e)) return null;
        throw e;
      }
    }
    const file = await this.pickWithInput();
    if (!file) return null;
    this.handle = null;
    return { path: file.name, name: file.name, text: await readPlanFile(file) };
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

  /** Save `text`. `path` is the current file's name (browser paths are names), or null for Save As. */
  async save(path: string | null, suggestedName: string, text: string): Promise<SavedFile | null> {
    if (path !== null && this.handle && this.handle.name === path) {
      await writeTo(this.handle, text);
      return { path: this.handle.name, name: this.handle.name };
    }
    if (this.host.showSaveFilePicker) {
      try {
        const handle = await this.host.showSaveFilePicker({ suggestedName, types: PLAN_TYPES });
        await writeTo(handle, text);
        this.handle = handle;
        return { path: handle.name, name: handle.name };
      } catch (e) {
        if (isAbort(e)) return null;
        throw e;
      }
    }
    this.download(new Blob([text], { type: 'application/json' }), suggestedName);
    return { path: suggestedName, name: suggestedName };
  }

  async exportPdf(suggestedName: string, bytes: Uint8Array): Promise<SavedFile | null> {
    // Copy into a fresh ArrayBuffer: the Blob must not see later changes to the caller's array.
    const copy = new Uint8Array(bytes);
    if (this.host.showSaveFilePicker) {
      try {
        const handle = await this.host.showSaveFilePicker({ suggestedName, types: PDF_TYPES });
        await writeTo(handle, new Blob([copy], { type: 'application/pdf' }));
        return { path: handle.name, name: handle.name };
      } catch (e) {
        if (isAbort(e)) return null;
        throw e;
      }
    }
    this.download(new Blob([copy], { type: 'application/pdf' }), suggestedName);
    return { path: suggestedName, name: suggestedName };
  }

  /**
   * A training case: a page cannot make a folder, so each file is downloaded under the name it
   * has inside the case folder; the form tells the trainer to put them in a folder named
   * `folderName`. The request is checked like the desktop's, so both editions refuse alike.
   */
  saveTrainingCase(request: TrainingCaseSaveRequest): SavedFile {
    const checked = validateTrainingCaseSaveRequest(request);
    if (!checked.ok) throw new Error(checked.error);
    for (const file of checked.value.files) this.download(new Blob([file.text], { type: 'application/json' }), file.name);
    return { path: checked.value.folderName, name: checked.value.folderName };
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
