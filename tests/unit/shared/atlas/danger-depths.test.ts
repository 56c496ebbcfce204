import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS, dangerZonesAt, indexAtlas, tissueAt } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { samplePolyline } from '../../../../shared/geometry/polyline';
import type { FacePoint } from '../../../../shared/geometry/types';

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
            expect(cogDepth + MARGIN_MM, `${z.id} at ${point.x.toFixed(1)},${point.y.toFixed(1)}`).toBeLessThan(z.depthFromMm);
          }
        }
      });
    }
  }

  it('flags the same vectors when laid deep, under the SMAS', () => {
    const deep = 8;
    const crossed = STANDARD_VECTORS.filter(([, path]) =>
      samplePolyline(path, 1).some(({ point }) => dangerZonesAt(index, point).some((z) => deep >= z.depthFromMm)),
    );
    expect(crossed.length).toBeGreaterThanOrEqual(3);
  });

  it('puts the temple structures at the temporoparietal fascia, beneath the measured skin + fat (2.1 + 5.2 mm)', () => {
    for (const kind of ['temporal-branch', 'superficial-temporal-artery'] as const) {
      const z = CANONICAL_ATLAS.dangerZones.find((d) => d.kind === kind)!;
      // the subcutaneous plane (to 6 mm) passes with the 1 mm margin; the fascia (7.3 mm) does not
      expect(6 + MARGIN_MM).toBeLessThan(z.depthFromMm);
      expect(7.3 + MARGIN_MM).toBeGreaterThanOrEqual(z.depthFromMm);
    }
  });

  it('lets subcutaneous threads at 4-6 mm pass every nerve, the duct and the deep arteries', () => {
    const deep = CANONICAL_ATLAS.dangerZones.filter((d) => d.id !== 'facial-artery-nasolabial-left' && d.id !== 'facial-artery-nasolabial-right' && d.kind !== 'angular-artery' && d.kind !== 'great-auricular-nerve');
    for (const z of deep) expect(6 + MARGIN_MM, z.id).toBeLessThan(z.depthFromMm);
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
