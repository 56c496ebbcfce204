/// <reference lib="webworker" />
/**
 * The tissue simulation off the main thread: the model is built and factorised here (once per
 * set of pinned nodes, shared/simulation/solver.ts), and each request only assembles the plan's
 * loads and solves. Replies carry the map, and its colour bands built here, as transferable typed
 * arrays.
 */
import { CANONICAL_ATLAS } from '../../shared/atlas';
import { THREAD_CATALOGUE } from '../../shared/catalogue';
import { tissueBandBuffers, tissueBands } from '../../shared/scene/tissue-bands';
import { tissueMeshInView } from '../../shared/scene/view-projection';
import { TissueSimulator } from '../../shared/simulation/simulator';
import type { TissueReply, TissueRequest } from './tissue-protocol';

declare const self: DedicatedWorkerGlobalScope;

let simulator: TissueSimulator | null = null;
let meshSent = false;

self.onmessage = (event: MessageEvent<TissueRequest>) => {
  const { id, plan, view } = event.data;
  try {
    simulator ??= new TissueSimulator(CANONICAL_ATLAS);
    const { summary, field } = simulator.simulate(plan, THREAD_CATALOGUE);
    const gathering = Float32Array.from(field.gathering);
    const displacement = Float32Array.from(field.displacement);
    const mesh = meshSent ? null : { xy: simulator.model.mesh.xy, triangles: simulator.model.mesh.triangles, spacingMm: simulator.model.mesh.spacingMm };
    meshSent = true;
    // The map's colour bands, built here rather than on the main thread in a drag's frames
    // (shared/scene/tissue-bands.ts), from the gathering as the main thread will have it (float32).
    const { xy, triangles, spacingMm } = simulator.model.mesh;
    const map = { xy, triangles, spacingMm, gathering, displacement };
    const bands = tissueBands(map);
    // In a turned view the scene draws the bands from the mesh seen in it (view-projection.ts).
    const inView = view && view !== 'frontal' ? tissueMeshInView(CANONICAL_ATLAS, view, map) : null;
    const viewBands = view && inView ? { view, bands: tissueBands(inView) } : null;
    const reply: TissueReply = { kind: 'result', id, summary, gathering, displacement, mesh, bands, viewBands };
    const transfer = [gathering.buffer, displacement.buffer, ...tissueBandBuffers(bands), ...(viewBands ? tissueBandBuffers(viewBands.bands) : [])];
    self.postMessage(reply, transfer);
  } catch (error) {
    const reply: TissueReply = { kind: 'error', id, message: error instanceof Error ? error.message : String(error) };
    self.postMessage(reply);
  }
};
