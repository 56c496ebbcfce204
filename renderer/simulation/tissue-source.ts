/**
 * The editor's live tissue map: plans go to the simulation Worker through a latest-wins channel
 * (latest-wins.ts), answers come back as the plan they answer with its summary and map. The
 * editor core only sees the TissueSource interface, so tests run it without a Worker.
 */
import type { PlanDocument } from '../../shared/plan/types';
import type { TissueMap } from '../../shared/simulation/map';
import type { SimulationSummary } from '../../shared/simulation/summary';
import { knowTissueBands } from '../../shared/scene/layers/tissue';
import { CANONICAL_ATLAS } from '../../shared/atlas';
import type { ViewId } from '../../shared/surface/types';
import { LatestWins } from './latest-wins';
import type { TissueMesh, TissueReply, TissueRequest } from './tissue-protocol';

/** One simulated plan: the plan it answers, the figures and what the overlay draws. */
export interface TissueResult {
  readonly plan: PlanDocument;
  readonly summary: SimulationSummary;
  readonly map: TissueMap;
}

export interface TissueSource {
  /** Simulate this plan (superseding any plan not yet started), for a map shown in `view`. */
  request(plan: PlanDocument, view?: ViewId): void;
  /** Called with each answer, in order; returns the unsubscribe function. */
  subscribe(listener: (result: TissueResult) => void): () => void;
}

/** The parts of a Worker the source uses (so a fake can stand in). */
export interface WorkerLike {
  postMessage(message: TissueRequest): void;
  onmessage: ((event: MessageEvent<TissueReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * A TissueSource over a Worker made by `makeWorker` (called on the first request, so the worker
 * and its model are built only once the editor has a plan). If the worker cannot start or fails,
 * the map simply stays absent: the editor works without it.
 */
export function workerTissueSource(makeWorker: () => WorkerLike): TissueSource {
  const listeners = new Set<(result: TissueResult) => void>();
  let worker: WorkerLike | null = null;
  let broken = false;
  let mesh: TissueMesh | null = null;
  const channel = new LatestWins<{ readonly plan: PlanDocument; readonly view?: ViewId }, Extract<TissueReply, { kind: 'result' }>>(
    (id, { plan, view }) => worker!.postMessage({ id, plan, view }),
    (reply, { plan }) => {
      mesh = reply.mesh ?? mesh;
      if (!mesh) return;
      const result: TissueResult = {
        plan,
        summary: reply.summary,
        map: { xy: mesh.xy, triangles: mesh.triangles, spacingMm: mesh.spacingMm, gathering: reply.gathering, displacement: reply.displacement },
      };
      knowTissueBands(result.map, reply.bands);
      // The Worker projects on the canonical atlas (tissue.worker.ts).
      if (reply.viewBands) knowTissueBands(result.map, reply.viewBands.bands, reply.viewBands.view, CANONICAL_ATLAS);
      for (const listener of [...listeners]) listener(result);
    },
  );
  const start = (): boolean => {
    if (worker) return true;
    if (broken) return false;
    try {
      worker = makeWorker();
    } catch (error) {
      broken = true;
      console.warn('tissue simulation unavailable:', error);
      return false;
    }
    worker.onmessage = (event) => {
      const reply = event.data;
      if (reply.kind === 'result') channel.answer(reply.id, reply);
      else {
        console.warn('tissue simulation failed:', reply.message);
        channel.fail(reply.id);
      }
    };
    worker.onerror = (event) => {
      console.warn('tissue simulation worker error:', event.message);
      channel.fail(null);
    };
    return true;
  };
  return {
    request(plan, view) {
      if (start()) channel.request({ plan, view });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
