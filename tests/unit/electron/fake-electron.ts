/**
 * A stand-in for the 'electron' module, enough to run the real bundles (dist-electron/main.cjs
 * and preload.cjs) under Node and check how main.ts wires the plain modules together. It records
 * what the app does; it decides nothing for it.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Listener = (...args: unknown[]) => unknown;

export class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
  removeListener(name: string, listener: Listener): this {
    this.listeners.set(name, (this.listeners.get(name) ?? []).filter((l) => l !== listener));
    return this;
  }
  emit(name: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(name) ?? []).map((l) => l(...args));
  }
}

export class FakeWebContents extends Emitter {
  readonly sent: unknown[][] = [];
  reloads = 0;
  crashed = false;
  openHandler: ((details: { url: string }) => unknown) | null = null;
  send(...args: unknown[]) {
    this.sent.push(args);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.openHandler = handler;
  }
  isCrashed() {
    return this.crashed;
  }
  isDestroyed() {
    return false;
  }
  async setVisualZoomLevelLimits() {}
}

export function createFakeElectron(userData: string) {
  const windows: FakeBrowserWindow[] = [];
  const handled = new Map<string, Listener>();
  const listened = new Map<string, Listener>();
  const menus: unknown[] = [];
  const protocols = new Map<string, Listener>();
  const registeredSchemes: unknown[] = [];
  const sessionCalls: string[] = [];
  let sessionRequestFilter: Listener | null = null;
  let readyResolve: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));

  class FakeBrowserWindow extends Emitter {
    readonly webContents = new FakeWebContents();
    title = '';
    closed = false;
    loadedUrl = '';
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
    static fromWebContents(contents: FakeWebContents) {
      return windows.find((w) => w.webContents === contents) ?? null;
    }
    setTitle(title: string) {
      this.title = title;
    }
    setDocumentEdited() {}
    getNormalBounds() {
      return { x: 10, y: 10, width: 1300, height: 800 };
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
    }
    show() {}
    reload() {
      this.webContents.reloads++;
    }
    destroy() {
      this.closed = true;
    }
    isMinimized() {
      return false;
    }
    focus() {}
    close() {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) this.closed = true;
    }
  }

  const app = Object.assign(new Emitter(), {
    name: 'Electron',
    isPackaged: false,
    quitCalls: 0,
    setName(name: string) {
      app.name = name;
    },
    getName: () => app.name,
    enableSandbox() {
      sessionCalls.push('enableSandbox');
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => ready,
    paths: {} as Record<string, string>,
    setPath(name: string, value: string) {
      app.paths[name] = value;
    },
    // userData stays the test's temporary folder whatever main asks for, so nothing touches $HOME.
    getPath: (name: string) => (name === 'userData' ? userData : path.join(userData, name)),
    getVersion: () => '0.1.0',
    // The system's languages, most preferred first (the native menu follows them when the preference is 'system').
    getPreferredSystemLanguages: () => ['en-US'],
    quit() {
      app.quitCalls++;
    },
    exit() {},
  });

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
      showMessageBox: async () => ({ response: 0 }),
      showErrorBox() {},
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => void handled.set(channel, listener),
      on: (channel: string, listener: Listener) => void listened.set(channel, listener),
      removeAllListeners: (channel: string) => void listened.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => void menus.push(menu),
    },
    nativeTheme: { themeSource: 'system' },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void registeredSchemes.push(...schemes),
      handle: (scheme: string, handler: Listener) => void protocols.set(scheme, handler),
    },
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => void sessionCalls.push('permissionRequest'),
        setPermissionCheckHandler: () => void sessionCalls.push('permissionCheck'),
        webRequest: {
          onBeforeRequest: (listener: Listener) => {
            sessionRequestFilter = listener;
          },
        },
      },
    },
  };

  return {
    electron,
    windows,
    handled,
    listened,
    menus,
    protocols,
    registeredSchemes,
    sessionCalls,
    requestFilter: () => sessionRequestFilter,
    makeReady: () => readyResolve(),
  };
}

/**
 * Runs a CommonJS bundle with `electron` replaced by `fake`. `allowed` lists the other modules
 * it may require (anything else throws), which is how the sandboxed preload is held to
 * requiring 'electron' alone.
 */
export function runBundle(file: string, fake: unknown, allowed: (id: string) => boolean): Record<string, unknown> {
  const realRequire = createRequire(file);
  const module = { exports: {} as Record<string, unknown> };
  const requireShim = (id: string): unknown => {
    if (id === 'electron') return fake;
    if (!allowed(id)) throw new Error(`bundle required '${id}'`);
    return realRequire(id);
  };
  const source = readFileSync(file, 'utf8');
  const wrapper = new Function('exports', 'require', 'module', '__filename', '__dirname', source) as (...args: unknown[]) => void;
  wrapper(module.exports, requireShim, module, file, path.dirname(file));
  return module.exports;
}
