import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../shared/analysis';
import { atlasLookup } from '../../../../../shared/analysis/atlas-lookup';
import type { FindingParam, FindingParams } from '../../../../../shared/analysis/finding-text';
import { RULES } from '../../../../../shared/analysis/registry';
import type { AnalysisResult, Finding } from '../../../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import type { PlanDocument, Side } from '../../../../../shared/plan/types';
import type { SideGathering, SimulationSummary } from '../../../../../shared/simulation/summary';
import { mirrorSpec } from '../../../../../cli/examples/builder';
import { MIDFACE_FAN, PlanBuilder, TEMPLE, bilateral, findingsOf, meta, midfaceVector, oneSide, run, type ThreadSpec } from '../helpers';
import { convergingOnProminence } from './cheekbone-fixtures';

/**
 * cheekbone-concentration read from its findings' data (text parameters, threads, place, side):
 * the one-thread share and its limit, the summary's share and threads, where each finding
 * points, and the simulated gathering per newton against its threshold. The simulation's summary
 * is an input of analyze() (the app runs the simulation first); here it is given by hand, so the
 * figures on each side of the threshold are exact.
 */

const rule = 'cheekbone-concentration' as const;
const COG_UNI = 'pdo-cog-uni-19g-100';
const threshold = (name: string): number => RULES.find((r) => r.description.id === rule)!.description.thresholds.find((t) => t.name === name)!.value;
const DOMINANT_MAX = threshold('dominantThreadShareMax');
const GATHERING_MAX = threshold('simulatedProminenceGatheringPerNMax');
const params = (f: Finding): FindingParams => f.text!.params;
const num = (p: FindingParam | undefined, key: 'percent' | 'newtons'): number => (p as Record<string, number>)[key]!;
const of = (result: AnalysisResult, aspect: string): Finding[] => findingsOf(result, rule).filter((f) => f.aspect === aspect);
const mirrored = (specs: readonly ThreadSpec[]): PlanDocument => oneSide('right', [-TEMPLE[0], TEMPLE[1]], specs.map(mirrorSpec));

