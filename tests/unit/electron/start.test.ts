import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  browserOpenCommand,
  decideLaunch,
  ensureElectronBinary,
  findElectronBinary,
  summarizeInstallFailure,
} from '../../../scripts/start.mjs';
import type { ElectronFs } from '../../../scripts/start.mjs';

const DIR = '/repo/node_modules/electron';

/** An in-memory node_modules/electron. */
function fakeFs(files: Record<string, string>): ElectronFs & { files: Record<string, string> } {
  return {
    files,
    existsSync: (file) => Object.hasOwn(files, file),
    readFileSync: (file) => {
      if (!Object.hasOwn(files, file)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return files[file] as string;
    },
  };
}

const packageOnly = () =>
  fakeFs({
    [path.join(DIR, 'package.json')]: JSON.stringify({ version: '45.4.1' }),
    [path.join(DIR, 'install.js')]: '// downloads',
  });

function installed(fs: ReturnType<typeof fakeFs>, version = '45.4.1') {
  fs.files[path.join(DIR, 'path.txt')] = 'electron';
  fs.files[path.join(DIR, 'dist', 'version')] = `v${version}`;
  fs.files[path.join(DIR, 'dist', 'electron')] = 'ELF';
}

describe('findElectronBinary', () => {
  it('finds a downloaded binary of the right version', () => {
    const fs = packageOnly();
    installed(fs);
    expect(findElectronBinary(DIR, fs)).toEqual({ present: true, binary: path.join(DIR, 'dist', 'electron'), version: '45.4.1' });
  });

  it('reports why there is none', () => {
    expect(findElectronBinary(DIR, fakeFs({}))).toMatchObject({ present: false, reason: expect.stringContaining('npm install') });
    expect(findElectronBinary(DIR, packageOnly())).toMatchObject({ present: false, reason: expect.stringContaining('not been downloaded') });
    const stale = packageOnly();
    installed(stale, '44.0.0');
    expect(findElectronBinary(DIR, stale)).toMatchObject({ present: false, reason: expect.stringContaining('44.0.0') });
  });
});

describe('ensureElectronBinary', () => {
  it('does not download when the binary is already there', async () => {
    const fs = packageOnly();
    installed(fs);
    const runs: string[][] = [];
    const result = await ensureElectronBinary({ electronDir: DIR, env: {}, fs, run: async (_c, args) => (runs.push(args), { code: 0, output: '' }) });
    expect(result.present).toBe(true);
    expect(runs).toEqual([]);
  });

  it('runs install.js once and uses the binary it fetched', async () => {
    const fs = packageOnly();
    const runs: string[][] = [];
    const result = await ensureElectronBinary({
      electronDir: DIR,
      env: {},
      fs,
      run: async (_command, args) => {
        runs.push(args);
        installed(fs);
        return { code: 0, output: '' };
      },
    });
    expect(runs).toEqual([[path.join(DIR, 'install.js')]]);
    expect(result.present).toBe(true);
  });

  it('passes on the reason when the download fails', async () => {
    const output = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n    at async FetchDownloader.download';
    const result = await ensureElectronBinary({ electronDir: DIR, env: {}, fs: packageOnly(), run: async () => ({ code: 1, output }) });
    expect(result).toEqual({ present: false, reason: 'TypeError: fetch failed' });
    const timedOut = await ensureElectronBinary({ electronDir: DIR, env: {}, fs: packageOnly(), run: async () => ({ code: null, output: '' }) });
    expect(timedOut).toEqual({ present: false, reason: 'the download timed out' });
  });

  it('respects ELECTRON_SKIP_BINARY_DOWNLOAD', async () => {
    let ran = false;
    const result = await ensureElectronBinary({
      electronDir: DIR,
      env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      fs: packageOnly(),
      run: async () => ((ran = true), { code: 0, output: '' }),
    });
    expect(ran).toBe(false);
    expect(result).toMatchObject({ present: false, reason: expect.stringContaining('ELECTRON_SKIP_BINARY_DOWNLOAD') });
  });
});

describe('summarizeInstallFailure', () => {
  it('picks the line that names the error', () => {
    expect(summarizeInstallFailure('Downloading...\nRequestError: getaddrinfo ENOTFOUND github.com\n    at x', 1)).toBe('RequestError: getaddrinfo ENOTFOUND github.com');
    expect(summarizeInstallFailure('HTTPError: Response code 404 (Not Found)', 1)).toBe('HTTPError: Response code 404 (Not Found)');
    expect(summarizeInstallFailure('', 7)).toBe('install.js exited with code 7');
  });
});

describe('decideLaunch', () => {
  const present = { present: true as const, binary: '/e/electron', version: '45.4.1' };

  it('launches Electron when the binary exists and there is a display', () => {
    expect(decideLaunch({ binary: present, platform: 'linux', env: { DISPLAY: ':0' } })).toEqual({ mode: 'electron', binary: '/e/electron' });
    expect(decideLaunch({ binary: present, platform: 'darwin', env: {} })).toEqual({ mode: 'electron', binary: '/e/electron' });
    expect(decideLaunch({ binary: present, platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } }).mode).toBe('electron');
  });

  it('falls back to the browser edition, saying why, when the binary cannot be had', () => {
    const decision = decideLaunch({ binary: { present: false, reason: 'TypeError: fetch failed' }, platform: 'linux', env: { DISPLAY: ':0' } });
    expect(decision).toEqual({
      mode: 'browser',
      reason: "Electron's binary could not be downloaded (TypeError: fetch failed); opening the browser edition instead.",
    });
  });

  it('falls back when Linux has no display to show a window on', () => {
    const decision = decideLaunch({ binary: present, platform: 'linux', env: {} });
    expect(decision.mode).toBe('browser');
    expect(decision).toMatchObject({ reason: expect.stringContaining('no graphical display') });
  });
});

describe('browserOpenCommand', () => {
  const url = 'http://127.0.0.1:4173/';
  it('uses the platform opener', () => {
    expect(browserOpenCommand('darwin', url, {}, () => false)).toEqual({ command: 'open', args: [url] });
    expect(browserOpenCommand('win32', url, {}, () => false)).toEqual({ command: 'cmd', args: ['/c', 'start', '""', url] });
    expect(browserOpenCommand('linux', url, { DISPLAY: ':0' }, (n) => n === 'xdg-open')).toEqual({ command: 'xdg-open', args: [url] });
  });
  it('gives none (the URL is printed) on a Linux without a display or without xdg-open', () => {
    expect(browserOpenCommand('linux', url, {}, () => true)).toBeNull();
    expect(browserOpenCommand('linux', url, { DISPLAY: ':0' }, () => false)).toBeNull();
  });
});
