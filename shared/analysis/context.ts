import type { PlanDocument, Side } from '../plan/types';
import type { SimulationSummary } from '../simulation/summary';
import type { AtlasLookup } from './atlas-lookup';
import type { MalarSide } from './malar';
import type { ThreadGeometry } from './thread-geometry';
import type { Finding, Metrics, RuleDescription } from './types';

/** What every rule receives: the plan, the atlas questions, and the geometry computed once. */
export interface AnalysisContext {
  readonly plan: PlanDocument;
  readonly lookup: AtlasLookup;
  /** One per plan thread, in plan order. */
  readonly threads: readonly ThreadGeometry[];
  readonly threadsBySide: Readonly<Record<Side, readonly ThreadGeometry[]>>;
  readonly malar: Readonly<Record<Side, MalarSide>>;
  readonly metrics: Metrics;
  /** The simulated tissue map's summary for this plan, when the caller ran the simulation. */
  readonly simulation: SimulationSummary | null;
}

/** A rule: one file in rules/, its description (with thresholds) and its check. */
export interface Rule {
  readonly description: RuleDescription;
  check(context: AnalysisContext): Finding[];
}
