import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../shared/analysis';
import { atlasLookup } from '../../../../../shared/analysis/atlas-lookup';
import { computeThreadGeometry, type ThreadGeometry } from '../../../../../shared/analysis/thread-geometry';
import type { Finding } from '../../../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import type { Atlas } from '../../../../../shared/atlas/types';
import { THREAD_CATALOGUE, validateThreadType } from '../../../../../shared/catalogue';
import type { FacePoint } from '../../../../../shared/geometry/types';
import type { PlanDocument } from '../../../../../shared/plan/types';
import { findingsOf, oneSide, type ThreadSpec, type XY } from '../helpers';
import { BELOW_ENTRY, COG, JOWL_ENTRY, fixedBelow, jowlAlong } from './gravity-direction-fixtures';

/**
 * Gravity-direction at its edges: which threads it judges (lifting ones with a pull), where its
 * findings are placed on a bent thread, each angle limit at exactly its value and just past it,
 * the lay of a neck thread barbed from its entry, and what a jaw line it cannot draw does. Found missing by mutation testing (docs/testing.md,
 * gravity-direction.ts). The exact limits are measured on the flat diagram (the canonical atlas
 * without its surface: samples every 2 mm of the drawing), with a far point given to the last
 * bit (a plan built in code) so that the pull lands on the limit exactly in floating point.
 */

const rule = 'gravity-direction' as const;
const FLAT: Atlas = { ...CANONICAL_ATLAS, surface: undefined };
const aspects = (plan: PlanDocument, atlas: Atlas = CANONICAL_ATLAS) => findingsOf(analyze(plan, atlas), rule).map((f) => f.aspect);
const deg = (f: Finding, name: string) => ((f.text!.params as Record<string, unknown>)[name] as { deg: number }).deg;
const spec = (to: readonly XY[], barbs: readonly [number, number], more: Partial<ThreadSpec> = {}): ThreadSpec => ({ type: COG, to, depth: 4.5, barbs, tension: 1, ...more });

/** A one-thread left-side plan whose far point is set to the last bit (the builder rounds to 0.01 mm). */
function straightTo(entry: XY, far: FacePoint, barbs: readonly [number, number]): PlanDocument {
  const p = oneSide('left', entry, [spec([[far.x, far.y]], barbs)]);
  const t = p.threads[0]!;
  return { ...p, threads: [{ ...t, path: [t.path[0]!, { ...far }] }] };
}

function geometryOf(p: PlanDocument, atlas: Atlas): ThreadGeometry {
  const t = p.threads[0]!;
  return computeThreadGeometry(t, 1, THREAD_CATALOGUE.find((c) => c.id === t.typeId)!, atlasLookup(atlas));
}

/** How many of a plan's first thread's barbed samples lie in each atlas area. */
function barbedAreasOf(p: PlanDocument): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of geometryOf(p, CANONICAL_ATLAS).samples) if (s.barbed) out[s.region?.area ?? 'none'] = (out[s.region?.area ?? 'none'] ?? 0) + 1;
  return out;
}

