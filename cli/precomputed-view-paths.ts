import { readFileSync } from 'node:fs';
import { CANONICAL_ATLAS } from '../shared/atlas';
import { setSeenPathSource } from '../shared/scene/view-projection';
import { viewPathLookup, type ViewPathData, type ViewPathLookup } from '../shared/scene/view-path-data';
import { installPath } from './install-root';
import { unpackData } from './packed-data';

/**
 * The bundle's build (scripts/cli-bundle/build.mjs) writes the canonical atlas's static paths
 * seen in every turned view next to the bundle (cli/packed-data.ts, of
 * shared/scene/view-path-data.ts ViewPathData) and defines this name as its file name. Run from
 * the sources the name is not defined and the paths are projected as usual (see
 * precomputed-surface.ts: the bundle and its data are always built together).
 */
declare const VECTORLIFT_VIEW_PATHS_FILE: string | undefined;

/**
 * Lets the canonical atlas's face drawing and overlays come projected from the bundle's file,
 * read on first use. Installed by `export` only (the one command that draws the turned views),
 * so `analyze` never loads the scene code the lookup needs.
 */
export function installPrecomputedViewPaths(): void {
  if (typeof VECTORLIFT_VIEW_PATHS_FILE !== 'string') return;
  const file = installPath('dist-cli', VECTORLIFT_VIEW_PATHS_FILE);
  let lookup: ViewPathLookup | null | undefined;
  setSeenPathSource((atlas, viewId, item) => {
    if (atlas !== CANONICAL_ATLAS) return null;
    if (lookup === undefined) {
      try {
        lookup = viewPathLookup(unpackData(readFileSync(file)) as ViewPathData, atlas);
      } catch {
        // Missing or unreadable: project the paths instead (slower, same answers).
        lookup = null;
      }
    }
    return lookup === null ? null : lookup(item, viewId);
  });
}
