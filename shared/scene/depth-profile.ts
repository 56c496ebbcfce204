import { indexAtlas, tissueAt } from '../atlas/queries';
import { anchorLayerAt, deepLimitMm, shallowLimitMm } from '../analysis/depth-window';
import type { Atlas, TissueLayers } from '../atlas/types';
import type { IntendedLayer, ThreadType } from '../catalogue/types';
import type { FacePoint } from '../geometry/types';
import type { Thread } from '../plan/types';
import { SkinPath, surfaceOf } from '../surface';

/**
 * A cross-section along a thread's path: skin, fat and SMAS thickness from the atlas at each
 * sample, and the thread's depth there. Distances along the path are on the skin (the atlas's
 * surface, shared/surface), as the analysis measures them, so the profile and the findings give
 * the same millimetres. Pure data, drawn by the depth-profile panel (and
 * available to the PDF).
 *
 * `tooShallow` and `tooDeep` mark samples outside the thread type's depth window, with the very
 * limits the superficial-path and deep-path rules use (shared/analysis/depth-window.ts: the
 * margin below the skin, patient factors through `adjustMm`, the bottom of the plane plus its
 * tolerance, and the anchor bite inside a fixation zone). So the hatched stretches are the ones
 * the findings name; only the sampling differs (1 mm here, 2 mm in the analysis).
 */

export interface DepthSample {
  /** Distance along the path from the entry point, on the skin, millimetres. */
  readonly s: number;
  readonly point: FacePoint;
  readonly tissue: TissueLayers;
  /** Thread depth below the skin surface here, millimetres. */
  readonly depthMm: number;
  /** The shallowest depth the thread type may lie at here (the superficial-path rule's limit), millimetres. */
  readonly layerTopMm: number;
  /** The deepest it may lie at here (the deep-path rule's limit; Infinity in a deep anchor zone), millimetres. */
  readonly layerBottomMm: number;
  readonly tooShallow: boolean;
  readonly tooDeep: boolean;
}

export interface DepthProfile {
  readonly lengthMm: number;
  readonly layer: IntendedLayer;
  readonly samples: readonly DepthSample[];
  /** Contiguous too-shallow stretches, [from, to] in millimetres along the path. */
  readonly shallowRuns: readonly (readonly [number, number])[];
  /** Contiguous too-deep stretches, [from, to] in millimetres along the path. */
  readonly deepRuns: readonly (readonly [number, number])[];
}

/** Sample spacing, millimetres: fine enough to show a 2 mm shallow dip (design choice). */
export const DEPTH_PROFILE_STEP_MM = 1;

/** Depth at distance s along the path, linear between the per-point depths (cum: distance of each path point). */
export function depthAlong(thread: Thread, cum: readonly number[], s: number): number {
  const at = (i: number) => thread.pointDepthsMm[i] ?? thread.depthMm;
  const n = thread.path.length;
  if (n === 0) return thread.depthMm;
  if (s <= 0) return at(0);
  for (let i = 1; i < n; i++) {
    if (s <= cum[i]!) {
      const span = cum[i]! - cum[i - 1]!;
      const k = span === 0 ? 0 : (s - cum[i - 1]!) / span;
      return at(i - 1) + (at(i) - at(i - 1)) * k;
    }
  }
  return at(n - 1);
}

const EPS = 1e-9;

/** Runs of consecutive flagged samples as [from, to] along the path (half-way to the neighbours). */
function runsOf(samples: readonly DepthSample[], flag: (s: DepthSample) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < samples.length; i++) {
    if (!flag(samples[i]!)) continue;
    const from = i > 0 ? (samples[i - 1]!.s + samples[i]!.s) / 2 : samples[i]!.s;
    let j = i;
    while (j + 1 < samples.length && flag(samples[j + 1]!)) j++;
    const to = j + 1 < samples.length ? (samples[j]!.s + samples[j + 1]!.s) / 2 : samples[j]!.s;
    runs.push([from, to]);
    i = j;
  }
  return runs;
}

/**
 * `adjustMm`: the patient factors' change to the minimum depth (the superficial-path rule's
 * adjustment for the plan's skin thickness and age), 0 for none.
 */
export function depthProfile(thread: Thread, atlas: Atlas, type: ThreadType | null, adjustMm = 0): DepthProfile {
  const layer: IntendedLayer = type?.layer ?? 'subcutaneous';
  // Lifting (barbed) threads may bite down to the layer of a fixation zone of their side.
  const smooth = type !== null && (type.configuration === 'mono' || type.configuration === 'screw');
  const lifting = !smooth && thread.barbed !== null && (type === null || type.purpose === 'lifting');
  const zones = lifting ? atlas.fixationZones.filter((z) => z.side === thread.side) : [];
  const index = indexAtlas(atlas);
  const skin = SkinPath.of(surfaceOf(atlas), thread.path);
  const cum = thread.path.map((_, i) => skin.vertexDistance(i));
  const lengthMm = skin.length;
  const steps = Math.max(1, Math.ceil(lengthMm / DEPTH_PROFILE_STEP_MM));
  const samples: DepthSample[] = thread.path.length < 2
    ? []
    : Array.from({ length: steps + 1 }, (_, i) => (lengthMm * i) / steps).map((s) => {
        const point = skin.pointAt(s);
        const tissue = tissueAt(index, point);
        const depthMm = depthAlong(thread, cum, s);
        const top = shallowLimitMm(layer, tissue, adjustMm);
        let bottom = deepLimitMm(layer, tissue, null);
        if (depthMm - bottom > EPS && zones.length > 0) bottom = deepLimitMm(layer, tissue, anchorLayerAt(zones, point));
        return {
          s, point, tissue, depthMm, layerTopMm: top, layerBottomMm: bottom,
          tooShallow: top - depthMm > EPS, tooDeep: depthMm - bottom > EPS,
        };
      });
  return { lengthMm, layer, samples, shallowRuns: runsOf(samples, (s) => s.tooShallow), deepRuns: runsOf(samples, (s) => s.tooDeep) };
}
