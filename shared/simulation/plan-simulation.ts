import type { Atlas } from '../atlas/types';
import type { ThreadType } from '../catalogue/types';
import type { PlanDocument } from '../plan/types';
import { TissueSimulator, type Simulation } from './simulator';

/**
 * One simulator per atlas for callers that simulate a plan now and then (the CLI, the PDF export,
 * the training compare view): the model and the recent factorisations are built once and kept.
 * The editor's live map runs its own simulator in a Worker.
 */
const simulators = new WeakMap<Atlas, TissueSimulator>();

export function simulatePlan(plan: PlanDocument, atlas: Atlas, catalogue: readonly ThreadType[]): Simulation {
  let simulator = simulators.get(atlas);
  if (!simulator) {
    simulator = new TissueSimulator(atlas);
    simulators.set(atlas, simulator);
  }
  return simulator.simulate(plan, catalogue);
}
