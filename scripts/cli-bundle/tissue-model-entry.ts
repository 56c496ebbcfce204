/**
 * Bundled and run once by build.mjs: the canonical atlas's tissue model as the simulator builds
 * it by default (shared/simulation/model.ts TissueModelData), shipped in dist-cli/ (read by
 * cli/precomputed-tissue.ts), so `vectorlift` never builds the mesh and its stiffness at run time.
 */
import { CANONICAL_ATLAS } from '../../shared/atlas';
import { tissueModelData, type TissueModelData } from '../../shared/simulation/model';

export const canonicalTissueModel = (): TissueModelData => tissueModelData(CANONICAL_ATLAS);

/** The format the file is written in (cli/packed-data.ts), with the same sources as the data. */
export { packData } from '../../cli/packed-data';
