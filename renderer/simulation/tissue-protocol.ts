import type { PlanDocument } from '../../shared/plan/types';
import type { TissueBands } from '../../shared/scene/tissue-bands';
import type { SimulationSummary } from '../../shared/simulation/summary';

/** The messages between the editor and the tissue-simulation Worker (tissue.worker.ts). */

export interface TissueRequest {
  readonly id: number;
  readonly plan: PlanDocument;
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
    }
  | { readonly kind: 'error'; readonly id: number; readonly message: string };
