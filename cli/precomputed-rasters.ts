import { readFileSync } from 'node:fs';
import { CANONICAL_ATLAS } from '../shared/atlas';
import { setRasterIndexSource, type RasterKind } from '../shared/analysis/atlas-lookup';
import type { OutlineRasterIndex } from '../shared/analysis/atlas-raster';
import { installPath } from './install-root';
import { unpackData } from './packed-data';

/**
 * The bundle's build (scripts/cli-bundle/build.mjs) writes the canonical atlas's outline raster
 * indexes next to the bundle (cli/packed-data.ts, of shared/analysis/atlas-lookup.ts
 * atlasRasterIndexes) and defines this name as its file name. Run from the sources the name is
 * not defined and the indexes are built as usual (see precomputed-surface.ts: the bundle and its
 * data are always built together).
 */
declare const VECTORLIFT_ATLAS_RASTERS_FILE: string | undefined;

/** Lets the canonical atlas's raster indexes come from the bundle's file, read on first use. */
export function installPrecomputedRasters(): void {
  if (typeof VECTORLIFT_ATLAS_RASTERS_FILE !== 'string') return;
  const file = installPath('dist-cli', VECTORLIFT_ATLAS_RASTERS_FILE);
  let data: Partial<Record<RasterKind, OutlineRasterIndex>> | null | undefined;
  setRasterIndexSource((atlas, kind) => {
    if (atlas !== CANONICAL_ATLAS) return null;
    if (data === undefined) {
      try {
        data = unpackData(readFileSync(file)) as Partial<Record<RasterKind, OutlineRasterIndex>>;
      } catch {
        // Missing or unreadable: build the indexes instead (slower, same answers).
        data = null;
      }
    }
    return data?.[kind] ?? null;
  });
}
