/**
 * Bundled and run once by build.mjs: the canonical atlas's static paths (face drawing, overlays)
 * seen in every turned view (shared/scene/view-path-data.ts), shipped in dist-cli/ (read by
 * cli/precomputed-view-paths.ts), so `vectorlift export` never projects them at run time.
 */
import { CANONICAL_ATLAS } from '../../shared/atlas';
import { viewPathData, type ViewPathData } from '../../shared/scene/view-path-data';

export const canonicalViewPaths = (): ViewPathData => viewPathData(CANONICAL_ATLAS);

/** The format the file is written in (cli/packed-data.ts), with the same sources as the data. */
export { packData } from '../../cli/packed-data';
