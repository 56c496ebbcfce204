/**
 * Where a finding about a thread's pull is ringed (shared/analysis/highlight.ts): on the thread,
 * at the barbed sample nearest the middle of its barbed section. Measured on the flat diagram
 * (the canonical atlas without its surface), where a straight path's samples lie exactly every
 * 2 mm from the entry, so the expected place is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { atlasLookup } from '../../../../shared/analysis/atlas-lookup';
import { barbedMiddle } from '../../../../shared/analysis/highlight';
import { computeThreadGeometry, SAMPLE_STEP_MM } from '../../../../shared/analysis/thread-geometry';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import type { BarbedSection } from '../../../../shared/plan/types';
import { threadAlong, type XY } from './helpers';

const COG = THREAD_CATALOGUE.find((t) => t.id === 'pdo-cog-bi-19g-100')!;
const SMOOTH = THREAD_CATALOGUE.find((t) => t.configuration === 'mono')!;

/** A thread on the flat diagram along `path`, barbed over `barbed` (drawn millimetres from the entry). */
const flatGeometry = (path: readonly XY[], barbed: BarbedSection | null, type = COG) =>
  computeThreadGeometry(threadAlong('t1', 'left', path, { typeId: type.id, barbed }), 1, type, atlasLookup({ ...CANONICAL_ATLAS, surface: undefined }));

// 60 mm straight down the left cheek from (50, -10): the point s mm along is (50, -10 + s).
const STRAIGHT: readonly XY[] = [
  [50, -10],
  [50, 50],
];

describe('barbedMiddle', () => {
  it('is the barbed sample at the middle of the barbed section when one lies there', () => {
    expect(SAMPLE_STEP_MM).toBe(2);
    const middle = barbedMiddle(flatGeometry(STRAIGHT, { startMm: 10, endMm: 30 }))!;
    expect(middle.x).toBeCloseTo(50, 9);
    expect(middle.y).toBeCloseTo(-10 + 20, 9);
  });

  it('is the nearest barbed sample otherwise, the first of two equally near', () => {
    // Middle at 20.5 mm: the sample at 20 (0.5 away) rather than 22.
    expect(barbedMiddle(flatGeometry(STRAIGHT, { startMm: 10, endMm: 31 }))!.y).toBeCloseTo(-10 + 20, 9);
    // Middle at 21 mm, samples at 20 and 22 equally near: the one nearer the entry.
    expect(barbedMiddle(flatGeometry(STRAIGHT, { startMm: 10, endMm: 32 }))!.y).toBeCloseTo(-10 + 20, 9);
    // Middle at 21.5 mm: the sample at 22.
    expect(barbedMiddle(flatGeometry(STRAIGHT, { startMm: 11, endMm: 32 }))!.y).toBeCloseTo(-10 + 22, 9);
  });

  it('lies on a bent thread, not at its barbs’ centroid beside it', () => {
    // 30 mm down, then 30 mm medially: barbed all along, the middle is the bend.
    const g = flatGeometry(
      [
        [50, -10],
        [50, 20],
        [20, 20],
      ],
      { startMm: 0, endMm: 60 },
    );
    const middle = barbedMiddle(g)!;
    expect(middle.x).toBeCloseTo(50, 9);
    expect(middle.y).toBeCloseTo(20, 9);
    expect(Math.hypot(middle.x - g.barbed!.centroid.x, middle.y - g.barbed!.centroid.y)).toBeGreaterThan(10);
  });

  it('is null for a thread without barbs: no barbed section, or a smooth type', () => {
    expect(barbedMiddle(flatGeometry(STRAIGHT, null))).toBeNull();
    expect(barbedMiddle(flatGeometry(STRAIGHT, { startMm: 10, endMm: 30 }, SMOOTH))).toBeNull();
  });
});
