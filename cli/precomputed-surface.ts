import { readFileSync } from 'node:fs';
import { setCanonicalGridSource } from '../shared/surface/canonical';
import { decodeHeightGrid } from '../shared/surface/grid-file';
import { installPath } from './install-root';

/**
 * The bundle's build (scripts/cli-bundle/build.mjs) writes the canonical surface's grid next to
 * the bundle and defines this name as its file name. Run from the sources (Vitest, tsx) the name
 * is not defined and the grid is built as usual: a grid file there could be older than the
 * sources, while the bundle and its grid are always built together from the same sources.
 */
declare const VECTORLIFT_SURFACE_GRID_FILE: string | undefined;

/** Lets the canonical surface come from the bundle's grid file, read on first use. */
export function installPrecomputedSurface(): void {
  if (typeof VECTORLIFT_SURFACE_GRID_FILE !== 'string') return;
  const file = installPath('dist-cli', VECTORLIFT_SURFACE_GRID_FILE);
  setCanonicalGridSource(() => {
    try {
      return decodeHeightGrid(readFileSync(file));
    } catch {
      // Missing or unreadable: build the grid instead (slower, same answers).
      return null;
    }
  });
}
