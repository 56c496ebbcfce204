/**
 * Is dist-cli/ built from the sources as they are now? bin/vectorlift.mjs asks on every run and
 * rebuilds first when the answer is no, so an out-of-date bundle is never used: a source edited
 * after `npm install`, a `git pull`, a `git checkout` of another branch.
 *
 * The check compares the size and modification time of every input recorded in
 * dist-cli/inputs.json (about 430 files: a few milliseconds). Any difference, a missing file or
 * a missing manifest means stale; a touched but unchanged file costs one rebuild, never a stale
 * run. Kept free of esbuild: the build module is imported only when a rebuild is needed.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI_OUT_DIR = 'dist-cli';
export const CLI_ENTRY = 'main.mjs';
export const CLI_MANIFEST = 'inputs.json';

/**
 * @param {string} root
 * @param {(file: string) => { mtimeMs: number; size: number } | null} stat
 * @returns {{ fresh: true } | { fresh: false; reason: string }}
 */
export function cliBundleStatus(root = repoRoot, stat = statOrNull) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(root, CLI_OUT_DIR, CLI_MANIFEST), 'utf8'));
  } catch {
    return { fresh: false, reason: 'it has not been built' };
  }
  if (stat(path.join(root, CLI_OUT_DIR, CLI_ENTRY)) === null) return { fresh: false, reason: 'it has not been built' };
  if (!Array.isArray(manifest?.inputs) || manifest.inputs.length === 0) return { fresh: false, reason: `${CLI_OUT_DIR}/${CLI_MANIFEST} is unreadable` };
  // The root and the manifest's relative paths joined as text: path.join normalises each of the
  // 400-odd paths, about 10 ms of every cold run on the 2-core machine, for paths the build wrote
  // already normal.
  const base = root.endsWith(path.sep) ? root : root + path.sep;
  for (const [file, mtimeMs, size] of manifest.inputs) {
    const now = stat(base + file);
    if (now === null) return { fresh: false, reason: `${file} is gone` };
    if (now.mtimeMs !== mtimeMs || now.size !== size) return { fresh: false, reason: `${file} changed` };
  }
  return { fresh: true };
}

function statOrNull(file) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/**
 * The URL of dist-cli/main.mjs, rebuilt first if it is out of date (one line on stderr says so).
 * @param {{ root?: string; err?: (line: string) => void }} [options]
 */
export async function ensureCliBundle({ root = repoRoot, err = (line) => process.stderr.write(line) } = {}) {
  const status = cliBundleStatus(root);
  if (!status.fresh) {
    err(`vectorlift: building the command line first (${status.reason})\n`);
    let buildCli;
    try {
      ({ buildCli } = await import('./build.mjs'));
    } catch (e) {
      throw new Error(`the command line is out of date (${status.reason}) and cannot be rebuilt: ${e instanceof Error ? e.message : String(e)}. Run npm install.`, { cause: e });
    }
    await buildCli({ root, quiet: true });
  }
  return pathToFileURL(path.join(root, CLI_OUT_DIR, CLI_ENTRY)).href;
}
