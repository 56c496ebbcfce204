import type { FacePoint } from '../geometry/types';
import type { HeightFieldSurface } from './height-field';

/**
 * The face as a surface.
 *
 * Plans keep their frontal coordinates (geometry/types.ts: atlas millimetres, +x = patient's left,
 * +y = down). The canonical face surface is the surface those coordinates are the orthographic
 * frontal projection of: every frontal point (x, y) inside the face lifts to exactly one point
 * (x, y, z) on the skin, the front-most one. The third axis is
 *
 * - z, millimetres, +z toward the viewer (out of the face), 0 on the coronal plane through the
 *   two tragia (so the nose tip is about +100 and the side of the head about -10).
 *
 * The axes stay right-handed-free on purpose: x and y are exactly the frontal coordinates, so the
 * frontal view needs no transform at all.
 */
export interface Point3 {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** A point lifted onto the skin. */
export interface SurfacePoint {
  /** On the skin, atlas millimetres. */
  readonly point: Point3;
  /** Unit outward normal of the skin there (out of the body, so mostly +z on the face). */
  readonly normal: Point3;
  /**
   * False when the frontal point lies off the face (beyond the head outline and not on an ear):
   * the point is then on a steep skirt continued from the nearest edge so lengths stay finite,
   * but it is not skin anyone can mark.
   */
  readonly onSurface: boolean;
}

/**
 * The face surface every length and view is measured on. Implementations: the canonical surface
 * (canonical.ts, built from MediaPipe's canonical face model fitted to the atlas) and the flat
 * surface (flat.ts: z = 0, the old frontal diagram; used for atlases without a surface and as the
 * benchmark baseline).
 *
 * Hot-path methods take plain numbers and write into caller-owned objects so the analysis can
 * lift thousands of points per edit without allocating.
 */
export interface FaceSurface {
  readonly id: string;
  /** Height of the skin above the tragion plane at frontal (x, y), millimetres. */
  heightAt(x: number, y: number): number;
  /** Unit outward normal at frontal (x, y), written into `out`. */
  normalAt(x: number, y: number, out: MutablePoint3): MutablePoint3;
  /** Whether frontal (x, y) lies on the face's skin (head and neck outline, or an ear). */
  onSurfaceAt(x: number, y: number): boolean;
  /** Allocating convenience: point, normal and on-surface flag. */
  lift(p: FacePoint): SurfacePoint;
  /**
   * The front-most skin point hit by a ray travelling horizontally (constant y) through the
   * model: used by the views to pick. Rays are given in model space by a point on the ray and
   * a horizontal direction (dx, dz) pointing AWAY from the viewer. Null when the ray misses the
   * skin.
   */
  rayHit(x: number, y: number, z: number, dx: number, dz: number): Point3 | null;
  /** The frontal box that holds the whole surface (everything outside is off the face). */
  readonly bounds: { readonly minX: number; readonly minY: number; readonly maxX: number; readonly maxY: number };
  /**
   * The height grid this surface is, when it is one (a HeightFieldSurface, or the canonical
   * surface once built); absent or null otherwise. Loops that lift many points (SkinPath.of) ask
   * the grid directly: one kind of object at the call, where the FaceSurface behind
   * `heightAt` varies (grid, flat diagram, the canonical surface's lazy wrapper).
   */
  heightField?(): HeightFieldSurface | null;
}

export interface MutablePoint3 {
  x: number;
  y: number;
  z: number;
}

/** One of the five standard clinical views of the face. */
export type ViewId = 'frontal' | 'left-oblique' | 'right-oblique' | 'left-profile' | 'right-profile';

/**
 * A view: the head turned by `yawDeg` about the vertical axis through the tragion plane's
 * midline, then projected orthographically onto the picture plane. Positive yaw shows the
 * patient's LEFT side (the head turns to the patient's right, the nose toward the viewer's left),
 * as in a left-oblique or left-profile clinical photograph.
 */
export interface View {
  readonly id: ViewId;
  readonly yawDeg: number;
  /** English label; user text goes through the i18n dictionaries. */
  readonly name: string;
}

/**
 * A point in a view's picture plane, millimetres: x to the viewer's right, y down (the same
 * scale and y as the frontal diagram), depth toward the viewer (larger = nearer).
 */
export interface ViewPoint {
  readonly x: number;
  readonly y: number;
  readonly depth: number;
}
