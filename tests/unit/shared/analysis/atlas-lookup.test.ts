import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atlasLookup } from '../../../../shared/analysis/atlas-lookup';
import { CANONICAL_ATLAS, dangerZonesAt, fixationZoneAt, indexAtlas, musclesAt, regionAt } from '../../../../shared/atlas';

/**
 * The analysis answers "what contains this point" from its own raster index for speed. It must
 * give exactly the atlas queries' answers, including on whole-millimetre points (outline
 * vertices and edges) and outside the face.
 */
describe('analysis atlas lookup', () => {
  // Asked inside each test, never when the file is collected: the lookup is kept per atlas, and
  // mutation testing (npm run mutate) switches a mutant on per test, so a lookup built outside
  // every test would never be built with one.
  const atlasQueries = () => ({ index: indexAtlas(CANONICAL_ATLAS), lookup: atlasLookup(CANONICAL_ATLAS) });
  const same = (x: number, y: number): void => {
    const { index, lookup } = atlasQueries();
    const p = { x, y };
    expect(lookup.regionAt(p)).toBe(regionAt(index, p));
    expect(lookup.fixationZoneAt(p)).toBe(fixationZoneAt(index, p));
    expect([...lookup.musclesAt(p)]).toEqual([...musclesAt(index, p)]);
    expect([...lookup.dangerZonesAt(p)]).toEqual([...dangerZonesAt(index, p)]);
    const deep = dangerZonesAt(index, p).filter((z) => z.depthFromMm <= 5);
    expect([...lookup.dangerZonesReachedAt(p, 5)]).toEqual(deep);
  };

  it('agrees with the atlas queries on every half-millimetre point of the face', () => {
    const { index, lookup } = atlasQueries();
    const sameList = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);
    const mismatches: string[] = [];
    for (let x = -95; x <= 95; x += 0.5) {
      for (let y = -115; y <= 180; y += 0.5) {
        const p = { x, y };
        const ok =
          lookup.regionAt(p) === regionAt(index, p) &&
          lookup.fixationZoneAt(p) === fixationZoneAt(index, p) &&
          sameList(lookup.musclesAt(p), musclesAt(index, p)) &&
          sameList(lookup.dangerZonesAt(p), dangerZonesAt(index, p));
        if (!ok) mismatches.push(`(${x}, ${y})`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('agrees with the atlas queries on random points, and answers nothing for non-finite ones', () => {
    fc.assert(
      fc.property(fc.double({ min: -150, max: 150, noNaN: true }), fc.double({ min: -150, max: 200, noNaN: true }), (x, y) => same(x, y)),
      { numRuns: 2000 },
    );
    const { lookup } = atlasQueries();
    expect(lookup.regionAt({ x: Number.NaN, y: 0 })).toBeNull();
    expect(lookup.musclesAt({ x: Number.POSITIVE_INFINITY, y: 0 })).toEqual([]);
  });
});
