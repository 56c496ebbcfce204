import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS, mirrorId } from '../../../../shared/atlas';
import type { FacePoint } from '../../../../shared/geometry/types';

// The analysis is tested for mirror symmetry (mirroring a plan mirrors its findings); that only
// holds if the atlas itself is an exact mirror image about x = 0.

const mirror = (p: FacePoint): FacePoint => ({ x: p.x === 0 ? 0 : -p.x, y: p.y });
const mirrored = (pts: readonly FacePoint[]): FacePoint[] => pts.map(mirror);
const key = (p: FacePoint): string => `${p.x === 0 ? 0 : p.x},${p.y}`;
const asSet = (pts: readonly FacePoint[]): string[] => pts.map(key).sort();

/** For sided items: the twin of every item exists with mirrored geometry. */
function expectMirrored<T extends { id: string; side: string }>(items: readonly T[], geometry: (item: T) => readonly FacePoint[]): void {
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const item of items) {
    if (item.side === 'midline') {
      expect(asSet(mirrored(geometry(item))), `${item.id} symmetric`).toEqual(asSet(geometry(item)));
      continue;
    }
    const twinId = mirrorId(item.id);
    expect(twinId, `${item.id} has a side suffix`).not.toBe(item.id);
    expect(item.id.endsWith(`-${item.side}`), `${item.id} id matches side ${item.side}`).toBe(true);
    const twin = byId.get(twinId);
    expect(twin, `twin of ${item.id}`).toBeDefined();
    expect(twin!.side).not.toBe(item.side);
    expect(geometry(twin!).map(key)).toEqual(mirrored(geometry(item)).map(key));
  }
}

describe('atlas mirror symmetry', () => {
  it('regions are mirrored pairs or symmetric midline regions, with equal tissue', () => {
    expectMirrored(CANONICAL_ATLAS.regions, (r) => r.outline);
    for (const r of CANONICAL_ATLAS.regions.filter((x) => x.side === 'left')) {
      const twin = CANONICAL_ATLAS.regions.find((x) => x.id === mirrorId(r.id))!;
      expect(twin.kind).toBe(r.kind);
      expect(twin.tissue).toEqual(r.tissue);
    }
  });

  it('muscles are mirrored, outline and action line', () => {
    expectMirrored(CANONICAL_ATLAS.muscles, (m) => [...m.outline, m.action.from, m.action.to]);
    for (const m of CANONICAL_ATLAS.muscles) {
      const twin = CANONICAL_ATLAS.muscles.find((x) => x.id === mirrorId(m.id))!;
      expect([twin.kind, twin.mobility, twin.ring]).toEqual([m.kind, m.mobility, m.ring]);
    }
  });

  it('danger zones are mirrored, with the same depth and layer', () => {
    expectMirrored(CANONICAL_ATLAS.dangerZones, (z) => [...z.outline, ...z.course]);
    for (const z of CANONICAL_ATLAS.dangerZones) {
      const twin = CANONICAL_ATLAS.dangerZones.find((x) => x.id === mirrorId(z.id))!;
      expect([twin.kind, twin.layer, twin.depthFromMm, twin.structure]).toEqual([z.kind, z.layer, z.depthFromMm, z.structure]);
    }
  });

  it('fixation zones, ligaments and the fixed/mobile line are mirrored', () => {
    expectMirrored(CANONICAL_ATLAS.fixationZones, (z) => z.outline);
    expectMirrored(CANONICAL_ATLAS.ligaments, (l) => [l.centre]);
    expect(CANONICAL_ATLAS.fixedMobileLine.right.map(key)).toEqual(mirrored(CANONICAL_ATLAS.fixedMobileLine.left).map(key));
  });

  it('landmarks are mirrored pairs or lie on the midline', () => {
    for (const [name, p] of Object.entries(CANONICAL_ATLAS.landmarks)) {
      const twin = mirrorId(name);
      if (twin === name) expect(p.x, name).toBe(0);
      else expect(key(CANONICAL_ATLAS.landmarks[twin]!), name).toBe(key(mirror(p)));
    }
  });

  it('the drawing is mirrored stroke by stroke; midline strokes are symmetric', () => {
    const byId = new Map(CANONICAL_ATLAS.drawing.map((s) => [s.id, s]));
    for (const s of CANONICAL_ATLAS.drawing) {
      const twinId = mirrorId(s.id);
      if (twinId === s.id) {
        expect(asSet(mirrored(s.points)), s.id).toEqual(asSet(s.points));
      } else {
        expect(byId.get(twinId)?.points.map(key), s.id).toEqual(mirrored(s.points).map(key));
      }
    }
  });

  it('the silhouette is symmetric', () => {
    const sil = CANONICAL_ATLAS.silhouette!;
    expect(asSet(mirrored(sil))).toEqual(asSet(sil));
  });
});
