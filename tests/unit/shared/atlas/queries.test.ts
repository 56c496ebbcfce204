import { describe, expect, it } from 'vitest';
import {
  CANONICAL_ATLAS,
  atlasArea,
  dangerZonesAt,
  fixationZoneAt,
  fixationZoneById,
  indexAtlas,
  isFixedFace,
  mirrorId,
  musclesAt,
  nearestRegion,
  regionAt,
  regionById,
  sideOf,
  tissueAt,
} from '../../../../shared/atlas';
import type { Atlas } from '../../../../shared/atlas';
import { pointInPolygon } from '../../../../shared/geometry/polyline';
import type { FacePoint } from '../../../../shared/geometry/types';

const index = indexAtlas(CANONICAL_ATLAS);
const L = CANONICAL_ATLAS.landmarks;
const lm = (name: string): FacePoint => L[name]!;
const kindAt = (p: FacePoint): string | undefined => regionAt(index, p)?.kind;

describe('region tiling', () => {
  const silhouette = CANONICAL_ATLAS.silhouette!;
  const grid: FacePoint[] = [];
  const b = CANONICAL_ATLAS.bounds;
  for (let y = Math.floor(b.minY); y <= b.maxY; y += 1.5) {
    for (let x = Math.floor(b.minX); x <= b.maxX; x += 1.5) {
      const p = { x: x + 0.37, y: y + 0.29 }; // off the integer lattice so no point sits on a vertex
      if (pointInPolygon(p, silhouette)) grid.push(p);
    }
  }

  it('samples a real face area', () => {
    expect(grid.length).toBeGreaterThan(5000);
  });

  it('gives at least 98% of the points inside the face outline a region', () => {
    const covered = grid.filter((p) => regionAt(index, p) !== null).length;
    expect(covered / grid.length).toBeGreaterThanOrEqual(0.98);
  });

  it('has regions that barely overlap (under 2% of points in two regions)', () => {
    const overlapping = grid.filter((p) => CANONICAL_ATLAS.regions.filter((r) => pointInPolygon(p, r.outline)).length > 1).length;
    expect(overlapping / grid.length).toBeLessThan(0.02);
  });

  it('answers mirrored points with mirrored regions, inside and outside the face', () => {
    const twin = (id: string | undefined): string | undefined => id && mirrorId(id);
    for (let y = -130; y <= 200; y += 3.1) {
      for (let x = 0.23; x <= 120; x += 3.1) {
        const p = { x, y };
        const m = { x: -x, y };
        expect(regionAt(index, m)?.id, `${x},${y}`).toBe(twin(regionAt(index, p)?.id));
        expect(nearestRegion(index, m)?.id, `${x},${y}`).toBe(twin(nearestRegion(index, p)?.id));
        expect(isFixedFace(index, m)).toBe(isFixedFace(index, p));
        expect(dangerZonesAt(index, m).map((z) => z.id)).toEqual(dangerZonesAt(index, p).map((z) => twin(z.id)));
      }
    }
  });

  it('gives each point the region on its own side of the face', () => {
    for (const p of grid.filter((_, i) => i % 7 === 0)) {
      const r = regionAt(index, p);
      if (!r || r.side === 'midline' || Math.abs(p.x) < 0.5) continue;
      expect(r.side, `${p.x},${p.y} in ${r.id}`).toBe(sideOf(p));
    }
  });
});

