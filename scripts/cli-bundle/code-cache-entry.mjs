/**
 * Writes one code cache of the bundle (load-bundle.mjs): runs `vectorlift ARGS...` once from
 * dist-cli/main.cjs compiled without a cache, in a folder of its own, then saves the code V8
 * compiled for that run, on stdout, after the header naming the main.cjs it was made from. The build starts it once per command in a fresh process, so
 * each cache holds only what its own command compiled.
 *
 *   node code-cache-entry.mjs ROOT CWD ARGS...
 */
import { codeCacheHeader, compileCliBundle } from './load-bundle.mjs';

const [root, cwd, ...args] = process.argv.slice(2);
const { exports, script, stat } = compileCliBundle({ root, cacheName: null });
const quiet = { out: () => undefined, err: () => undefined, cwd };
const code = await exports.main(args, quiet);
// analyze exits 1 when the plan has a critical finding: a result, not a failure.
if (code !== 0 && code !== 1) throw new Error(`vectorlift ${args.join(' ')} exited ${code} while writing its code cache`);
process.stdout.write(Buffer.concat([codeCacheHeader(stat), script.createCachedData()]));
