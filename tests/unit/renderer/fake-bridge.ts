/**
 * An in-memory VectorLiftBridge for the editor harness: files are a Map, dialogs answer from
 * queues the test fills, and every call is recorded so tests can check what the editor asked
 * the host to do. Like the desktop host it hands the editor opaque ids, never paths: a document
 * id per opened or saved file (a save in place with an unknown id is refused), a recent id per
 * recent path.
 */
import type {
  DocumentState,
  ExportRequest,
  MenuCommand,
  OpenedFile,
  Preferences,
  PreferencesPatch,
  SaveRequest,
  SavedFile,
  TrainingCaseSaveRequest,
  VectorLiftBridge,
  WrittenFile,
} from '../../../shared/ipc/contract';
import { applyPreferencesPatch, DEFAULT_PREFERENCES } from '../../../shared/ipc/preferences';

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
  readonly preferencePatches: PreferencesPatch[] = [];
  /** Document ids the fake host issued, and the path each is bound to. */
  readonly documents = new Map<string, string>();
  private readonly recentPaths = new Map<string, string>();
  private nextId = 1;
  /** Make the next save throw (e.g. disk full). */
  failNextSave: Error | null = null;
  /** Make this many autosave writes in a row throw (e.g. the disk is full for a while). */
  failAutosaves = 0;
  /** Every autosave attempt, failed ones included. */
  autosaveAttempts = 0;

  private readonly menuListeners = new Set<(command: MenuCommand) => void>();
  private readonly closeListeners = new Set<(answer: (close: boolean) => void) => void>();
  private readonly openRecentListeners = new Set<(recentId: string) => void>();

  private newId(): string {
    return (this.nextId++).toString(16).padStart(32, '0');
  }

  /** The path a document id was issued for (tests check where a save went). */
  pathOf(documentId: string | null): string | null {
    return documentId === null ? null : (this.documents.get(documentId) ?? null);
  }

  /** Puts `path` in the recent list (as the desktop host does on open and save); returns its id. */
  addRecent(path: string): string {
    let id = this.recentPaths.get(path);
    if (id === undefined) {
      id = this.newId();
      this.recentPaths.set(path, id);
    }
    const recentFiles = [{ id, name: baseName(path) }, ...this.preferences.recentFiles.filter((f) => f.id !== id)];
    this.preferences = { ...this.preferences, recentFiles };
    return id;
  }

  private openAsDocument(path: string): OpenedFile {
    const text = this.files.get(path);
    if (text === undefined) throw new Error(`no such file: ${path}`);
    const documentId = this.newId();
    this.documents.set(documentId, path);
    return { documentId, name: baseName(path), location: path, text };
  }

  async openPlan(): Promise<OpenedFile | null> {
    const path = this.openAnswers.shift() ?? null;
    if (path === null) return null;
    return this.openAsDocument(path);
  }

  async openRecent(recentId: string): Promise<OpenedFile> {
    const path = [...this.recentPaths].find(([, id]) => id === recentId)?.[0];
    if (path === undefined) throw new Error('That file is not in the recent files list.');
    return this.openAsDocument(path);
  }

  async savePlan(request: SaveRequest): Promise<SavedFile | null> {
    this.saveRequests.push(request);
    if (this.failNextSave) {
      const error = this.failNextSave;
      this.failNextSave = null;
      throw error;
    }
    let documentId = request.documentId;
    let path: string | null;
    if (documentId !== null) {
      path = this.pathOf(documentId);
      if (path === null) throw new Error('This plan has not been saved to that location before.');
    } else {
      path = this.saveAsAnswers.shift() ?? null;
      if (path === null) return null;
      documentId = this.newId();
      this.documents.set(documentId, path);
    }
    this.files.set(path, request.text);
    return { documentId, name: baseName(path), location: path };
  }

  async exportPdf(request: ExportRequest): Promise<WrittenFile | null> {
    this.exports.push(request);
    return { name: request.suggestedName, location: `/exports/${request.suggestedName}` };
  }

  async saveTrainingCase(request: TrainingCaseSaveRequest): Promise<WrittenFile | null> {
    this.trainingCases.push(request);
    return { name: request.folderName, location: `/cases/${request.folderName}` };
  }

  async getPreferences(): Promise<Preferences> {
    return this.preferences;
  }

  async setPreferences(patch: PreferencesPatch): Promise<Preferences> {
    this.preferencePatches.push(patch);
    this.preferences = applyPreferencesPatch(this.preferences, patch);
    return this.preferences;
  }

  async writeAutosave(text: string): Promise<void> {
    this.autosaveAttempts++;
    if (this.failAutosaves > 0) {
      this.failAutosaves--;
      throw new Error('disk full');
    }
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

  onOpenRecentRequested(listener: (recentId: string) => void): () => void {
    this.openRecentListeners.add(listener);
    return () => this.openRecentListeners.delete(listener);
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

  /** A file chosen from the native Open Recent menu or the desktop: the page gets its recent id. */
  requestOpenRecent(path: string): void {
    const id = this.addRecent(path);
    for (const listener of this.openRecentListeners) listener(id);
  }

  get listenerCount(): number {
    return this.menuListeners.size + this.closeListeners.size + this.openRecentListeners.size;
  }
}

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;
