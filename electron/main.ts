/**
 * Electron main process entry: wiring only. Every decision lives in a plain module that takes
 * Electron's objects as arguments (and is unit-tested under Node with fakes); this file, with
 * preload.ts, is the only one that imports 'electron' as a value.
 */
// BrowserWindow is renamed so the bundle keeps window-options.ts's `new BrowserWindow({...})`
// under that exact name, which is what the security scanner looks for.
import { app, BrowserWindow as ElectronWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session } from 'electron';
import type { WebContents } from 'electron';
import Store from 'electron-store';
import fs from 'node:fs/promises';
import path from 'node:path';
import { IPC_CHANNELS } from '../shared/ipc/contract';
import type { MenuCommand } from '../shared/ipc/contract';
import { pagePreferences } from '../shared/ipc/preferences';
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { startAutosave } from './autosave';
import type { Autosave } from './autosave';
import { createCrashPolicy } from './crash-recovery';
import { controlDocumentWindow } from './document-window';
import type { DocumentWindowController } from './document-window';
import { createFileAccess } from './file-access';
import { createFileService, PLAN_EXTENSION } from './files';
import { registerIpcHandlers } from './ipc';
import type { IpcMainLike } from './ipc';
import { buildMenuTemplate } from './menu';
import { DIALOG_TEXTS } from './dialog-text';
import { MENU_LABELS, menuLocale } from './menu-labels';
import { loadLanguage } from '../shared/i18n/language-tables';
import { LOCALES, localeFromSystem } from '../shared/i18n/locale';
import { createPreferences } from './preferences';
import { hardenSession, hardenWebContents } from './security';
import { createTrainingCaseSaver } from './training-case';
import { APP_NAME } from './strings';
import { openMainWindow } from './window-options';

const log = (message: string): void => console.warn(`[vectorlift] ${message}`);

// dist-electron/main.cjs -> the app root (the repository, or app.asar when packaged).
const appRoot = path.join(__dirname, '..');
const rendererDir = path.join(appRoot, 'dist', 'renderer');

// Electron derives userData from package.json's lower-case name before this file runs; pin it to
// the product name so development and packaged builds share ~/.config/VectorLift, %APPDATA%\VectorLift...
app.setName(APP_NAME);
app.setPath('userData', path.join(app.getPath('appData'), APP_NAME));
// Every renderer, including any the app did not create itself, runs sandboxed.
app.enableSandbox();
// The page is served as app://vectorlift/ (see app-protocol.ts for why not file://).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

/** .vlift paths handed over by the desktop (file association) before or after start-up. */
function planPathsIn(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && path.extname(arg).toLowerCase() === `.${PLAN_EXTENSION}`).map((arg) => path.resolve(arg));
}

let mainWindow: ElectronWindow | null = null;
let openFromDesktop: ((filePath: string) => void) | null = null;
const earlyPaths: string[] = planPathsIn(process.argv.slice(1));

if (!app.requestSingleInstanceLock()) {
  // One instance owns the autosave folder; a second launch hands its file to the first.
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    for (const filePath of planPathsIn(argv)) openFromDesktop?.(filePath);
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  // macOS delivers double-clicked files here, possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (openFromDesktop) openFromDesktop(filePath);
    else earlyPaths.push(filePath);
  });
  // Covers every web contents, including devtools and anything a bug might create.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
  // The window's 'closed' handler quits once the autosave cleanup is done; without this
  // listener Electron would quit at once and could cut that cleanup short.
  app.on('window-all-closed', () => undefined);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log(`start-up failed: ${String(error)}`);
      // The preferences may be what failed: the system's language it is.
      const text = DIALOG_TEXTS[localeFromSystem(app.getPreferredSystemLanguages())].dialog;
      dialog.showErrorBox(text.startFailedTitle, text.startFailedMessage(String(error)));
      app.exit(1);
    });
}

