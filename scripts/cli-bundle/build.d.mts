// Types for scripts/cli-bundle/build.mjs (imported by freshness.mjs, tests and benches).
import type { Metafile } from 'esbuild';
export function buildCli(options?: { root?: string; quiet?: boolean }): Promise<{ entry: string; metafile: Metafile }>;
