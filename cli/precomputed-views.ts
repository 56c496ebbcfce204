import { readFileSync } from 'node:fs';
import { setSilhouetteSource } from '../shared/scene/view-outline';
import { outlineFromData, type ViewOutlineData } from '../shared/scene/view-outline-data';
import { CANONICAL_SURFACE } from '../shared/surface/canonical';
import { installPath } from './install-root';
import { unpackData } from './packed-data';

/**
 * The bundle's build (scripts/cli-bundle/build.mjs) writes the canonical surface's silhouettes
 * next to the bundle (cli/packed-data.ts, of shared/scene/view-outline-data.ts ViewOutlineData) and
 * defines this name as its file name. Run from the sources the name is not defined and the
 * silhouettes are traced as usual (see precomputed-surface.ts: the bundle and its data are always
 * built together).
 */
declare const VECTORLIFT_VIEW_OUTLINES_FILE: string | undefined;

/** Lets the canonical surface's view silhouettes come from the bundle's file, read on first use. */
export function installPrecomputedViewOutlines(): void {
  if (typeof VECTORLIFT_VIEW_OUTLINES_FILE !== 'string') return;
  const file = installPath('dist-cli', VECTORLIFT_VIEW_OUTLINES_FILE);
  let data: ViewOutlineData | null | undefined;
  setSilhouetteSource((surface, viewId) => {
    if (surface !== CANONICAL_SURFACE) return null;
    if (data === undefined) {
      try {
        data = unpackData(readFileSync(file)) as ViewOutlineData;
      } catch {
        // Missing or unreadable: trace the silhouettes instead (slower, same answers).
        data = null;
      }
    }
    return data !== null && data.surfaceId === surface.id ? outlineFromData(data, viewId) : null;
  });
}
