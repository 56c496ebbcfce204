/**
 * Thread numbers placed apart: each number wants to sit just beyond its thread's far end, but
 * in a fan several ends lie close together and the numbers would cover each other (in the
 * presenter's large type most of all). Placement goes in plan order: a number that would overlap
 * one already placed moves further out along its thread, then to either side, until it is clear;
 * a number moved from its place gets a leader line back to the thread's end.
 */
import type { FacePoint } from '../geometry/types';

export interface TagRequest {
  /** The thread's far end. */
  readonly end: FacePoint;
  /** Unit vector pointing out of the thread at its end. */
  readonly out: FacePoint;
}

export interface TagPlacement {
  readonly at: FacePoint;
  /** True when the number was moved from its usual place (draw a leader line). */
  readonly moved: boolean;
}

/**
 * Places one tag per request, each a disc of `radiusMm`, none overlapping another (when a free
 * place exists within the search, which for real plans it always does). `gapMm` is the usual
 * distance from the end to the tag's centre.
 */
export function placeTags(requests: readonly TagRequest[], radiusMm: number, gapMm: number): TagPlacement[] {
  const placed: FacePoint[] = [];
  const minD2 = (2 * radiusMm) ** 2;
  const clear = (p: FacePoint): boolean => placed.every((q) => (p.x - q.x) ** 2 + (p.y - q.y) ** 2 >= minD2);
  return requests.map(({ end, out }) => {
    const normal = { x: -out.y, y: out.x };
    const at = (along: number, across: number): FacePoint => ({
      x: end.x + out.x * along + normal.x * across,
      y: end.y + out.y * along + normal.y * across,
    });
    const home = at(gapMm, 0);
    let chosen = home;
    // Rings of candidates further out, each tried straight out first, then to either side.
    search: for (let ring = 0; ring <= 12; ring++) {
      const along = gapMm + ring * radiusMm;
      for (const side of ring === 0 ? [0] : [0, 1, -1, 2, -2]) {
        const candidate = at(along, side * radiusMm * 1.2);
        if (clear(candidate)) {
          chosen = candidate;
          break search;
        }
      }
    }
    placed.push(chosen);
    return { at: chosen, moved: chosen !== home };
  });
}
