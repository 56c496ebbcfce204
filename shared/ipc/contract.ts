/**
 * The one contract between the renderer and its host. The Electron preload and the browser
 * bridge (renderer/bridge/browser-bridge.ts) both implement `VectorLiftBridge`; the renderer
 * only ever talks to this interface. Every payload crossing IPC is validated in main by the
 * validators in ipc/validate.ts, which is why the shapes here are small and flat.
 */
import type { ClinicProfile } from '../record/clinic';
import type { RecordTexts } from '../record/record-texts';
import type { OverlayLayerId } from '../scene/types';
import type { ViewId } from '../surface/types';

/** IPC channel names: one per named bridge function, never a generic send/invoke. */
export const IPC_CHANNELS = {
  openPlan: 'vl:open-plan',
  openRecent: 'vl:open-recent',
  savePlan: 'vl:save-plan',
  exportPdf: 'vl:export-pdf',
  getPreferences: 'vl:get-preferences',
  setPreferences: 'vl:set-preferences',
  writeAutosave: 'vl:write-autosave',
  takeRecovery: 'vl:take-recovery',
  clearAutosave: 'vl:clear-autosave',
  setDocumentState: 'vl:set-document-state',
  closeConfirmed: 'vl:close-confirmed',
  saveTrainingCase: 'vl:save-training-case',
  /** main -> renderer */
  menuCommand: 'vl:menu-command',
  /** main -> renderer: the window wants to close; the renderer answers with closeConfirmed */
  closeRequested: 'vl:close-requested',
  /**
   * main -> renderer: the user picked a file outside the page (File > Open Recent, or a .vlift
   * file opened from the desktop through the file association). Main sends the recent file's
   * opaque id, never its path; the renderer deals with unsaved changes first, then loads it with
   * openRecent(id).
   */
  openRecentRequested: 'vl:open-recent-requested',
} as const;

export type Theme = 'light' | 'dark' | 'system';

