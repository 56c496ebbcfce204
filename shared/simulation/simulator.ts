import type { Atlas } from '../atlas/types';
import type { ThreadType } from '../catalogue/types';
import type { PlanDocument } from '../plan/types';
import { deriveFields, type TissueField } from './fields';
import { planLoads, type PlanLoads } from './loads';
import { tissueMapOf, type TissueMap } from './map';
import { tissueModel, type TissueModel, type TissueModelOptions } from './model';
import { TissueSolver } from './solver';
import { summarize, type SimulationSummary } from './summary';

/** One plan's simulated tissue response: the field for the map and its summary figures. */
export interface Simulation {
  readonly field: TissueField;
  readonly summary: SimulationSummary;
  readonly loads: PlanLoads;
  /** What the overlay draws (the mesh with this field's gathering and displacement). */
  readonly map: TissueMap;
}

/**
 * The tissue simulation for one atlas: the model is built once, factorisations are kept per set
 * of pinned nodes, and each call only assembles the plan's loads and solves. The editor runs
 * one of these in a Worker; the CLI and the PDF export call it directly.
 */
export class TissueSimulator {
  readonly model: TissueModel;
  private readonly solver: TissueSolver;

  constructor(atlas: Atlas, options: TissueModelOptions = {}) {
    this.model = tissueModel(atlas, options);
    this.solver = new TissueSolver(this.model);
  }

  simulate(plan: PlanDocument, catalogue: readonly ThreadType[]): Simulation {
    const loads = planLoads(this.model, plan, catalogue);
    const field = deriveFields(this.model, this.solver.solveLinear(loads));
    return { field, summary: summarize(this.model, field, loads), loads, map: tissueMapOf(this.model, field) };
  }

  /** How many factorisations have been computed so far (tests, benchmark). */
  get factorizationCount(): number {
    return this.solver.factorizationCount;
  }
}