describe('landmarks fall in the expected regions', () => {
  const cases: [string, FacePoint, string[]][] = [
    ['malar prominence centre', lm('malar-prominence-left'), ['malar']],
    ['malar prominence centre (right)', lm('malar-prominence-right'), ['malar']],
    ['pupil', lm('pupil-left'), ['periorbital']],
    ['lateral canthus', lm('lateral-canthus-left'), ['periorbital']],
    ['brow peak', lm('brow-peak-left'), ['brow']],
    ['mid forehead', { x: 20, y: -50 }, ['forehead']],
    ['temple hollow', { x: 64, y: -25 }, ['temple']],
    ['nose tip', lm('nose-tip'), ['nose']],
    ['nasion', lm('nasion'), ['nose']],
    ['mouth corner', lm('mouth-corner-left'), ['perioral']],
    ['just lateral of and below the mouth corner', { x: 30, y: 79 }, ['perioral', 'marionette']],
    ['mid-cheek', { x: 42, y: 50 }, ['submalar']],
    ['along the nasolabial fold', { x: 27, y: 60 }, ['nasolabial']],
    ['in front of the tragus', { x: 70, y: 24 }, ['preauricular']],
    ['jowl', { x: 48, y: 88 }, ['jowl']],
    ['on the jaw border just in front of the gonion', { x: 53, y: 100 }, ['jawline']],
    ['pogonion', lm('pogonion'), ['chin']],
    ['mid neck', { x: 30, y: 150 }, ['neck']],
  ];
  for (const [label, p, kinds] of cases) {
    it(`${label} (${p.x}, ${p.y}) -> ${kinds.join(' or ')}`, () => {
      expect(kinds).toContain(kindAt(p));
    });
  }

  it('returns null off the face (beyond the ear)', () => {
    expect(regionAt(index, { x: 95, y: 10 })).toBeNull();
    expect(regionAt(index, { x: -200, y: 0 })).toBeNull();
  });
});

