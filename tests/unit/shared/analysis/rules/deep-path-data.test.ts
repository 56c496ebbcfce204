import { describe, expect, it } from 'vitest';
import { DEEP_TOLERANCE, nerveFromMm } from '../../../../../shared/analysis/depth-window';
import type { FindingParam, FindingParams } from '../../../../../shared/analysis/finding-text';
import type { Finding } from '../../../../../shared/analysis/types';
import { TISSUE_BY_KIND } from '../../../../../shared/atlas/tissue';
import { mirrorSpec } from '../../../../../cli/examples/builder';
import { TEMPLE, findingsOf, midfaceVector, oneSide, run, type ThreadSpec } from '../helpers';

/**
 * deep-path read from its findings' data (text parameters, place, side) rather than its English:
 * the depth, the bottom of the plane and the nerve's plane as numbers from the tissue table, the
 * stretch it names and what it says of the others. A short cog thread in the medial cheek
 * (submalar: skin 1.7 + fat 4.4 = 6.1 mm to the bottom of the fat, the SMAS to 7.3 mm) as in
 * deep-path.test.ts.
 */

const rule = 'deep-path' as const;
const BI = 'pdo-cog-bi-19g-100';
const SUBMALAR = TISSUE_BY_KIND.submalar.tissue;
const FAT_BOTTOM = SUBMALAR.skinMm + SUBMALAR.fatMm;
const NERVE_FROM = nerveFromMm('submalar', SUBMALAR)!;
const CHEEK_ENTRY = [34, 40] as const;
const cheek = (depth: number, extra: Partial<ThreadSpec> = {}): ThreadSpec => ({ type: BI, to: [[38, 58]], depth, barbs: [3, 18], zone: null, tension: 0.5, ...extra });
const params = (f: Finding): FindingParams => f.text!.params;
const mm = (p: FindingParam | undefined): number => (p as { mm: number }).mm;
const onCheek = (spec: ThreadSpec, side: 'left' | 'right' = 'left') => {
  const plan = side === 'left' ? oneSide('left', CHEEK_ENTRY, [spec]) : oneSide('right', [-CHEEK_ENTRY[0], CHEEK_ENTRY[1]], [mirrorSpec(spec)]);
  return { plan, found: findingsOf(run(plan), rule) };
};

