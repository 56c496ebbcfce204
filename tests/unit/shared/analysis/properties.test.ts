import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, findingKey, type AnalysisResult, type Finding } from '../../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { mirrorPlan } from '../../../../shared/plan';
import type { PlanDocument } from '../../../../shared/plan/types';
import { makeValidPlanArb, validPlanArb } from '../plan/arbitraries';

/** Valid plans drawn over the face (+/-130 mm) with every catalogue type, so rules have work to do. */
const facePlanArb = makeValidPlanArb({
  coordinateRangeMm: 130,
  maxThreads: 8,
  threadTypeIds: THREAD_CATALOGUE.map((t) => t.id),
  wildText: false,
});

/**
 * Nudge every coordinate off the millimetre grid. The atlas outlines have whole-millimetre
 * vertices, and a point exactly on an outline's edge may fall either side of it (even-odd test);
 * its mirror image may fall the other way. Such points have zero area, so they are kept out of
 * the mirror property rather than made to agree.
 */
function offGrid(plan: PlanDocument): PlanDocument {
  const nudge = (p: { x: number; y: number }) => ({ x: p.x + Math.SQRT2 * 1e-4, y: p.y + Math.PI * 1e-4 });
  return {
    ...plan,
    entryPoints: plan.entryPoints.map((e) => ({ ...e, position: nudge(e.position) })),
    threads: plan.threads.map((t) => ({ ...t, path: t.path.map(nudge) })),
  };
}

const run = (plan: PlanDocument): AnalysisResult => analyze(plan, CANONICAL_ATLAS);

/** What a finding says, with its side swapped: what the mirrored plan should report. */
function mirroredKey(f: Finding): string {
  const side = f.side === null ? null : f.side === 'left' ? 'right' : 'left';
  return findingKey({ ...f, side }) + `|${f.severity}`;
}

describe('analysis properties', () => {
  it('never throws on a valid plan, whatever its values', () => {
    fc.assert(
      fc.property(validPlanArb, (plan) => {
        const result = run(plan);
        expect(Array.isArray(result.findings)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on plans over the face with every thread type', () => {
    fc.assert(
      fc.property(facePlanArb, (plan) => {
        run(plan);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic: the same plan, or an equal copy, gives a deep-equal result', () => {
    fc.assert(
      fc.property(facePlanArb, (plan) => {
        const first = run(plan);
        expect(run(plan)).toEqual(first);
        expect(run(structuredClone(plan))).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('mirrors findings when the plan is mirrored: same rules, severities and threads, sides swapped, locations mirrored', () => {
    fc.assert(
      fc.property(facePlanArb, (raw) => {
        const plan = offGrid(raw);
        const original = run(plan).findings;
        const mirrored = run(mirrorPlan(plan)).findings;
        expect(mirrored.map((f) => findingKey(f) + `|${f.severity}`).sort()).toEqual(original.map(mirroredKey).sort());
        // Locations: pair findings by key (keys are unique within a plan's findings).
        const byKey = new Map(mirrored.map((f) => [findingKey(f), f]));
        for (const f of original) {
          const twin = byKey.get(findingKey({ ...f, side: f.side === null ? null : f.side === 'left' ? 'right' : 'left' }))!;
          if (f.location === null) {
            expect(twin.location).toBeNull();
          } else {
            expect(twin.location!.x).toBeCloseTo(-f.location.x, 6);
            expect(twin.location!.y).toBeCloseTo(f.location.y, 6);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('mirrors the metrics: sides swap, elevation angles and symmetry stay', () => {
    fc.assert(
      fc.property(facePlanArb, (raw) => {
        const plan = offGrid(raw);
        const a = run(plan).metrics;
        const b = run(mirrorPlan(plan)).metrics;
        expect(b.threadCount).toEqual({ right: a.threadCount.left, left: a.threadCount.right });
        expect(b.tractionBySide.right).toBeCloseTo(a.tractionBySide.left, 9);
        expect(b.resultant.right.elevationDeg ?? 0).toBeCloseTo(a.resultant.left.elevationDeg ?? 0, 6);
        expect(b.malarShare).toEqual({ right: a.malarShare.left, left: a.malarShare.right });
        if (a.symmetry === null) expect(b.symmetry).toBeNull();
        else expect(b.symmetry!).toBeCloseTo(a.symmetry, 9);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the findings of one plan distinct keys', () => {
    fc.assert(
      fc.property(facePlanArb, (plan) => {
        const keys = run(plan).findings.map(findingKey);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 200 },
    );
  });
});
