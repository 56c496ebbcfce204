import type { FacePoint } from '../geometry/types';

/**
 * Where the tissue model takes its element shapes from. The mesh is laid out on the frontal
 * diagram (face millimetres, the plan's own coordinates); `lift` places each of its points on
 * the skin surface in 3D. Each triangle's stiffness is then computed from its lifted (true)
 * shape in its own tangent plane, so lengths and areas are skin lengths and areas rather than
 * their frontal projections (which foreshorten the lateral face toward the ear).
 *
 * Two implementations: FRONTAL_GEOMETRY (the flat diagram, z = 0) and the canonical 3D face
 * surface (shared/atlas/surface) once it is available; simulation code never asks which.
 */
export interface Point3 {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

export interface SurfaceGeometry {
  /** A short name for documents and benchmarks, e.g. 'frontal' or 'canonical-surface'. */
  readonly id: string;
  /** The skin point in 3D millimetres for a point of the frontal diagram. */
  lift(p: FacePoint): Point3;
}

/** The flat frontal diagram: true lengths equal diagram lengths. */
export const FRONTAL_GEOMETRY: SurfaceGeometry = {
  id: 'frontal',
  lift: (p) => ({ x: p.x, y: p.y, z: 0 }),
};
