/**
 * The window's document state and close flow.
 *
 * - The title shows the plan name and a dirty marker ("Plan • — VectorLift"); macOS also gets
 *   the native edited dot in the close button (setDocumentEdited).
 * - Closing with unsaved changes asks the renderer (closeRequested), which prompts the user and
 *   answers with closeConfirmed(true/false). A clean document closes at once.
 * - If the renderer is dead, or has not answered a previous request for FORCE_CLOSE_AFTER_MS,
 *   a close goes through without it; the autosave working copy is kept for recovery.
 */
import type { DocumentState } from '../shared/ipc/contract';
import { IPC_CHANNELS } from '../shared/ipc/contract';
import type { PreventableEvent } from './security';
import { APP_NAME } from './strings';

/**
 * How long an unanswered close request blocks a second close attempt, ms. DESIGN CHOICE: long
 * enough for the user to read the save prompt; after that a hung page must not trap the user.
 */
export const FORCE_CLOSE_AFTER_MS = 10_000;

export interface DocumentWindowLike {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  close(): void;
  setTitle(title: string): void;
  setDocumentEdited(edited: boolean): void;
  readonly webContents: {
    send(channel: string, ...args: unknown[]): void;
    isCrashed(): boolean;
    isDestroyed(): boolean;
  };
}

export function formatWindowTitle(state: DocumentState): string {
  const name = state.title.trim() || 'Untitled plan';
  return state.dirty ? `${name} • — ${APP_NAME}` : `${name} — ${APP_NAME}`;
}

export interface DocumentWindowController {
  setDocumentState(state: DocumentState): void;
  closeConfirmed(close: boolean): void;
  readonly state: DocumentState;
}

export interface DocumentWindowOptions {
  readonly platform: NodeJS.Platform;
  readonly now?: () => number;
  /**
   * The window is really closing. `clean` is false only for a forced close past an unanswered
   * prompt with unsaved changes, which must keep the working copy for recovery.
   */
  readonly onClosing: (clean: boolean) => void;
}

export function controlDocumentWindow(window: DocumentWindowLike, options: DocumentWindowOptions): DocumentWindowController {
  const now = options.now ?? Date.now;
  let state: DocumentState = { title: '', dirty: false };
  let askedAt: number | null = null;
  let allowClose = false;
  let clean = true;

  const rendererAlive = (): boolean => !window.webContents.isDestroyed() && !window.webContents.isCrashed();

  window.on('close', (event) => {
    if (allowClose) {
      options.onClosing(clean);
      return;
    }
    if (!state.dirty || !rendererAlive()) {
      options.onClosing(!state.dirty);
      return;
    }
    if (askedAt !== null && now() - askedAt >= FORCE_CLOSE_AFTER_MS) {
      options.onClosing(false);
      return;
    }
    event.preventDefault();
    if (askedAt === null) {
      askedAt = now();
      window.webContents.send(IPC_CHANNELS.closeRequested);
    }
  });

  window.setTitle(formatWindowTitle(state));

  return {
    get state() {
      return state;
    },
    setDocumentState(next) {
      state = next;
      window.setTitle(formatWindowTitle(next));
      if (options.platform === 'darwin') window.setDocumentEdited(next.dirty);
    },
    closeConfirmed(close) {
      // Only an answer to our own question counts: the page cannot close the window unasked.
      if (askedAt === null) return;
      askedAt = null;
      if (!close) return;
      allowClose = true;
      clean = true;
      window.close();
    },
  };
}
