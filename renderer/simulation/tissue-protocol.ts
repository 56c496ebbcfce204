import type { PlanDocument } from '../../shared/plan/types';
import type { TissueBands } from '../../shared/scene/tissue-bands';
import type { SimulationSummary } from '../../shared/simulation/summary';
import type { ViewId } from '../../shared/surface/types';

/** The messages between the editor and the tissue-simulation Worker (tissue.worker.ts). */

export interface TissueRequest {
  readonly id: number;
  readonly plan: PlanDocument;
  /** The view shown: in a turned view the Worker also builds the map's bands as that view shows them. */
  readonly view?: ViewId;
}

export interface TissueMesh {
  readonly xy: Float64Array;
  readonly triangles: Uint32Array;
  readonly spacingMm: number;
}

export type TissueReply =
  | {
      readonly kind: 'result';
      readonly id: number;
      readonly summary: SimulationSummary;
      readonly gathering: Float32Array;
      readonly displacement: Float32Array;
      /** The mesh, in the first reply only (it never changes). */
      readonly mesh: TissueMesh | null;
      /** The map's colour bands (shared/scene/tissue-bands.ts), built in the Worker from this map. */
      readonly bands: TissueBands;
      /** The bands in the turned view the request named (from the map's mesh seen in it, on the canonical atlas). */
      readonly viewBands: { readonly view: ViewId; readonly bands: TissueBands } | null;
    }
  | { readonly kind: 'error'; readonly id: number; readonly message: string };
