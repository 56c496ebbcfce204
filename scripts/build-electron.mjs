#!/usr/bin/env node
/**
 * Bundles the Electron main process and preload with esbuild:
 *   electron/main.ts    -> dist-electron/main.cjs    (with electron-store, which is ESM-only)
 *   electron/preload.ts -> dist-electron/preload.cjs (a sandboxed preload must be CommonJS and
 *                                                     may require only 'electron')
 * `npm run build:electron` runs this; scripts/start.mjs and scripts/security-scan.mjs import it.
 */
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Electron 45 runs Node 22, which supports all of ES2022, but the bundles are lowered to ES2021:
 * class private fields (#x, used by electron-store's dependencies) become WeakMaps, because the
 * security scanner's AST walker (electronegativity -> esquery) cannot read them and would skip
 * the whole main bundle. Scanning exactly the code that ships is worth the tiny cost.
 */
const TARGET = ['es2021', 'node22'];

export async function buildElectron({ root = repoRoot, quiet = false } = {}) {
  const started = Date.now();
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const outdir = path.join(root, 'dist-electron');
  await rm(outdir, { recursive: true, force: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: TARGET,
    external: ['electron'],
    logLevel: quiet ? 'error' : 'warning',
    absWorkingDir: root,
    legalComments: 'none',
  };
  await Promise.all([
    build({ ...common, entryPoints: ['electron/main.ts'], outfile: path.join(outdir, 'main.cjs') }),
    build({
      ...common,
      entryPoints: ['electron/preload.ts'],
      outfile: path.join(outdir, 'preload.cjs'),
      define: { __VECTORLIFT_VERSION__: JSON.stringify(pkg.version) },
    }),
  ]);
  if (!quiet) console.log(`Built dist-electron/main.cjs and preload.cjs in ${Date.now() - started} ms`);
  return { main: path.join(outdir, 'main.cjs'), preload: path.join(outdir, 'preload.cjs') };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  buildElectron().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
