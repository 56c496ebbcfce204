import type { FacePoint } from '../geometry/types';

/**
 * Triangles merged into fewer, larger polygons that cover exactly the same area: each triangle
 * that shares an edge with the polygon being grown (the one before it in the list) is added to
 * it by putting its third corner between that edge's ends.
 *
 * Why: the tissue map is thousands of small triangles in a few colours (shared/scene/layers/
 * tissue.ts). A canvas fills a path of thousands of tiny closed contours slowly: drawing the
 * map after each simulation answer cost a 50-thread drag about 12 ms a frame on the 2-core
 * machine's software canvas, and a microbenchmark of a 9,600-triangle lattice filled as
 * triangles took about 60-80 ms against about 1 ms as the row strips it forms. The mesh lists
 * its triangles row by row, each next to the one before, so most of a band's triangles merge
 * into one strip per row.
 *
 * Corners are matched by value: a triangle's corners are the mesh's node positions (or their
 * projection into a view), so shared corners are equal numbers. A triangle whose third corner
 * is already on the polygon would pinch it, so it starts a new polygon instead; so does one
 * that shares no edge. Polygons are capped at MAX_CORNERS so the edge search stays short.
 */
export interface MergedPolygons {
  /** The corners of every polygon, one after another. */
  readonly points: readonly FacePoint[];
  /** How many corners each polygon has, in order. */
  readonly sizes: readonly number[];
}

/** A polygon's corner cap (a row strip of the canonical mesh has at most about 70 corners). */
const MAX_CORNERS = 96;

const same = (a: FacePoint, b: FacePoint) => a === b || (a.x === b.x && a.y === b.y);

/** `triangles`: corner triples, triangle k at 3k, 3k+1, 3k+2 (a scene 'triangles' item's points). */
export function mergeTriangleRuns(triangles: readonly FacePoint[]): MergedPolygons {
  const points: FacePoint[] = [];
  const sizes: number[] = [];
  let ring: FacePoint[] = [];
  const flush = () => {
    if (ring.length === 0) return;
    points.push(...ring);
    sizes.push(ring.length);
    ring = [];
  };
  for (let t = 0; t + 2 < triangles.length; t += 3) {
    const corners = [triangles[t]!, triangles[t + 1]!, triangles[t + 2]!] as const;
    if (ring.length === 0 || ring.length >= MAX_CORNERS || !grow(ring, corners)) {
      flush();
      ring = [...corners];
    }
  }
  flush();
  return { points, sizes };
}

/** Adds the triangle to the ring if it shares one of the ring's edges; whether it did. */
function grow(ring: FacePoint[], corners: readonly [FacePoint, FacePoint, FacePoint]): boolean {
  for (let k = 0; k < 3; k++) {
    const u = corners[k]!;
    const v = corners[(k + 1) % 3]!;
    const w = corners[(k + 2) % 3]!;
    if (ring.some((p) => same(p, w))) continue;
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      if ((same(a, u) && same(b, v)) || (same(a, v) && same(b, u))) {
        ring.splice(i + 1, 0, w);
        return true;
      }
    }
  }
  return false;
}
