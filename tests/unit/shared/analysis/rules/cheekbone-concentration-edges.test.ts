import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../shared/analysis';
import { atlasLookup } from '../../../../../shared/analysis/atlas-lookup';
import { computeThreadGeometry } from '../../../../../shared/analysis/thread-geometry';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import type { Atlas } from '../../../../../shared/atlas/types';
import { THREAD_CATALOGUE } from '../../../../../shared/catalogue';
import type { PlanDocument, Side } from '../../../../../shared/plan/types';
import type { SideGathering, SimulationSummary } from '../../../../../shared/simulation/summary';
import { PlanBuilder, findingsOf, meta, oneSide } from '../helpers';

/**
 * Cheekbone-concentration where a barbed section starts outside every mapped region and ends on
 * the prominence, and at exactly its malar share and its least midface pull. Found missing by
 * mutation testing (docs/testing.md, cheekbone-concentration.ts). Measured on the flat diagram
 * (the canonical atlas without its surface: samples every 2 mm of the drawing), so the barb end
 * is at a known point and a thread whose barbs all lie in the midface has its whole tension as
 * midface pull.
 */

const FLAT: Atlas = { ...CANONICAL_ATLAS, surface: undefined };
const COG = 'pdo-cog-bi-19g-100';
const COG_UNI = 'pdo-cog-uni-19g-100';

describe('cheekbone-concentration: a barbed section from off the regions onto the prominence', () => {
  it('the finding points at the end of the barbs that lies on the prominence', () => {
    // Entered lateral to the face, run 50 mm medially along y = 30 into the malar region, barbed
    // over its first 40 mm: the barbs start off every region and end on the prominence at (50, 30).
    const plan = oneSide('left', [90, 30], [{ type: 'pdo-cog-bi-19g-100', to: [[40, 30]], depth: 4.5, barbs: [0, 40], tension: 1 }]);
    const t = plan.threads[0]!;
    const g = computeThreadGeometry(t, 1, THREAD_CATALOGUE.find((c) => c.id === t.typeId)!, atlasLookup(FLAT));
    expect(g.barbed!.startRegion).toBeNull();
    expect(g.barbed!.endRegion!.kind).toBe('malar');
    // One thread is all of its side's midface pull: the side's summary, placed at the barb end.
    const [summary] = findingsOf(analyze(plan, FLAT), 'cheekbone-concentration').filter((f) => f.aspect === 'malar-share');
    expect(summary!.threads).toEqual(['t1']);
    expect(summary!.location).toEqual({ x: 50, y: 30 });
  });

  it('a malar share of exactly 50% is no summary (each thread is named on its own); a little more is', () => {
    // Both threads barbed wholly in the midface, fixed at their entries: one straight up the cheek
    // with its barbs ending on the prominence (40, 20), one across the cheek below it.
    const two = (onProminence: number, below: number): PlanDocument => {
      const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
      b.side('left', 'A', [40, 60], [{ type: COG, to: [[40, 20]], depth: 4.5, barbs: [10, 40], tension: onProminence }]);
      b.side('left', 'B', [46, 56], [{ type: COG, to: [[60, 56]], depth: 4.5, barbs: [0, 14], tension: below }]);
      return b.build();
    };
    const half = analyze(two(1, 1), FLAT);
    expect(half.metrics.malarShare.left).toBe(0.5);
    expect(findingsOf(half, 'cheekbone-concentration').map((f) => [f.aspect, f.threads])).toEqual([['barb-end', ['t1']]]);
    const more = analyze(two(1, 0.99), FLAT);
    expect(findingsOf(more, 'cheekbone-concentration').map((f) => [f.aspect, f.threads])).toEqual([['malar-share', ['t1']]]);
  });

  it('one thread carrying a side\'s whole midface pull is named from exactly 0.5 N of pull; under it, not', () => {
    // A unidirectional cog (a lift: a floating bidirectional one pulls toward neither end) from
    // above the cheekbone down into the submalar cheek, barbed over its lower part: the pull runs
    // from the barbs back up over the cheekbone to the entry, its barbs end below it.
    const one = (tension: number) => oneSide('left', [60, 0], [{ type: COG_UNI, to: [[44, 60]], depth: 4.5, barbs: [40, 62], tension }]);
    expect(findingsOf(analyze(one(0.5), FLAT), 'cheekbone-concentration').map((f) => [f.aspect, f.threads])).toEqual([['single-thread', ['t1']]]);
    expect(findingsOf(analyze(one(0.49), FLAT), 'cheekbone-concentration')).toEqual([]);
  });

  it('says no other thread "gives the rest" when the others put no pull on the midface', () => {
    // The midface thread of the test above and a lifting thread wholly under the jaw (no midface pull).
    const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
    b.side('left', 'A', [60, 0], [{ type: COG_UNI, to: [[44, 60]], depth: 4.5, barbs: [40, 62], tension: 1 }]);
    b.side('left', 'B', [62, 104], [{ type: COG, to: [[36, 122]], depth: 4.5, barbs: [0, 28], tension: 1 }]);
    const [single] = findingsOf(analyze(b.build(), FLAT), 'cheekbone-concentration').filter((f) => f.aspect === 'single-thread');
    expect(single!.message).toContain('gives 100% of the pull');
    expect(single!.message).not.toContain('the rest');
  });

  it('one thread carrying the whole midface pull is not named when its pull passes below the cheekbone', () => {
    // Across the lower cheek, pulled back toward its entry below the cheekbone: it gathers tissue
    // there, not on the prominence (a jowl or lower-cheek thread anchored in front of the ear).
    const across = oneSide('left', [60, 56], [{ type: COG_UNI, to: [[46, 56]], depth: 4.5, barbs: [0, 14], tension: 1 }]);
    expect(findingsOf(analyze(across, FLAT), 'cheekbone-concentration')).toEqual([]);
  });

  it('a simulated gathering is judged from exactly 0.5 N of the side\'s midface pull; under it, not', () => {
    // The simulation summary is an input of analyze() (the app runs the simulation first): here
    // the left side gathers far over the threshold on the prominence.
    const quiet = (side: Side): SideGathering => ({ side, prominencePeak: 0, prominencePeakAt: null, restPeak: 0, prominenceMean: 0, pullN: 0 });
    const simulation: SimulationSummary = {
      right: quiet('right'),
      left: { ...quiet('left'), prominenceMean: 1, prominencePeak: 1, prominencePeakAt: { x: 40, y: 30 } },
      peakDisplacementMm: 1,
      peakGathering: 0.1,
      geometry: 'frontal',
    };
    const one = (tension: number) => oneSide('left', [46, 56], [{ type: COG, to: [[60, 56]], depth: 4.5, barbs: [0, 14], tension }]);
    const gathering = (tension: number) => findingsOf(analyze(one(tension), FLAT, { simulation }), 'cheekbone-concentration').filter((f) => f.aspect === 'simulated-gathering');
    expect(gathering(0.5).map((f) => [f.side, f.threads])).toEqual([['left', ['t1']]]);
    expect(gathering(0.49)).toEqual([]);
  });
});
