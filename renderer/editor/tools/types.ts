/**
 * Tools are small state machines (tldraw's tools/ have one file per state; so do ours). A state
 * handles the inputs it cares about and returns the next state, or nothing to stay where it is.
 * States hold their own data (where a drag started, ...) as plain readonly fields.
 */
import type { PlanDocument } from '../../../shared/plan/types';
import type { KeyInput, PointerInput, Selection, ToolId } from '../api';
import type { EditorState } from '../editor-state';
import type { OpsContext } from '../plan-ops';

/** What tools may do to the editor. Implemented by the editor core. */
export interface ToolContext {
  readonly state: EditorState;
  readonly ops: OpsContext;
  /** Millimetres that cover `px` screen pixels at the current zoom (click slop, snapping). */
  pxToMm(px: number): number;
  /** Change non-document state (selection, draft, active point, status). */
  update(patch: Partial<Pick<EditorState, 'selection' | 'draft' | 'activePoint' | 'status'>>): void;
  /** One finished edit: one undo step. */
  edit(plan: PlanDocument, selection?: Selection): void;
  /** Start a gesture: the plan may change many times, recorded as one step at commit. */
  beginGesture(): void;
  updateGesture(plan: PlanDocument, selection?: Selection): void;
  commitGesture(): void;
  /** Roll the plan back to where the gesture began. */
  cancelGesture(): void;
}

export interface ToolState {
  /** For tests and debugging, e.g. 'thread.drawing'. */
  readonly name: string;
  pointerDown?(ctx: ToolContext, input: PointerInput): ToolState | void;
  pointerMove?(ctx: ToolContext, input: PointerInput): ToolState | void;
  pointerUp?(ctx: ToolContext, input: PointerInput): ToolState | void;
  doubleClick?(ctx: ToolContext, input: PointerInput): ToolState | void;
  /** Return the next state (this to stay) when the key was handled, or null to let commands see it. */
  keyDown?(ctx: ToolContext, key: KeyInput): ToolState | null;
  /**
   * Abandon what is in progress (Esc, switching tool, undo, opening a file): roll back a drag,
   * drop a draft. Returns the state to go to, or nothing when there was nothing to cancel.
   */
  cancel?(ctx: ToolContext): ToolState | void;
}

export interface Tool {
  readonly id: ToolId;
  /** The resting state. */
  idle(): ToolState;
}

/** Pointer slop: a press that moves less than this many pixels is a click, not a drag. */
export const DRAG_THRESHOLD_PX = 3;
