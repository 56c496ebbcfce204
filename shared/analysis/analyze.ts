import type { Atlas } from '../atlas/types';
import { THREAD_CATALOGUE } from '../catalogue';
import type { ThreadType } from '../catalogue/types';
import type { PlanDocument, Side } from '../plan/types';
import { atlasLookup } from './atlas-lookup';
import type { AnalysisContext } from './context';
import { groupRepeatedFindings } from './finding-groups';
import { sortFindings } from './findings';
import { analyseMalarSide } from './malar';
import { computeMetrics } from './metrics';
import { RULES } from './registry';
import { computeThreadGeometry, type ThreadGeometry } from './thread-geometry';
import type { AnalysisResult } from './types';
import type { SimulationSummary } from '../simulation/summary';

export interface AnalyzeOptions {
  /** Thread types to resolve `thread.typeId` against; the built-in catalogue by default. */
  readonly catalogue?: readonly ThreadType[];
  /**
   * The tissue simulation's summary for this plan (TissueSimulator.simulate), when the caller has
   * it: the cheekbone-concentration rule then also weighs the simulated gathering on the malar
   * prominence, and the metrics carry the per-side figures. analyze() never runs the simulation
   * itself, so it stays cheap on every edit; the editor gets the summary from its Worker, the CLI
   * runs the simulation before analysing.
   */
  readonly simulation?: SimulationSummary | null;
}

const typeMaps = new WeakMap<readonly ThreadType[], ReadonlyMap<string, ThreadType>>();

function typeMap(catalogue: readonly ThreadType[]): ReadonlyMap<string, ThreadType> {
  let map = typeMaps.get(catalogue);
  if (!map) {
    map = new Map(catalogue.map((t) => [t.id, t]));
    typeMaps.set(catalogue, map);
  }
  return map;
}

/**
 * Analyse a plan: findings and metrics. Pure and deterministic (same plan, atlas and catalogue
 * give a deep-equal result) and cheap enough to run on every edit: each thread's geometry is
 * computed once and shared by all rules.
 */
export function analyze(plan: PlanDocument, atlas: Atlas, options: AnalyzeOptions = {}): AnalysisResult {
  const types = typeMap(options.catalogue ?? THREAD_CATALOGUE);
  const lookup = atlasLookup(atlas);
  const threads: ThreadGeometry[] = plan.threads.map((t, i) => computeThreadGeometry(t, i + 1, types.get(t.typeId) ?? null, lookup));
  const threadsBySide: Record<Side, ThreadGeometry[]> = { right: [], left: [] };
  for (const g of threads) threadsBySide[g.side].push(g);
  const malar = {
    right: analyseMalarSide('right', threadsBySide.right, lookup),
    left: analyseMalarSide('left', threadsBySide.left, lookup),
  };
  const simulation = options.simulation ?? null;
  const metrics = computeMetrics(threadsBySide, malar, simulation);
  const context: AnalysisContext = { plan, lookup, threads, threadsBySide, malar, metrics, simulation };
  const findings = RULES.flatMap((rule) => rule.check(context));
  return { findings: groupRepeatedFindings(sortFindings(findings, plan), plan), metrics };
}
