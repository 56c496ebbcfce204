import { indexAtlas, tissueAt } from '../atlas/queries';
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
 * `tooShallow` marks samples that lie above the top of the layer the thread type is made for
 * (subdermal and subcutaneous: inside the skin; SMAS: above the SMAS). That is the anatomical
 * boundary; the superficial-path rule in shared/analysis adds its safety margins on top, so a
 * finding can appear for a path the profile shows just below the boundary.
 */

export interface DepthSample {
  /** Distance along the path from the entry point, on the skin, millimetres. */
  readonly s: number;
  readonly point: FacePoint;
  readonly tissue: TissueLayers;
  /** Thread depth below the skin surface here, millimetres. */
  readonly depthMm: number;
  /** Depth of the top of the thread type's layer here, millimetres. */
  readonly layerTopMm: number;
  readonly tooShallow: boolean;
}

export interface DepthProfile {
  readonly lengthMm: number;
  readonly layer: IntendedLayer;
  readonly samples: readonly DepthSample[];
  /** Contiguous too-shallow stretches, [from, to] in millimetres along the path. */
  readonly shallowRuns: readonly (readonly [number, number])[];
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

const layerTop = (layer: IntendedLayer, t: TissueLayers): number => (layer === 'smas' ? t.skinMm + t.fatMm : t.skinMm);

export function depthProfile(thread: Thread, atlas: Atlas, type: ThreadType | null): DepthProfile {
  const layer: IntendedLayer = type?.layer ?? 'subcutaneous';
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
        const top = layerTop(layer, tissue);
        return { s, point, tissue, depthMm, layerTopMm: top, tooShallow: depthMm < top };
      });
  const shallowRuns: [number, number][] = [];
  for (let i = 0; i < samples.length; i++) {
    if (!samples[i]!.tooShallow) continue;
    const from = i > 0 ? (samples[i - 1]!.s + samples[i]!.s) / 2 : samples[i]!.s;
    let j = i;
    while (j + 1 < samples.length && samples[j + 1]!.tooShallow) j++;
    const to = j + 1 < samples.length ? (samples[j]!.s + samples[j + 1]!.s) / 2 : samples[j]!.s;
    shallowRuns.push([from, to]);
    i = j;
  }
  return { lengthMm, layer, samples, shallowRuns };
}
