import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../shared/analysis';
import { atlasLookup } from '../../../../../shared/analysis/atlas-lookup';
import { computeThreadGeometry } from '../../../../../shared/analysis/thread-geometry';
import type { Finding } from '../../../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import type { Atlas, Muscle } from '../../../../../shared/atlas/types';
import { THREAD_CATALOGUE } from '../../../../../shared/catalogue';
import { lineCrossingAngleDeg } from '../../../../../shared/geometry/vec';
import type { PlanDocument } from '../../../../../shared/plan/types';
import { TEMPLE, findingsOf, oneSide, type ThreadSpec, type XY } from '../helpers';
import { ACROSS_ENTRY, FOREHEAD_ENTRY, across, down, lid } from './muscle-conflict-fixtures';

/**
 * Muscle-conflict's 5 mm run exactly: barbs over exactly 5 mm of a muscle are flagged, 4.99 mm
 * are not, for each of its three findings (a ring muscle, a steep crossing, a pull against the
 * muscle); and a thread with no pull direction inside a muscle. Measured on the flat diagram (the
 * canonical atlas without its surface), where a path's length is its drawn length and the barb
 * ends are samples, so the runs are exact. Found missing by mutation testing (docs/testing.md,
 * muscle-conflict.ts).
 */

const FLAT: Atlas = { ...CANONICAL_ATLAS, surface: undefined };
const found = (entry: XY, spec: ThreadSpec) => findingsOf(analyze(oneSide('left', entry, [spec]), FLAT), 'muscle-conflict');
const mm = (f: Finding, name: string) => ((f.text!.params as Record<string, unknown>)[name] as { mm: number }).mm;

describe('muscle-conflict at exactly its 5 mm run', () => {
  it('barbs over exactly 5 mm of orbicularis oculi are flagged; over 4.99 mm they are not', () => {
    const exact = found(TEMPLE, lid([20, 25]));
    expect(exact.map((f) => f.aspect)).toEqual(['ring:orbicularis-oculi']);
    expect(mm(exact[0]!, 'insideMm')).toBe(5);
    expect(found(TEMPLE, lid([20, 24.99]))).toEqual([]);
  });

  it('barbs crossing zygomaticus major steeply over exactly 5 mm are flagged; over 4.99 mm they are not', () => {
    const exact = found(ACROSS_ENTRY, across([40, 45]));
    expect(exact.map((f) => f.aspect)).toEqual(['crossing:zygomaticus-major']);
    expect(mm(exact[0]!, 'crossingMm')).toBe(5);
    expect(found(ACROSS_ENTRY, across([40, 44.99]))).toEqual([]);
  });

  it('barbs over exactly 5 mm of the frontalis pulling against it are flagged; over 4.99 mm they are not', () => {
    expect(found(FOREHEAD_ENTRY, down({ barbs: [20, 25] })).map((f) => f.aspect)).toEqual(['against:frontalis']);
    expect(found(FOREHEAD_ENTRY, down({ barbs: [20, 24.99] }))).toEqual([]);
  });

  it('a thread whose barbs are centred on its fixation point inside the frontalis pulls nothing: no finding', () => {
    // Up 10 mm along the frontalis, back down through the entry 20 mm and back to it, barbed all
    // along and fixed at the entry: the barbs' centroid is the entry, so there is no pull direction.
    const entry: XY = [36, -50];
    const folded = down({ to: [[36, -40], [36, -60], [36, -50]], barbs: [0, 40] });
    const plan: PlanDocument = oneSide('left', entry, [folded]);
    const t = plan.threads[0]!;
    const g = computeThreadGeometry(t, 1, THREAD_CATALOGUE.find((c) => c.id === t.typeId)!, atlasLookup(FLAT));
    expect(g.traction).toBeNull();
    expect(g.samples.some((s) => s.barbed)).toBe(true);
    expect(findingsOf(analyze(plan, FLAT), 'muscle-conflict')).toEqual([]);
  });

  it('barbs crossing a muscle\'s action line at exactly 45 degrees are not a steep crossing; one double steeper they are', () => {
    // The left zygomaticus major with its action line turned to run up and out at exactly 45
    // degrees (7 mm out for 7 mm up from its origin), crossed by a thread drawn straight up
    // through it: on the flat diagram every barbed segment is vertical.
    const withAction = (dx: number): Atlas => ({
      ...FLAT,
      muscles: FLAT.muscles.map((m): Muscle => (m.kind === 'zygomaticus-major' && m.action.from.x > 0 ? { ...m, action: { from: m.action.from, to: { x: m.action.from.x + dx, y: m.action.from.y - dx } } } : m)),
    });
    const up = oneSide('left', [44, 62], [{ type: 'pdo-cog-uni-19g-100', to: [[44, 30]], depth: 5, barbs: [0, 32], tension: 1 }]);
    const aspects = (atlas: Atlas) => findingsOf(analyze(up, atlas), 'muscle-conflict').map((f) => f.aspect);
    expect(lineCrossingAngleDeg({ x: 0, y: -2 }, { x: 7, y: -7 })).toBe(45);
    expect(aspects(withAction(7))).not.toContain('crossing:zygomaticus-major');
    // 10 out for 10 up: the same line in exact arithmetic, 45.00000000000001 degrees in floating point.
    expect(lineCrossingAngleDeg({ x: 0, y: -2 }, { x: 10, y: -10 })).toBeGreaterThan(45);
    expect(aspects(withAction(10))).toContain('crossing:zygomaticus-major');
  });
});

describe('muscle-conflict where a checked muscle overlaps one it does not check', () => {
  it('names only the checked muscle: barbs across both orbicularis oris and depressor anguli oris', () => {
    // Straight across the corner of the mouth, where the lip ring (checked) and depressor anguli
    // oris (medium mobility: not checked) overlap for about 6 mm, square to the depressor's action
    // line: the ring is flagged, the depressor, however steeply crossed, is not.
    const aspects = found([12, 78], { ...across([0, 22]), to: [[34, 78]] }).map((f) => f.aspect);
    expect(aspects).toEqual(['ring:orbicularis-oris']);
  });
});
