import { describe, expect, it } from 'vitest';
import { ARCH, JAWLINE_PAIR, MIDFACE_FAN, PlanBuilder, TEMPLE, findingsOf, meta, midfaceVector, oneSide, run } from '../helpers';
import { mirrorSpec } from '../../../../../cli/examples/builder';
import type { ThreadSpec, XY } from '../helpers';
import type { Finding } from '../../../../../shared/analysis/types';
import type { PlanDocument, Side } from '../../../../../shared/plan/types';
import { RULES } from '../../../../../shared/analysis/registry';
import { analyze } from '../../../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import type { Atlas } from '../../../../../shared/atlas/types';
import { THREAD_CATALOGUE, validateThreadType } from '../../../../../shared/catalogue';

/**
 * What the asymmetry findings carry as data (text key, parameters, threads, place), read from
 * the findings and the metrics, not from their English: the side-level direction finding, the
 * pair findings' parameters and places, the unmatched finding's order and each thread's main
 * region, and which findings hide which. Found missing by mutation testing (docs/testing.md).
 */

const rule = 'asymmetry' as const;
const mirrorXY = ([x, y]: XY): XY => [-x, y];
const DIRECTION_MAX = RULES.find((r) => r.description.id === rule)!.description.thresholds.find((t) => t.name === 'directionDifferenceMaxDeg')!.value;
const SMOOTH = 'pdo-mono-27g-60'; // a smooth (mono) type: no barbed section, so no pull

/** Entries in the order given (threads numbered in that order); a right group is the mirror of the spec. */
function plan(groups: readonly [Side, XY, readonly ThreadSpec[]][]): PlanDocument {
  const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
  groups.forEach(([side, at, specs], i) =>
    side === 'right' ? b.side('right', `R${i}`, mirrorXY(at), specs.map(mirrorSpec)) : b.side('left', `L${i}`, at, specs),
  );
  return b.build();
}

const params = (f: Finding) => f.text!.params as Record<string, unknown>;
const only = (found: readonly Finding[], aspect: string): Finding[] => found.filter((f) => f.aspect === aspect);
const numberOf = (p: PlanDocument, id: string): number => p.threads.findIndex((t) => t.id === id) + 1;

/**
 * A finding's place is on its lead thread, away from the entry: at least `min` mm from it and
 * within 1 mm of the straight drawn path (these fixtures are straight: entry and one point).
 */
function expectOnThreadAwayFromEntry(p: PlanDocument, f: Finding, min: number): void {
  const lead = p.threads.find((t) => t.id === f.threads[0])!;
  const [a, b] = [lead.path[0]!, lead.path[lead.path.length - 1]!];
  const at = f.location!;
  expect(Math.hypot(at.x - a.x, at.y - a.y), `${f.aspect}: distance from the entry`).toBeGreaterThan(min);
  const cross = Math.abs((b.x - a.x) * (at.y - a.y) - (b.y - a.y) * (at.x - a.x)) / Math.hypot(b.x - a.x, b.y - a.y);
  expect(cross, `${f.aspect}: distance from the path`).toBeLessThan(1);
}

