import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atlasLookup } from '../../../../shared/analysis/atlas-lookup';
import { CANONICAL_ATLAS, dangerZonesAt, fixationZoneAt, fixationZoneById, indexAtlas, isFixedFace, musclesAt, regionAt, tissueAt } from '../../../../shared/atlas';
import { NO_TISSUE } from '../../../../shared/atlas/queries';

/**
 * The analysis answers "what contains this point" from its own raster index for speed. It must
 * give exactly the atlas queries' answers, including on whole-millimetre points (outline
 * vertices and edges) and outside the face.
 */
describe('analysis atlas lookup', () => {
  // Built inside each test, for a copy of the atlas of its own: the lookup is kept per atlas
  // object, and mutation testing (npm run mutate) switches a mutant on per test, so a test that
  // reused a lookup another test (or the file's collection) built would never see one, and
  // Stryker would not even count the test as reaching the lookup's code.
  const atlasQueries = () => {
    const atlas = { ...CANONICAL_ATLAS };
    return { index: indexAtlas(atlas), lookup: atlasLookup(atlas) };
  };
  const same = ({ index, lookup }: ReturnType<typeof atlasQueries>, x: number, y: number): void => {
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

  it('agrees with the atlas queries on tissue (inside and outside every region), fixed face and fixation zones by id', () => {
    const { index, lookup } = atlasQueries();
    const mismatches: string[] = [];
    let fixed = 0;
    let outside = 0;
    for (let x = -120; x <= 120; x += 1.5) {
      for (let y = -130; y <= 200; y += 1.5) {
        const p = { x, y };
        if (regionAt(index, p) === null) outside++;
        if (isFixedFace(index, p)) fixed++;
        if (lookup.tissueAt(p) !== tissueAt(index, p) || lookup.isFixedFace(p) !== isFixedFace(index, p)) mismatches.push(`(${x}, ${y})`);
      }
    }
    expect(mismatches).toEqual([]);
    // Both answers of each question were asked.
    expect(outside).toBeGreaterThan(100);
    expect(fixed).toBeGreaterThan(100);
    for (const zone of CANONICAL_ATLAS.fixationZones) expect(lookup.fixationZoneById(zone.id)).toBe(fixationZoneById(index, zone.id));
    expect(lookup.fixationZoneById('no-such-zone')).toBeNull();
    // An atlas without regions has no tissue anywhere.
    const bare = atlasLookup({ ...CANONICAL_ATLAS, regions: [] });
    expect(bare.tissueAt({ x: 30, y: 40 })).toBe(NO_TISSUE);
  });

  it('agrees with the atlas queries on random points, and answers nothing for non-finite ones', () => {
    const queries = atlasQueries();
    fc.assert(
      fc.property(fc.double({ min: -150, max: 150, noNaN: true }), fc.double({ min: -150, max: 200, noNaN: true }), (x, y) => same(queries, x, y)),
      { numRuns: 2000 },
    );
    const { lookup } = queries;
    expect(lookup.regionAt({ x: Number.NaN, y: 0 })).toBeNull();
    expect(lookup.musclesAt({ x: Number.POSITIVE_INFINITY, y: 0 })).toEqual([]);
  });
});
