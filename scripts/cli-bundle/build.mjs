#!/usr/bin/env node
/**
 * Builds the `vectorlift` command line into dist-cli/ with esbuild, so nothing is transpiled
 * when it runs. npm runs this on install (the root package's `prepare` script);
 * `npm run build:cli` runs it by hand; bin/vectorlift.mjs runs it when a source has changed
 * since the last build (freshness.mjs), so an out-of-date bundle is never used.
 *
 *   dist-cli/main.mjs          cli/main.ts: argument handling and the command table
 *   dist-cli/<name>-<hash>.mjs one chunk per command and per shared piece, loaded on demand:
 *                              pdf-lib and fontkit load only for `export`
 *   dist-cli/canonical-surface.bin  the canonical face surface's height grid, built here once
 *                              (shared/surface/grid-file.ts), so no command fits the face at run
 *                              time (cli/precomputed-surface.ts)
 *   dist-cli/tissue-model.bin  the canonical atlas's tissue model (mesh, stiffness...), built here
 *                              once (shared/simulation/model.ts TissueModelData, cli/packed-data.ts),
 *                              so no command builds it at run time (cli/precomputed-tissue.ts)
 *   dist-cli/view-outlines.bin the canonical surface's silhouette in every view, traced here once
 *                              (shared/scene/view-outline-data.ts, cli/packed-data.ts), so export
 *                              never traces them at run time (cli/precomputed-views.ts)
 *   dist-cli/view-paths.bin    the canonical atlas's face drawing and overlay paths seen in every
 *                              turned view, projected here once (shared/scene/view-path-data.ts,
 *                              cli/packed-data.ts), so export never projects them at run time
 *                              (cli/precomputed-view-paths.ts)
 *   dist-cli/atlas-rasters.bin the canonical atlas's outline raster indexes, built here once
 *                              (shared/analysis/atlas-lookup.ts, cli/packed-data.ts), so no command
 *                              rasterizes the outlines at run time (cli/precomputed-rasters.ts)
 *   dist-cli/inputs.json       every source file the bundle was built from, with its size and
 *                              modification time (freshness.mjs compares them)
 *
 * Every output sits directly in dist-cli/, one folder below the root, like the sources in cli/:
 * cli/install-root.ts relies on that to find package.json and assets/.
 */
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { patchFontkit } from './fontkit-patches.mjs';
import { patchStandardFontEncodings } from './standard-fonts-patches.mjs';
import { CLI_ENTRY, CLI_MANIFEST, CLI_OUT_DIR } from './freshness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

/**
 * Files that change the bundle without being one of its inputs: the build itself and npm's
 * record of what is installed (rewritten by every npm install or npm ci).
 */
const EXTRA_INPUTS = ['scripts/cli-bundle/build.mjs', 'scripts/cli-bundle/fontkit-patches.mjs', 'scripts/cli-bundle/standard-fonts-patches.mjs', 'scripts/cli-bundle/surface-grid-entry.ts', 'scripts/cli-bundle/tissue-model-entry.ts', 'scripts/cli-bundle/view-outlines-entry.ts', 'scripts/cli-bundle/view-paths-entry.ts', 'scripts/cli-bundle/atlas-rasters-entry.ts', 'package.json', 'node_modules/.package-lock.json'];

