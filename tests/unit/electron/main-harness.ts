/**
 * Starts the real main bundle (dist-electron/main.cjs) under Node with the fake 'electron' of
 * fake-electron.ts, for tests that check how main wires its plain modules together.
 */
import { builtinModules } from 'node:module';
import { createFakeElectron, runBundle } from './fake-electron';
import type { FakeWebContents } from './fake-electron';

export async function startMainBundle(mainBundle: string, userData: string) {
  const fake = createFakeElectron(userData);
  const nodeBuiltin = (id: string) => builtinModules.includes(id.replace(/^node:/, ''));
  runBundle(mainBundle, fake.electron, nodeBuiltin);
  fake.makeReady();
  // Let start() run to its end (it awaits the autosave folder and loadURL).
  for (let i = 0; i < 300 && !fake.windows[0]?.loadedUrl; i++) await new Promise((r) => setTimeout(r, 10));
  const window = fake.windows[0];
  if (!window) throw new Error('main created no window');
  return { fake, window, contents: window.webContents as FakeWebContents };
}

/** An IPC event from the app's own top-level page, sent by `sender`. */
export const trustedEvent = (sender: unknown) => ({ senderFrame: { url: 'app://vectorlift/index.html', parent: null }, sender });
