import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../shared/analysis';
import { atlasLookup } from '../../../../../shared/analysis/atlas-lookup';
import { computeThreadGeometry } from '../../../../../shared/analysis/thread-geometry';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import type { Atlas } from '../../../../../shared/atlas/types';
import { THREAD_CATALOGUE } from '../../../../../shared/catalogue';
import { findingsOf, oneSide } from '../helpers';

/**
 * Cheekbone-concentration where a barbed section starts outside every mapped region and ends on
 * the prominence. Found missing by mutation testing (docs/testing.md, cheekbone-concentration.ts).
 * Measured on the flat diagram (the canonical atlas without its surface: samples every 2 mm of
 * the drawing), so the barb end is at a known point.
 */

const FLAT: Atlas = { ...CANONICAL_ATLAS, surface: undefined };

describe('cheekbone-concentration: a barbed section from off the regions onto the prominence', () => {
  it('the finding points at the end of the barbs that lies on the prominence', () => {
    // Entered lateral to the face, run 50 mm medially along y = 30 into the malar region, barbed
    // over its first 40 mm: the barbs start off every region and end on the prominence at (50, 30).
    const plan = oneSide('left', [90, 30], [{ type: 'pdo-cog-bi-19g-100', to: [[40, 30]], depth: 4.5, barbs: [0, 40], tension: 1 }]);
    const t = plan.threads[0]!;
    const g = computeThreadGeometry(t, 1, THREAD_CATALOGUE.find((c) => c.id === t.typeId)!, atlasLookup(FLAT));
    expect(g.barbed!.startRegion).toBeNull();
    expect(g.barbed!.endRegion!.kind).toBe('malar');
    // One thread is all of its side's midface pull: the side's summary, placed at the barb end.
    const [summary] = findingsOf(analyze(plan, FLAT), 'cheekbone-concentration').filter((f) => f.aspect === 'malar-share');
    expect(summary!.threads).toEqual(['t1']);
    expect(summary!.location).toEqual({ x: 50, y: 30 });
  });
});
