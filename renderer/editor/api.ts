/**
 * The editor's public surface: the contract between the editor core (renderer/editor/**, no
 * React, no Konva, unit-tested in a no-browser harness) and the views (renderer/ui/**,
 * renderer/canvas/**). Views read snapshots and send intents; they never mutate the plan.
 *
 * Members may be added; renaming or removing one breaks the views.
 */
import type { SnapTarget } from '../../shared/atlas/snap';
import type { AnalysisResult, Finding } from '../../shared/analysis/types';
import type { FacePoint } from '../../shared/geometry/types';
import type { StagePoint } from '../../shared/geometry/types';
import type { RecentFile, Theme } from '../../shared/ipc/contract';
import type { EntryPoint, PhotoScale, PlanDocument, PlanMeta, PlanPhoto, SignOff, Thread } from '../../shared/plan/types';
import type { OverlayLayerId, SceneRef } from '../../shared/scene/types';
import type { TissueResult } from '../simulation/tissue-source';
import type { ViewId } from '../../shared/surface/types';
import type { ThreadsEdit } from './plan-ops';

export type { ThreadsEdit } from './plan-ops';

export type ToolId = 'select' | 'entry' | 'thread' | 'edit';

export interface Selection {
  readonly threadIds: readonly string[];
  readonly entryPointIds: readonly string[];
}

/** Stage transform: stage px = face mm * zoom + pan. */
export interface ViewTransform {
  /** CSS pixels per millimetre */
  readonly zoom: number;
  readonly panX: number;
  readonly panY: number;
}

/** A thread being drawn with the thread tool, before it is committed to the plan. */
export interface ThreadDraft {
  readonly entryPointId: string | null;
  readonly points: readonly FacePoint[];
  /** Where the pointer is now, for the rubber-band segment. */
  readonly hover: FacePoint | null;
}

/** The plan's file, as the host identifies it. */
export interface DocumentFile {
  /** The host's opaque id for saving in place (never a path); null for a new or recovered plan. */
  readonly documentId: string | null;
  readonly name: string;
  /** Where the file is, for display only (full path on the desktop, file name in the browser). */
  readonly location: string | null;
}

export interface FileState extends DocumentFile {
  readonly dirty: boolean;
}

export interface EditorSnapshot {
  readonly plan: PlanDocument;
  /** Derived from the plan by shared/analysis; never stored, never edited. */
  readonly analysis: AnalysisResult;
  readonly selection: Selection;
  readonly tool: ToolId;
  readonly draft: ThreadDraft | null;
  readonly view: ViewTransform;
  /**
   * The clinical view the canvas shows: frontal, oblique or profile (shared/surface/views.ts).
   * The canvas projects the scene into it and picks through it; the plan stays frontal.
   */
  readonly faceView: ViewId;
  readonly layers: Readonly<Record<OverlayLayerId, boolean>>;
  /** The finding the user chose in the findings panel, highlighted on the canvas. */
  readonly activeFinding: Finding | null;
  readonly file: FileState;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** A message for the status bar / alert region (errors from open/save, etc.). */
  readonly status: { readonly kind: 'info' | 'error'; readonly text: string } | null;

  /** A question the views must show as a modal dialog, or null. Answer with answerConfirm. */
  readonly confirm: ConfirmRequest | null;
  /** Unsaved work left by a session that did not close normally; offer restoreRecovery/discardRecovery. */
  readonly recovery: { readonly text: string } | null;
  /** The colour theme preference ('system' follows the OS). */
  readonly theme: Theme;
  /** The interface language preference: 'system' or a language tag ('ko', 'ru'); see i18n/language.ts. */
  readonly language: string;
  /** Size of the canvas in CSS px, from setViewport; null before the canvas has been measured. */
  readonly viewport: { readonly width: number; readonly height: number } | null;
  /** Whether the keyboard-shortcuts help panel is open (help.shortcuts toggles it). */
  readonly helpOpen: boolean;
  /** Whether the on-screen key to the diagram (the legend) is open; view.legend toggles it. */
  readonly legendOpen: boolean;
  /** Entry and thread points snap to landmarks and fixation zones (view.snap, S; Alt suppresses). */
  readonly snap: boolean;
  /**
   * The landmark or fixation zone a point placed now would snap to, so the user sees where the
   * point will land before pressing; null when nothing is within reach, Alt is held, or snapping
   * or the placing tools are off.
   */
  readonly snapHint: SnapTarget | null;
  /** The path point chosen with the edit tool (Delete removes it), or null. */
  readonly activePoint: { readonly threadId: string; readonly index: number } | null;
  /** Preferences the views show or edit (default thread type, practitioner name, recent files). */
  readonly preferences: EditorPreferences;
  /** 'electron' or 'browser': the views hide what a host cannot do (e.g. Open Recent). */
  readonly platform: 'electron' | 'browser';
  /**
   * True while a gesture is in progress (a drag between pointer down and up): the plan changes
   * on every move but the edit is not finished. Views that count edits wait until it is false.
   */
  readonly gestureInProgress?: boolean;
  /**
   * The simulated tissue map for this plan (or, during a drag, for a version of it a frame or
   * two old); null until the simulation Worker has answered, or where there is none.
   */
  readonly tissue: TissueResult | null;
}

/**
 * A modal question. `confirmLabel` is the action asked about (Delete, Discard); `alternateLabel`,
 * when not null, is a third choice (Save, in the unsaved-changes prompt); `cancelLabel` keeps
 * things as they are. Esc means cancel.
 */
