import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../shared/analysis';
import { atlasLookup } from '../../../../../shared/analysis/atlas-lookup';
import { computeThreadGeometry } from '../../../../../shared/analysis/thread-geometry';
import type { Finding } from '../../../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import type { Atlas } from '../../../../../shared/atlas/types';
import { THREAD_CATALOGUE, validateThreadType } from '../../../../../shared/catalogue';
import type { PlanDocument } from '../../../../../shared/plan/types';
import { BROW_ENTRY, BROW_VECTOR, MIDFACE_FAN, PlanBuilder, TEMPLE, findingsOf, meta, oneSide, run, type ThreadSpec, type XY } from '../helpers';

/**
 * Which threads thread-count counts, and in which area: only lifting threads, each in the area
 * holding most of its barbed samples (not its smooth part; samples off every region count for
 * no area; on a tie, the area the barbs meet first). Found missing by mutation testing
 * (docs/testing.md, thread-count.ts).
 */

const rule = 'thread-count' as const;
const COG = 'pdo-cog-bi-19g-100';
const FAN2 = [MIDFACE_FAN[0]!, MIDFACE_FAN[2]!];
/** The canonical atlas without its surface: a straight thread is sampled exactly every 2 mm of the drawing. */
const FLAT: Atlas = { ...CANONICAL_ATLAS, surface: undefined };
const params = (f: Finding) => f.text!.params as Record<string, unknown>;
const straight = (to: XY, barbs: readonly [number, number]): ThreadSpec => ({ type: COG, to: [to], depth: 4.5, barbs, tension: 1 });

function leftPlan(groups: readonly (readonly [XY, readonly ThreadSpec[]])[], saggingGrade: number): PlanDocument {
  const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1', saggingGrade }));
  groups.forEach(([at, specs], i) => b.side('left', String.fromCharCode(65 + i), at, specs));
  return b.build();
}

/** How a plan's first thread's samples fall by area (barbed and smooth apart; `none`: outside every region). */
function areasOf(p: PlanDocument, atlas: Atlas, catalogue = THREAD_CATALOGUE) {
  const thread = p.threads[0]!;
  const g = computeThreadGeometry(thread, 1, catalogue.find((c) => c.id === thread.typeId)!, atlasLookup(atlas));
  const barbed: Record<string, number> = {};
  const smooth: Record<string, number> = {};
  for (const s of g.samples) {
    const into = s.barbed ? barbed : smooth;
    const area = s.region?.area ?? 'none';
    into[area] = (into[area] ?? 0) + 1;
  }
  return { barbed, smooth, isLifting: g.isLifting };
}

describe('thread-count: which threads count, and in which area', () => {
  it('a barbed thread made for tightening is not counted as a lifting thread', () => {
    // A user catalogue may hold a cog thread for tightening: it has barbs but lifts nothing.
    const cog = THREAD_CATALOGUE.find((t) => t.id === COG)!;
    const tightening = { ...cog, id: 'user-cog-tightening', purpose: 'tightening' as const };
    expect(validateThreadType(tightening)).toEqual([]);
    const catalogue = [...THREAD_CATALOGUE, tightening];
    // Grade 3 needs 3 midface threads: two lifting ones and the tightening cog between them.
    const p = oneSide('left', TEMPLE, [FAN2[0]!, { ...MIDFACE_FAN[1]!, type: tightening.id }, FAN2[1]!], { saggingGrade: 3 });
    expect(p.threads[1]!.barbed).not.toBeNull();
    const found = findingsOf(analyze(p, CANONICAL_ATLAS, { catalogue }), rule);
    expect(found.map((f) => [f.side, f.aspect, f.threads])).toEqual([['left', 'under:midface', ['t1', 't3']]]);
    expect(params(found[0]!)).toMatchObject({ have: 2, needed: 3, add: 1, threads: { threads: [1, 3] } });
  });

  it('a lifting thread whose barbs lie outside every region belongs to no area: with two midface threads it does not make a combined plan', () => {
    const offRegions = straight([110, 40], [0, 40]);
    const p = leftPlan([[TEMPLE, FAN2], [[110, 0], [offRegions]]], 2);
    // The fixture's premise, read from the geometry: every barbed sample of the third thread is off the regions.
    const third = areasOf(leftPlan([[[110, 0], [offRegions]]], 2), CANONICAL_ATLAS);
    expect(third.isLifting).toBe(true);
    expect(Object.keys(third.barbed)).toEqual(['none']);
    // Two midface threads meet grade 2's minimum of 2; a third area would make it a combined plan of 3 (< 4).
    expect(findingsOf(run(p), rule)).toEqual([]);
    expect(findingsOf(run(leftPlan([[TEMPLE, FAN2], [BROW_ENTRY, [BROW_VECTOR]]], 2)), rule).map((f) => f.aspect)).toEqual(['under:combined']);
  });

  it('a side short in one area that also lifts another gets the area\'s note only, not the combined one as well', () => {
    // One midface thread and one brow thread at grade 2: short of 2 in the midface (and of 4 combined).
    const found = findingsOf(run(leftPlan([[TEMPLE, [FAN2[0]!]], [BROW_ENTRY, [BROW_VECTOR]]], 2)), rule);
    expect(found.map((f) => [f.side, f.aspect, f.threads])).toEqual([['left', 'under:midface', ['t1']]]);
    expect(params(found[0]!)).toMatchObject({ have: 1, needed: 2, where: { text: 'thread-count.area.midface' } });
  });

  it('a thread belongs to the area of its barbs, not of its longer smooth part', () => {
    // Down the cheek from the malar region: 20+ smooth samples in the midface, the barbs all in the jowl.
    const p = leftPlan([[[40, 30], [straight([40, 100], [50, 70])]]], 1);
    const { barbed, smooth } = areasOf(p, CANONICAL_ATLAS);
    expect(barbed).toEqual({ 'lower-face': expect.any(Number) });
    expect(smooth.midface).toBeGreaterThan(barbed['lower-face']! + (smooth['lower-face'] ?? 0));
    const found = findingsOf(run(p), rule);
    expect(found.map((f) => [f.aspect, params(f).where])).toEqual([['under:lower-face', { text: 'thread-count.area.lower-face' }]]);
  });

  it('barbs exactly as many in the midface as in the lower face: the thread belongs to the area its barbs meet first', () => {
    // On the flat diagram, straight down from the submalar cheek into the jowl: samples every 2 mm,
    // the first 8 barbed ones in the midface and the next 8 in the lower face.
    const down = leftPlan([[[40, 60], [straight([40, 120], [0, 30])]]], 1);
    expect(areasOf(down, FLAT).barbed).toEqual({ midface: 8, 'lower-face': 8 });
    const found = findingsOf(analyze(down, FLAT), rule);
    expect(found.map((f) => [f.aspect, params(f).where])).toEqual([['under:midface', { text: 'thread-count.area.midface' }]]);
    // Drawn the other way (up from the jowl, fixed at its far end), the lower face is met first.
    const up = leftPlan([[[40, 90], [{ ...straight([40, 30], [0, 30]), fixationEnd: 'distal' }]]], 1);
    expect(areasOf(up, FLAT).barbed).toEqual({ 'lower-face': 8, midface: 8 });
    expect(findingsOf(analyze(up, FLAT), rule).map((f) => f.aspect)).toEqual(['under:lower-face']);
  });
});
