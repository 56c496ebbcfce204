import type { FacePoint } from '../geometry/types';
import type { FaceSurface, Point3, View, ViewId, ViewPoint } from './types';

/**
 * The five standard clinical views: the head turned about the vertical axis through the midline
 * of the tragion plane (x = 0, z = 0), then projected orthographically. Picture-plane
 * coordinates are millimetres at the frontal diagram's scale, so a stage transform made for the
 * frontal view fits every view. See types.ts (View) for the sign of the yaw.
 */
export const VIEWS: Readonly<Record<ViewId, View>> = {
  frontal: { id: 'frontal', yawDeg: 0, name: 'Frontal' },
  'left-oblique': { id: 'left-oblique', yawDeg: 45, name: 'Left oblique (45°)' },
  'right-oblique': { id: 'right-oblique', yawDeg: -45, name: 'Right oblique (45°)' },
  'left-profile': { id: 'left-profile', yawDeg: 90, name: 'Left profile' },
  'right-profile': { id: 'right-profile', yawDeg: -90, name: 'Right profile' },
};

export const VIEW_IDS: readonly ViewId[] = ['frontal', 'left-oblique', 'right-oblique', 'left-profile', 'right-profile'];

const rad = (deg: number): number => (deg * Math.PI) / 180;
/** cos and sin of a view's yaw, exact for the standard angles (no 6e-17 residue at 90 degrees). */
function yaw(view: View): { c: number; s: number } {
  const d = view.yawDeg;
  if (d === 0) return { c: 1, s: 0 };
  if (d === 90) return { c: 0, s: 1 };
  if (d === -90) return { c: 0, s: -1 };
  return { c: Math.cos(rad(d)), s: Math.sin(rad(d)) };
}

/** A model point in a view's picture plane (x right, y down) with its depth toward the viewer. */
export function projectToView(p: Point3, view: View): ViewPoint {
  const { c, s } = yaw(view);
  return { x: p.x * c - p.z * s, y: p.y, depth: p.x * s + p.z * c };
}

/** The skin point over a frontal point, seen in a view. */
export function projectFrontal(surface: FaceSurface, p: FacePoint, view: View): ViewPoint {
  return projectToView({ x: p.x, y: p.y, z: surface.heightAt(p.x, p.y) }, view);
}

/**
 * The frontal point of the skin under a point of a view's picture plane: the front-most skin the
 * viewer's ray meets. Null when the ray misses the face, or meets it only behind a part of the
 * head that is not modelled (the back and sides beyond the frontal outline): what cannot be seen
 * cannot be picked.
 */
export function pickInView(surface: FaceSurface, vp: { readonly x: number; readonly y: number }, view: View): FacePoint | null {
  const { c, s } = yaw(view);
  // The ray through (vp.x, vp.y) at depth 0, travelling away from the viewer.
  const hit = surface.rayHit(vp.x * c, vp.y, -vp.x * s, -s, -c);
  return hit === null ? null : { x: hit.x, y: hit.y };
}

/**
 * Whether the skin over a frontal point can be seen in a view: nothing (modelled) lies in front of
 * it, and it is not behind an unmodelled part of the head. Decided from the surface itself, not
 * from the normal, so a cheek hidden by the nose counts as hidden.
 */
export function isVisibleInView(surface: FaceSurface, p: FacePoint, view: View, toleranceMm = 0.3): boolean {
  if (!surface.onSurfaceAt(p.x, p.y)) return false;
  const v = projectFrontal(surface, p, view);
  const hit = pickInView(surface, v, view);
  if (hit === null) return false;
  const z = surface.heightAt(p.x, p.y);
  const hz = surface.heightAt(hit.x, hit.y);
  return Math.hypot(hit.x - p.x, hit.y - p.y, hz - z) <= toleranceMm;
}
