import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../shared/analysis';
import { atlasLookup } from '../../../../../shared/analysis/atlas-lookup';
import { mainArea } from '../../../../../shared/analysis/main-area';
import { analyzeMalarSide } from '../../../../../shared/analysis/malar';
import { computeThreadGeometry } from '../../../../../shared/analysis/thread-geometry';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../../shared/catalogue';
import type { PlanDocument } from '../../../../../shared/plan/types';
import { PlanBuilder, findingsOf, meta } from '../helpers';

/**
 * Two standard designs the cheekbone rule must leave alone, and the faults beside them it must
 * still name (docs/rules.md, cheekbone-concentration):
 * - jawline threads from in front of the ear cross the lower midface on their way to the jaw; one
 *   of two such threads always carries most of that passing pull, but neither lifts the midface,
 *   so neither is "the one thread doing all the midface's lifting";
 * - a floating bidirectional cog (no anchor, setting tension) is anchored nowhere, so its
 *   fixation end lying on the cheekbone is no anchor there.
 * On the canonical skin, as the app measures.
 */

const COG_UNI = 'pdo-cog-uni-19g-100';
const COG_BI = 'pdo-cog-bi-19g-100';
const typeOf = (id: string) => THREAD_CATALOGUE.find((t) => t.id === id)!;
const cheekbone = (plan: PlanDocument) => findingsOf(analyze(plan, CANONICAL_ATLAS), 'cheekbone-concentration').map((f) => [f.aspect, f.side, f.threads]);

/** Two uni cogs from the pre-auricular SMAS (71, 40) down to the jowl and the jawline, on both sides. */
function jawline(extra?: (b: PlanBuilder) => void): PlanDocument {
  const b = new PlanBuilder(meta({ title: 'jawline', patientId: 'J-1' }));
  b.bilateral('P', [71, 40], [
    { type: COG_UNI, to: [[44, 94]], depth: 5, barbs: [16, 52], zone: 'preauricular-smas', tension: 1 },
    { type: COG_UNI, to: [[52, 101]], depth: 5, barbs: [19, 56], zone: 'preauricular-smas', tension: 1 },
  ]);
  extra?.(b);
  return b.build();
}

describe('cheekbone-concentration: one thread doing the midface lifting is a midface thread', () => {
  it('jawline threads that only pass through the lower midface are not named, though one carries most of that pull', () => {
    const plan = jawline();
    const lookup = atlasLookup(CANONICAL_ATLAS);
    const geometry = plan.threads.map((t, i) => computeThreadGeometry(t, i + 1, typeOf(t.typeId), lookup));
    expect(geometry.map((g) => mainArea(g))).toEqual(['lower-face', 'lower-face', 'lower-face', 'lower-face']);
    // What made it look like a fault: on each side both reach into the midface, one far more than
    // the other, with more than the 0.5 N of midface pull the check needs.
    for (const side of ['right', 'left'] as const) {
      const malar = analyzeMalarSide(side, geometry.filter((g) => g.side === side), lookup);
      const pulls = [...malar.midfacePullN.values()];
      expect(malar.totalMidfacePullN).toBeGreaterThanOrEqual(0.5);
      expect(Math.max(...pulls) / malar.totalMidfacePullN).toBeGreaterThan(0.6);
    }
    expect(cheekbone(plan)).toEqual([]);
  });

  it('a midface thread beside them that carries most of the midface pull is still named', () => {
    // One temple thread per side down the cheek, tensioned hard, beside the same jawline pair.
    const plan = jawline((b) => b.bilateral('T', [68, -20], [{ type: COG_UNI, to: [[44, 52]], depth: 4.5, barbs: [40, 76], zone: 'deep-temporal-fascia', tension: 1.8 }]));
    const lookup = atlasLookup(CANONICAL_ATLAS);
    const temple = plan.threads.filter((t) => t.entryPointId !== plan.threads[0]!.entryPointId && t.path[0]!.y === -20);
    expect(temple.map((t) => mainArea(computeThreadGeometry(t, 1, typeOf(t.typeId), lookup)))).toEqual(['midface', 'midface']);
    const single = cheekbone(plan).filter(([aspect]) => aspect === 'single-thread');
    expect(single).toEqual([
      ['single-thread', 'right', [temple.find((t) => t.side === 'right')!.id]],
      ['single-thread', 'left', [temple.find((t) => t.side === 'left')!.id]],
    ]);
  });
});

describe('cheekbone-concentration: a floating design is anchored nowhere', () => {
  /** A bidirectional cog whose entry (its named fixation end) lies on the malar prominence, barbed from 20 mm on, off the prominence. */
  const onCheekbone = (tension: number, zone: string | null) => {
    const b = new PlanBuilder(meta({ title: 'floating', patientId: 'F-1' }));
    b.bilateral('Z', [50, 26], [{ type: COG_BI, to: [[32, 84]], depth: 4.5, barbs: [22, 54], zone, tension }]);
    return b.build();
  };

  it('placed floating with the setting tension, its entry on the cheekbone is no anchor there', () => {
    const plan = onCheekbone(1, null);
    const lookup = atlasLookup(CANONICAL_ATLAS);
    const g = computeThreadGeometry(plan.threads[1]!, 2, typeOf(COG_BI), lookup);
    expect(g.fixationRegion?.kind).toBe('malar');
    expect(g.barbed!.startRegion?.kind).not.toBe('malar');
    expect(g.barbed!.endRegion?.kind).not.toBe('malar');
    // Neither named anchored there, nor summed into a side whose pull ends on the prominence.
    expect(cheekbone(plan).filter(([aspect]) => aspect === 'anchored' || aspect === 'malar-share')).toEqual([]);
    expect(analyze(plan, CANONICAL_ATLAS).metrics.malarShare).toEqual({ right: 0, left: 0 });
    // The floating note says what it is instead.
    expect(findingsOf(analyze(plan, CANONICAL_ATLAS), 'weak-fixation').map((f) => f.aspect)).toEqual(['floating', 'floating']);
  });

  it('tensioned as a lift from that end, it is anchored on the cheekbone', () => {
    const plan = onCheekbone(1.5, null);
    expect(cheekbone(plan).filter(([aspect]) => aspect === 'anchored' || aspect === 'malar-share').length).toBeGreaterThan(0);
  });
});
