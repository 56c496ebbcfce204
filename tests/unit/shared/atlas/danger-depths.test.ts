import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS, dangerZonesAt, indexAtlas, tissueAt } from '../../../../shared/atlas';
import { regionAt, zoneDepthIn } from '../../../../shared/atlas/queries';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { TISSUE_BY_KIND } from '../../../../shared/atlas/tissue';
import { samplePolyline } from '../../../../shared/geometry/polyline';
import type { FacePoint } from '../../../../shared/geometry/types';
import type { DangerZone } from '../../../../shared/atlas/types';

// Standard thread-lift vectors, laid at the catalogue's default subcutaneous depth, must be able
// to pass the danger zones as they do in practice: above nerves, duct and deep vessels. A safety
// margin of 1 mm is assumed: the danger-zone rule flags depth >= depthFromMm - 1 mm.
const index = indexAtlas(CANONICAL_ATLAS);
const MARGIN_MM = 1;
const cogDepth = THREAD_CATALOGUE.find((t) => t.id === 'pdo-cog-bi-19g-100')!.defaultDepthMm;
const p = (x: number, y: number): FacePoint => ({ x, y });

const STANDARD_VECTORS: [string, FacePoint[]][] = [
  ['midface: temple entry down and forward into the mid-cheek', [p(66, -12), p(56, 12), p(40, 46)]],
  ['midface: preauricular entry forward into the mid-cheek', [p(70, 14), p(52, 34), p(38, 52)]],
  ['jowl: preauricular entry down and forward into the jowl', [p(70, 30), p(58, 62), p(46, 90)]],
  ['brow: hairline down to the brow', [p(36, -66), p(36, -26)]],
  ['neck: under the jaw back toward the mastoid', [p(28, 136), p(50, 118), p(62, 86)]],
];

const mirrorPath = (path: FacePoint[]): FacePoint[] => path.map((q) => ({ x: -q.x, y: q.y }));
/** Where a zone's structure begins at a point: its depth in the region there (as the rule reads it). */
const depthAt = (z: DangerZone, q: FacePoint): number => zoneDepthIn(z, regionAt(index, q)?.kind ?? null);

describe('danger-zone depths against standard vectors', () => {
  it('keep the default cog depth inside the subcutaneous fat along every standard vector', () => {
    for (const [label, path] of STANDARD_VECTORS) {
      for (const { point } of samplePolyline(path, 2)) {
        const t = tissueAt(index, point);
        expect(cogDepth, `${label} at ${point.x},${point.y}`).toBeGreaterThan(t.skinMm);
      }
    }
  });

  for (const [label, path] of STANDARD_VECTORS) {
    for (const [side, sidePath] of [['left', path], ['right', mirrorPath(path)]] as const) {
      it(`${label} (${side}) passes above every danger zone it crosses`, () => {
        for (const { point } of samplePolyline(sidePath, 1)) {
          for (const z of dangerZonesAt(index, point)) {
            expect(cogDepth + MARGIN_MM, `${z.id} at ${point.x.toFixed(1)},${point.y.toFixed(1)}`).toBeLessThan(depthAt(z, point));
          }
        }
      });
    }
  }

  it('flags the same vectors when laid deep, under the SMAS', () => {
    const deep = 8;
    const crossed = STANDARD_VECTORS.filter(([, path]) =>
      samplePolyline(path, 1).some(({ point }) => dangerZonesAt(index, point).some((z) => deep >= depthAt(z, point))),
    );
    expect(crossed.length).toBeGreaterThanOrEqual(3);
  });

  it('puts the temple structures at the temporoparietal fascia: temple skin + fat from the tissue table, as the depth profile draws it', () => {
    const t = TISSUE_BY_KIND.temple.tissue;
    for (const kind of ['temporal-branch', 'superficial-temporal-artery'] as const) {
      const z = CANONICAL_ATLAS.dangerZones.find((d) => d.kind === kind)!;
      expect(z.depthFromMm).toBeCloseTo(t.skinMm + t.fatMm, 9);
    }
  });

  it('puts the temporal branch under the frontalis where it crosses the brow and forehead, from the same tissue table', () => {
    const z = CANONICAL_ATLAS.dangerZones.find((d) => d.kind === 'temporal-branch')!;
    for (const kind of ['brow', 'forehead'] as const) {
      const t = TISSUE_BY_KIND[kind].tissue;
      expect(zoneDepthIn(z, kind)).toBeCloseTo(t.skinMm + t.fatMm + t.smasMm, 9);
    }
    expect(zoneDepthIn(z, 'temple')).toBe(z.depthFromMm);
    expect(zoneDepthIn(z, null)).toBe(z.depthFromMm);
  });

  it('lets a subcutaneous thread in the middle of the fat pass every nerve, the duct and the deep arteries', () => {
    // Each zone against the fat of the regions its course crosses: the middle of the fat plus
    // the rule's 1 mm margin stays above the structure.
    const deep = CANONICAL_ATLAS.dangerZones.filter((d) => d.layer !== 'subcutaneous');
    for (const z of deep) {
      for (const q of z.course) {
        const t = tissueAt(index, q);
        expect(t.skinMm + t.fatMm / 2 + MARGIN_MM, z.id).toBeLessThan(depthAt(z, q));
      }
    }
  });

  it("places the great auricular nerve at McKinney's point, under the neck's platysma, and clear of the angle of the jaw", () => {
    const n = TISSUE_BY_KIND.neck.tissue;
    for (const z of CANONICAL_ATLAS.dangerZones.filter((d) => d.kind === 'great-auricular-nerve')) {
      expect(z.depthFromMm).toBeCloseTo(n.skinMm + n.fatMm + n.smasMm, 9);
      const sx = z.side === 'left' ? 1 : -1;
      expect(dangerZonesAt(index, { x: sx * 61, y: 87 }).map((d) => d.id)).toContain(z.id);
      expect(dangerZonesAt(index, { x: sx * 56, y: 96 }).map((d) => d.id)).not.toContain(z.id);
      expect(dangerZonesAt(index, { x: sx * 57, y: 94 }).map((d) => d.id)).not.toContain(z.id);
    }
  });

  it('puts the superficial arteries of the midface within reach of a subcutaneous thread', () => {
    const angular = CANONICAL_ATLAS.dangerZones.find((d) => d.kind === 'angular-artery')!;
    expect(angular.depthFromMm).toBeLessThan(cogDepth);
    const fold = CANONICAL_ATLAS.dangerZones.find((d) => d.id === 'facial-artery-nasolabial-left')!;
    expect(fold.depthFromMm).toBeLessThan(cogDepth + MARGIN_MM);
  });

  it('places nerves at or below the superficial fat of the region they cross', () => {
    for (const z of CANONICAL_ATLAS.dangerZones.filter((d) => d.structure !== 'artery')) {
      const mid = z.course[Math.floor(z.course.length / 2)]!;
      const t = tissueAt(index, mid);
      expect(z.depthFromMm, z.id).toBeGreaterThan(t.skinMm + 1);
    }
  });
});
