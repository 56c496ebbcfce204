/**
 * The security scan must actually catch things: run it on a small, deliberately insecure app
 * and on a copy with the same code made safe. (The real app is scanned by
 * `npm run check:security`, which takes about 15 s, too slow for the unit suite.)
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSecurityScan } from '../../../scripts/security-scan.mjs';

const CSP = "default-src 'none'; script-src 'self'; object-src 'none'; base-uri 'none'";

async function makeApp(dir: string, main: string, csp: string) {
  await mkdir(path.join(dir, 'dist-electron'), { recursive: true });
  await mkdir(path.join(dir, 'dist', 'renderer'), { recursive: true });
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'probe', version: '1.0.0', devDependencies: { electron: '^45.4.1' } }));
  await writeFile(path.join(dir, 'dist-electron', 'main.cjs'), main);
  await writeFile(path.join(dir, 'dist-electron', 'preload.cjs'), "const { contextBridge } = require('electron');\ncontextBridge.exposeInMainWorld('x', { ping: () => 1 });\n");
  await writeFile(
    path.join(dir, 'dist', 'renderer', 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body></body></html>`,
  );
}

const insecureMain = `
const { app, BrowserWindow } = require('electron');
app.whenReady().then(() => {
  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
  win.loadURL('https://example.com/');
});
`;

const secureMain = `
const { app, BrowserWindow, session } = require('electron');
app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((wc, permission, callback) => callback(false));
  const win = new BrowserWindow({ webPreferences: { nodeIntegration: false, contextIsolation: true, sandbox: true, disableBlinkFeatures: 'Auxclick' } });
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.loadURL('app://probe/index.html');
});
`;

let insecureDir = '';
let secureDir = '';
beforeAll(async () => {
  insecureDir = await mkdtemp(path.join(os.tmpdir(), 'vl-insecure-'));
  secureDir = await mkdtemp(path.join(os.tmpdir(), 'vl-secure-'));
  await makeApp(insecureDir, insecureMain, "default-src *; script-src 'unsafe-inline' 'unsafe-eval' *");
  await makeApp(secureDir, secureMain, CSP);
});
afterAll(async () => {
  await rm(insecureDir, { recursive: true, force: true });
  await rm(secureDir, { recursive: true, force: true });
});

describe('security scan', () => {
  it('reports the classic mistakes in an insecure app', async () => {
    const result = await runSecurityScan({ root: insecureDir, doBuild: false });
    const ids = result.issues.map((i) => i.id);
    for (const id of [
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'AUXCLICK_JS_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'CSP_GLOBAL_CHECK',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('passes the same app once it is made safe', async () => {
    const result = await runSecurityScan({ root: secureDir, doBuild: false });
    expect(result.issues.map((i) => `${i.id} ${i.file}:${i.location.line}`)).toEqual([]);
    expect(result.errors.filter((e) => !e.tolerable)).toEqual([]);
  });
});
