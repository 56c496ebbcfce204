/**
 * Runs the real esbuild bundles under Node with a fake 'electron' (fake-electron.ts): the
 * preload must need nothing but 'electron' and expose named functions only; main must wire the
 * secure window, the app protocol, the session guards, the menu and every IPC channel.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../../scripts/build-electron.mjs';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import type { VectorLiftBridge } from '../../../shared/ipc/contract';
import { Emitter, runBundle } from './fake-electron';
import { startMainBundle, trustedEvent } from './main-harness';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let bundles: { main: string; preload: string };
let userData = '';

beforeAll(async () => {
  bundles = await buildElectron({ root, quiet: true });
  userData = await mkdtemp(path.join(os.tmpdir(), 'vl-userdata-'));
});
afterAll(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('preload bundle', () => {
  function loadPreload() {
    const ipc = new Emitter();
    const calls: unknown[][] = [];
    let exposed: { key: string; api: VectorLiftBridge } | null = null;
    const fake = {
      contextBridge: { exposeInMainWorld: (key: string, api: VectorLiftBridge) => (exposed = { key, api }) },
      ipcRenderer: Object.assign(ipc, {
        invoke: async (...args: unknown[]) => (calls.push(['invoke', ...args]), 'answer'),
        send: (...args: unknown[]) => void calls.push(['send', ...args]),
      }),
    };
    runBundle(bundles.preload, fake, () => false);
    if (!exposed) throw new Error('preload exposed nothing');
    return { exposed: exposed as { key: string; api: VectorLiftBridge }, calls, ipc };
  }

  it("requires only 'electron' and exposes window.vectorlift", () => {
    const { exposed } = loadPreload();
    expect(exposed.key).toBe('vectorlift');
    expect(exposed.api.platform).toBe('electron');
    expect(exposed.api.version).toBe('0.1.0');
  });

  it('exposes named functions only: no generic send, invoke or ipcRenderer', () => {
    const { api } = loadPreload().exposed;
    expect(Object.keys(api).sort()).toEqual(
      [
        'platform', 'version', 'openPlan', 'openRecent', 'savePlan', 'exportPdf', 'saveTrainingCase', 'getPreferences', 'setPreferences',
        'writeAutosave', 'takeRecovery', 'clearAutosave', 'setDocumentState', 'onMenuCommand', 'onCloseRequested', 'onOpenRecentRequested',
      ].sort(),
    );
  });

  it('maps each function to its own channel and forwards only its own argument', async () => {
    const { exposed, calls } = loadPreload();
    const api = exposed.api as unknown as Record<string, (...args: unknown[]) => unknown>;
    await api.openRecent?.('a'.repeat(32), 'smuggled');
    await api.openPlan?.('smuggled');
    api.setDocumentState?.({ title: 'Case', dirty: true });
    expect(calls).toEqual([
      ['invoke', IPC_CHANNELS.openRecent, 'a'.repeat(32)],
      ['invoke', IPC_CHANNELS.openPlan],
      ['send', IPC_CHANNELS.setDocumentState, { title: 'Case', dirty: true }],
    ]);
  });

  it('passes menu commands without the IPC event, drops unknown ones, and unsubscribes', () => {
    const { exposed, ipc } = loadPreload();
    const received: unknown[][] = [];
    const off = exposed.api.onMenuCommand((...args) => received.push(args));
    ipc.emit(IPC_CHANNELS.menuCommand, { sender: 'event object' }, 'file.save');
    ipc.emit(IPC_CHANNELS.menuCommand, {}, 'shell.exec');
    off();
    ipc.emit(IPC_CHANNELS.menuCommand, {}, 'file.open');
    expect(received).toEqual([['file.save']]);
  });

  it('answers a close request once', () => {
    const { exposed, ipc, calls } = loadPreload();
    exposed.api.onCloseRequested((answer) => {
      answer(true);
      answer(false);
    });
    ipc.emit(IPC_CHANNELS.closeRequested, {});
    expect(calls).toEqual([['send', IPC_CHANNELS.closeConfirmed, true]]);
  });

  it('holds the ids of desktop-opened files until the page listens', () => {
    const { exposed, ipc } = loadPreload();
    ipc.emit(IPC_CHANNELS.openRecentRequested, {}, 'e'.repeat(32));
    const ids: string[] = [];
    exposed.api.onOpenRecentRequested?.((id) => ids.push(id));
    ipc.emit(IPC_CHANNELS.openRecentRequested, {}, 'f'.repeat(32));
    expect(ids).toEqual(['e'.repeat(32), 'f'.repeat(32)]);
  });
});

describe('main bundle', () => {
  const startMain = () => startMainBundle(bundles.main, userData);
  const trusted = trustedEvent;

  it('keeps `new BrowserWindow({...})` literal in the bundle, so the security scanner can check it', async () => {
    const source = await readFile(bundles.main, 'utf8');
    expect(source).toMatch(/new BrowserWindow\(\{[\s\S]{0,800}webPreferences: \{[\s\S]{0,200}contextIsolation: true/);
  });

  it('needs no module outside Node and electron (electron-store is bundled)', async () => {
    const { window } = await startMain();
    expect(window.loadedUrl).toBe('app://vectorlift/index.html');
  });

  it('opens one secure window with the bundled preload', async () => {
    const { window, fake } = await startMain();
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs.preload).toBe(bundles.preload);
    expect(existsSync(String(prefs.preload))).toBe(true);
    expect(fake.sessionCalls).toEqual(expect.arrayContaining(['enableSandbox', 'permissionRequest', 'permissionCheck']));
    expect(fake.registeredSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(fake.protocols.has('app')).toBe(true);
    expect(fake.electron.app.name).toBe('VectorLift');
    expect(fake.electron.app.paths.userData).toBe(path.join(userData, 'appData', 'VectorLift'));
  });

  it('blocks network requests in the session', async () => {
    const { fake } = await startMain();
    const decide = (url: string) => {
      let cancel: unknown;
      fake.requestFilter()?.({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://example.com/')).toBe(true);
    expect(decide('app://vectorlift/assets/x.js')).toBe(false);
  });

  it('registers every renderer -> main channel and serves them', async () => {
    const { fake, contents } = await startMain();
    const oneWay = [IPC_CHANNELS.setDocumentState, IPC_CHANNELS.closeConfirmed];
    const toRenderer = [IPC_CHANNELS.menuCommand, IPC_CHANNELS.closeRequested, IPC_CHANNELS.openRecentRequested];
    const expectedHandled = Object.values(IPC_CHANNELS).filter((c) => !oneWay.includes(c as never) && !toRenderer.includes(c as never));
    expect([...fake.handled.keys()].sort()).toEqual(expectedHandled.sort());
    expect([...fake.listened.keys()].sort()).toEqual([...oneWay].sort());

    const prefs = await fake.handled.get(IPC_CHANNELS.setPreferences)?.(trusted(contents), { theme: 'dark' });
    expect(prefs).toMatchObject({ theme: 'dark' });
    expect(fake.electron.nativeTheme.themeSource).toBe('dark');
    expect(JSON.stringify(fake.menus.at(-1))).toContain('"id":"view.theme.dark","type":"radio","checked":true');

    await fake.handled.get(IPC_CHANNELS.writeAutosave)?.(trusted(contents), '{"working":true}');
    expect(await readFile(path.join(userData, 'autosave', 'working-copy.vlift'), 'utf8')).toBe('{"working":true}');

    await expect(
      Promise.resolve().then(() => fake.handled.get(IPC_CHANNELS.getPreferences)?.({ senderFrame: { url: 'https://evil.example/', parent: null }, sender: contents })),
    ).rejects.toThrow(/did not come from the VectorLift window/);
  });

  it('on a clean close removes the autosave marker, then quits', async () => {
    const { fake, window } = await startMain();
    expect(existsSync(path.join(userData, 'autosave', 'session.lock'))).toBe(true);
    expect(fake.electron.app.listeners.get('window-all-closed')).toHaveLength(1);
    window.close();
    expect(window.closed).toBe(true);
    window.emit('closed');
    for (let i = 0; i < 300 && fake.electron.app.quitCalls === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(fake.electron.app.quitCalls).toBe(1);
    expect(existsSync(path.join(userData, 'autosave', 'session.lock'))).toBe(false);
  });

  it('marks the title dirty, asks before closing, and reloads a crashed renderer', async () => {
    const { fake, window, contents } = await startMain();
    fake.listened.get(IPC_CHANNELS.setDocumentState)?.(trusted(contents), { title: 'Case 4', dirty: true });
    expect(window.title).toBe('Case 4 • — VectorLift');
    window.close();
    expect(window.closed).toBe(false);
    expect(contents.sent).toContainEqual([IPC_CHANNELS.closeRequested]);
    contents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(contents.reloads).toBe(1);
  });
});
