import type { PlanDocument, Side } from '../plan/types';
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
}

/** A rule: one file in rules/, its description (with thresholds) and its check. */
export interface Rule {
  readonly description: RuleDescription;
  check(context: AnalysisContext): Finding[];
}
