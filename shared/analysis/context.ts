import type { PlanDocument, Side } from '../plan/types';
import type { SimulationSummary } from '../simulation/summary';
import type { AtlasLookup } from './atlas-lookup';
import type { MalarSide } from './malar';
import type { ThreadGeometry } from './thread-geometry';
import type { Finding, Metrics, RuleDescription } from './types';

/** What a plan-level rule part receives: the plan, the atlas questions, and the geometry computed once. */
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

/**
 * What a per-thread or per-pair rule part may read besides its threads: the plan WITHOUT its
 * threads (meta, entry points, photos...) and the atlas. Its results are reused while these are
 * unchanged (every non-thread field of the plan `===` the last run's), so it must read nothing
 * else: no other thread, no metrics, no simulation.
 */
export interface ThreadRuleContext {
  readonly plan: Omit<PlanDocument, 'threads'>;
  readonly lookup: AtlasLookup;
}

/** A frontal box around what a thread takes part in a pair check with, mm. */
export interface PairBox {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/**
 * A check between two threads (crowding). The analysis calls `check(a, b)` (a before b in the
 * plan) for EVERY pair whose boxes, grown by `reachMm`, overlap (pair-index.ts, which finds them
 * without looking at the pairs that are apart, so the cost grows with the neighbours, not with the
 * pairs of threads). Most such pairs have no points within reach of each other: `check` must then
 * return no finding, and it should find that out cheaply. Results are reused while both threads
 * and the non-thread plan fields are unchanged.
 */
export interface PairCheck {
  /** Only threads on the same side of the face are paired. */
  readonly sameSide: boolean;
  readonly reachMm: number;
  /**
   * The frontal box around the points of g that take part (e.g. its barbed samples); null = g
   * takes part in no pair. Every point whose finding `check` can report lies in it, and it should
   * be kept on the geometry: it is asked for every thread on every run that checks pairs.
   */
  box(g: ThreadGeometry): PairBox | null;
  /** (Most pairs have no finding: `check` may return one shared empty list for them.) */
  check(a: ThreadGeometry, b: ThreadGeometry, context: ThreadRuleContext): readonly Finding[];
}

/**
 * A rule: one file in rules/, its description (with thresholds) and up to three parts, whose
 * findings are put together (and sorted) as if one function had made them all. The parts decide
 * what the analysis may reuse from its last run (analyze.ts), so a drag re-checks only what moved:
 *
 * - `check(context)`: plan-level, sees everything and runs on EVERY analysis. The safe default:
 *   a rule with only `check` is always correct, just not incremental.
 * - `checkThread(g, context)`: findings about one thread on its own. Reused while the same
 *   Thread object is at the same position with the same catalogue type and the non-thread plan
 *   fields are unchanged.
 * - `pairs`: findings about two threads (PairCheck).
 *
 * tests/unit/shared/analysis/incremental.test.ts checks, over random edit sequences, that the
 * incremental result equals a fresh full analysis: a part that reads more than it declares fails it.
 */
export interface Rule {
  readonly description: RuleDescription;
  check?(context: AnalysisContext): Finding[];
  checkThread?(g: ThreadGeometry, context: ThreadRuleContext): Finding[];
  readonly pairs?: PairCheck;
}
