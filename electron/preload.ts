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
  PreferencesPatch,
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
 * starting), so its recent id waits here until a listener exists.
 */
const pendingRecentIds: string[] = [];
let openRecentListener: ((recentId: string) => void) | null = null;
ipcRenderer.on(IPC_CHANNELS.openRecentRequested, (_event: unknown, recentId: unknown) => {
  if (typeof recentId !== 'string') return;
  if (openRecentListener) openRecentListener(recentId);
  else pendingRecentIds.push(recentId);
});

const bridge: VectorLiftBridge = {
  platform: 'electron',
  version: __VECTORLIFT_VERSION__,
  openPlan: () => ipcRenderer.invoke(IPC_CHANNELS.openPlan),
  openRecent: (recentId: string) => ipcRenderer.invoke(IPC_CHANNELS.openRecent, recentId),
  savePlan: (request: SaveRequest) => ipcRenderer.invoke(IPC_CHANNELS.savePlan, request),
  exportPdf: (request: ExportRequest) => ipcRenderer.invoke(IPC_CHANNELS.exportPdf, request),
  saveTrainingCase: (request: TrainingCaseSaveRequest) => ipcRenderer.invoke(IPC_CHANNELS.saveTrainingCase, request),
  getPreferences: () => ipcRenderer.invoke(IPC_CHANNELS.getPreferences),
  setPreferences: (patch: PreferencesPatch) => ipcRenderer.invoke(IPC_CHANNELS.setPreferences, patch),
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
  onOpenRecentRequested: (listener: (recentId: string) => void) => {
    openRecentListener = listener;
    for (const recentId of pendingRecentIds.splice(0)) listener(recentId);
    return () => {
      if (openRecentListener === listener) openRecentListener = null;
    };
  },
};

contextBridge.exposeInMainWorld('vectorlift', bridge);
