/**
 * Bundled and run once by build.mjs: the canonical surface's silhouette in every view
 * (shared/scene/view-outline-data.ts), shipped in dist-cli/ (read by cli/precomputed-views.ts),
 * so `vectorlift export` never traces them at run time.
 */
import { CANONICAL_SURFACE } from '../../shared/surface/canonical';
import { viewOutlineData, type ViewOutlineData } from '../../shared/scene/view-outline-data';

export const canonicalViewOutlines = (): ViewOutlineData => viewOutlineData(CANONICAL_SURFACE);

/** The format the file is written in (cli/packed-data.ts), with the same sources as the data. */
export { packData } from '../../cli/packed-data';
