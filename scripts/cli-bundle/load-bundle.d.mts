// Types for scripts/cli-bundle/load-bundle.mjs (imported by bin/vectorlift.mjs, the build, tests and benches).
import type { Stats } from 'node:fs';
import type { Script } from 'node:vm';
import type { CliIo } from '../../cli/command';
export interface CliBundleExports {
  main(argv: readonly string[], io?: CliIo): Promise<number>;
}
export const NO_COMMAND_CACHE: 'usage';
export function codeCacheFile(name: string): string;
export function codeCacheHeader(stat: { readonly mtimeMs: number; readonly size: number }): Buffer;
export function compileCliBundle(options?: { root?: string; cacheName?: string | null }): { exports: CliBundleExports; script: Script; stat: Stats; cacheUsed: boolean };
export function loadCliBundle(argv: readonly string[], options?: { root?: string }): CliBundleExports;