/** esbuild plugin: the CLI-only replacements explained in pako-node-zlib.mjs, fontkit-patches.mjs and standard-fonts-patches.mjs. */
const nodeNativePlugin = {
  name: 'vectorlift-cli-node-native',
  setup(b) {
    b.onResolve({ filter: /^pako$/ }, () => ({ path: path.join(here, 'pako-node-zlib.mjs') }));
    b.onLoad({ filter: /[\\/]@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.es\.js$/ }, async (args) => ({
      contents: patchFontkit(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
    b.onLoad({ filter: /[\\/]@pdf-lib[\\/]standard-fonts[\\/]es[\\/]Encoding\.js$/ }, async (args) => ({
      contents: patchStandardFontEncodings(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};

/** Writes a file whole or not at all, so a CLI started during a build never reads half of one. */
async function writeAtomically(file, contents) {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, contents);
  await rename(temp, file);
}

function fileStamp(root, relative) {
  try {
    const s = statSync(path.join(root, relative));
    return [relative, s.mtimeMs, s.size];
  } catch {
    return [relative, -1, -1];
  }
}

/** The file the bundle reads the canonical surface's grid from (cli/precomputed-surface.ts). */
const SURFACE_GRID_FILE = 'canonical-surface.bin';

/** The file the bundle reads the canonical tissue model from (cli/precomputed-tissue.ts). */
const TISSUE_MODEL_FILE = 'tissue-model.bin';

/** The file the bundle reads the canonical surface's view silhouettes from (cli/precomputed-views.ts). */
const VIEW_OUTLINES_FILE = 'view-outlines.bin';

/** The file the bundle reads the canonical atlas's projected static paths from (cli/precomputed-view-paths.ts). */
const VIEW_PATHS_FILE = 'view-paths.bin';

/** The file the bundle reads the canonical atlas's raster indexes from (cli/precomputed-rasters.ts). */
const ATLAS_RASTERS_FILE = 'atlas-rasters.bin';

/**
 * Runs one of the data entries (surface-grid-entry.ts, tissue-model-entry.ts, view-outlines-entry.ts,
 * view-paths-entry.ts, atlas-rasters-entry.ts) with the same
 * sources as the bundle: bundles it in memory, imports it, and returns its exports and the
 * sources it read.
 */
async function runEntry(root, entry) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [path.relative(root, path.join(here, entry))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  const exports = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return { exports, sources: Object.keys(result.metafile.inputs) };
}

/** The canonical surface's grid as bytes (shared/surface/grid-file.ts). */
async function surfaceGrid(root) {
  const { exports, sources } = await runEntry(root, 'surface-grid-entry.ts');
  return { bytes: exports.canonicalGridBytes(), sources };
}

/** The canonical atlas's tissue model data, packed (cli/packed-data.ts). */
async function tissueModel(root) {
  const { exports, sources } = await runEntry(root, 'tissue-model-entry.ts');
  return { bytes: exports.packData(exports.canonicalTissueModel()), sources };
}

/** The canonical surface's silhouettes in every view, packed (cli/packed-data.ts). */
async function viewOutlines(root) {
  const { exports, sources } = await runEntry(root, 'view-outlines-entry.ts');
  return { bytes: exports.packData(exports.canonicalViewOutlines()), sources };
}

/** The canonical atlas's static paths seen in every turned view, packed (cli/packed-data.ts). */
async function viewPaths(root) {
  const { exports, sources } = await runEntry(root, 'view-paths-entry.ts');
  return { bytes: exports.packData(exports.canonicalViewPaths()), sources };
}

/** The canonical atlas's outline raster indexes, packed (cli/packed-data.ts). */
async function atlasRasters(root) {
  const { exports, sources } = await runEntry(root, 'atlas-rasters-entry.ts');
  return { bytes: exports.packData(exports.canonicalRasterIndexes()), sources };
}

export async function buildCli({ root = repoRoot, quiet = false } = {}) {
  const started = Date.now();
  const outdir = path.join(root, CLI_OUT_DIR);
  const grid = await surfaceGrid(root);
  const tissue = await tissueModel(root);
  const outlines = await viewOutlines(root);
  const paths = await viewPaths(root);
  const rasters = await atlasRasters(root);
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'cli/main.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    // Node 20 runs the CLI here; Electron 45's Node 22 and later run it too.
    target: 'node20',
    // The ES builds of pdf-lib and fontkit, which esbuild can split and shake.
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: quiet ? 'error' : 'warning',
    plugins: [nodeNativePlugin],
    define: {
      VECTORLIFT_SURFACE_GRID_FILE: JSON.stringify(SURFACE_GRID_FILE),
      VECTORLIFT_TISSUE_MODEL_FILE: JSON.stringify(TISSUE_MODEL_FILE),
      VECTORLIFT_VIEW_OUTLINES_FILE: JSON.stringify(VIEW_OUTLINES_FILE),
      VECTORLIFT_VIEW_PATHS_FILE: JSON.stringify(VIEW_PATHS_FILE),
      VECTORLIFT_ATLAS_RASTERS_FILE: JSON.stringify(ATLAS_RASTERS_FILE),
    },
  });

  for (const file of result.outputFiles) {
    if (path.dirname(file.path) !== outdir) throw new Error(`CLI bundle: ${file.path} is not directly in ${CLI_OUT_DIR}/ (cli/install-root.ts needs every chunk there)`);
  }
  await mkdir(outdir, { recursive: true });
  // Chunks first, the entry after them and the manifest last: a CLI started meanwhile sees the
  // old entry with its old chunks, or the new entry with its new ones.
  const entryPath = path.join(outdir, CLI_ENTRY);
  await writeAtomically(path.join(outdir, SURFACE_GRID_FILE), grid.bytes);
  await writeAtomically(path.join(outdir, TISSUE_MODEL_FILE), tissue.bytes);
  await writeAtomically(path.join(outdir, VIEW_OUTLINES_FILE), outlines.bytes);
  await writeAtomically(path.join(outdir, VIEW_PATHS_FILE), paths.bytes);
  await writeAtomically(path.join(outdir, ATLAS_RASTERS_FILE), rasters.bytes);
  const ordered = [...result.outputFiles].sort((a, b) => Number(a.path.startsWith(entryPath)) - Number(b.path.startsWith(entryPath)));
  for (const file of ordered) await writeAtomically(file.path, file.contents);

  const written = new Set([...result.outputFiles.map((f) => path.basename(f.path)), SURFACE_GRID_FILE, TISSUE_MODEL_FILE, VIEW_OUTLINES_FILE, VIEW_PATHS_FILE, ATLAS_RASTERS_FILE]);
  for (const name of await readdir(outdir)) {
    if (!written.has(name) && name !== CLI_MANIFEST && !name.endsWith('.tmp')) await rm(path.join(outdir, name), { force: true });
  }

  const sources = [...new Set([...Object.keys(result.metafile.inputs), ...grid.sources, ...tissue.sources, ...outlines.sources, ...paths.sources, ...rasters.sources])].filter((p) => !p.startsWith('node_modules/') && !p.includes(':'));
  const inputs = [...new Set([...sources, ...EXTRA_INPUTS])].sort().map((p) => fileStamp(root, p));
  // A file saved while esbuild was reading it may be in the bundle in its old form: record it
  // as unknown so the next run rebuilds.
  const manifest = { inputs: inputs.map(([p, mtimeMs, size]) => (mtimeMs >= started - 1 ? [p, -1, -1] : [p, mtimeMs, size])) };
  const lines = manifest.inputs.map((entry) => `  ${JSON.stringify(entry)}`);
  await writeAtomically(path.join(outdir, CLI_MANIFEST), `{ "inputs": [\n${lines.join(',\n')}\n] }\n`);

  if (!quiet) {
    const kb = (name) => Math.round(result.outputFiles.find((f) => path.basename(f.path) === name).contents.length / 1024);
    console.log(`Built ${CLI_OUT_DIR}/${CLI_ENTRY} (${kb(CLI_ENTRY)} KB, ${written.size} files from ${sources.length} sources) in ${Date.now() - started} ms`);
  }
  return { entry: entryPath, metafile: result.metafile };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  buildCli().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
