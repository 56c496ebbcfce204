/**
 * Undo history of plan changes. Plans are immutable, so a step keeps the plan before and after
 * by reference (no diffing, no copies). A step also keeps the selection on each side so that
 * undo brings back what the user was working on (undoing a delete reselects what came back).
 *
 * Gestures (a drag, a nudge repeated by the pointer) are ONE step: `begin` remembers the state
 * at pointer down, the caller updates the plan in place while the pointer moves without touching
 * history, then `commit` records a single step or `cancel` hands back the starting state to roll
 * back to (tldraw's history marks and excalidraw's history.ts work the same way).
 */
import type { PlanDocument } from '../../shared/plan/types';
import type { Selection } from './api';

export interface HistoryState {
  readonly plan: PlanDocument;
  readonly selection: Selection;
}

interface Step {
  readonly before: HistoryState;
  readonly after: HistoryState;
}

/**
 * Design choice: 200 steps. A step holds two plan references that share almost all their
 * structure with their neighbours, so this costs little memory and is far more than anyone
 * undoes by hand.
 */
export const DEFAULT_HISTORY_LIMIT = 200;

export class History {
  private undoStack: Step[] = [];
  private redoStack: Step[] = [];
  private gestureStart: HistoryState | null = null;

  constructor(private readonly limit = DEFAULT_HISTORY_LIMIT) {}

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  get inGesture(): boolean {
    return this.gestureStart !== null;
  }

  /** Record one finished edit. An edit that did not change the plan is not a step. */
  record(before: HistoryState, after: HistoryState): void {
    if (before.plan === after.plan) return;
    this.undoStack.push({ before, after });
    if (this.undoStack.length > this.limit) this.undoStack.splice(0, this.undoStack.length - this.limit);
    this.redoStack = [];
  }

  /** Start a gesture; its intermediate states are not recorded. */
  begin(start: HistoryState): void {
    this.gestureStart = start;
  }

  /** End the gesture as one step from its start to `end` (nothing if the plan did not change). */
  commit(end: HistoryState): void {
    const start = this.gestureStart;
    this.gestureStart = null;
    if (start) this.record(start, end);
  }

  /** Abandon the gesture; returns the state to roll back to, or null if none was running. */
  cancel(): HistoryState | null {
    const start = this.gestureStart;
    this.gestureStart = null;
    return start;
  }

  /** The state to show after undoing the last step, or null when there is nothing to undo. */
  undo(): HistoryState | null {
    const step = this.undoStack.pop();
    if (!step) return null;
    this.redoStack.push(step);
    return step.before;
  }

  redo(): HistoryState | null {
    const step = this.redoStack.pop();
    if (!step) return null;
    this.undoStack.push(step);
    return step.after;
  }

  /** Forget everything (a new or freshly opened plan starts a fresh history). */
  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.gestureStart = null;
  }
}
