/**
 * Bundled and run once by build.mjs: the canonical atlas's outline raster indexes
 * (shared/analysis/atlas-lookup.ts), shipped in dist-cli/ (read by cli/precomputed-rasters.ts),
 * so `vectorlift` never rasterizes the atlas's outlines at run time.
 */
import { CANONICAL_ATLAS } from '../../shared/atlas';
import { atlasRasterIndexes, type RasterKind } from '../../shared/analysis/atlas-lookup';
import type { OutlineRasterIndex } from '../../shared/analysis/atlas-raster';

export const canonicalRasterIndexes = (): Record<RasterKind, OutlineRasterIndex> => atlasRasterIndexes(CANONICAL_ATLAS);

/** The format the file is written in (cli/packed-data.ts), with the same sources as the data. */
export { packData } from '../../cli/packed-data';
