// Types for scripts/cli-bundle/freshness.mjs (imported by bin/vectorlift.mjs, tests and benches).
export const CLI_OUT_DIR: 'dist-cli';
export const CLI_ENTRY: 'main.mjs';
export const CLI_MANIFEST: 'inputs.json';
export interface FileStat {
  readonly mtimeMs: number;
  readonly size: number;
}
export function cliBundleStatus(root?: string, stat?: (file: string) => FileStat | null): { fresh: true } | { fresh: false; reason: string };
export function ensureCliBundle(options?: { root?: string; err?: (line: string) => void }): Promise<string>;
