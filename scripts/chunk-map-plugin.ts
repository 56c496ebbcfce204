/**
 * Vite plugin: writes which source modules each JavaScript chunk of the build holds, as
 * `.vite/chunks.json` beside Vite's own build metadata (never packaged: electron-builder.yml
 * leaves `.vite/` out). The e2e suite reads it from the build it runs against
 * (tests/e2e/startup.spec.ts): the views and data the first screen does not need must stay out of
 * the entry chunk and the chunks it imports, and a stray static import would otherwise pull them
 * back in without any visible change (issue 15's start-up budget).
 */
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/** One chunk: its file, how it loads, the chunks it imports statically and its modules. */
export interface ChunkMapEntry {
  readonly file: string;
  readonly isEntry: boolean;
  readonly isDynamicEntry: boolean;
  readonly imports: readonly string[];
  /** Repository-relative paths with '/' (node_modules/<package>/... for dependencies). */
  readonly modules: readonly string[];
}

export const CHUNK_MAP_FILE = '.vite/chunks.json';

export function chunkMap(repoRoot: string): Plugin {
  return {
    name: 'vectorlift-chunk-map',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: ChunkMapEntry[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks.push({
          file: output.fileName,
          isEntry: output.isEntry,
          isDynamicEntry: output.isDynamicEntry,
          imports: output.imports,
          // Virtual modules (Vite's preload helper, the bundler's runtime) start with a NUL. A
          // dependency is named from its node_modules/ on, also where node_modules is a link to
          // another checkout's (a git worktree's) and its real path lies outside the repository.
          modules: Object.keys(output.modules)
            .filter((id) => !id.startsWith('\0'))
            .map((id) => relative(repoRoot, id).split(sep).join('/').replace(/^(?:\.\.\/)+(?:[^/]+\/)*?node_modules\//, 'node_modules/')),
        });
      }
      this.emitFile({ type: 'asset', fileName: CHUNK_MAP_FILE, source: JSON.stringify(chunks) });
    },
  };
}
