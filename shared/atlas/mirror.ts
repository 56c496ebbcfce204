import type { FacePoint } from '../geometry/types';
import type { Side } from '../plan/types';

/**
 * Mirroring across the facial midline (x = 0). The atlas builds every right-side structure from
 * its left-side twin with these helpers, so the two sides are exact mirrors: the analysis is
 * tested for mirror symmetry (mirroring a plan must mirror its findings), which only holds if the
 * anatomy under the plan is itself symmetric.
 */

/** Mirror a point; writes 0 rather than -0 on the midline so mirrored data compares equal. */
export const mirrorX = (p: FacePoint): FacePoint => ({ x: p.x === 0 ? 0 : -p.x, y: p.y });

export const mirrorPoints = (points: readonly FacePoint[]): FacePoint[] => points.map(mirrorX);

export const otherSide = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/** 'malar-left' -> 'malar-right' and back; ids without a side suffix are returned unchanged. */
export function mirrorId(id: string): string {
  if (id.endsWith('-left')) return `${id.slice(0, -'-left'.length)}-right`;
  if (id.endsWith('-right')) return `${id.slice(0, -'-right'.length)}-left`;
  return id;
}

/**
 * A shape symmetric about the midline from its left half (x >= 0). `half` runs from a point on
 * the midline through the left side to another point on the midline; the result appends the
 * mirrored half in reverse, without repeating the midline points.
 */
export function symmetricFromHalf(half: readonly FacePoint[]): FacePoint[] {
  const mirrored = mirrorPoints(half).reverse();
  const first = half[0];
  const last = half[half.length - 1];
  const skipStart = last !== undefined && last.x === 0 ? 1 : 0;
  const skipEnd = first !== undefined && first.x === 0 ? 1 : 0;
  return [...half, ...mirrored.slice(skipStart, mirrored.length - skipEnd)];
}

/** Left items followed by their mirrored right twins. */
export function withMirrors<T>(left: readonly T[], mirror: (item: T) => T): T[] {
  return [...left, ...left.map(mirror)];
}

/**
 * An open stroke symmetric about the midline from its left half, which starts on the midline and
 * runs outward: the result runs from the mirrored (right) end through the midline to the left end.
 */
export function symmetricOpen(half: readonly FacePoint[]): FacePoint[] {
  const first = half[0];
  const rest = first !== undefined && first.x === 0 ? half.slice(1) : half;
  return [...mirrorPoints(half).reverse(), ...rest];
}
