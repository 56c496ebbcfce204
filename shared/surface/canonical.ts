import type { FacePoint } from '../geometry/types';
import { buildCanonicalGrid, type BuiltSurface } from './build';
import { HeightFieldSurface, type HeightGrid } from './height-field';
import type { FaceSurface, MutablePoint3, Point3, SurfacePoint } from './types';

/**
 * The canonical face surface: MediaPipe's canonical face fitted to the atlas and extended over the
 * scalp, ears and neck (build.ts; docs/atlas.md, "The face as a surface"). It is built the first
 * time anything asks it a question (about a tenth of a second), then kept: importing the atlas
 * stays free.
 */
let built: BuiltSurface | null = null;
let surface: HeightFieldSurface | null = null;

export const CANONICAL_SURFACE_ID = 'canonical-mediapipe-v1';

/** The built grid and fitted face (for tests, docs and the photo work's landmark map). */
export function canonicalBuild(): BuiltSurface {
  if (built === null) built = buildCanonicalGrid();
  return built;
}

/**
 * Where a ready-made grid may come from instead of building it: the command line's bundle ships
 * the grid built at bundle time (scripts/cli-bundle/surface-grid.mjs), so `vectorlift analyze`
 * does not fit the face on every run. The source answers null when it has none; the grid is
 * then built here as usual.
 */
let gridSource: (() => HeightGrid | null) | null = null;

export function setCanonicalGridSource(source: (() => HeightGrid | null) | null): void {
  gridSource = source;
}

export function canonicalHeightField(): HeightFieldSurface {
  if (surface === null) surface = new HeightFieldSurface(CANONICAL_SURFACE_ID, gridSource?.() ?? canonicalBuild().grid);
  return surface;
}

/** A FaceSurface that builds the canonical surface on first use. */
export const CANONICAL_SURFACE: FaceSurface = {
  id: CANONICAL_SURFACE_ID,
  heightAt: (x: number, y: number): number => canonicalHeightField().heightAt(x, y),
  normalAt: (x: number, y: number, out: MutablePoint3): MutablePoint3 => canonicalHeightField().normalAt(x, y, out),
  onSurfaceAt: (x: number, y: number): boolean => canonicalHeightField().onSurfaceAt(x, y),
  lift: (p: FacePoint): SurfacePoint => canonicalHeightField().lift(p),
  rayHit: (x: number, y: number, z: number, dx: number, dz: number): Point3 | null => canonicalHeightField().rayHit(x, y, z, dx, dz),
  get bounds() {
    return canonicalHeightField().bounds;
  },
  heightField: canonicalHeightField,
};