describe('cheekbone-concentration, read from its data', () => {
  it('one thread with all of a side\'s midface pull: its number, tension, side, the whole share and no others', () => {
    for (const side of ['left', 'right'] as const) {
      const specs = [midfaceVector(23, 65, { tension: 1.2 })];
      const plan = side === 'left' ? oneSide('left', TEMPLE, specs) : mirrored(specs);
      const [f] = of(run(plan), 'single-thread');
      expect([f!.severity, f!.threads, f!.side, f!.text!.id]).toEqual(['warning', [plan.threads[0]!.id], side, 'cheekbone-concentration.single-thread']);
      const p = params(f!);
      expect(p.thread).toEqual({ threads: [1], start: true });
      expect(p.side).toEqual({ side });
      expect(p.tension).toEqual({ newtons: 1.2 });
      expect(num(p.share, 'percent')).toBeCloseTo(1, 9);
      expect(p.amount).toEqual({ text: 'cheekbone-concentration.amount.all' });
      expect(p.rest).toBe('');
      // It points at the middle of the barbed section: on the thread's side, below the entry.
      expect(Math.sign(f!.location!.x)).toBe(side === 'left' ? 1 : -1);
      expect(f!.location!.y).toBeGreaterThan(TEMPLE[1]);
    }
  });

  it('a share just over the limit names the strongest thread with its share and the number of others; the same pull spread is not flagged', () => {
    // Three vectors of the fan: the middle one pulls hardest.
    const spread = (middle: number) => oneSide('left', TEMPLE, [midfaceVector(9, 65, { tension: 0.3 }), midfaceVector(23, 65, { tension: middle }), midfaceVector(37, 62, { tension: 0.3 })]);
    const strong = of(run(spread(1.6)), 'single-thread');
    expect(strong.map((f) => f.threads)).toEqual([['t2']]);
    const p = params(strong[0]!);
    const share = num(p.share, 'percent');
    expect(share).toBeGreaterThan(DOMINANT_MAX);
    expect(share).toBeLessThan(1);
    expect(p.amount).toEqual({ text: 'cheekbone-concentration.amount.share', params: { share: { percent: share } } });
    expect(p.rest).toEqual({ text: 'cheekbone-concentration.rest', params: { others: 2 } });
    expect(p.thread).toEqual({ threads: [2], start: true });
    // At equal tensions no thread dominates.
    expect(of(run(spread(0.3)), 'single-thread')).toEqual([]);
  });

  it('the one-thread limit: a share at it passes, just over it is flagged', () => {
    // Two threads on the same path: their pulls in the midface are in the ratio of their tensions.
    const pair = (a: number, b: number) => oneSide('left', TEMPLE, [midfaceVector(23, 65, { tension: a }), midfaceVector(23, 65, { tension: b })]);
    const total = 2;
    const at = DOMINANT_MAX * total;
    const shareAt = of(run(pair(at, total - at)), 'single-thread');
    expect(shareAt).toEqual([]);
    const over = of(run(pair(at + 0.02, total - at - 0.02)), 'single-thread');
    expect(over.map((f) => f.threads)).toEqual([['t1']]);
    expect(num(params(over[0]!).share, 'percent')).toBeCloseTo((at + 0.02) / total, 6);
    // The stronger thread is named whichever comes first in the plan.
    expect(of(run(pair(total - at - 0.02, at + 0.02)), 'single-thread').map((f) => f.threads)).toEqual([['t2']]);
  });

  it('the summary of a side gathering on the prominence: share, side, threads in plan order and their count', () => {
    const plan = bilateral(TEMPLE, [12, 22, 32].map((a) => midfaceVector(a, 50, { type: COG_UNI })));
    const found = of(run(plan), 'malar-share');
    expect(found.map((f) => [f.severity, f.side, f.text!.id])).toEqual([
      ['warning', 'right', 'cheekbone-concentration.malar-share'],
      ['warning', 'left', 'cheekbone-concentration.malar-share'],
    ]);
    for (const f of found) {
      const p = params(f);
      expect(num(p.share, 'percent')).toBeCloseTo(1, 9);
      expect(p.side).toEqual({ side: f.side });
      expect(p.count).toBe(3);
      const numbers = (p.threads as { threads: number[] }).threads;
      expect(numbers).toHaveLength(3);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      expect(f.threads.map((id) => plan.threads.findIndex((t) => t.id === id) + 1)).toEqual(numbers);
      // It points between the barb ends on the prominence: on the side's half, below the temple.
      // The mean of the barb ends on the prominence: on it, on the finding's own side.
      expect(atlasLookup(CANONICAL_ATLAS).regionAt(f.location!)?.kind).toBe('malar');
      expect(Math.sign(f.location!.x)).toBe(f.side === 'left' ? 1 : -1);
    }
  });

  it('the summary points at the mean of every place it sums up: barb ends, the anchor and where two lines converge', () => {
    // Six threads: barb ends on the prominence (1 to 5), a converging pair (1 and 2) and one
    // anchored there (6). Strong vectors added after them (7 to 9) keep the side's share under
    // the limit, so the same six threads' places are each stated by a finding of their own.
    const plan = (dilute: boolean): PlanDocument => {
      const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
      b.side('left', 'B', [49, 10], [{ type: COG_UNI, to: [[30, 60]], barbs: [15, 46], zone: 'lateral-orbital-rim', tension: 0.6 }]);
      b.side('left', 'A', TEMPLE, [
        { type: 'pdo-cog-bi-19g-100', to: [[26, 52]], barbs: [45, 68], zone: 'deep-temporal-fascia', tension: 0.6 },
        ...[12, 22, 32].map((a) => midfaceVector(a, 50, { type: COG_UNI })),
      ]);
      b.side('left', 'C', [44, 26], [{ type: COG_UNI, to: [[50, 86]], barbs: [22, 54], tension: 0.6 }]);
      if (dilute) b.side('left', 'D', TEMPLE, [9, 23, 37].map((a) => midfaceVector(a, 62, { tension: 1.9 })));
      return b.build();
    };
    const six = ['t1', 't2', 't3', 't4', 't5', 't6'];
    const [summary] = of(run(plan(false)), 'malar-share');
    expect(summary!.threads).toEqual(six);
    const places = findingsOf(run(plan(true)), rule).filter((f) => f.threads.every((id) => six.includes(id)));
    expect(places.map((f) => f.aspect).sort()).toEqual(['anchored', 'barb-end', 'barb-end', 'barb-end', 'barb-end', 'barb-end', 'converging']);
    const at = places.map((f) => f.location!);
    expect(summary!.location!.x).toBeCloseTo(at.reduce((sum, p) => sum + p.x, 0) / at.length, 9);
    expect(summary!.location!.y).toBeCloseTo(at.reduce((sum, p) => sum + p.y, 0) / at.length, 9);
  });

  it('a barb end on the prominence: the finding points at that end of the barbed section', () => {
    const plan = bilateral(TEMPLE, [midfaceVector(9, 65), midfaceVector(23, 65), midfaceVector(32, 50, { type: COG_UNI })]);
    const found = of(run(plan), 'barb-end');
    expect(found.map((f) => [f.severity, f.threads, f.side, f.text!.id])).toEqual([
      ['warning', ['t3'], 'right', 'cheekbone-concentration.barb-end'],
      ['warning', ['t6'], 'left', 'cheekbone-concentration.barb-end'],
    ]);
    expect(params(found[1]!).thread).toEqual({ threads: [6] });
    // The far end of the barbs (the start lies in the temple): about 50 - 7 mm from the entry, drawn.
    const t6 = plan.threads[5]!;
    const [entry, end] = t6.path;
    const at = found[1]!.location!;
    expect(Math.hypot(at.x - entry!.x, at.y - entry!.y)).toBeCloseTo(t6.barbed!.endMm, 0);
    expect(Math.hypot(at.x - end!.x, at.y - end!.y)).toBeLessThan(10);
  });

  it('a barbed section that starts on the prominence and runs on past it: the finding points at its start', () => {
    const plan = oneSide('left', TEMPLE, [midfaceVector(9, 65), midfaceVector(23, 65), midfaceVector(32, 85, { barbs: [45, 78] })]);
    const found = of(run(plan), 'barb-end');
    expect(found.map((f) => f.threads)).toEqual([['t3']]);
    const [entry] = plan.threads[2]!.path;
    const at = found[0]!.location!;
    expect(Math.hypot(at.x - entry!.x, at.y - entry!.y)).toBeCloseTo(45, 0);
  });

  it('two converging threads: both named in plan order, at the crossing of their lines', () => {
    const [f] = of(run(convergingOnProminence()), 'converging');
    expect([f!.severity, f!.threads, f!.side, f!.text!.id]).toEqual(['warning', ['t3', 't4'], 'left', 'cheekbone-concentration.converging']);
    expect(params(f!).threads).toEqual({ threads: [3, 4], start: true });
    // Between the two entries and the two ends: on the prominence, inside the face's left half.
    expect(f!.location!.x).toBeGreaterThan(26);
    expect(f!.location!.x).toBeLessThan(49);
  });

  it('an anchored thread: named with its number, at its fixation point', () => {
    const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
    b.side('left', 'A', TEMPLE, [midfaceVector(9, 65, { tension: 1.2 }), midfaceVector(23, 65, { tension: 1.2 })]);
    b.side('left', 'B', [44, 26], [{ type: COG_UNI, to: [[50, 86]], barbs: [22, 54], tension: 0.6 }]);
    const [f] = of(run(b.build()), 'anchored');
    expect([f!.severity, f!.threads, f!.side, f!.text!.id]).toEqual(['warning', ['t3'], 'left', 'cheekbone-concentration.anchored']);
    expect(params(f!).thread).toEqual({ threads: [3], start: true });
  });
});

