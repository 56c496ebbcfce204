import { describe, expect, it } from 'vitest';
import { TEMPLE, findingsOf, midfaceVector, oneSide, run, type ThreadSpec } from '../helpers';
import { UNI, floatingJowl } from './weak-fixation-fixtures';

const rule = 'weak-fixation' as const;

describe('weak-fixation', () => {
  it('flags a lifting thread anchored in the mobile face', () => {
    const brow: ThreadSpec = { type: 'pdo-cog-uni-19g-100', to: [[40, -22]], depth: 3.5, barbs: [15, 46], tension: 0.8 };
    const found = findingsOf(run(oneSide('left', [40, -75], [brow])), rule);
    expect(found.map((f) => [f.aspect, f.location])).toEqual([['mobile-face', { x: 40, y: -75 }]]);
  });

  it('flags a fixation point in the fixed face but outside every fixation zone', () => {
    const found = findingsOf(run(oneSide('left', [60, -18], [midfaceVector(12, 64, { type: UNI, zone: null })])), rule);
    expect(found.map((f) => f.aspect)).toEqual(['no-zone']);
  });

  it('flags a declared zone that does not contain the fixation point', () => {
    // Anchored in the temple band but declared on the zygomatic arch.
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { zone: 'zygomatic-arch' })])), rule);
    expect(found.map((f) => f.aspect)).toEqual(['zone-mismatch']);
  });

  it('flags a zone id the atlas does not know', () => {
    const plan = oneSide('left', TEMPLE, [midfaceVector(23, 65)]);
    const renamed = { ...plan, threads: plan.threads.map((t) => ({ ...t, fixationZoneId: 'occipital-fascia-left' })) };
    const found = findingsOf(run(renamed), rule);
    expect(found.map((f) => f.aspect)).toEqual(['zone-mismatch']);
    expect(found[0]!.message).toContain('occipital-fascia-left');
  });

  it('clears for a thread anchored in the deep temporal fascia band it names', () => {
    expect(findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65)])), rule)).toEqual([]);
  });

  it('accepts a fixation point within the edge tolerance of a zone', () => {
    // The band's medial edge at y = -10 lies at x = 66.5: 1.5 mm outside is still accepted.
    expect(findingsOf(run(oneSide('left', [65, -10], [midfaceVector(23, 65)])), rule)).toEqual([]);
  });

  it('uses the far end as the fixation point when the fixation end is distal', () => {
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { type: UNI, fixationEnd: 'distal', zone: null })])), rule);
    expect(found.map((f) => f.aspect)).toEqual(['mobile-face']);
  });

  describe('the anchors practitioners use for the lower face, neck and brow', () => {
    it('accepts a jawline thread from a pre-auricular entry anchored in the pre-auricular SMAS', () => {
      const jaw: ThreadSpec = { type: UNI, to: [[62, 78], [46, 100]], depth: 4.5, barbs: [25, 60], zone: 'preauricular-smas', tension: 1 };
      expect(findingsOf(run(oneSide('left', [71, 42], [jaw])), rule)).toEqual([]);
      // The same thread entered in front of the zone, in the cheek, is not anchored there.
      const found = findingsOf(run(oneSide('left', [60, 42], [jaw])), rule);
      expect(found.map((f) => f.aspect)).toEqual(['zone-mismatch']);
    });

    it('accepts a neck thread anchored in the mastoid fascia', () => {
      const neck: ThreadSpec = { type: UNI, to: [[50, 112], [30, 128]], depth: 4.5, barbs: [25, 60], zone: 'mastoid-fascia', tension: 0.8 };
      expect(findingsOf(run(oneSide('left', [71, 56], [neck])), rule)).toEqual([]);
    });

    it('accepts a brow thread anchored in the temporal scalp, and names the zone on the right side too', () => {
      const brow: ThreadSpec = { type: UNI, to: [[56, -20], [40, -22]], depth: 3.5, barbs: [25, 55], zone: 'temporal-scalp', tension: 0.8 };
      expect(findingsOf(run(oneSide('left', [64, -60], [brow])), rule)).toEqual([]);
      expect(findingsOf(run(oneSide('right', [-64, -60], [{ ...brow, to: [[-56, -20], [-40, -22]] }])), rule)).toEqual([]);
    });

    it('keeps the mobile forehead a fault: the scalp zone lies lateral to the temporal line', () => {
      const brow: ThreadSpec = { type: UNI, to: [[40, -22]], depth: 3.5, barbs: [15, 46], zone: 'temporal-scalp', tension: 0.8 };
      expect(findingsOf(run(oneSide('left', [40, -75], [brow])), rule).map((f) => f.aspect)).toEqual(['mobile-face']);
    });
  });

  describe('self-anchoring threads', () => {
    it('gives a floating bidirectional cog an info note at the middle of its barbs, not a warning', () => {
      const found = findingsOf(run(oneSide('left', [40, 60], [floatingJowl()])), rule);
      expect(found.map((f) => [f.severity, f.aspect])).toEqual([['info', 'floating']]);
      expect(found[0]!.message).toContain('more complications');
      expect(found[0]!.location!.y).toBeGreaterThan(70);
      expect(found[0]!.location!.y).toBeLessThan(90);
    });

    it('treats a two-way cone thread the same way', () => {
      const cone = floatingJowl({ type: 'plla-cone-8', to: [[50, 118]], barbs: [5, 60] });
      expect(findingsOf(run(oneSide('left', [40, 55], [cone])), rule).map((f) => f.severity)).toEqual(['info']);
    });

    it('warns when the floating thread is tensioned as a lift from one end', () => {
      const found = findingsOf(run(oneSide('left', [40, 60], [floatingJowl({ tension: 1.5 })])), rule);
      expect(found.map((f) => [f.severity, f.aspect])).toEqual([['warning', 'mobile-face']]);
      expect(found[0]!.message).toContain('1.5 N of tension');
      expect(found[0]!.location).toEqual({ x: 40, y: 60 });
    });

    it('still warns for a unidirectional cog left floating: it pulls toward its end', () => {
      const found = findingsOf(run(oneSide('left', [40, 60], [floatingJowl({ type: UNI })])), rule);
      expect(found.map((f) => [f.severity, f.aspect])).toEqual([['warning', 'mobile-face']]);
    });
  });

  it('ignores smooth threads, which do not lift', () => {
    const mono = { type: 'pdo-mono-27g-60', to: [[40, 40] as const], depth: 2.8, barbs: null };
    expect(findingsOf(run(oneSide('left', [40, -20], [mono])), rule)).toEqual([]);
  });
});