describe('gravity-direction at its edges', () => {
  it('a barbed thread made for tightening pulls nothing up: fixed below its barbs it gets no downward warning', () => {
    const uni = THREAD_CATALOGUE.find((t) => t.id === fixedBelow.type)!;
    const tightening = { ...uni, id: 'user-cog-tightening', purpose: 'tightening' as const };
    expect(validateThreadType(tightening)).toEqual([]);
    const catalogue = [...THREAD_CATALOGUE, tightening];
    const lifting = oneSide('left', BELOW_ENTRY, [fixedBelow]);
    expect(findingsOf(analyze(lifting, CANONICAL_ATLAS, { catalogue }), rule).map((f) => f.aspect)).toEqual(['downward']);
    const tightened = oneSide('left', BELOW_ENTRY, [{ ...fixedBelow, type: tightening.id }]);
    expect(findingsOf(analyze(tightened, CANONICAL_ATLAS, { catalogue }), rule)).toEqual([]);
  });

  it('a thread whose barbs are centred on its fixation point has no pull direction, so nothing to judge', () => {
    // Out 20 mm, back through the entry 40 mm and back to it, barbed all along and fixed at the
    // entry: on the flat diagram the barbs' centroid is the entry itself.
    const folded = oneSide('left', [40, 60], [spec([[40, 80], [40, 40], [40, 60]], [0, 80])]);
    expect(geometryOf(folded, FLAT).traction).toBeNull();
    expect(findingsOf(analyze(folded, FLAT), rule)).toEqual([]);
  });

  it('a downward warning on a bent thread is placed on the thread at the middle of its barbs, not at their centroid off it', () => {
    // Up 20 mm from the entry, then 40 mm sideways; barbs from 10 to 50 mm: their middle, 30 mm
    // along the path, is at (50, 50), and their centroid lies inside the bend, below and left of it.
    const bent = oneSide('left', [40, 70], [spec([[40, 50], [80, 50]], [10, 50])]);
    const [f] = findingsOf(analyze(bent, FLAT), rule);
    expect(f!.aspect).toBe('downward');
    expect(f!.location!.x).toBeCloseTo(50, 9);
    expect(f!.location!.y).toBeCloseTo(50, 9);
  });

  it('a midface note on a bent thread is placed on the thread at the middle of its barbs, not at their centroid off it', () => {
    // 30 mm down and out (18, 24), then 10 mm straight down; barbs from 10 to 38 mm: their middle,
    // 24 mm along the path, is at (54.4, 27.2).
    const bent = oneSide('left', [40, 8], [spec([[58, 32], [58, 42]], [10, 38])]);
    const [f] = findingsOf(analyze(bent, FLAT), rule);
    expect(f!.aspect).toBe('midface-medial');
    expect(f!.location!.x).toBeCloseTo(54.4, 9);
    expect(f!.location!.y).toBeCloseTo(27.2, 9);
  });

  it('a pull exactly 10 degrees below the horizontal is allowed; a little steeper is a downward warning', () => {
    // From (40, 70) out and up at 10 degrees above the horizontal, fixed at the entry: the pull points back down at 10 degrees.
    const exact = straightTo([40, 70], { x: 79.39231012048815, y: 63.0540728933228 }, [10, 40]);
    const y = geometryOf(exact, FLAT).traction!.direction.y;
    expect((Math.asin(y) * 180) / Math.PI).toBe(10);
    expect(aspects(exact, FLAT)).not.toContain('downward');
    const steeper = straightTo([40, 70], { x: 79.39, y: 63.04 }, [10, 40]);
    const [f] = findingsOf(analyze(steeper, FLAT), rule);
    expect(f!.aspect).toBe('downward');
    expect(deg(f!, 'below')).toBeGreaterThan(10);
    expect(deg(f!, 'below')).toBeLessThan(10.1);
  });

  it('a midface pull leaning exactly 10 degrees past vertical toward the midline gets no note; a little more does', () => {
    // From below the eye down and out at 10 degrees from vertical, fixed at the entry: the pull leans 10 degrees medially.
    const exact = straightTo([40, 8], { x: 47.81416799501186, y: 52.31634888554936 }, [10, 40]);
    expect(geometryOf(exact, FLAT).traction!.elevationDeg - 90).toBe(10);
    expect(aspects(exact, FLAT)).toEqual([]);
    const more = straightTo([40, 8], { x: 47.83, y: 52.31 }, [10, 40]);
    const [f] = findingsOf(analyze(more, FLAT), rule);
    expect(f!.aspect).toBe('midface-medial');
    expect(deg(f!, 'off')).toBeGreaterThan(10);
    expect(deg(f!, 'off')).toBeLessThan(10.1);
  });

  it('a neck thread whose barbs lie exactly 45 degrees to the jaw line gets no note; a little steeper does', () => {
    // Down the neck from under the jaw, 45 degrees off the gonion-menton chord (on the flat diagram
    // the lay is the chord from the first barbed sample to the last).
    const exact = straightTo([44, 122], { x: 31.350889359327187, y: 159.94733192201838 }, [8, 40]);
    const barbed = geometryOf(exact, FLAT).samples.filter((s) => s.barbed);
    const a = barbed[0]!;
    const b = barbed[barbed.length - 1]!;
    const lay = { x: b.x - a.x, y: b.y - a.y };
    const { 'gonion-left': gonion, menton } = CANONICAL_ATLAS.landmarks;
    const jaw = { x: menton!.x - gonion!.x, y: menton!.y - gonion!.y };
    const cos = Math.abs(lay.x * jaw.x + lay.y * jaw.y) / (Math.hypot(lay.x, lay.y, 0) * Math.hypot(jaw.x, jaw.y, 0));
    expect((Math.acos(cos) * 180) / Math.PI).toBe(45);
    expect(aspects(exact, FLAT)).toEqual([]);
    const steeper = straightTo([44, 122], { x: 31.4, y: 160 }, [8, 40]);
    const [f] = findingsOf(analyze(steeper, FLAT), rule);
    expect(f!.aspect).toBe('neck-across-jaw');
    expect(deg(f!, 'at')).toBeGreaterThan(45);
    expect(deg(f!, 'at')).toBeLessThan(45.1);
  });

  it('a neck thread barbed from its entry lies from the entry: the chord from its first barbed sample, the entry itself', () => {
    // 2 mm along under the jaw, then straight down the neck (flat diagram: samples every 2 mm),
    // barbed from the very start: the lay leans about 3 degrees from a chord that began at the bend.
    const bent = oneSide('left', [44, 122], [spec([[46, 122], [46, 170]], [0, 40])]);
    const barbed = geometryOf(bent, FLAT).samples.filter((s) => s.barbed);
    expect(barbed[0]!.s).toBe(0);
    const a = barbed[0]!;
    const b = barbed[barbed.length - 1]!;
    const lay = { x: b.x - a.x, y: b.y - a.y };
    const { 'gonion-left': gonion, menton } = CANONICAL_ATLAS.landmarks;
    const jaw = { x: menton!.x - gonion!.x, y: menton!.y - gonion!.y };
    const cos = Math.abs(lay.x * jaw.x + lay.y * jaw.y) / (Math.hypot(lay.x, lay.y) * Math.hypot(jaw.x, jaw.y));
    const [f] = findingsOf(analyze(bent, FLAT), rule);
    expect(f!.aspect).toBe('neck-across-jaw');
    expect(deg(f!, 'at')).toBeCloseTo((Math.acos(cos) * 180) / Math.PI, 9);
  });

  it('a neck thread is judged by how its barbs lie: along the jaw is no note, though its pull toward a high anchor is steep', () => {
    // Entered high in front of the ear, run down behind the jaw (smooth), then barbed under the
    // jaw parallel to it (28 back for 14 down, as the gonion-menton chord runs).
    const along = oneSide('left', [66, 70], [spec([[52, 120], [24, 134]], [54, 82])]);
    expect(aspects(along)).toEqual([]);
    // Barbs laid straight down the neck from the same entry are noted.
    const across = oneSide('left', [66, 70], [spec([[52, 120], [52, 170]], [60, 100])]);
    expect(aspects(across)).toEqual(['neck-across-jaw']);
  });

  it('a medially leaning pull is held to the midface vector by where its barbs lie, not its smooth part', () => {
    // From high on the forehead down and out into the cheek, fixed at the entry: the pull leans
    // about 16 degrees past vertical toward the midline.
    const down = (barbs: readonly [number, number]) => oneSide('left', [30, -30], [spec([[50, 40]], barbs)]);
    // Barbed only in the cheek (the longer smooth part in the forehead and around the eye): a midface note.
    const cheek = findingsOf(analyze(down([50, 72]), CANONICAL_ATLAS), rule);
    expect(cheek.map((f) => f.aspect)).toEqual(['midface-medial']);
    expect(deg(cheek[0]!, 'off')).toBeGreaterThan(15);
    expect(deg(cheek[0]!, 'off')).toBeLessThan(17);
    // Barbed only in the upper face (forehead, around the eye): no area of the usual vectors, no note.
    const upper = down([0, 40]);
    expect(Object.keys(barbedAreasOf(upper))).toEqual(['upper-face']);
    expect(aspects(upper)).toEqual([]);
  });

  it('without the menton, or with the gonion on the menton, there is no jaw line to measure a jowl pull against', () => {
    const plan = oneSide('left', JOWL_ENTRY, [jowlAlong]);
    expect(aspects(plan)).toEqual(['jowl-along-jaw']);
    const withoutMenton = Object.fromEntries(Object.entries(CANONICAL_ATLAS.landmarks).filter(([id]) => id !== 'menton'));
    expect(aspects(plan, { ...CANONICAL_ATLAS, landmarks: withoutMenton } as Atlas)).toEqual([]);
    const collapsed = { ...CANONICAL_ATLAS.landmarks, 'gonion-left': { ...CANONICAL_ATLAS.landmarks['menton']! } };
    expect(aspects(plan, { ...CANONICAL_ATLAS, landmarks: collapsed } as Atlas)).toEqual([]);
  });
});
