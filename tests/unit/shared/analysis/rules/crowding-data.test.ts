import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../shared/analysis';
import type { FindingParams } from '../../../../../shared/analysis/finding-text';
import { RULES } from '../../../../../shared/analysis/registry';
import type { Finding } from '../../../../../shared/analysis/types';
import type { Atlas } from '../../../../../shared/atlas';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import type { Side } from '../../../../../shared/plan/types';
import { PlanBuilder, TEMPLE, meta, ray, type ThreadSpec, type XY } from '../helpers';

/**
 * crowding read from its findings' data (which check, threads, side, place, run length), at its
 * limits. The plans are measured on the flat frontal diagram (the canonical atlas without its
 * surface: skin and drawing agree, every height is 0), so straight drawn threads have samples
 * exactly every 2 mm and the distances between two threads are the drawn ones: a spacing of
 * exactly 4 mm, a run of exactly 10 mm and a point exactly 10 mm from a shared entry are exact.
 */

const rule = 'crowding' as const;
const threshold = (name: string): number => RULES.find((r) => r.description.id === rule)!.description.thresholds.find((t) => t.name === name)!.value;
const SPACING = threshold('safeSpacingMm');
const MIN_RUN = threshold('minCrowdedLengthMm');
const FAN_RADIUS = threshold('sharedEntryRadiusMm');
const FLAT_ATLAS: Atlas = { ...CANONICAL_ATLAS, surface: undefined };
const COG = 'pdo-cog-bi-19g-100';

const params = (f: Finding): FindingParams => f.text!.params;
const runMm = (f: Finding): number => (params(f).runMm as { mm: number }).mm;

interface Drawn {
  /** Entry point; threads with the same label share one entry point. */
  readonly label: string;
  readonly at: XY;
  readonly to: readonly XY[];
  readonly barbs: readonly [number, number];
}

/** The crowding findings of a plan of the given threads on one side (in this order), on the flat diagram. */
function crowding(threads: readonly Drawn[], side: Side = 'left'): Finding[] {
  const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
  const labels = [...new Set(threads.map((t) => t.label))];
  // Threads are numbered in plan order: keep the given order by adding one entry per thread
  // unless it shares its label with the thread before it.
  for (const label of labels) {
    const mine = threads.filter((t) => t.label === label);
    b.side(side, label, mine[0]!.at, mine.map((t): ThreadSpec => ({ type: COG, to: t.to, depth: 4.5, barbs: t.barbs, tension: 0.5 })));
  }
  return analyze(b.build(), FLAT_ATLAS).findings.filter((f) => f.rule === rule);
}

/** A straight thread from `at` to `to` with its own entry point. */
const line = (label: string, at: XY, to: XY, barbs: readonly [number, number] = [0, Math.hypot(to[0] - at[0], to[1] - at[1])]): Drawn => ({ label, at, to: [to], barbs });

/** The same drawn point on the given side (the plans here are drawn on the left, x > 0). */
const on = (side: Side, [x, y]: XY): XY => (side === 'left' ? [x, y] : [-x, y]);
const lineOn = (side: Side, label: string, at: XY, to: XY, barbs?: readonly [number, number]): Drawn => line(label, on(side, at), on(side, to), barbs);

/** Two parallel 40 mm threads (barbs 5 to 35 mm), `gap` mm apart across their direction, `dir` giving which way the second lies. */
function parallel(side: Side, gap: number, dir: 'below' | 'above' | 'medial' | 'lateral'): Drawn[] {
  if (dir === 'below' || dir === 'above') {
    const y = dir === 'below' ? 40 + gap : 40 - gap;
    return [lineOn(side, 'A', [60, 40], [20, 40], [5, 35]), lineOn(side, 'B', [60, y], [20, y], [5, 35])];
  }
  const x = dir === 'lateral' ? 40 + gap : 40 - gap;
  return [lineOn(side, 'A', [40, 20], [40, 60], [5, 35]), lineOn(side, 'B', [x, 20], [x, 60], [5, 35])];
}

