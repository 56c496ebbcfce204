import { analyze } from '../../../../shared/analysis';
import type { AnalysisResult, Finding, RuleId } from '../../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import type { PlanDocument, PlanMeta, Side, Thread } from '../../../../shared/plan/types';
import { PlanBuilder, meta, type ThreadSpec, type XY } from '../../../../cli/examples/builder';

/** Shared helpers for the analysis tests: build small plans, analyze them, pick findings. */

export { PlanBuilder, meta, ray, type ThreadSpec, type XY } from '../../../../cli/examples/builder';
export { MIDFACE_FAN, TEMPLE, ARCH, BROW_ENTRY, BROW_VECTOR, midfaceVector, JAWLINE_PAIR } from '../../../../cli/examples/plans';

export const run = (plan: PlanDocument): AnalysisResult => analyze(plan, CANONICAL_ATLAS);

export const findingsOf = (result: AnalysisResult, rule: RuleId): Finding[] => result.findings.filter((f) => f.rule === rule);

export const rulesOf = (result: AnalysisResult): Set<RuleId> => new Set(result.findings.map((f) => f.rule));

/** A plan with the same threads on both sides (left as written, right mirrored) from one entry. */
export function bilateral(at: XY, specs: readonly ThreadSpec[], metaOverrides: Partial<PlanMeta> = {}): PlanDocument {
  const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1', ...metaOverrides }));
  b.bilateral('A', at, specs);
  return b.build();
}

/** A plan with threads on one side only. */
export function oneSide(side: Side, at: XY, specs: readonly ThreadSpec[], metaOverrides: Partial<PlanMeta> = {}): PlanDocument {
  const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1', ...metaOverrides }));
  b.side(side, 'A', at, specs);
  return b.build();
}

/** Left-side groups (entry + threads) mirrored to the right, in one plan. */
export function bilateralGroups(groups: readonly { at: XY; specs: readonly ThreadSpec[] }[], metaOverrides: Partial<PlanMeta> = {}): PlanDocument {
  const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1', ...metaOverrides }));
  groups.forEach((g, i) => b.bilateral(String.fromCharCode(65 + i), g.at, g.specs));
  return b.build();
}

/**
 * A bare thread along `path` (a cog, 4.5 mm deep, 1 N, anchored at its far end, no barbed section)
 * with `fields` over it: for tests that make geometries straight from threads, without a plan.
 */
export function threadAlong(id: string, side: Side, path: readonly XY[], fields: Partial<Thread> = {}): Thread {
  return {
    id,
    side,
    typeId: 'pdo-cog-bi-19g-100',
    entryPointId: `e-${id}`,
    path: path.map(([x, y]) => ({ x, y })),
    depthMm: 4.5,
    pointDepthsMm: path.map(() => null),
    barbed: null,
    fixationEnd: 'distal',
    fixationZoneId: null,
    tensionN: 1,
    lot: null,
    notes: '',
    ...fields,
  };
}
