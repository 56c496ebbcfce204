#!/usr/bin/env node
/**
 * `npm start`: build the renderer and the Electron bundles, then launch the desktop app.
 *
 * Electron's npm package downloads its binary on first use. Where that cannot be had (no
 * internet access to the download host, ELECTRON_SKIP_BINARY_DOWNLOAD, an unsupported
 * platform) or there is no display to show a window on, this says why and serves the browser
 * edition of the same build on 127.0.0.1 instead, opening the system browser when there is one.
 *
 * The decisions are exported as plain functions taking their dependencies (fs, a process
 * runner, env) so tests/unit/electron/start.test.ts runs them with fakes.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** How long the binary download may take before we give up on it (design choice: a slow link). */
export const INSTALL_TIMEOUT_MS = 5 * 60_000;

/**
 * Where the Electron binary is, if it is installed and matches the package version. Mirrors the
 * checks in node_modules/electron/install.js (path.txt names the executable inside dist/, and
 * dist/version must match), without requiring 'electron', which would try to download.
 */
export function findElectronBinary(electronDir, fs = { existsSync, readFileSync }) {
  const read = (file) => {
    try {
      return fs.readFileSync(path.join(electronDir, file), 'utf8');
    } catch {
      return null;
    }
  };
  const pkgText = read('package.json');
  if (pkgText === null) return { present: false, reason: 'the electron package is not installed (run npm install)' };
  const version = JSON.parse(pkgText).version;
  const executable = read('path.txt');
  if (!executable) return { present: false, reason: 'the binary has not been downloaded yet' };
  const installed = (read(path.join('dist', 'version')) ?? '').trim().replace(/^v/, '');
  if (installed !== version) return { present: false, reason: `dist/ holds Electron ${installed || '(none)'}, not ${version}` };
  const binary = path.join(electronDir, 'dist', executable.trim());
  if (!fs.existsSync(binary)) return { present: false, reason: `${binary} is missing` };
  return { present: true, binary, version };
}

/** The line of an install.js failure that says what went wrong, short enough for one message. */
export function summarizeInstallFailure(output, exitCode) {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const telling = lines.find((line) => /\b(E[A-Z]{3,}|[A-Za-z]*Error)\b|fetch failed|status code|timed out/i.test(line) && !line.startsWith('at '));
  const summary = telling ?? lines.at(-1) ?? `install.js exited with code ${exitCode}`;
  return summary.length > 160 ? `${summary.slice(0, 157)}...` : summary;
}

/**
 * The Electron binary, downloading it with node_modules/electron/install.js when missing.
 * `run(command, args, timeoutMs)` resolves to { code, output }.
 */
export async function ensureElectronBinary({ electronDir, env, run, fs }) {
  const found = findElectronBinary(electronDir, fs);
  if (found.present) return found;
  if (!fs.existsSync(path.join(electronDir, 'install.js'))) return found;
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return { present: false, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not fetched' };
  }
  const { code, output } = await run(process.execPath, [path.join(electronDir, 'install.js')], INSTALL_TIMEOUT_MS);
  const after = findElectronBinary(electronDir, fs);
  if (after.present) return after;
  return { present: false, reason: code === null ? 'the download timed out' : summarizeInstallFailure(output, code) };
}

/** Why no desktop window could be shown here, or null when one can. */
export function displayProblem(platform, env) {
  if (platform !== 'linux') return null;
  return env.DISPLAY || env.WAYLAND_DISPLAY ? null : 'there is no graphical display (DISPLAY and WAYLAND_DISPLAY are not set)';
}

/** Electron when it can run here; otherwise the browser edition, with the reason to print. */
export function decideLaunch({ binary, platform, env }) {
  if (!binary.present) {
    return {
      mode: 'browser',
      reason: `Electron's binary could not be downloaded (${binary.reason}); opening the browser edition instead.`,
    };
  }
  const problem = displayProblem(platform, env);
  if (problem) return { mode: 'browser', reason: `Electron cannot open a window because ${problem}; opening the browser edition instead.` };
  return { mode: 'electron', binary: binary.binary };
}

/**
 * The command that opens `url` in the user's browser, or null (then the URL is printed).
 * `hasCommand(name)` says whether a program is on the PATH.
 */
export function browserOpenCommand(platform, url, env, hasCommand) {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  if (displayProblem(platform, env) === null && hasCommand('xdg-open')) return { command: 'xdg-open', args: [url] };
  return null;
}

function commandOnPath(name) {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return dirs.some((dir) => existsSync(path.join(dir, name)));
}

/** Runs a process, collecting its output; resolves with code null when it had to be killed. */
function runCollecting(command, args, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk) => {
      output += chunk;
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill(), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: 1, output: `${output}\n${error.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: signal ? null : code, output });
    });
  });
}

async function buildAll() {
  const { build } = await import('vite');
  const { buildElectron } = await import('./build-electron.mjs');
  console.log('Building the renderer (vite build)...');
  await build({ configFile: path.join(repoRoot, 'vite.config.ts'), logLevel: 'warn' });
  console.log('Building the Electron main process and preload...');
  await buildElectron({ root: repoRoot });
}

function launchElectron(binary) {
  const env = { ...process.env };
  // Set by some tools; it would make the binary behave as plain Node instead of the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [repoRoot], { stdio: 'inherit', env });
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

async function launchBrowserEdition() {
  const { preview } = await import('vite');
  const server = await preview({ configFile: path.join(repoRoot, 'vite.config.ts'), logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  console.log(`\nVectorLift (browser edition) is being served at ${url}`);
  const opener = browserOpenCommand(process.platform, url, process.env, commandOnPath);
  if (opener) {
    const child = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true });
    child.on('error', () => console.log(`Could not start ${opener.command}; open ${url} in your browser.`));
    child.unref();
  } else {
    console.log(`No browser can be opened from here; open ${url} yourself.`);
  }
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    server.httpServer.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main() {
  process.chdir(repoRoot);
  await buildAll();
  const binary = await ensureElectronBinary({
    electronDir: path.join(repoRoot, 'node_modules', 'electron'),
    env: process.env,
    run: runCollecting,
    fs: { existsSync, readFileSync },
  });
  const decision = decideLaunch({ binary, platform: process.platform, env: process.env });
  if (decision.mode === 'electron') {
    console.log('Starting VectorLift...');
    launchElectron(decision.binary);
  } else {
    console.log(`\n${decision.reason}`);
    await launchBrowserEdition();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
