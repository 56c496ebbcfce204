import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import { FORCE_CLOSE_AFTER_MS, controlDocumentWindow, formatWindowTitle } from '../../../electron/document-window';
import type { DocumentWindowLike } from '../../../electron/document-window';

/** A window whose close() raises 'close' like Electron's, and closes unless prevented. */
function fakeWindow() {
  let closeListener: ((event: { preventDefault(): void }) => void) | null = null;
  const state = { title: '', edited: false, closed: false, crashed: false, sent: [] as string[] };
  const tryClose = () => {
    let prevented = false;
    closeListener?.({ preventDefault: () => (prevented = true) });
    if (!prevented) state.closed = true;
  };
  const window: DocumentWindowLike = {
    on: (_event, listener) => {
      closeListener = listener;
    },
    close: tryClose,
    setTitle: (title) => void (state.title = title),
    setDocumentEdited: (edited) => void (state.edited = edited),
    webContents: {
      send: (channel) => void state.sent.push(channel),
      isCrashed: () => state.crashed,
      isDestroyed: () => false,
    },
  };
  return { window, state };
}

function setup(platform: NodeJS.Platform = 'linux') {
  const { window, state } = fakeWindow();
  let clock = 0;
  const closing: boolean[] = [];
  const controller = controlDocumentWindow(window, { platform, now: () => clock, onClosing: (clean) => closing.push(clean) });
  return { window, state, controller, closing, advance: (ms: number) => (clock += ms) };
}

describe('window title', () => {
  it('shows the plan name, with a dot when there are unsaved changes', () => {
    expect(formatWindowTitle({ title: 'Case 12', dirty: false })).toBe('Case 12 — VectorLift');
    expect(formatWindowTitle({ title: 'Case 12', dirty: true })).toBe('Case 12 • — VectorLift');
    expect(formatWindowTitle({ title: '  ', dirty: false })).toBe('Untitled plan — VectorLift');
  });

  it('updates the title, and the macOS edited marker only on macOS', () => {
    const linux = setup('linux');
    linux.controller.setDocumentState({ title: 'Case', dirty: true });
    expect(linux.state.title).toBe('Case • — VectorLift');
    expect(linux.state.edited).toBe(false);
    const mac = setup('darwin');
    mac.controller.setDocumentState({ title: 'Case', dirty: true });
    expect(mac.state.edited).toBe(true);
    mac.controller.setDocumentState({ title: 'Case', dirty: false });
    expect(mac.state.edited).toBe(false);
  });
});

describe('close flow', () => {
  it('closes a clean document at once, as a clean close', () => {
    const { window, state, closing } = setup();
    window.close();
    expect(state.closed).toBe(true);
    expect(state.sent).toEqual([]);
    expect(closing).toEqual([true]);
  });

  it('asks the renderer once when there are unsaved changes, and closes on its yes', () => {
    const { window, state, controller, closing } = setup();
    controller.setDocumentState({ title: 'Case', dirty: true });
    window.close();
    window.close();
    expect(state.closed).toBe(false);
    expect(state.sent).toEqual([IPC_CHANNELS.closeRequested]);
    controller.closeConfirmed(true);
    expect(state.closed).toBe(true);
    expect(closing).toEqual([true]);
  });

  it('stays open when the renderer says no, and asks again next time', () => {
    const { window, state, controller, closing } = setup();
    controller.setDocumentState({ title: 'Case', dirty: true });
    window.close();
    controller.closeConfirmed(false);
    expect(state.closed).toBe(false);
    expect(closing).toEqual([]);
    window.close();
    expect(state.sent).toEqual([IPC_CHANNELS.closeRequested, IPC_CHANNELS.closeRequested]);
  });

  it('ignores a close confirmation nobody asked for', () => {
    const { state, controller } = setup();
    controller.setDocumentState({ title: 'Case', dirty: true });
    controller.closeConfirmed(true);
    expect(state.closed).toBe(false);
  });

  it('closes without asking a crashed renderer, keeping the working copy (unclean)', () => {
    const { window, state, controller, closing } = setup();
    controller.setDocumentState({ title: 'Case', dirty: true });
    state.crashed = true;
    window.close();
    expect(state.closed).toBe(true);
    expect(closing).toEqual([false]);
  });

  it('lets a second close through when the renderer has not answered in time', () => {
    const { window, state, controller, closing, advance } = setup();
    controller.setDocumentState({ title: 'Case', dirty: true });
    window.close();
    advance(FORCE_CLOSE_AFTER_MS - 1);
    window.close();
    expect(state.closed).toBe(false);
    advance(1);
    window.close();
    expect(state.closed).toBe(true);
    expect(closing).toEqual([false]);
  });
});
