import { readFileSync } from 'node:fs';
import { CANONICAL_ATLAS } from '../shared/atlas';
import { setTissueModelSource, type TissueModelData } from '../shared/simulation/model';
import { installPath } from './install-root';
import { unpackData } from './packed-data';

/**
 * The bundle's build (scripts/cli-bundle/build.mjs) writes the canonical atlas's tissue model next
 * to the bundle (cli/packed-data.ts, of shared/simulation/model.ts TissueModelData) and defines this
 * name as its file name. Run from the sources the name is not defined and the model is built as
 * usual (see precomputed-surface.ts: the bundle and its data are always built together).
 */
declare const VECTORLIFT_TISSUE_MODEL_FILE: string | undefined;

/** Lets the canonical atlas's tissue model come from the bundle's file, read on first use. */
export function installPrecomputedTissueModel(): void {
  if (typeof VECTORLIFT_TISSUE_MODEL_FILE !== 'string') return;
  const file = installPath('dist-cli', VECTORLIFT_TISSUE_MODEL_FILE);
  setTissueModelSource((atlas) => {
    if (atlas !== CANONICAL_ATLAS) return null;
    try {
      return unpackData(readFileSync(file)) as TissueModelData;
    } catch {
      // Missing or unreadable: build the model instead (slower, same answers).
      return null;
    }
  });
}
