/**
 * The editor's public surface: the contract between the editor core (renderer/editor/**, no
 * React, no Konva, unit-tested in a no-browser harness) and the views (renderer/ui/**,
 * renderer/canvas/**). Views read snapshots and send intents; they never mutate the plan.
 *
 * Members may be added; renaming or removing one breaks the views.
 */
import type { AnalysisResult, Finding } from '../../shared/analysis/types';
import type { FacePoint } from '../../shared/geometry/types';
import type { EntryPoint, PlanDocument, PlanMeta, Thread } from '../../shared/plan/types';
import type { OverlayLayerId, SceneRef } from '../../shared/scene/types';

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

export interface FileState {
  /** Full path (Electron) or file name (browser); null for a new, unsaved plan. */
  readonly path: string | null;
  readonly name: string;
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
  readonly layers: Readonly<Record<OverlayLayerId, boolean>>;
  /** The finding the user chose in the findings panel, highlighted on the canvas. */
  readonly activeFinding: Finding | null;
  readonly file: FileState;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** A message for the status bar / alert region (errors from open/save, etc.). */
  readonly status: { readonly kind: 'info' | 'error'; readonly text: string } | null;
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

export interface KeyInput {
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
  updateEntryPoint(id: string, patch: Partial<Omit<EntryPoint, 'id'>>): void;
  updateMeta(patch: Partial<PlanMeta>): void;
  setView(view: ViewTransform): void;
  setLayer(layer: OverlayLayerId, visible: boolean): void;
  setActiveFinding(finding: Finding | null): void;

  // File operations through the bridge.
  newPlan(): Promise<void>;
  openPlan(): Promise<void>;
  loadPlanText(text: string, file: { path: string | null; name: string }): void;
  savePlan(saveAs?: boolean): Promise<void>;
}
