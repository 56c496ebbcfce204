import type { FacePoint } from '../geometry/types';
import type { FaceSurface, MutablePoint3, Point3, SurfacePoint } from './types';

/**
 * The flat surface: z = 0 everywhere, normal straight out. Lengths on it are the old frontal
 * diagram's lengths. Atlases without a surface of their own (test atlases, user atlases) are
 * measured on it, and the benchmark uses it as the same-run baseline.
 */
export const FLAT_SURFACE: FaceSurface = {
  id: 'flat',
  heightAt: () => 0,
  normalAt: (_x: number, _y: number, out: MutablePoint3): MutablePoint3 => {
    out.x = 0;
    out.y = 0;
    out.z = 1;
    return out;
  },
  onSurfaceAt: () => true,
  lift: (p: FacePoint): SurfacePoint => ({ point: { x: p.x, y: p.y, z: 0 }, normal: { x: 0, y: 0, z: 1 }, onSurface: true }),
  rayHit: (x: number, y: number, z: number, dx: number, dz: number): Point3 | null => {
    // The plane z = 0 seen along (dx, dz): hidden edge-on.
    if (Math.abs(dz) < 1e-12) return null;
    const t = -z / dz;
    return { x: x + t * dx, y, z: 0 };
  },
  bounds: { minX: -Infinity, minY: -Infinity, maxX: Infinity, maxY: Infinity },
};
