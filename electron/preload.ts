/**
 * The sandboxed preload: exposes `window.vectorlift`, one named function per contract member
 * (shared/ipc/contract.ts). It never hands the page ipcRenderer, an event object or a generic
 * send/invoke. Bundled to CommonJS (dist-electron/preload.cjs) because a sandboxed preload can
 * only require 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS } from '../shared/ipc/contract';
import type {
  DocumentState,
  ExportRequest,
  MenuCommand,
  Preferences,
  SaveRequest,
  TrainingCaseSaveRequest,
  VectorLiftBridge,
} from '../shared/ipc/contract';
import { isMenuCommand } from '../shared/ipc/validate';

/** Replaced at build time by scripts/build-electron.mjs with package.json's version. */
declare const __VECTORLIFT_VERSION__: string;

/** Subscribes to a main -> renderer channel without exposing the IPC event to the page. */
function subscribe(channel: string, handler: (...args: unknown[]) => void): () => void {
  const listener = (_event: unknown, ...args: unknown[]): void => handler(...args);
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
}

/**
 * A file opened from the desktop may arrive before the page has subscribed (the app is still
 * starting), so paths wait here until a listener exists.
 */
const pendingPaths: string[] = [];
let openPathListener: ((path: string) => void) | null = null;
ipcRenderer.on(IPC_CHANNELS.openPathRequested, (_event: unknown, path: unknown) => {
  if (typeof path !== 'string') return;
  if (openPathListener) openPathListener(path);
  else pendingPaths.push(path);
});

const bridge: VectorLiftBridge = {
  platform: 'electron',
  version: __VECTORLIFT_VERSION__,
  openPlan: () => ipcRenderer.invoke(IPC_CHANNELS.openPlan),
  openRecent: (path: string) => ipcRenderer.invoke(IPC_CHANNELS.openRecent, path),
  savePlan: (request: SaveRequest) => ipcRenderer.invoke(IPC_CHANNELS.savePlan, request),
  exportPdf: (request: ExportRequest) => ipcRenderer.invoke(IPC_CHANNELS.exportPdf, request),
  saveTrainingCase: (request: TrainingCaseSaveRequest) => ipcRenderer.invoke(IPC_CHANNELS.saveTrainingCase, request),
  getPreferences: () => ipcRenderer.invoke(IPC_CHANNELS.getPreferences),
  setPreferences: (patch: Partial<Preferences>) => ipcRenderer.invoke(IPC_CHANNELS.setPreferences, patch),
  writeAutosave: (text: string) => ipcRenderer.invoke(IPC_CHANNELS.writeAutosave, text),
  takeRecovery: () => ipcRenderer.invoke(IPC_CHANNELS.takeRecovery),
  clearAutosave: () => ipcRenderer.invoke(IPC_CHANNELS.clearAutosave),
  setDocumentState: (state: DocumentState) => {
    ipcRenderer.send(IPC_CHANNELS.setDocumentState, state);
  },
  onMenuCommand: (listener: (command: MenuCommand) => void) =>
    subscribe(IPC_CHANNELS.menuCommand, (command) => {
      if (isMenuCommand(command)) listener(command);
    }),
  onCloseRequested: (listener: (answer: (close: boolean) => void) => void) =>
    subscribe(IPC_CHANNELS.closeRequested, () => {
      let answered = false;
      listener((close: boolean) => {
        // One answer per request: a second call would confirm a request main never made.
        if (answered) return;
        answered = true;
        ipcRenderer.send(IPC_CHANNELS.closeConfirmed, close === true);
      });
    }),
  onOpenPathRequested: (listener: (path: string) => void) => {
    openPathListener = listener;
    for (const path of pendingPaths.splice(0)) listener(path);
    return () => {
      if (openPathListener === listener) openPathListener = null;
    };
  },
};

contextBridge.exposeInMainWorld('vectorlift', bridge);
