import { describe, expect, it } from 'vitest';
import { atlasLookup } from '../../../../shared/analysis/atlas-lookup';
import { longestOf, mainRegion, middleOf, stretchesWhere, type Stretch } from '../../../../shared/analysis/stretches';
import { computeThreadGeometry, type PathSample, type ThreadGeometry } from '../../../../shared/analysis/thread-geometry';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import type { Region } from '../../../../shared/atlas/types';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { oneSide } from './helpers';

/**
 * Runs of flagged samples along a thread (stretches.ts), which the depth rules turn into the
 * numbers and places of their findings: each sample stands for the path half-way to each
 * neighbour, a run covers exactly its own samples, and ties (equal lengths, equal shares, a
 * middle exactly between two samples) go to what comes first along the path, so a finding does
 * not jump between two equal candidates from one edit to the next.
 */

/** A real thread's geometry: a cog from the temple down over the cheek, samples about 2 mm apart. */
function geometry(): ThreadGeometry {
  const plan = oneSide('left', [68, -10], [{ type: 'pdo-cog-bi-19g-100', to: [[40, 40]], depth: 4.5, barbs: [10, 50], tension: 1 }]);
  const thread = plan.threads[0]!;
  const type = THREAD_CATALOGUE.find((t) => t.id === thread.typeId)!;
  return computeThreadGeometry(thread, 1, type, atlasLookup(CANONICAL_ATLAS));
}

const flagsFor = (g: ThreadGeometry, on: (i: number) => boolean): boolean[] => g.samples.map((_, i) => on(i));
const regionOf = (id: string): Region => CANONICAL_ATLAS.regions.find((r) => r.id === id)!;

/** A plain sample at distance s on the path in `region` (for the functions that read only s and region). */
function sample(s: number, region: Region | null): PathSample {
  const tissue = (region ?? regionOf('malar-left')).tissue;
  return { x: 0, y: s, z: 0, s, depthMm: 4, region, tissue, barbed: false };
}

const stretchOf = (samples: PathSample[], startMm: number, endMm: number): Stretch => ({ samples, startMm, endMm, lengthMm: endMm - startMm });

describe('stretchesWhere', () => {
  it('makes one stretch per run of flags, holding exactly the run\'s samples, ending half-way to the next sample', () => {
    const g = geometry();
    const n = g.samples.length;
    expect(n).toBeGreaterThan(20);
    const runs: [number, number][] = [[3, 7], [12, 12], [15, 19]];
    const stretches = stretchesWhere(g, flagsFor(g, (i) => runs.some(([a, b]) => i >= a && i <= b)));
    expect(stretches).toHaveLength(runs.length);
    stretches.forEach((st, k) => {
      const [a, b] = runs[k]!;
      expect(st.samples).toEqual(g.samples.slice(a, b + 1));
      expect(st.startMm).toBeCloseTo((g.samples[a - 1]!.s + g.samples[a]!.s) / 2, 9);
      expect(st.endMm).toBeCloseTo((g.samples[b]!.s + g.samples[b + 1]!.s) / 2, 9);
      expect(st.lengthMm).toBeCloseTo(st.endMm - st.startMm, 9);
    });
  });

  it('runs a stretch that starts at the entry from 0 and one that reaches the far end to the path\'s length', () => {
    const g = geometry();
    const n = g.samples.length;
    const [head, tail] = stretchesWhere(g, flagsFor(g, (i) => i < 4 || i >= n - 3));
    expect(head!.startMm).toBe(0);
    expect(head!.endMm).toBeCloseTo((g.samples[3]!.s + g.samples[4]!.s) / 2, 9);
    expect(tail!.startMm).toBeCloseTo((g.samples[n - 4]!.s + g.samples[n - 3]!.s) / 2, 9);
    expect(tail!.endMm).toBe(g.lengthMm);
    // The whole path flagged: one stretch, the whole length.
    const [all] = stretchesWhere(g, flagsFor(g, () => true));
    expect(all!.lengthMm).toBeCloseTo(g.lengthMm, 9);
    expect(all!.samples).toHaveLength(n);
  });

  it('makes none when nothing is flagged', () => {
    const g = geometry();
    expect(stretchesWhere(g, flagsFor(g, () => false))).toEqual([]);
  });
});

describe('longestOf', () => {
  const malar = regionOf('malar-left');
  const a = stretchOf([sample(2, malar)], 0, 10);
  const b = stretchOf([sample(22, malar)], 20, 35);
  const c = stretchOf([sample(42, malar)], 40, 55);
  it('picks the longest wherever it lies', () => {
    expect(longestOf([a, b])).toBe(b);
    expect(longestOf([b, a])).toBe(b);
  });

  it('on equal lengths picks the one first along the path', () => {
    expect(longestOf([a, b, c])).toBe(b);
  });
});

describe('mainRegion', () => {
  const malar = regionOf('malar-left');
  const jowl = regionOf('jowl-left');
  it('weighs each sample by the path it stands for, not by the number of samples', () => {
    // Three malar samples close together (6 mm of path) against two jowl samples spread over 14 mm.
    const st = stretchOf([sample(1, malar), sample(3, malar), sample(5, malar), sample(12, jowl), sample(20, jowl)], 0, 20);
    expect(mainRegion(st)).toBe('jowl');
  });

  it('names the region holding more path when the two are close (8.5 against 7.5 mm)', () => {
    // Malar 0-8.5 mm, jowl 8.5-16: jowl's last sample stands for 12-16 only.
    const st = stretchOf([sample(2, malar), sample(7, malar), sample(10, jowl), sample(14, jowl)], 0, 16);
    expect(mainRegion(st)).toBe('malar');
  });

  it('counts samples off every region, and can name none', () => {
    const st = stretchOf([sample(2, null), sample(6, null), sample(10, malar)], 0, 12);
    expect(mainRegion(st)).toBeNull();
  });

  it('gives an inner sample the path half-way to each neighbour, no more', () => {
    // Malar 0-3 and 18-32 mm (17 mm), jowl 3-18 mm (15 mm): the jowl's inner sample at 6 mm
    // stands for 5-18 mm, half-way to each neighbour.
    const st = stretchOf([sample(2, malar), sample(4, jowl), sample(6, jowl), sample(30, malar)], 0, 32);
    expect(mainRegion(st)).toBe('malar');
  });

  it('names the region of a stretch shorter than a millimetre', () => {
    expect(mainRegion(stretchOf([sample(0.2, malar)], 0, 0.5))).toBe('malar');
  });

  it('on equal shares names the region met first along the path', () => {
    const st = stretchOf([sample(2, jowl), sample(6, malar)], 0, 8);
    expect(mainRegion(st)).toBe('jowl');
    const swapped = stretchOf([sample(2, malar), sample(6, jowl)], 0, 8);
    expect(mainRegion(swapped)).toBe('malar');
  });
});

describe('middleOf', () => {
  const malar = regionOf('malar-left');
  it('is the sample nearest the middle of the stretch', () => {
    const st = stretchOf([sample(1, malar), sample(4, malar), sample(9, malar)], 0, 10);
    expect(middleOf(st).s).toBe(4);
  });

  it('on a middle exactly between two samples, is the earlier one', () => {
    const st = stretchOf([sample(1, malar), sample(3, malar), sample(7, malar), sample(9, malar)], 0, 10);
    expect(middleOf(st).s).toBe(3);
  });
});
