/**
 * The browser edition's host: the same VectorLiftBridge the Electron preload provides, built
 * from web APIs (file pickers or input/download, localStorage, document.title, beforeunload).
 * There is no native menu, and a browser cannot wait for an in-page answer when a tab closes,
 * so the close prompt is the browser's own "Leave site?" question whenever the plan is unsaved.
 */
import type { DocumentState, VectorLiftBridge } from '../../shared/ipc/contract';
import type { BrowserFiles, BrowserHost } from './browser-files';
import * as storage from './browser-storage';

/** Defined by the build when it knows the package version (see scripts/build-electron.mjs). */
declare const __VECTORLIFT_VERSION__: string | undefined;
const BUILD_VERSION = typeof __VECTORLIFT_VERSION__ === 'string' ? __VECTORLIFT_VERSION__ : 'dev';

function localStorageOf(win: Window | BrowserHost): Storage | null {
  try {
    return win.localStorage; // throws in some privacy modes
  } catch {
    return null;
  }
}

export function createBrowserBridge(win: BrowserHost = window as unknown as BrowserHost, version = BUILD_VERSION): VectorLiftBridge {
  const store = localStorageOf(win);
  // The file pickers and the plan file checks load on the first Open, Save or export, not with
  // the first screen (issue 15); a picker may still open then, the click's activation lasting
  // seconds in browsers, far longer than reading a chunk from the same server.
  let filesLoaded: Promise<BrowserFiles> | null = null;
  const files = (): Promise<BrowserFiles> => (filesLoaded ??= import('./browser-files').then((m) => new m.BrowserFiles(win)));
  let dirty = false;
  // Read once at start-up: this is what the previous session left behind.
  const leftOver = storage.readAutosave(store);

  return {
    platform: 'browser',
    version,
    openPlan: () => files().then((f) => f.open()),
    openRecent: () => Promise.reject(new Error('Open Recent is only available in the desktop app.')),
    savePlan: (request) => files().then((f) => f.save(request.documentId, request.suggestedName, request.text)),
    exportPdf: (request) => files().then((f) => f.exportPdf(request.suggestedName, request.bytes)),
    saveTrainingCase: (request) => files().then((f) => f.saveTrainingCase(request)),
    getPreferences: async () => storage.loadPreferences(store),
    setPreferences: async (patch) => storage.savePreferences(store, patch),
    writeAutosave: async (text) => storage.writeAutosave(store, text),
    takeRecovery: async () => leftOver,
    clearAutosave: async () => storage.clearAutosave(store),
    setDocumentState(state: DocumentState) {
      dirty = state.dirty;
      win.document.title = state.title;
    },
    onMenuCommand: () => () => undefined,
    onCloseRequested() {
      const onBeforeUnload = (event: BeforeUnloadEvent): void => {
        if (!dirty) return;
        event.preventDefault();
        // Older browsers show the prompt only when returnValue is set.
        event.returnValue = '';
      };
      win.addEventListener('beforeunload', onBeforeUnload);
      return () => win.removeEventListener('beforeunload', onBeforeUnload);
    },
  };
}