describe('queries', () => {
  it('memoises the index per atlas object', () => {
    expect(indexAtlas(CANONICAL_ATLAS)).toBe(index);
    const copy: Atlas = { ...CANONICAL_ATLAS };
    expect(indexAtlas(copy)).not.toBe(index);
  });

  it('finds regions and fixation zones by id', () => {
    expect(regionById(index, 'malar-left')?.kind).toBe('malar');
    expect(regionById(index, 'chin')?.side).toBe('midline');
    expect(regionById(index, 'nope')).toBeNull();
    expect(fixationZoneById(index, 'deep-temporal-fascia-right')?.side).toBe('right');
    expect(fixationZoneById(index, 'nope')).toBeNull();
  });

  it('knows the patient\'s side: negative x is the patient\'s right', () => {
    expect(sideOf({ x: -10, y: 0 })).toBe('right');
    expect(sideOf({ x: 10, y: 0 })).toBe('left');
  });

  it('uses the nearest region\'s tissue outside the face', () => {
    const outside = { x: 95, y: 20 };
    expect(regionAt(index, outside)).toBeNull();
    expect(nearestRegion(index, outside)?.kind).toBe('preauricular');
    expect(tissueAt(index, outside)).toEqual(regionById(index, 'preauricular-left')!.tissue);
  });

  it('keeps the nearest region off the face per cell, each side\'s answer its own, whichever side is asked first', () => {
    // The memo keeps both sides of a cell (the right one as the left's mirror image): asking the
    // right first, or twice, must give what a fresh index gives for each point.
    const fresh = (): ReturnType<typeof indexAtlas> => indexAtlas({ ...CANONICAL_ATLAS });
    const points: FacePoint[] = [];
    for (let y = -100; y <= 170; y += 7.3) for (const x of [-97.1, -84.3, -75.9]) points.push({ x, y }, { x: -x, y });
    const expected = points.map((p) => nearestRegion(fresh(), p)?.id);
    for (const order of [points, [...points].reverse()]) {
      const shared = fresh();
      const ids = (): (string | undefined)[] => order.map((p) => nearestRegion(shared, p)?.id);
      const want = order === points ? expected : [...expected].reverse();
      expect(ids()).toEqual(want);
      expect(ids()).toEqual(want);
    }
    expect(expected.some((id) => id?.endsWith('-right'))).toBe(true);
    expect(expected.some((id) => id?.endsWith('-left'))).toBe(true);
  });

  it('splits fixed and mobile face at the vertical from the lateral orbital rim', () => {
    expect(isFixedFace(index, { x: 65, y: 30 })).toBe(true);
    expect(isFixedFace(index, { x: -65, y: 30 })).toBe(true);
    expect(isFixedFace(index, lm('malar-prominence-left'))).toBe(false);
    expect(isFixedFace(index, { x: 35, y: 50 })).toBe(false);
    expect(isFixedFace(index, { x: -35, y: 50 })).toBe(false);
    // the temple above the line's top end counts as fixed as well
    expect(isFixedFace(index, { x: 66, y: -30 })).toBe(true);
  });

  it('finds fixation zones at their anatomy', () => {
    expect(fixationZoneAt(index, { x: 69, y: -30 })?.kind).toBe('deep-temporal-fascia');
    expect(fixationZoneAt(index, { x: -69, y: -30 })?.id).toBe('deep-temporal-fascia-right');
    expect(fixationZoneAt(index, { x: 57, y: 17 })?.kind).toBe('zygomatic-arch');
    expect(fixationZoneAt(index, { x: 49, y: 0 })?.kind).toBe('lateral-orbital-rim');
    expect(fixationZoneAt(index, { x: 35, y: 50 })).toBeNull();
  });

  it('finds the muscles under a point', () => {
    const zyg = CANONICAL_ATLAS.muscles.find((m) => m.id === 'zygomaticus-major-left')!;
    const mid = { x: (zyg.action.from.x + zyg.action.to.x) / 2, y: (zyg.action.from.y + zyg.action.to.y) / 2 };
    expect(musclesAt(index, mid).map((m) => m.id)).toContain('zygomaticus-major-left');
    expect(musclesAt(index, { x: 36, y: -45 }).map((m) => m.kind)).toContain('frontalis');
    expect(musclesAt(index, { x: 95, y: 0 })).toEqual([]);
  });

  it('finds the danger zones at their published positions', () => {
    const ids = (p: FacePoint): string[] => dangerZonesAt(index, p).map((z) => z.kind);
    const tragus = lm('tragus-left');
    const mouth = lm('mouth-corner-left');
    // facial artery ~13.5 mm lateral to the mouth corner
    expect(ids({ x: mouth.x + 13.5, y: mouth.y })).toContain('facial-artery');
    // parotid duct at the middle of the tragus - mouth corner line
    expect(ids({ x: (tragus.x + mouth.x) / 2, y: (tragus.y + mouth.y) / 2 })).toContain('parotid-duct');
    // temporal branch where it crosses the zygomatic arch in front of the tragus
    expect(ids({ x: 68, y: 18 })).toContain('temporal-branch');
    // Seckel zone 2 around the mandible behind the mouth corner
    expect(ids({ x: 45, y: 109 })).toContain('marginal-mandibular-branch');
    // angular artery beside the nose
    expect(ids({ x: 16, y: 25 })).toContain('angular-artery');
    // superficial temporal artery: trunk in front of the tragus, frontal branch in front of the anchoring band
    expect(ids({ x: 74, y: 12 })).toContain('superficial-temporal-artery');
    // The frontal branch 37 mm above and 17 mm in front of the tragus, on the face surface.
    expect(ids({ x: 75.5, y: -15 })).toContain('superficial-temporal-artery');
    expect(ids({ x: 58, y: -14 })).not.toContain('superficial-temporal-artery');
    // nothing on the forehead centre
    expect(ids({ x: 20, y: -55 })).toEqual([]);
  });

  it('maps region kinds to treatment areas', () => {
    expect(atlasArea('malar')).toBe('midface');
    expect(atlasArea('brow')).toBe('upper-face');
    expect(atlasArea('jowl')).toBe('lower-face');
    expect(atlasArea('neck')).toBe('neck');
    for (const r of CANONICAL_ATLAS.regions) expect(r.area).toBe(atlasArea(r.kind));
  });
});

describe('the deep temporal fascia anchoring band', () => {
  const index = indexAtlas(CANONICAL_ATLAS);
  // The superficial temporal artery's frontal branch crosses the band as it does in people; the
  // anchor bite goes through its layer only where it lies, which the danger-zone rule flags.
  it('is clear of the nerves: the temporal branch and the zygomatic/buccal branches', () => {
    for (const side of ['left', 'right'] as const) {
      const band = fixationZoneById(index, `deep-temporal-fascia-${side}`)!;
      const xs = band.outline.map((q) => q.x);
      const ys = band.outline.map((q) => q.y);
      for (let x = Math.min(...xs); x <= Math.max(...xs); x += 0.5) {
        for (let y = Math.min(...ys); y <= Math.max(...ys); y += 0.5) {
          if (fixationZoneAt(index, { x, y })?.id !== band.id) continue;
          const kinds = dangerZonesAt(index, { x, y }).filter((z) => z.structure === 'nerve').map((z) => z.kind);
          expect(kinds, `${side} ${x},${y}`).toEqual([]);
        }
      }
    }
  });
});