describe('cheekbone-concentration with the simulation', () => {
  const plan = oneSide('left', TEMPLE, MIDFACE_FAN);
  const quiet = (side: Side): SideGathering => ({ side, prominencePeak: 0, prominencePeakAt: null, restPeak: 0, prominenceMean: 0, pullN: 0 });
  const simulated = (left: Partial<SideGathering>): SimulationSummary => ({
    right: quiet('right'),
    left: { ...quiet('left'), ...left },
    peakDisplacementMm: 1,
    peakGathering: 0.1,
    geometry: 'frontal',
  });
  const withSimulation = (left: Partial<SideGathering>) => of(analyze(plan, CANONICAL_ATLAS, { simulation: simulated(left) }), 'simulated-gathering');
  const PEAK_AT = { x: 40, y: 30 };
  /** The side's midface pull, as the finding states it when the gathering is far over (read in each test). */
  const pull = (): number => num(params(withSimulation({ prominenceMean: 1, prominencePeak: 1, prominencePeakAt: PEAK_AT })[0]!).pull, 'newtons');

  it('has the fan pull enough for the check, and the fan itself is not flagged without the simulation', () => {
    const PULL = pull();
    expect(typeof PULL).toBe('number');
    expect(PULL).toBeGreaterThan(threshold('dominanceMinPullN'));
    // At most the sum of the tensions (part of each pull acts outside the midface).
    expect(PULL).toBeLessThanOrEqual(plan.threads.reduce((sum, t) => sum + t.tensionN, 0) + 1e-9);
    expect(findingsOf(run(plan), rule)).toEqual([]);
  });

  it('flags a side gathering more than the threshold per newton of its pull, with the figures, threads and peak', () => {
    const PULL = pull();
    const mean = GATHERING_MAX * PULL * 1.01;
    const found = withSimulation({ prominenceMean: mean, prominencePeak: 0.05, prominencePeakAt: PEAK_AT });
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect([f.severity, f.side, f.threads, f.location, f.text!.id]).toEqual(['warning', 'left', plan.threads.map((t) => t.id), PEAK_AT, 'cheekbone-concentration.simulated-gathering']);
    const p = params(f);
    expect(p.side).toEqual({ side: 'left' });
    expect(p.mean).toEqual({ percent: mean, decimals: 1 });
    expect(num(p.perN, 'percent')).toBeCloseTo(mean / PULL, 12);
    expect(p.peak).toEqual({ percent: 0.05, decimals: 1 });
    expect(p.pull).toEqual({ newtons: PULL });
    // The right side gathers nothing and has no threads.
    expect(found.filter((x) => x.side === 'right')).toEqual([]);
  });

  it('does not flag a gathering just under the threshold per newton', () => {
    expect(withSimulation({ prominenceMean: GATHERING_MAX * pull() * 0.99, prominencePeak: 0.05, prominencePeakAt: PEAK_AT })).toEqual([]);
  });

  it('does not flag a gathering exactly at the threshold per newton', () => {
    const PULL = pull();
    // The mean whose quotient by the pull is the threshold exactly: the product, or the double
    // next to it when the product rounds (a positive double's neighbours differ by one in its bits).
    const next = (x: number, by: number): number => {
      const bits = new BigInt64Array(new Float64Array([x]).buffer);
      bits[0]! += BigInt(by);
      return new Float64Array(bits.buffer)[0]!;
    };
    const exact = [0, 1, -1, 2, -2].map((by) => next(GATHERING_MAX * PULL, by)).find((m) => m / PULL === GATHERING_MAX);
    expect(exact).toBeDefined();
    expect(withSimulation({ prominenceMean: exact!, prominencePeak: 0.05, prominencePeakAt: PEAK_AT })).toEqual([]);
    // One double more is over it.
    expect(withSimulation({ prominenceMean: next(exact!, 1), prominencePeak: 0.05, prominencePeakAt: PEAK_AT }).map((f) => f.side)).toEqual(['left']);
  });

  it('reads each side\'s own figures, whichever order the summary lists them in', () => {
    const swapped: SimulationSummary = { ...simulated({ prominenceMean: 1, prominencePeakAt: PEAK_AT }), right: { ...quiet('left'), prominenceMean: 1, prominencePeakAt: PEAK_AT }, left: quiet('right') };
    expect(of(analyze(plan, CANONICAL_ATLAS, { simulation: swapped }), 'simulated-gathering').map((f) => f.side)).toEqual(['left']);
  });

  it('ignores a weak side however much it gathers', () => {
    const weak = oneSide('left', TEMPLE, [midfaceVector(23, 65, { tension: 0.3 })]);
    expect(of(analyze(weak, CANONICAL_ATLAS, { simulation: simulated({ prominenceMean: 1, prominencePeakAt: PEAK_AT }) }), 'simulated-gathering')).toEqual([]);
  });
});