export interface ConfirmRequest {
  readonly kind: 'delete' | 'unsaved';
  readonly message: string;
  readonly confirmLabel: string;
  readonly alternateLabel: string | null;
  readonly cancelLabel: string;
}

/** A built PDF and what decides its file name (an anonymized copy keeps the patient id out of it). */
export interface PdfExport {
  readonly bytes: Uint8Array;
  readonly anonymize: boolean;
}

export interface EditorPreferences {
  /** '' means "the catalogue's default type". */
  readonly defaultThreadTypeId: string;
  /** Put into the details of every new plan. */
  readonly practitionerName: string;
  /** The host's recent files, by opaque id (Electron; empty in the browser). */
  readonly recentFiles: readonly RecentFile[];
}

/** Pointer input already converted to face millimetres by the canvas. */
export interface PointerInput {
  readonly point: FacePoint;
  /** What the pointer is over, from the scene's refs; null over empty face. */
  readonly target: SceneRef | null;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  /** Ctrl on Windows/Linux, Cmd on macOS */
  readonly modKey: boolean;
}

/**
 * A key press. Views should not forward keys typed into text fields (inputs, textareas) so that
 * Backspace, Ctrl+Z and friends keep their usual meaning there.
 */
export interface KeyInput {
  /** KeyboardEvent.key, e.g. 'z', 'Z', 'Delete', 'ArrowLeft', '+' */
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly modKey: boolean;
}

export type CommandId = string;

export interface CommandInfo {
  readonly id: CommandId;
  /** Label from the string table. */
  readonly label: string;
  /** Human-readable shortcut, e.g. 'Ctrl+Z', or '' */
  readonly shortcut: string;
  readonly enabled: boolean;
}

export interface Editor {
  getSnapshot(): EditorSnapshot;
  subscribe(listener: () => void): () => void;

  // Pointer and keyboard input from the canvas and the window.
  pointerDown(input: PointerInput): void;
  pointerMove(input: PointerInput): void;
  pointerUp(input: PointerInput): void;
  doubleClick(input: PointerInput): void;
  /** Returns true when the key was a shortcut and was handled. */
  keyDown(input: KeyInput): boolean;

  // Named commands (undo, redo, delete, mirror, duplicate, tools, zoom, file...).
  commands(): readonly CommandInfo[];
  run(command: CommandId): void;

  // Direct edits from panels and forms; each is one undo step.
  setTool(tool: ToolId): void;
  select(selection: Selection): void;
  updateThread(id: string, patch: Partial<Omit<Thread, 'id'>>): void;
  /** The same change to several threads (the inspector with a multi-selection): one undo step. */
  updateThreads(ids: readonly string[], edit: ThreadsEdit): void;
  updateEntryPoint(id: string, patch: Partial<Omit<EntryPoint, 'id'>>): void;
  updateMeta(patch: Partial<PlanMeta>): void;
  /** Sign the current revision off as final (one undo step); the next edit starts a new revision. */
  markFinal(signOff: SignOff): void;
  setView(view: ViewTransform): void;
  /**
   * Show the face from another clinical view. The zoom is kept and the face stays where it was
   * on the canvas (the new view's diagram centred where the old one was).
   */
  setFaceView(view: ViewId): void;
  setLayer(layer: OverlayLayerId, visible: boolean): void;
  setActiveFinding(finding: Finding | null): void;

  // File operations through the bridge.
  newPlan(): Promise<void>;
  openPlan(): Promise<void>;
  /** Settles when the plan is shown or its refusal said (the plan loader loads on first use). */
  loadPlanText(text: string, file: { documentId: string | null; name: string; location?: string | null }): Promise<void>;
  savePlan(saveAs?: boolean): Promise<void>;
  /** Export a kept final revision as it was signed off (read-only; the current plan is untouched). */
  exportRevisionPdf(revision: number): Promise<void>;

  // Added for dialogs, crash recovery, preferences and the viewport.
  /** Answer the pending confirm: true = its confirm action, false = cancel. */
  answerConfirm(ok: boolean): void;
  /** Choose the pending confirm's alternate action (Save in the unsaved-changes prompt). */
  chooseConfirmAlternate(): void;
  restoreRecovery(): Promise<void>;
  discardRecovery(): void;
  setTheme(theme: Theme): void;
  /** Show the interface in another language ('system' or a tag), at once, and remember it. */
  setLanguage(language: string): void;
  updatePreferences(patch: Partial<Pick<EditorPreferences, 'defaultThreadTypeId' | 'practitionerName'>>): void;
  /** Reopen a file from the recent list by its id (Electron). Asks about unsaved changes first. */
  openRecent(recentId: string): Promise<void>;
  /** The canvas size in CSS px; the first call fits the face into it. */
  setViewport(width: number, height: number): void;
  /** Zoom by `factor` keeping the face point under `about` (stage px) in place: wheel and pinch. */
  zoomAt(about: StagePoint, factor: number): void;
  /** Pan by a stage-pixel offset. */
  panBy(dx: number, dy: number): void;
  setHelpOpen(open: boolean): void;
  setLegendOpen(open: boolean): void;
  /** Clear the status bar's message (its Dismiss button: an error stays until read and dismissed or replaced). */
  dismissStatus(): void;
  setSnap(on: boolean): void;
  /** Resolves once preferences and any crash-recovery copy have been read from the host. */
  whenReady(): Promise<void>;
  /** Stop timers and host subscriptions (tests, hot reload). */
  dispose(): void;

  // Photos (issue 11, renderer/photo/).
  /** Replace the plan's photos and, when given, the known distance for measurements: one undo step. */
  setPhotos(photos: readonly PlanPhoto[], photoScale?: PhotoScale | null): void;
}
