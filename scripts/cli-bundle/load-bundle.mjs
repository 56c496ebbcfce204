/**
 * Runs the bundle (dist-cli/main.cjs) with the V8 code cache the build wrote for the command
 * being run, so a cold `vectorlift` neither parses nor compiles the code it runs.
 *
 * Node 20 has no compile cache for modules (module.enableCompileCache came in Node 22.1), so
 * the bundle is one CommonJS file compiled here through vm.Script, which takes V8's cached data:
 * the build runs each command once in a child process (code-cache-entry.mjs) and saves the code
 * V8 compiled for it (script.createCachedData() after the run, so the functions compiled lazily
 * during the run are in it too). One cache per command: `analyze` never loads the PDF code's.
 *
 * A cache V8 refuses (another Node or V8 version, other V8 flags) is ignored and the bundle
 * compiles as usual: the same code runs either way, only slower. V8 checks a cache against the
 * source's length only, so each cache starts with the modification time and size of the
 * main.cjs it was made from (codeCacheHeader), and one made from another main.cjs (a rebuild
 * since, or one under way) is not used at all.
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { CLI_ENTRY, CLI_OUT_DIR } from './freshness.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The cache for everything that is not a command (no arguments, --help, --version, a typo). */
export const NO_COMMAND_CACHE = 'usage';

/** The file the code cache of `name` (a command, or NO_COMMAND_CACHE) is kept in, in dist-cli/. */
export const codeCacheFile = (name) => `code-cache-${name}.bin`;

/** Bytes before V8's data in a cache file: main.cjs's mtimeMs and size, as float64s. */
const HEADER_BYTES = 16;

/** The header of a cache made from the main.cjs whose stat is `stat`. */
export function codeCacheHeader(stat) {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeDoubleLE(stat.mtimeMs, 0);
  header.writeDoubleLE(stat.size, 8);
  return header;
}

/** V8's data in the cache file `name`, when the file was made from the bundle with `stat`. */
function cachedDataFor(root, name, stat) {
  const bytes = readOrNull(path.join(root, CLI_OUT_DIR, codeCacheFile(name)));
  if (bytes === null || bytes.length <= HEADER_BYTES || !bytes.subarray(0, HEADER_BYTES).equals(codeCacheHeader(stat))) return null;
  return bytes.subarray(HEADER_BYTES);
}

function readOrNull(file) {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

/**
 * Compiles and runs dist-cli/main.cjs with the code cache `cacheName` (none when null) and
 * returns its exports and the compiled script (the build asks it for the cache).
 * @param {{ root?: string; cacheName?: string | null }} [options]
 */
export function compileCliBundle({ root = repoRoot, cacheName = null } = {}) {
  const file = path.join(root, CLI_OUT_DIR, CLI_ENTRY);
  // The size and time of the very file read (one descriptor), for the cache's header.
  const fd = openSync(file, 'r');
  let source, stat;
  try {
    stat = fstatSync(fd);
    source = readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
  const cachedData = cacheName === null ? null : cachedDataFor(root, cacheName, stat);
  // The CommonJS wrapper Node's own loader uses, so the bundle sees require, module and __filename.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script, stat, cacheUsed: cachedData !== null && !script.cachedDataRejected };
}

/**
 * The bundle's exports, compiled with the code cache that serves `argv` (process.argv.slice(2)):
 * the command's own when there is one, else the one for no command.
 */
export function loadCliBundle(argv, { root = repoRoot } = {}) {
  const first = argv[0];
  const own = first !== undefined && /^[a-z]+$/.test(first) && existsSync(path.join(root, CLI_OUT_DIR, codeCacheFile(first)));
  return compileCliBundle({ root, cacheName: own ? first : NO_COMMAND_CACHE }).exports;
}
