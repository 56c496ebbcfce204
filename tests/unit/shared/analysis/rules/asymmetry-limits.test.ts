import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../shared/analysis';
import { atlasLookup } from '../../../../../shared/analysis/atlas-lookup';
import { computeThreadGeometry } from '../../../../../shared/analysis/thread-geometry';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import type { Atlas } from '../../../../../shared/atlas/types';
import { THREAD_CATALOGUE } from '../../../../../shared/catalogue';
import type { FacePoint } from '../../../../../shared/geometry/types';
import type { PlanDocument } from '../../../../../shared/plan/types';
import { PlanBuilder, findingsOf, meta } from '../helpers';

/**
 * Asymmetry's direction limit exactly: a pair whose pulls are exactly 15 degrees apart is not
 * flagged (neither the pair nor the sides), a little more is. Measured on the flat diagram (the
 * canonical atlas without its surface), with the right thread's far point given to the last bit
 * (a plan built in code) so that the two pulls' elevations differ by exactly 15 in floating
 * point; the test checks that premise from the geometry. Found missing by mutation testing
 * (docs/testing.md, asymmetry.ts).
 */

const FLAT: Atlas = { ...CANONICAL_ATLAS, surface: undefined };
const COG = 'pdo-cog-bi-19g-100';

/** A right and a left thread from mirrored entries; the right one's far point as given. */
function pair(rightFar: FacePoint): PlanDocument {
  const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
  b.side('right', 'R', [-50, 0], [{ type: COG, to: [[-30, 50]], depth: 4.5, barbs: [10, 40], tension: 1 }]);
  b.side('left', 'L', [50, 0], [{ type: COG, to: [[30, 50]], depth: 4.5, barbs: [10, 40], tension: 1 }]);
  const p = b.build();
  const right = p.threads[0]!;
  return { ...p, threads: [{ ...right, path: [right.path[0]!, { ...rightFar }] }, p.threads[1]!] };
}

const elevation = (p: PlanDocument, i: number) => {
  const t = p.threads[i]!;
  return computeThreadGeometry(t, i + 1, THREAD_CATALOGUE.find((c) => c.id === t.typeId)!, atlasLookup(FLAT)).traction!.elevationDeg;
};

describe('asymmetry at exactly its direction limit', () => {
  it('a pair whose pulls are exactly 15 degrees apart is not flagged; 15.01 degrees apart is', () => {
    // The right thread runs more steeply than the mirror of the left: its pull is 15 degrees higher.
    const exact = pair({ x: -43.6224357293449, y: 53.4726722165017 });
    expect(elevation(exact, 0) - elevation(exact, 1)).toBe(15);
    expect(findingsOf(analyze(exact, FLAT), 'asymmetry')).toEqual([]);
    const more = findingsOf(analyze(pair({ x: -43.6324357293449, y: 53.4726722165017 }), FLAT), 'asymmetry');
    expect(more.map((f) => f.aspect)).toEqual(['pair-direction']);
    const apart = ((more[0]!.text!.params as Record<string, unknown>).apart as { deg: number }).deg;
    expect(apart).toBeGreaterThan(15);
    expect(apart).toBeLessThan(15.1);
  });
});