describe('deep-path, read from its data', () => {
  it('reads the submalar planes from the tissue table: the nerve plane begins below the bottom of the fat', () => {
    expect(NERVE_FROM).toBeGreaterThan(FAT_BOTTOM + DEEP_TOLERANCE.value);
  });

  it('a whole path in the SMAS: a warning naming the whole path, its depth, the bottom of the fat and the region', () => {
    const depth = (FAT_BOTTOM + NERVE_FROM) / 2;
    const { found } = onCheek(cheek(depth));
    expect(found.map((f) => [f.severity, f.aspect, f.text!.id])).toEqual([['warning', 'too-deep', 'deep-path.too-deep']]);
    const p = params(found[0]!);
    expect(p.thread).toEqual({ threads: [1], start: true });
    expect(p.depth).toEqual({ mm: depth });
    expect(mm(p.bottom)).toBeCloseTo(FAT_BOTTOM, 9);
    expect(mm(p.end)).toBeCloseTo(FAT_BOTTOM, 9);
    expect(p.layer).toEqual({ text: 'deep-path.layer.subcutaneous' });
    expect(p.where).toEqual({ text: 'region.in', params: { region: { region: 'submalar' } } });
    // One stretch, the whole path: nothing else to say.
    expect(p.others).toBe('');
    expect(p.nerve).toBeUndefined();
  });

  it('just below the limit (the bottom of the fat plus the tolerance) is too deep; at it is not', () => {
    const limit = FAT_BOTTOM + DEEP_TOLERANCE.value;
    expect(onCheek(cheek(limit)).found).toEqual([]);
    expect(onCheek(cheek(limit + 0.01)).found.map((f) => f.aspect)).toEqual(['too-deep']);
  });

  it('at the nerve plane exactly it is critical, naming the nerve and where its plane begins', () => {
    expect(onCheek(cheek(NERVE_FROM - 0.01)).found.map((f) => f.aspect)).toEqual(['too-deep']);
    const { found } = onCheek(cheek(NERVE_FROM));
    expect(found.map((f) => [f.severity, f.aspect, f.text!.id])).toEqual([['critical', 'nerve-plane', 'deep-path.nerve-plane']]);
    const p = params(found[0]!);
    expect(p.nerve).toEqual({ nerve: 'submalar' });
    expect(mm(p.from)).toBeCloseTo(NERVE_FROM, 9);
    expect(p.depth).toEqual({ mm: NERVE_FROM });
    expect(mm(p.bottom)).toBeCloseTo(FAT_BOTTOM, 9);
  });

  it('below the nerve plane it still says where that plane begins, not the path\'s depth', () => {
    const p = params(onCheek(cheek(8)).found[0]!);
    expect(p.depth).toEqual({ mm: 8 });
    expect(mm(p.from)).toBeCloseTo(NERVE_FROM, 9);
  });

  it('names the depth of the deepest point of the stretch, wherever along it that lies', () => {
    // 8 mm at the entry and the far end, 9 mm at the middle point.
    const { found } = onCheek(cheek(8, { to: [[36, 49], [38, 58]], pointDepths: [8, 9, 8] }));
    // The sample nearest the middle point (samples are at most 2 mm apart), deeper than either end.
    const depth = mm(params(found[0]!).depth);
    expect(depth).toBeGreaterThan(8.9);
    expect(depth).toBeLessThanOrEqual(9);
  });

  it('a stretch over two regions: the shallowest bottom of the fat over it, and the nerve where it is deepest', () => {
    // From the jawline into the cheek at 7.9 mm: below the fat in both, in the nerve plane from
    // the jawline's SMAS bottom (7.4 mm) and the cheek's (7.3 mm).
    const plan = oneSide('left', [66, 55], [{ type: BI, to: [[50, 80]], depth: 7.9, barbs: [5, 20], zone: null, tension: 1 }]);
    const [f] = findingsOf(run(plan), rule);
    const p = params(f!);
    expect(p.where).toEqual({ text: 'region.in', params: { region: { region: 'submalar' } } });
    const jaw = TISSUE_BY_KIND.jawline.tissue;
    expect(jaw.skinMm + jaw.fatMm).toBeGreaterThan(FAT_BOTTOM);
    expect(mm(p.bottom)).toBeCloseTo(FAT_BOTTOM, 9);
    // Every point is equally deep: the first is the deepest, in the jawline.
    expect(p.nerve).toEqual({ nerve: 'jawline' });
    expect(mm(p.from)).toBeCloseTo(nerveFromMm('jawline', jaw)!, 9);
  });

  it('in a fixation zone anchored in the SMAS the bite may go into the SMAS, not below it, and in front of the ear that is a wrong plane, not a nerve\'s', () => {
    // The pre-auricular SMAS zone (x 67-75, y 33-50): skin 2.1 + fat 5.2 = 7.3 mm, the SMAS to 8.8 mm.
    const pre = TISSUE_BY_KIND.preauricular.tissue;
    const smasBottom = pre.skinMm + pre.fatMm + pre.smasMm;
    const bite = (depth: number) =>
      findingsOf(run(oneSide('left', [71, 36], [{ type: BI, to: [[71, 44], [60, 76]], depth: 4.5, pointDepths: [depth, 4.5, 4.5], barbs: [15, 40], zone: 'preauricular-smas', tension: 1 }])), rule);
    expect(bite(smasBottom - 0.3)).toEqual([]);
    const below = bite(smasBottom + DEEP_TOLERANCE.value + 0.5);
    expect(below.map((f) => [f.severity, f.aspect])).toEqual([['warning', 'too-deep']]);
    expect(params(below[0]!).where).toEqual({ text: 'region.in', params: { region: { region: 'preauricular' } } });
    expect(params(below[0]!).nerve).toBeUndefined();
  });

  it('a path diving from the fat into the nerve plane names the stretch in the nerve plane, its deepest point, and the rest too deep below it', () => {
    const { plan, found } = onCheek(cheek(4.5, { pointDepths: [4.5, 8] }));
    expect(found.map((f) => f.aspect)).toEqual(['nerve-plane']);
    const p = params(found[0]!);
    expect(p.depth).toEqual({ mm: 8 });
    const length = mm(p.length);
    const others = p.others as { text: string; params: FindingParams };
    expect(others.text).toBe('deep-path.others.below');
    // The whole stretch below the fat is longer than the part in the nerve plane.
    expect(mm(others.params.total)).toBeGreaterThan(length + 0.05);
    // The named stretch runs to the far end: its middle lies in the far half of the path.
    const [entry, end] = plan.threads[0]!.path;
    const at = found[0]!.location!;
    expect(Math.hypot(at.x - end!.x, at.y - end!.y)).toBeLessThan(Math.hypot(at.x - entry!.x, at.y - entry!.y));
    expect(Math.hypot(at.x - end!.x, at.y - end!.y)).toBeGreaterThan(0);
  });

  it('two separate stretches too deep: names one in the nerve plane and counts both with their total length', () => {
    // Deep at the entry and the far end, in the fat in the middle.
    const { found } = onCheek(cheek(8, { to: [[36, 49], [38, 58]], pointDepths: [8, 4.5, 8] }));
    expect(found).toHaveLength(1);
    const p = params(found[0]!);
    const others = p.others as { text: string; params: FindingParams };
    expect(others.text).toBe('deep-path.others.stretches');
    expect(others.params.count).toBe(2);
    expect(mm(others.params.total)).toBeGreaterThan(mm(p.length));
    expect(found[0]!.aspect).toBe('nerve-plane');
  });

  it('names the thread and its side, on either side', () => {
    for (const side of ['left', 'right'] as const) {
      const { plan, found } = onCheek(cheek(8), side);
      expect(found.map((f) => [f.threads, f.side])).toEqual([[[plan.threads[0]!.id], side]]);
      expect(found[0]!.location!.x * (side === 'left' ? 1 : -1)).toBeGreaterThan(0);
    }
  });

  it('lets only a lifting thread bite deep in a fixation zone: a smooth thread there is held to its plane', () => {
    // 9 mm at the entry in the temple's anchor band, 4.5 mm from the second point on.
    const bite = (type: string) => {
      const v = midfaceVector(23, 65, { type });
      return { ...v, to: [[64, 0] as const, ...v.to], pointDepths: [9, 4.5, null], barbs: type === 'pdo-mono-27g-60' ? null : v.barbs };
    };
    expect(findingsOf(run(oneSide('left', TEMPLE, [bite(BI)])), rule)).toEqual([]);
    const mono = findingsOf(run(oneSide('left', TEMPLE, [bite('pdo-mono-27g-60')])), rule);
    expect(mono.map((f) => f.severity)).toEqual(['critical']);
    expect(params(mono[0]!).layer).toEqual({ text: 'deep-path.layer.subdermal' });
  });

  it('a thread whose type is unknown is held to the subcutaneous plane', () => {
    const { found } = onCheek(cheek(8, { type: 'not-in-catalogue' }));
    expect(found.map((f) => f.aspect)).toEqual(['nerve-plane']);
    expect(params(found[0]!).layer).toEqual({ text: 'deep-path.layer.subcutaneous' });
  });
});

