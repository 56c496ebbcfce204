/**
 * Bundled and run once by build.mjs: the canonical surface's grid as bytes, shipped in dist-cli/
 * (cli/precomputed-surface.ts reads it), so `vectorlift` never fits the face at run time.
 */
import { buildCanonicalGrid } from '../../shared/surface/build';
import { encodeHeightGrid } from '../../shared/surface/grid-file';

export const canonicalGridBytes = (): Uint8Array => encodeHeightGrid(buildCanonicalGrid().grid);