async function start(): Promise<void> {
  // Refusals and plan errors follow the interface language, which can change at any moment: every
  // language's tables of shared code (loaded on demand in the page, shared/i18n/language-tables.ts).
  await Promise.all(LOCALES.map(loadLanguage));
  const store = new Store({ name: 'preferences', clearInvalidConfig: true });
  // electron-store also listens on 'electron-store-get-data' for stores created in a renderer.
  // There are none here, and every IPC channel must be one of ours, checked in ipc.ts.
  ipcMain.removeAllListeners('electron-store-get-data');
  const preferences = createPreferences(store);
  const autosave: Autosave = await startAutosave(fs, app.getPath('userData'));
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: rendererDir, readFile: (file) => fs.readFile(file) }));
  hardenSession(session.defaultSession, APP_ORIGIN, log);
  nativeTheme.themeSource = preferences.get().theme;

  const window = openMainWindow(ElectronWindow, {
    preloadPath: path.join(__dirname, 'preload.cjs'),
    savedBounds: preferences.get().windowBounds,
    displays: [screen.getPrimaryDisplay(), ...screen.getAllDisplays()],
    iconPath: path.join(appRoot, 'assets', 'icons', 'icon.png'),
  });
  mainWindow = window;
  // The canvas handles pinch zoom itself; the page as a whole never zooms.
  void window.webContents.setVisualZoomLevelLimits(1, 1);

  const access = createFileAccess<ElectronWindow>(preferences);
  const send = (command: MenuCommand): void => window.webContents.send(IPC_CHANNELS.menuCommand, command);
  // The page is told which recent file to open by its id; the path stays here.
  const requestOpen = (recentId: string): void => window.webContents.send(IPC_CHANNELS.openRecentRequested, recentId);
  // Menus, dialogs and refusals speak the interface's language and follow a change of it.
  const uiLocale = () => menuLocale(preferences.get().language, app.getPreferredSystemLanguages());
  const rebuildMenu = (): void => {
    const template = buildMenuTemplate({
      platform: process.platform,
      preferences: preferences.get(),
      devTools: !app.isPackaged,
      // setPreferences rebuilds the menu, so a change of language reaches it at once.
      labels: MENU_LABELS[uiLocale()],
      send,
      openRecent: (filePath) => requestOpen(access.recentId(filePath)),
      clearRecent: () => {
        preferences.clearRecent();
        rebuildMenu();
      },
      showAbout: () =>
        void dialog.showMessageBox(window, {
          type: 'info',
          title: DIALOG_TEXTS[uiLocale()].dialog.aboutTitle,
          message: APP_NAME,
          detail: DIALOG_TEXTS[uiLocale()].dialog.aboutDetail(app.getVersion()),
          buttons: [DIALOG_TEXTS[uiLocale()].dialog.okButton],
        }),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const files = createFileService({
    dialog,
    fs,
    preferences,
    access,
    defaultDirectory: app.getPath('documents'),
    onRecentChanged: rebuildMenu,
    locale: uiLocale,
  });
  const saveTrainingCase = createTrainingCaseSaver({ dialog, fs, defaultDirectory: app.getPath('documents'), locale: uiLocale });
  openFromDesktop = (filePath) => {
    const recentId = files.acceptExternalPath(filePath);
    if (recentId !== null) requestOpen(recentId);
  };

  let finished: Promise<void> = Promise.resolve();
  const documentWindow: DocumentWindowController = controlDocumentWindow(window, {
    platform: process.platform,
    onClosing: (clean) => {
      preferences.setWindowBounds(window.getNormalBounds());
      // Saved or deliberately discarded: the working copy is no longer needed.
      if (clean) finished = autosave.endSession().catch((error: unknown) => log(`could not clear autosave: ${String(error)}`));
    },
  });
  // A single-document app: closing the window ends it on every platform (after autosave cleanup).
  window.on('closed', () => {
    access.forgetWindow(window);
    mainWindow = null;
    openFromDesktop = null;
    void finished.then(() => app.quit());
  });

  const crashPolicy = createCrashPolicy();
  window.webContents.on('render-process-gone', (_event, details) => {
    const action = crashPolicy(details.reason);
    log(`renderer gone (${details.reason}): ${action}`);
    if (action === 'reload') {
      autosave.noteRendererCrash();
      window.reload();
    } else if (action === 'give-up') {
      const text = DIALOG_TEXTS[uiLocale()].dialog;
      dialog.showErrorBox(text.rendererCrashTitle, text.rendererCrashMessage);
      window.destroy();
    }
  });

  const windowOf = (sender: WebContents): ElectronWindow => ElectronWindow.fromWebContents(sender) ?? window;
  registerIpcHandlers(
    ipcMain satisfies IpcMainLike<WebContents>,
    APP_INDEX_URL,
    {
      openPlan: (sender) => files.openPlan(windowOf(sender)),
      openRecent: (recentId, sender) => files.openRecent(windowOf(sender), recentId),
      savePlan: (request, sender) => files.savePlan(windowOf(sender), request),
      exportPdf: (request, sender) => files.exportPdf(windowOf(sender), request),
      saveTrainingCase: (request, sender) => saveTrainingCase(windowOf(sender), request),
      // The page sees its own settings and the recent files by id: never a path, never the bounds.
      getPreferences: async () => pagePreferences(preferences.get(), access.recentFiles()),
      setPreferences: async (patch) => {
        const next = preferences.update(patch);
        nativeTheme.themeSource = next.theme;
        rebuildMenu();
        return pagePreferences(next, access.recentFiles());
      },
      writeAutosave: (text) => autosave.write(text),
      takeRecovery: () => autosave.takeRecovery(),
      clearAutosave: () => autosave.clear(),
      setDocumentState: (state) => documentWindow.setDocumentState(state),
      closeConfirmed: (close) => documentWindow.closeConfirmed(close),
    },
    log,
    uiLocale,
  );

  rebuildMenu();
  window.once('ready-to-show', () => window.show());
  await window.loadURL(APP_INDEX_URL);
  for (const filePath of earlyPaths.splice(0)) openFromDesktop(filePath);
}
