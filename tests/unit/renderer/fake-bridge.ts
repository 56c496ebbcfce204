/**
 * An in-memory VectorLiftBridge for the editor harness: files are a Map, dialogs answer from
 * queues the test fills, and every call is recorded so tests can check what the editor asked
 * the host to do.
 */
import type {
  DocumentState,
  ExportRequest,
  MenuCommand,
  OpenedFile,
  Preferences,
  SaveRequest,
  SavedFile,
  TrainingCaseSaveRequest,
  VectorLiftBridge,
} from '../../../shared/ipc/contract';
import { DEFAULT_PREFERENCES, mergePreferences } from '../../../shared/ipc/preferences';

export class FakeBridge implements VectorLiftBridge {
  readonly platform = 'browser' as const;
  readonly version = '0.0.0-test';

  /** Files on the fake disk, by path. */
  readonly files = new Map<string, string>();
  /** What the next Open dialogs return: a path on the fake disk, or null for Cancel. */
  readonly openAnswers: (string | null)[] = [];
  /** What the next Save As dialogs return: a path, or null for Cancel. */
  readonly saveAsAnswers: (string | null)[] = [];
  readonly saveRequests: SaveRequest[] = [];
  readonly exports: ExportRequest[] = [];
  readonly trainingCases: TrainingCaseSaveRequest[] = [];
  readonly documentStates: DocumentState[] = [];
  readonly autosaveWrites: string[] = [];
  autosave: string | null = null;
  recovery: string | null = null;
  preferences: Preferences = DEFAULT_PREFERENCES;
  readonly preferencePatches: Partial<Preferences>[] = [];
  /** Make the next save throw (e.g. disk full). */
  failNextSave: Error | null = null;

  private readonly menuListeners = new Set<(command: MenuCommand) => void>();
  private readonly closeListeners = new Set<(answer: (close: boolean) => void) => void>();
  private readonly openPathListeners = new Set<(path: string) => void>();

  async openPlan(): Promise<OpenedFile | null> {
    const path = this.openAnswers.shift() ?? null;
    if (path === null) return null;
    return this.openRecent(path);
  }

  async openRecent(path: string): Promise<OpenedFile> {
    const text = this.files.get(path);
    if (text === undefined) throw new Error(`no such file: ${path}`);
    return { path, name: baseName(path), text };
  }

  async savePlan(request: SaveRequest): Promise<SavedFile | null> {
    this.saveRequests.push(request);
    if (this.failNextSave) {
      const error = this.failNextSave;
      this.failNextSave = null;
      throw error;
    }
    const path = request.path ?? this.saveAsAnswers.shift() ?? null;
    if (path === null) return null;
    this.files.set(path, request.text);
    return { path, name: baseName(path) };
  }

  async exportPdf(request: ExportRequest): Promise<SavedFile | null> {
    this.exports.push(request);
    return { path: `/exports/${request.suggestedName}`, name: request.suggestedName };
  }

  async saveTrainingCase(request: TrainingCaseSaveRequest): Promise<SavedFile | null> {
    this.trainingCases.push(request);
    return { path: `/cases/${request.folderName}`, name: request.folderName };
  }

  async getPreferences(): Promise<Preferences> {
    return this.preferences;
  }

  async setPreferences(patch: Partial<Preferences>): Promise<Preferences> {
    this.preferencePatches.push(patch);
    this.preferences = mergePreferences(this.preferences, patch);
    return this.preferences;
  }

  async writeAutosave(text: string): Promise<void> {
    this.autosaveWrites.push(text);
    this.autosave = text;
  }

  async takeRecovery(): Promise<string | null> {
    return this.recovery;
  }

  async clearAutosave(): Promise<void> {
    this.autosave = null;
  }

  setDocumentState(state: DocumentState): void {
    this.documentStates.push(state);
  }

  get lastDocumentState(): DocumentState | undefined {
    return this.documentStates[this.documentStates.length - 1];
  }

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    this.menuListeners.add(listener);
    return () => this.menuListeners.delete(listener);
  }

  onCloseRequested(listener: (answer: (close: boolean) => void) => void): () => void {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  onOpenPathRequested(listener: (path: string) => void): () => void {
    this.openPathListeners.add(listener);
    return () => this.openPathListeners.delete(listener);
  }

  // Host-side events, driven by tests.
  sendMenuCommand(command: MenuCommand): void {
    for (const listener of this.menuListeners) listener(command);
  }

  /** The window wants to close; resolves with the renderer's answer. */
  requestClose(): Promise<boolean> {
    return new Promise((resolve) => {
      for (const listener of this.closeListeners) listener(resolve);
    });
  }

  requestOpenPath(path: string): void {
    for (const listener of this.openPathListeners) listener(path);
  }

  get listenerCount(): number {
    return this.menuListeners.size + this.closeListeners.size + this.openPathListeners.size;
  }
}

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;