describe('crowding, read from its data', () => {
  it('barbed sections exactly the safe spacing apart are not crowded; a hundredth of a millimetre closer they are, whichever way round', () => {
    for (const side of ['left', 'right'] as const) {
      for (const dir of ['below', 'above', 'medial', 'lateral'] as const) {
        expect(crowding(parallel(side, SPACING, dir), side)).toEqual([]);
        const found = crowding(parallel(side, SPACING - 0.01, dir), side);
        // The whole barbed section of the first thread (5 to 35 mm) runs beside the second's;
        // the finding points at the middle of that run, on the first thread (20 mm along it).
        expect(found.map((f) => [f.severity, f.aspect, f.threads, f.side])).toEqual([['warning', 'close', ['t1', 't2'], side]]);
        expect(found[0]!.text).toEqual({ id: 'crowding.close', params: { threads: { threads: [1, 2], start: true }, spacingMm: { mm: SPACING }, runMm: { mm: 30 } } });
        expect(found[0]!.location).toEqual({ x: on(side, [40, 40])[0], y: 40 });
        // The same with the second thread drawn the other way (its entry at the other end).
        const [a, b] = parallel(side, SPACING - 0.01, dir);
        const reversed = crowding([a!, { ...b!, at: b!.to[0]!, to: [b!.at] }], side);
        expect(reversed.map((f) => [f.aspect, runMm(f), f.location])).toEqual([['close', 30, found[0]!.location]]);
      }
    }
  });

  it('the run is measured along the thread that comes first in the plan, and the finding points there', () => {
    // The same two threads as above with the lower one first: the place is on the lower one.
    const [upper, lower] = parallel('left', SPACING - 0.01, 'below');
    const found = crowding([{ ...lower!, label: 'A' }, { ...upper!, label: 'B' }]);
    expect(found.map((f) => [f.aspect, f.threads, runMm(f)])).toEqual([['close', ['t1', 't2'], 30]]);
    expect(found[0]!.location).toEqual({ x: 40, y: 40 + SPACING - 0.01 });
  });

  it('a run of exactly the minimum length is crowded; one sample step shorter is not', () => {
    // The second thread's barbs only from 24 to 34 mm: the first's barbs beside them run exactly 10 mm.
    const pair = (barbs: readonly [number, number]): Drawn[] => [line('A', [60, 40], [20, 40], [5, 35]), line('B', [60, 43.99], [20, 43.99], barbs)];
    const found = crowding(pair([24, 24 + MIN_RUN]));
    expect(found.map((f) => [f.aspect, runMm(f)])).toEqual([['close', MIN_RUN]]);
    // Its middle: 29 mm along the first thread, read at the sample before it (28 mm).
    expect(found[0]!.location).toEqual({ x: 32, y: 40 });
    expect(crowding(pair([26, 24 + MIN_RUN]))).toEqual([]);
  });

  it('threads that share an entry point are compared only beyond the fan radius, and touching at the entry is no crossing', () => {
    // Two barbed threads fanning out 3 mm over 40 mm from one entry: close all along, and
    // touching at the entry. Only the first thread's barbs from 10 mm on count.
    const fan: Drawn[] = [line('A', [60, 40], [20, 40]), line('A', [60, 40], [20, 43])];
    const found = crowding(fan);
    expect(found.map((f) => [f.aspect, f.threads, runMm(f)])).toEqual([['close', ['t1', 't2'], 40 - FAN_RADIUS]]);
    expect(found[0]!.location).toEqual({ x: 36, y: 40 });
  });

  it('entry points less than 1 mm apart are one fan; 1 mm apart they are not', () => {
    const near = crowding([line('A', [60, 40], [20, 40]), line('B', [60, 40.99], [20, 43])]);
    expect(near.map((f) => [f.aspect, runMm(f)])).toEqual([['close', 40 - FAN_RADIUS]]);
    const apart = crowding([line('A', [60, 40], [20, 40]), line('B', [60, 41], [20, 43])]);
    expect(apart.map((f) => [f.aspect, runMm(f)])).toEqual([['close', 40]]);
  });

  it('fanned threads that cross beyond the fan radius are reported where they cross', () => {
    const found = crowding([line('A', [60, 40], [20, 40]), { label: 'A', at: [60, 40], to: [[50, 44], [30, 36]], barbs: [0, 40] }]);
    expect(found.map((f) => [f.severity, f.aspect, f.threads, f.side])).toEqual([['warning', 'crossing', ['t1', 't2'], 'left']]);
    expect(found[0]!.text).toEqual({ id: 'crowding.crossing', params: { threads: { threads: [1, 2], start: true } } });
    expect(found[0]!.location!.x).toBeCloseTo(40, 9);
    expect(found[0]!.location!.y).toBeCloseTo(40, 9);
  });

  it('barbed sections that only touch cross: where both end, and where both start', () => {
    const across = (a: readonly [number, number], b: readonly [number, number]): Finding[] => crowding([line('A', [60, 40], [20, 40], a), line('B', [40, 20], [40, 60], b)]);
    for (const [a, b] of [
      [[5, 20], [0, 20]],
      [[20, 35], [20, 40]],
    ] as const) {
      const found = across(a, b);
      expect(found.map((f) => [f.aspect, f.threads])).toEqual([['crossing', ['t1', 't2']]]);
      expect(found[0]!.location).toEqual({ x: 40, y: 40 });
    }
    // Barbs that stop a tenth of a millimetre short of the other thread (either thread's) do not cross.
    expect(across([5, 19.9], [0, 40])).toEqual([]);
    expect(across([5, 35], [0, 19.9])).toEqual([]);
    expect(across([20.1, 35], [0, 40])).toEqual([]);
    expect(across([5, 35], [20.1, 40])).toEqual([]);
  });

  it('of two crossings, the one nearer the first thread\'s entry is reported, whichever order the second thread is drawn in', () => {
    const a = line('A', [60, 40], [20, 40]);
    const u = (legs: readonly [number, number]): Drawn => ({ label: 'B', at: [legs[0], 30], to: [[legs[0], 45], [legs[1], 45], [legs[1], 30]], barbs: [0, 31] });
    // Two crossings 7 mm apart along the first thread (at 13.5 and 20.5 mm), and two within one
    // of its 2 mm segments (at 12.5 and 13.5 mm).
    for (const [near, far] of [
      [46.5, 39.5],
      [47.5, 46.5],
    ] as const) {
      for (const legs of [
        [near, far],
        [far, near],
      ] as const) {
        const found = crowding([a, u([legs[0], legs[1]])]);
        expect(found.map((f) => f.aspect)).toEqual(['crossing']);
        expect(found[0]!.location!.x).toBeCloseTo(near, 9);
        expect(found[0]!.location!.y).toBeCloseTo(40, 9);
      }
    }
  });

  it('of two runs beside the other thread, the longer is reported, with its middle', () => {
    // The second thread steps 10 mm away between 36 and 30 mm across: the first thread's barbs
    // run beside it for 24 mm (60 to 36 mm across), then for 10 mm (30 to 20 mm).
    const y = 40 + SPACING - 0.01;
    const b: Drawn = { label: 'B', at: [60, y], to: [[36, y], [36, y + 10], [30, y + 10], [30, y], [20, y]], barbs: [0, 60] };
    const found = crowding([line('A', [60, 40], [20, 40]), b]);
    expect(found.map((f) => [f.aspect, runMm(f)])).toEqual([['close', 24]]);
    expect(found[0]!.location).toEqual({ x: 48, y: 40 });
  });

  it('oblique threads crossing are reported where their drawings cross', () => {
    const found = crowding([line('A', [60, 30], [20, 50]), line('B', [60, 50], [20, 30])]);
    expect(found.map((f) => [f.aspect, f.threads])).toEqual([['crossing', ['t1', 't2']]]);
    expect(found[0]!.location!.x).toBeCloseTo(40, 9);
    expect(found[0]!.location!.y).toBeCloseTo(40, 9);
  });

  it('a thread without a barbed section beside a barbed one is not crowded (only barbs gather fat)', () => {
    const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
    b.side('left', 'A', [60, 40], [{ type: COG, to: [[20, 40]], depth: 4.5, barbs: [0, 40], tension: 0.5 }]);
    b.side('left', 'B', [60, 42], [{ type: COG, to: [[20, 42]], depth: 4.5, barbs: null, tension: 0.5 }]);
    expect(analyze(b.build(), FLAT_ATLAS).findings.filter((f) => f.rule === rule)).toEqual([]);
  });

  it('on the curved skin, entries less than 1 mm apart on the skin are a fan; 1 mm apart in the drawing where the skin slopes are not', () => {
    // Two threads from the temple 2 degrees apart, barbed from their entries: close all along.
    // Distances are 3-D on the canonical surface, where the temple turns away from the viewer.
    const runOf = (bEntry: XY): number => {
      const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
      b.side('left', 'A', TEMPLE, [{ type: COG, to: [ray(TEMPLE, 20, 50)], depth: 4.5, barbs: [0, 50], tension: 0.5 }]);
      b.side('left', 'B', bEntry, [{ type: COG, to: [ray(bEntry, 22, 50)], depth: 4.5, barbs: [0, 50], tension: 0.5 }]);
      const found = analyze(b.build(), CANONICAL_ATLAS).findings.filter((f) => f.rule === rule);
      expect(found.map((f) => f.aspect)).toEqual(['close']);
      return runMm(found[0]!);
    };
    const apart = runOf([TEMPLE[0] - 1, TEMPLE[1]]);
    const fan = runOf([TEMPLE[0] - 0.3, TEMPLE[1]]);
    // Apart: the whole barbed section runs close (more than the 50 mm drawn: the skin turns away).
    expect(apart).toBeGreaterThan(50);
    // A fan: its first 10 mm on the skin are left out, give or take a sample step.
    expect(apart - fan).toBeGreaterThanOrEqual(FAN_RADIUS - 2);
    expect(apart - fan).toBeLessThanOrEqual(FAN_RADIUS + 2);
  });

  it('threads 3 mm apart in the drawing where the skin turns away are farther apart on the skin: not crowded', () => {
    // At the side of the face (x 66 to 69 mm) the skin falls away from the viewer by about 2 mm
    // per drawn millimetre, so 3 drawn millimetres across are more than the safe spacing.
    const pair = (atlas: Atlas): Finding[] => {
      const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
      for (const [label, x] of [['A', 66], ['B', 69]] as const) b.side('left', label, [x, 10], [{ type: COG, to: [[x, 40]], depth: 4.5, barbs: [0, 30], tension: 0.5 }]);
      return analyze(b.build(), atlas).findings.filter((f) => f.rule === rule);
    };
    expect(pair(CANONICAL_ATLAS)).toEqual([]);
    // Read on the flat drawing, the same threads would be crowded all along.
    expect(pair(FLAT_ATLAS).map((f) => [f.aspect, runMm(f)])).toEqual([['close', 30]]);
    // The same when the second thread then bends to end 3 mm below the first one's end, so the
    // two do come within the spacing on the skin (and are compared): only that bend is close.
    const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
    b.side('left', 'A', [66, 10], [{ type: COG, to: [[66, 40]], depth: 4.5, barbs: [0, 30], tension: 0.5 }]);
    b.side('left', 'B', [69, 10], [{ type: COG, to: [[69, 40], [66, 43]], depth: 4.5, barbs: [0, 34], tension: 0.5 }]);
    expect(analyze(b.build(), CANONICAL_ATLAS).findings.filter((f) => f.rule === rule)).toEqual([]);
  });
});