describe('deep-path, the reasons it gives a smooth thread', () => {
  const MONO = 'pdo-mono-27g-60';
  it('a cog too deep is told its barbs hold less predictably; a smooth thread, that it does not tighten the skin (it has no barbs)', () => {
    const depth = (FAT_BOTTOM + NERVE_FROM) / 2;
    const [cog] = onCheek(cheek(depth)).found;
    const [mono] = onCheek(cheek(depth, { type: MONO, barbs: null, tension: 0 })).found;
    expect([cog!.aspect, mono!.aspect]).toEqual(['too-deep', 'too-deep']);
    expect(params(cog!).why).toEqual({ text: 'deep-path.why.barbed' });
    expect(params(mono!).why).toEqual({ text: 'deep-path.why.smooth' });
    expect(cog!.message).toContain('the barbs hold less predictably');
    expect(mono!.message).not.toMatch(/barb/);
  });

  it('in the plane of a nerve: the cannula and barbs for a cog, the needle or cannula for a smooth thread', () => {
    const [cog] = onCheek(cheek(NERVE_FROM + 1)).found;
    const [mono] = onCheek(cheek(NERVE_FROM + 1, { type: MONO, barbs: null, tension: 0 })).found;
    expect([cog!.aspect, mono!.aspect]).toEqual(['nerve-plane', 'nerve-plane']);
    expect(params(cog!).why).toEqual({ text: 'deep-path.nerve.barbed' });
    expect(params(mono!).why).toEqual({ text: 'deep-path.nerve.smooth' });
    expect(mono!.message).toContain('the needle or cannula can injure the nerve');
    expect(mono!.message).not.toMatch(/barb/);
  });
});