export interface WindowBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * What the page may read and change: preferences only, never plan content (that lives in the
 * user's files) and never a file path (main owns every path; see RecentFile).
 */
export interface UserPreferences {
  readonly layers: Readonly<Record<OverlayLayerId, boolean>>;
  readonly defaultThreadTypeId: string;
  readonly practitionerName: string;
  readonly theme: Theme;
  /**
   * 'system' follows the system's languages (the first of en, ko, ru it lists, else English); a
   * BCP 47 tag ('ko', 'ru') is the user's own choice (shared/i18n/locale.ts).
   */
  readonly language: string;
  /** The clinic's letterhead and handout contact lines (shared/record/clinic.ts). */
  readonly clinic: ClinicProfile;
  /** The clinic's own consent and handout words; '' keeps the default (shared/record/record-texts.ts). */
  readonly recordTexts: RecordTexts;
  /** What the Export PDF dialog was last answered with, offered again next time. */
  readonly exportOptions: ExportOptionsPreference;
}

/** The Export PDF dialog's remembered answers (the overlays follow the screen and are not kept). */
export interface ExportOptionsPreference {
  /** null: the locale's paper until the user picks one. */
  readonly paper: 'a4' | 'letter' | null;
  readonly anonymize: boolean;
  readonly aftercare: boolean;
  readonly signature: boolean;
  readonly consent: boolean;
}

/**
 * A recent file as the page sees it: an opaque id main issued this session (the path stays in
 * main) and the file name to show. openRecent(id) opens it.
 */
export interface RecentFile {
  readonly id: string;
  readonly name: string;
}

/** The preferences the page is given: its own settings plus the recent files main keeps. */
export interface Preferences extends UserPreferences {
  readonly recentFiles: readonly RecentFile[];
}

/** A change the page asks for: its own settings only (the recent list and window size are main's). */
export type PreferencesPatch = Partial<UserPreferences>;

/**
 * Where a file is, for showing to the user (the full path in the desktop app, the file name in
 * the browser). Display only: no call takes it back, so the page can never name a file to read
 * or write; it refers to documents and recent files by the opaque ids main hands out.
 */
export type DisplayLocation = string;

/** A plan file as read from disk or from a file input. */
export interface OpenedFile {
  /**
   * Opaque id main issued for this document in this window: a save with it goes to the file it
   * was opened from, and nowhere else. Never a path.
   */
  readonly documentId: string;
  readonly name: string;
  readonly location: DisplayLocation;
  readonly text: string;
}

export interface SaveRequest {
  /** The document's id (from opening or an earlier save) to save in place; null asks the user (Save As). */
  readonly documentId: string | null;
  readonly suggestedName: string;
  readonly text: string;
}

export interface SavedFile {
  /** The document's id from now on (a Save As gives a new one). */
  readonly documentId: string;
  readonly name: string;
  readonly location: DisplayLocation;
}

/** A PDF or training case written where the user chose. */
export interface WrittenFile {
  readonly name: string;
  readonly location: DisplayLocation;
}

/** One file of a training case folder (case.json, poor.vlift or corrected.vlift). */
export interface TrainingCaseFile {
  readonly name: string;
  readonly text: string;
}

/**
 * "Save as training case": the three files of a case (shared/training makeTrainingCase), to be
 * written into a new folder named `folderName` (the case id) inside a folder the user picks.
 */
export interface TrainingCaseSaveRequest {
  readonly folderName: string;
  readonly files: readonly TrainingCaseFile[];
}

export interface ExportRequest {
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
}

/**
 * Commands the native menu sends to the renderer. The native Undo, Redo, Delete and Select All
 * items do not capture their keys on Windows/Linux (the page's own shortcuts handle them, so text
 * fields keep their normal editing keys); on macOS the menu always captures them, so the renderer
 * should apply edit.* to a focused text field instead of the plan.
 */
export type MenuCommand =
  | 'file.new'
  | 'file.open'
  | 'file.save'
  | 'file.saveAs'
  | 'file.exportPdf'
  | 'file.close'
  | 'edit.undo'
  | 'edit.redo'
  | 'edit.delete'
  | 'edit.selectAll'
  | 'edit.mirror'
  | 'view.zoomIn'
  | 'view.zoomOut'
  | 'view.zoomFit'
  | 'view.zoom100'
  | `view.toggleLayer.${OverlayLayerId}`
  | `view.face.${ViewId}`
  | 'view.face.previous'
  | 'view.face.next'
  | 'view.theme.light'
  | 'view.theme.dark'
  | 'view.theme.system'
  | 'help.shortcuts';

export interface DocumentState {
  /** Shown in the window title. */
  readonly title: string;
  readonly dirty: boolean;
}

export interface VectorLiftBridge {
  readonly platform: 'electron' | 'browser';
  readonly version: string;
  /** Ask the user for a plan file; null when cancelled. */
  openPlan(): Promise<OpenedFile | null>;
  /** Reopen a recent file by its id from Preferences.recentFiles (Electron only; the browser bridge rejects). */
  openRecent(recentId: string): Promise<OpenedFile>;
  /**
   * Atomic save: in place when `documentId` is the current document's id, else (null) through a
   * Save As dialog. Null when the user cancelled the dialog.
   */
  savePlan(request: SaveRequest): Promise<SavedFile | null>;
  exportPdf(request: ExportRequest): Promise<WrittenFile | null>;
  /**
   * Writes a training case's files. Electron: into `<chosen folder>/<folderName>/` (location =
   * that folder); the browser: one download per file (location = folderName). Null when cancelled.
   */
  saveTrainingCase(request: TrainingCaseSaveRequest): Promise<WrittenFile | null>;
  getPreferences(): Promise<Preferences>;
  setPreferences(patch: PreferencesPatch): Promise<Preferences>;
  /** Working copy for crash recovery, written every few seconds while dirty. */
  writeAutosave(text: string): Promise<void>;
  /** The working copy left by a crash, if any. */
  takeRecovery(): Promise<string | null>;
  clearAutosave(): Promise<void>;
  setDocumentState(state: DocumentState): void;
  /** Subscribe to native menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The window is closing: call `answer(true)` to let it close, `answer(false)` to keep it. */
  onCloseRequested(listener: (answer: (close: boolean) => void) => void): () => void;
  /**
   * Electron only: a file was chosen from the native Open Recent menu or the desktop; handle
   * unsaved changes, then call openRecent(recentId). Returns an unsubscribe function.
   */
  onOpenRecentRequested?(listener: (recentId: string) => void): () => void;
}