describe('asymmetry findings as data', () => {
  it('a one-sided note has its own text key and names no thread', () => {
    for (const side of ['right', 'left'] as const) {
      const found = findingsOf(run(oneSide(side, side === 'left' ? TEMPLE : mirrorXY(TEMPLE), side === 'left' ? MIDFACE_FAN : MIDFACE_FAN.map(mirrorSpec))), rule);
      expect(found.map((f) => [f.text!.id, f.threads])).toEqual([['asymmetry.one-sided', []]]);
    }
  });

  it("the side-level direction finding gives both sides' resultant directions and the angle between them, also when pairs differ in force", () => {
    // Two pairs tensioned 1 N against 0.5 N (pair-force findings), and an extra steep left
    // thread that turns the left resultant: no pair differs in direction, so the sides' direction
    // difference is said at side level. (The pair-force findings hide only the side-level force.)
    const p = plan([
      ['right', TEMPLE, MIDFACE_FAN.slice(0, 2)],
      ['left', TEMPLE, [...MIDFACE_FAN.slice(0, 2).map((t) => ({ ...t, tension: 0.5 })), midfaceVector(60, 40, { tension: 1.9 })]],
    ]);
    const result = run(p);
    const found = findingsOf(result, rule);
    expect(found.map((f) => f.aspect).sort()).toEqual(['count', 'direction', 'pair-force', 'pair-force']);
    const er = result.metrics.resultant.right.elevationDeg!;
    const el = result.metrics.resultant.left.elevationDeg!;
    expect(Math.abs(er - el)).toBeGreaterThan(DIRECTION_MAX);
    const [direction] = only(found, 'direction');
    expect([direction!.severity, direction!.text!.id]).toEqual(['warning', 'asymmetry.direction']);
    expect(params(direction!)).toEqual({ apart: { deg: Math.abs(er - el) }, right: { direction: er }, left: { direction: el } });
  });

  it("pairs that differ only in direction do not hide the sides' force difference, which has its own text", () => {
    // Two pairs 21 degrees apart at 0.6 N (pair-direction findings) and an extra 1.9 N left
    // thread: per pulling thread 0.6 N against 1.03 N (the counts differ: their means are compared).
    const at = { tension: 0.6 };
    const p = plan([
      ['right', TEMPLE, [midfaceVector(9, 65, at), midfaceVector(16, 65, at)]],
      ['left', TEMPLE, [midfaceVector(30, 65, at), midfaceVector(37, 62, at), midfaceVector(60, 40, { tension: 1.9 })]],
    ]);
    const result = run(p);
    const found = findingsOf(result, rule);
    expect(found.map((f) => f.aspect).sort()).toEqual(['count', 'force', 'pair-direction', 'pair-direction']);
    const [force] = only(found, 'force');
    const right = result.metrics.tractionBySide.right / 2;
    const left = result.metrics.tractionBySide.left / 3;
    expect(left).toBeGreaterThan(right);
    expect([force!.severity, force!.text!.id]).toEqual(['warning', 'asymmetry.force-per-thread']);
    expect(params(force!)).toEqual({ right: { newtons: right }, left: { newtons: left }, share: { percent: right / left } });
  });

  it("a pair-direction finding names its pair (each side's thread, lead first), the angle apart, both directions and the limit", () => {
    const p = plan([
      ['right', TEMPLE, [midfaceVector(9, 65), midfaceVector(16, 65)]],
      ['left', TEMPLE, [midfaceVector(30, 65), midfaceVector(37, 62)]],
    ]);
    const found = only(findingsOf(run(p), rule), 'pair-direction');
    expect(found.map((f) => f.threads)).toEqual([
      ['t1', 't3'],
      ['t2', 't4'],
    ]);
    for (const f of found) {
      const [r, l] = f.threads.map((id) => numberOf(p, id));
      expect([f.severity, f.text!.id]).toEqual(['warning', 'asymmetry.pair-direction']);
      const { right, left } = params(f) as { right: { direction: number }; left: { direction: number } };
      expect(params(f)).toEqual({
        threads: { threads: [r, l], start: true },
        rightThread: { threads: [r], start: true },
        leftThread: { threads: [l] },
        apart: { deg: Math.abs(right.direction - left.direction) },
        right,
        left,
        max: { deg: DIRECTION_MAX },
      });
      expect(Math.abs(right.direction - left.direction)).toBeGreaterThan(DIRECTION_MAX);
      // On the lead thread, in its barbed section (which starts 15 mm from the entry), not at the entry.
      expectOnThreadAwayFromEntry(p, f, 10);
    }
  });

  it("a pair's tensions are compared as a share of the stronger: 0.4 N against 0.2 N differs, 1.8 N against 1.5 N does not", () => {
    const pair = (a: number, b: number) => plan([['right', TEMPLE, [midfaceVector(23, 65, { tension: a })]], ['left', TEMPLE, [midfaceVector(23, 65, { tension: b })]]]);
    const small = pair(0.4, 0.2);
    const found = findingsOf(run(small), rule);
    expect(found.map((f) => [f.severity, f.aspect, f.text!.id])).toEqual([['warning', 'pair-force', 'asymmetry.pair-force']]);
    expect(params(found[0]!)).toEqual({
      threads: { threads: [1, 2], start: true },
      rightThread: { threads: [1], start: true },
      leftThread: { threads: [2] },
      right: { newtons: 0.4 },
      left: { newtons: 0.2 },
      share: { percent: 0.2 / 0.4 },
    });
    expectOnThreadAwayFromEntry(small, found[0]!, 10);
    // 0.3 N apart is a sixth of 1.8 N: accepted, although the difference is larger than above.
    expect(findingsOf(run(pair(1.8, 1.5)), rule)).toEqual([]);
  });

  it('a thread of a type not in the catalogue has no holding force to exceed, so its pair is compared at any tension', () => {
    const p = plan([['right', TEMPLE, [midfaceVector(23, 65, { type: 'not-in-catalogue', tension: 2.5 })]], ['left', TEMPLE, [midfaceVector(23, 65)]]]);
    const found = findingsOf(run(p), rule);
    expect(found.map((f) => f.aspect)).toEqual(['pair-force']);
    expect(params(found[0]!)).toMatchObject({ right: { newtons: 2.5 }, left: { newtons: 1 } });
  });

  it('a barbed thread made for tightening, not lifting, is not compared with its counterpart for direction or force', () => {
    // A user catalogue may hold a cog thread for tightening (only smooth lifting threads are
    // refused): it has a barbed section and a pull, but lifts nothing (thread-geometry isLifting).
    const cog = THREAD_CATALOGUE.find((t) => t.id === 'pdo-cog-bi-19g-100')!;
    const tightening = { ...cog, id: 'user-cog-tightening', purpose: 'tightening' as const };
    expect(validateThreadType(tightening)).toEqual([]);
    const catalogue = [...THREAD_CATALOGUE, tightening];
    // 28 degrees apart and 0.5 N against 1 N: both pair findings when both threads lift.
    const steep = midfaceVector(9, 65, { tension: 0.5 });
    const flat = midfaceVector(37, 62);
    const pairAspects = (right: ThreadSpec, left: ThreadSpec) =>
      findingsOf(analyze(plan([['right', TEMPLE, [right]], ['left', TEMPLE, [left]]]), CANONICAL_ATLAS, { catalogue }), rule)
        .map((f) => f.aspect ?? '')
        .filter((a) => a.startsWith('pair-'))
        .sort();
    expect(pairAspects(steep, flat)).toEqual(['pair-direction', 'pair-force']);
    expect(pairAspects({ ...steep, type: tightening.id }, flat)).toEqual([]);
    expect(pairAspects(steep, { ...flat, type: tightening.id })).toEqual([]);
  });

  it('a side whose threads pull nothing (smooth) has no resultant direction, so no side-level direction finding', () => {
    for (const smoothSide of ['right', 'left'] as const) {
      const smooth = [midfaceVector(23, 65, { type: SMOOTH, barbs: null, tension: 0.1 })];
      const barbed = [MIDFACE_FAN[1]!];
      const p = plan([['right', TEMPLE, smoothSide === 'right' ? smooth : barbed], ['left', TEMPLE, smoothSide === 'left' ? smooth : barbed]]);
      const result = run(p);
      expect(result.metrics.resultant[smoothSide].elevationDeg, smoothSide).toBeNull();
      // The barbed side's direction is far from 0 degrees, so reading a missing direction as 0 would fire.
      expect(result.metrics.resultant[smoothSide === 'right' ? 'left' : 'right'].elevationDeg!).toBeGreaterThan(DIRECTION_MAX);
      expect(findingsOf(result, rule).map((f) => f.aspect), smoothSide).toEqual(['force']);
    }
  });

  it('a thread whose barbs are centred on its fixation point has no pull direction: its pair is not compared for direction', () => {
    // Out 20 mm, back through the entry 40 mm and back to it, barbed all along and fixed at the
    // entry: on the flat diagram (no surface, so samples every 2 mm of the drawing) the barbs'
    // centroid is the entry itself, and the traction has no direction (thread-geometry tractionOf).
    const flat: Atlas = { ...CANONICAL_ATLAS, surface: undefined };
    const [ex, ey] = TEMPLE;
    const folded: ThreadSpec = { ...midfaceVector(0, 20), to: [[ex, ey + 20], [ex, ey - 20], [ex, ey]], barbs: [0, 80], fixationEnd: 'entry' };
    for (const foldedSide of ['right', 'left'] as const) {
      const other = midfaceVector(23, 65);
      const p = plan([['right', TEMPLE, [foldedSide === 'right' ? folded : other]], ['left', TEMPLE, [foldedSide === 'left' ? folded : other]]]);
      const result = analyze(p, flat);
      expect(result.metrics.resultant[foldedSide].elevationDeg, foldedSide).toBeNull();
      // Paired (no unmatched finding), equal tensions (no pair-force), no direction to compare.
      expect(findingsOf(result, rule).map((f) => f.aspect), foldedSide).toEqual(['force']);
    }
  });

  it('the unmatched finding lists its threads in plan order, each with its side and main region, and sits on the first', () => {
    // The left side is numbered first: thread 1 (midface, paired), thread 2 (jawline, no
    // counterpart), then the right: thread 3 (paired with 1), thread 4 (a second midface vector).
    const p = plan([
      ['left', TEMPLE, [MIDFACE_FAN[0]!]],
      ['left', ARCH, [JAWLINE_PAIR[0]!]],
      ['right', TEMPLE, [MIDFACE_FAN[0]!, MIDFACE_FAN[1]!]],
    ]);
    const found = findingsOf(run(p), rule);
    expect(found.map((f) => [f.severity, f.aspect, f.text!.id, f.threads])).toEqual([['warning', 'unmatched', 'asymmetry.unmatched', ['t2', 't4']]]);
    expect(params(found[0]!)).toEqual({
      threads: { threads: [2, 4], start: true },
      count: 2,
      described: {
        series: [
          // The jawline thread's barbs lie mostly in the jowl; the midface vector's mostly on the
          // malar area (its barbs start in the temple and end in the submalar cheek).
          { text: 'asymmetry.unmatched.thread', params: { thread: { threads: [2] }, side: { text: 'asymmetry.side.left' }, region: { region: 'jowl' } } },
          { text: 'asymmetry.unmatched.thread', params: { thread: { threads: [4] }, side: { text: 'asymmetry.side.right' }, region: { region: 'malar' } } },
        ],
      },
    });
    // On thread 2 (left: x > 0), in its barbed section.
    expect(found[0]!.location!.x).toBeGreaterThan(0);
    const jawline = p.threads[1]!;
    const at = found[0]!.location!;
    expect(Math.hypot(at.x - jawline.path[0]!.x, at.y - jawline.path[0]!.y)).toBeGreaterThan(10);
  });

  it("a thread's main region is where its barbs lie; a smooth thread's is where most of its path on the face lies", () => {
    const regionOf = (extra: ThreadSpec): unknown => {
      const p = plan([
        ['right', TEMPLE, [MIDFACE_FAN[0]!, extra]],
        ['left', TEMPLE, [MIDFACE_FAN[0]!]],
        ['left', ARCH, [JAWLINE_PAIR[0]!]],
      ]);
      const [unmatched] = only(findingsOf(run(p), rule), 'unmatched');
      const series = (params(unmatched!).described as { series: { params: { thread: { threads: number[] }; region: unknown } }[] }).series;
      return series.find((d) => d.params.thread.threads[0] === 2)!.params.region;
    };
    // Barbs only on the last 13 mm, in the submalar cheek; most of the path crosses the malar area.
    expect(regionOf(midfaceVector(23, 65, { barbs: [45, 58] }))).toEqual({ region: 'submalar' });
    // The same path without barbs: the whole path counts, most of it on the malar area.
    expect(regionOf(midfaceVector(23, 65, { type: SMOOTH, barbs: null, tension: 0.1 }))).toEqual({ region: 'malar' });
    // A smooth thread running laterally off the face: only its part in the temple is on a region.
    expect(regionOf(midfaceVector(-90, 40, { type: SMOOTH, barbs: null, tension: 0.1 }))).toEqual({ region: 'temple' });
  });

  it('a finding led by a smooth thread (no barbed section) sits at its entry', () => {
    const p = plan([
      ['right', TEMPLE, [MIDFACE_FAN[0]!, midfaceVector(23, 65, { type: SMOOTH, barbs: null, tension: 0.1 })]],
      ['left', TEMPLE, [MIDFACE_FAN[0]!]],
      ['left', ARCH, [JAWLINE_PAIR[0]!]],
    ]);
    const [unmatched] = only(findingsOf(run(p), rule), 'unmatched');
    expect(unmatched!.threads[0]).toBe('t2');
    expect(unmatched!.location).toEqual(p.threads[1]!.path[0]);
  });
});
