import Delaunator from 'delaunator';
import type { FaceBounds, FacePoint } from '../geometry/types';
import { applyAffine, fitAffine, invertAffine } from './affine';
import type { Affine, LandmarkPair, PhotoPoint } from './types';

/**
 * The map between the canonical face (millimetres) and a photo (pixels), made from landmarks
 * seen in both.
 *
 * Why piecewise affine over a Delaunay triangulation (delaunator) of the canonical landmarks:
 * it passes exactly through every landmark (the practitioner's correction of one point is
 * honoured exactly and moves only the triangles around it), it is invertible in closed form
 * triangle by triangle (threads drawn on the photo map back to millimetres with no iterative
 * solve, and the round trip is exact up to rounding), and it costs a few multiplications per
 * point, so overlays follow a dragged landmark within a frame. A thin-plate spline would be
 * smoother across triangle edges but has no closed-form inverse and couples every landmark to
 * every point.
 *
 * Outside the landmarks' hull: a ring of frame points around the face is mapped by the
 * least-squares affine fit of all landmarks and added to the triangulation, so the map is
 * continuous out to the frame and plain affine beyond it (forehead, neck and ears keep their
 * place relative to the face).
 *
 * The triangulation is made on the CANONICAL side and depends only on which landmarks are
 * present (`WarpMesh`); moving a landmark on the photo changes only photo positions, so the
 * mesh, its lookup grid and any prepared (barycentric) points stay valid during a drag.
 */

/** How far the frame ring lies outside the canonical face bounds, as a share of their size (design choice: covers hair and shoulders). */
const FRAME_MARGIN = 0.6;
/** Frame points per side of the ring (design choice: enough for a smooth fall-off to the affine fit). */
const FRAME_POINTS_PER_SIDE = 4;
/** Lookup grid cells per side (design choice: a few triangles per cell for ~500 landmarks). */
const GRID_CELLS = 32;

export interface WarpMesh {
  /** Landmark ids in vertex order; the frame vertices follow them and have no id. */
  readonly ids: readonly string[];
  /** Canonical positions of all vertices (landmarks then frame), x0 y0 x1 y1 ... */
  readonly canonical: Float64Array;
  readonly landmarkCount: number;
  /** Vertex indices, three per triangle. */
  readonly triangles: Uint32Array;
  /** The frame ring's canonical corners: beyond it the map is the global affine fit. */
  readonly frame: FaceBounds;
  readonly grid: TriangleGrid;
}

/** A uniform grid over a rectangle listing the triangles whose bounding box meets each cell. */
export interface TriangleGrid {
  readonly minX: number;
  readonly minY: number;
  readonly cellW: number;
  readonly cellH: number;
  readonly cells: readonly (readonly number[])[];
}

export interface PhotoWarp {
  readonly mesh: WarpMesh;
  /** Photo positions of all vertices, same order as mesh.canonical. */
  readonly photo: Float64Array;
  /** Least-squares affine canonical -> photo of the landmarks; the map beyond the frame. */
  readonly affine: Affine;
  readonly inverseAffine: Affine;
  /** Triangles turned inside out on the photo (a landmark dragged across a neighbour): the map is not one-to-one there. */
  readonly folded: readonly number[];
  /** Grid over the photo-side triangles, for the inverse map. */
  readonly photoGrid: TriangleGrid;
}

function buildGrid(coords: Float64Array, triangles: Uint32Array, bounds: FaceBounds): TriangleGrid {
  const cellW = Math.max(1e-9, (bounds.maxX - bounds.minX) / GRID_CELLS);
  const cellH = Math.max(1e-9, (bounds.maxY - bounds.minY) / GRID_CELLS);
  const cells: number[][] = Array.from({ length: GRID_CELLS * GRID_CELLS }, () => []);
  const clampCell = (v: number) => Math.min(GRID_CELLS - 1, Math.max(0, Math.floor(v)));
  for (let t = 0; t < triangles.length / 3; t++) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let k = 0; k < 3; k++) {
      const v = triangles[t * 3 + k]!;
      const x = coords[v * 2]!;
      const y = coords[v * 2 + 1]!;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    const c0 = clampCell((minX - bounds.minX) / cellW);
    const c1 = clampCell((maxX - bounds.minX) / cellW);
    const r0 = clampCell((minY - bounds.minY) / cellH);
    const r1 = clampCell((maxY - bounds.minY) / cellH);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) cells[r * GRID_CELLS + c]!.push(t);
  }
  return { minX: bounds.minX, minY: bounds.minY, cellW, cellH, cells };
}

function gridCell(grid: TriangleGrid, x: number, y: number): readonly number[] {
  const c = Math.floor((x - grid.minX) / grid.cellW);
  const r = Math.floor((y - grid.minY) / grid.cellH);
  if (c < 0 || r < 0 || c >= GRID_CELLS || r >= GRID_CELLS) return [];
  return grid.cells[r * GRID_CELLS + c]!;
}

/** Barycentric weights of (x, y) in triangle t of `coords`; null for a degenerate triangle. */
function barycentric(coords: Float64Array, triangles: Uint32Array, t: number, x: number, y: number): [number, number, number] | null {
  const i0 = triangles[t * 3]! * 2;
  const i1 = triangles[t * 3 + 1]! * 2;
  const i2 = triangles[t * 3 + 2]! * 2;
  const x0 = coords[i0]!;
  const y0 = coords[i0 + 1]!;
  const x1 = coords[i1]!;
  const y1 = coords[i1 + 1]!;
  const x2 = coords[i2]!;
  const y2 = coords[i2 + 1]!;
  const det = (y1 - y2) * (x0 - x2) + (x2 - x1) * (y0 - y2);
  if (Math.abs(det) < 1e-12) return null;
  const w0 = ((y1 - y2) * (x - x2) + (x2 - x1) * (y - y2)) / det;
  const w1 = ((y2 - y0) * (x - x2) + (x0 - x2) * (y - y2)) / det;
  return [w0, w1, 1 - w0 - w1];
}

/** Slack on "inside a triangle" so points on a shared edge are found (relative to barycentric weights). */
const INSIDE_EPS = 1e-9;

/** The triangle of `coords` containing (x, y) and the weights there, or null. `skip` rules triangles out. */
function locate(
  coords: Float64Array,
  triangles: Uint32Array,
  grid: TriangleGrid,
  x: number,
  y: number,
  skip?: ReadonlySet<number>,
): { t: number; w: [number, number, number] } | null {
  for (const t of gridCell(grid, x, y)) {
    if (skip?.has(t)) continue;
    const w = barycentric(coords, triangles, t, x, y);
    if (w && w[0] >= -INSIDE_EPS && w[1] >= -INSIDE_EPS && w[2] >= -INSIDE_EPS) return { t, w };
  }
  return null;
}

/**
 * The canonical side of the warp: the triangulation of these landmarks plus the frame ring
 * around `faceBounds` (the atlas bounds). Null with fewer than three landmarks or when they all
 * lie on a line (no area to map).
 */
export function buildWarpMesh(landmarks: readonly { readonly id: string; readonly canonical: FacePoint }[], faceBounds: FaceBounds): WarpMesh | null {
  if (landmarks.length < 3) return null;
  const w = faceBounds.maxX - faceBounds.minX;
  const h = faceBounds.maxY - faceBounds.minY;
  const frame: FaceBounds = {
    minX: faceBounds.minX - w * FRAME_MARGIN,
    maxX: faceBounds.maxX + w * FRAME_MARGIN,
    minY: faceBounds.minY - h * FRAME_MARGIN,
    maxY: faceBounds.maxY + h * FRAME_MARGIN,
  };
  const ring: FacePoint[] = [];
  for (let k = 0; k < FRAME_POINTS_PER_SIDE; k++) {
    const s = k / FRAME_POINTS_PER_SIDE;
    ring.push({ x: frame.minX + (frame.maxX - frame.minX) * s, y: frame.minY });
    ring.push({ x: frame.maxX, y: frame.minY + (frame.maxY - frame.minY) * s });
    ring.push({ x: frame.maxX - (frame.maxX - frame.minX) * s, y: frame.maxY });
    ring.push({ x: frame.minX, y: frame.maxY - (frame.maxY - frame.minY) * s });
  }
  const n = landmarks.length;
  const canonical = new Float64Array((n + ring.length) * 2);
  landmarks.forEach((l, i) => {
    canonical[i * 2] = l.canonical.x;
    canonical[i * 2 + 1] = l.canonical.y;
  });
  ring.forEach((p, i) => {
    canonical[(n + i) * 2] = p.x;
    canonical[(n + i) * 2 + 1] = p.y;
  });
  const probe = fitAffine(
    landmarks.map((l) => l.canonical),
    landmarks.map((l) => l.canonical),
  );
  if (!probe) return null; // collinear landmarks
  const triangles = new Delaunator(canonical).triangles;
  // Duplicate canonical points are skipped by delaunator: a landmark in no triangle would never move anything.
  return { ids: landmarks.map((l) => l.id), canonical, landmarkCount: n, triangles, frame, grid: buildGrid(canonical, triangles, frame) };
}

/**
 * The full warp for one photo: the mesh plus where each landmark is on the photo (in the
 * mesh's order). Null when the landmarks admit no affine fit.
 */
export function buildPhotoWarp(mesh: WarpMesh, photoPositions: readonly PhotoPoint[]): PhotoWarp | null {
  const n = mesh.landmarkCount;
  if (photoPositions.length !== n) return null;
  const from: FacePoint[] = [];
  for (let i = 0; i < n; i++) from.push({ x: mesh.canonical[i * 2]!, y: mesh.canonical[i * 2 + 1]! });
  const affine = fitAffine(from, photoPositions);
  const inverseAffine = affine ? invertAffine(affine) : null;
  if (!affine || !inverseAffine) return null;
  const total = mesh.canonical.length / 2;
  const photo = new Float64Array(total * 2);
  for (let i = 0; i < n; i++) {
    photo[i * 2] = photoPositions[i]!.x;
    photo[i * 2 + 1] = photoPositions[i]!.y;
  }
  for (let i = n; i < total; i++) {
    const q = applyAffine(affine, { x: mesh.canonical[i * 2]!, y: mesh.canonical[i * 2 + 1]! });
    photo[i * 2] = q.x;
    photo[i * 2 + 1] = q.y;
  }
  // A triangle whose orientation differs between the two sides is folded over on the photo.
  const folded: number[] = [];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < total; i++) {
    minX = Math.min(minX, photo[i * 2]!);
    maxX = Math.max(maxX, photo[i * 2]!);
    minY = Math.min(minY, photo[i * 2 + 1]!);
    maxY = Math.max(maxY, photo[i * 2 + 1]!);
  }
  const signedArea = (c: Float64Array, t: number) => {
    const [a, b, d] = [mesh.triangles[t * 3]! * 2, mesh.triangles[t * 3 + 1]! * 2, mesh.triangles[t * 3 + 2]! * 2];
    return (c[b]! - c[a]!) * (c[d + 1]! - c[a + 1]!) - (c[b + 1]! - c[a + 1]!) * (c[d]! - c[a]!);
  };
  for (let t = 0; t < mesh.triangles.length / 3; t++) {
    if (Math.sign(signedArea(mesh.canonical, t)) !== Math.sign(signedArea(photo, t))) folded.push(t);
  }
  const photoGrid = buildGrid(photo, mesh.triangles, { minX, minY, maxX, maxY });
  return { mesh, photo, affine, inverseAffine, folded, photoGrid };
}

const weighted = (coords: Float64Array, triangles: Uint32Array, t: number, w: readonly number[]): { x: number; y: number } => {
  const i0 = triangles[t * 3]! * 2;
  const i1 = triangles[t * 3 + 1]! * 2;
  const i2 = triangles[t * 3 + 2]! * 2;
  return {
    x: w[0]! * coords[i0]! + w[1]! * coords[i1]! + w[2]! * coords[i2]!,
    y: w[0]! * coords[i0 + 1]! + w[1]! * coords[i1 + 1]! + w[2]! * coords[i2 + 1]!,
  };
};

/** Where a canonical point lies on the photo. */
export function canonicalToPhoto(warp: PhotoWarp, p: FacePoint): PhotoPoint {
  const m = warp.mesh;
  const hit = locate(m.canonical, m.triangles, m.grid, p.x, p.y);
  return hit ? weighted(warp.photo, m.triangles, hit.t, hit.w) : applyAffine(warp.affine, p);
}

/**
 * The canonical point shown at a photo position. Where the photo mesh folds over, a triangle
 * that is not folded wins; a point covered only by folded triangles still maps, through one of them.
 */
export function photoToCanonical(warp: PhotoWarp, q: PhotoPoint): FacePoint {
  const m = warp.mesh;
  const skip = warp.folded.length > 0 ? new Set(warp.folded) : undefined;
  const hit = locate(warp.photo, m.triangles, warp.photoGrid, q.x, q.y, skip) ?? (skip ? locate(warp.photo, m.triangles, warp.photoGrid, q.x, q.y) : null);
  if (hit) return weighted(m.canonical, m.triangles, hit.t, hit.w);
  return applyAffine(warp.inverseAffine, q);
}

/**
 * Canonical points prepared once for fast, repeated warping while landmarks move: each point's
 * triangle and barycentric weights (or -1 for "beyond the frame, use the affine fit").
 */
export interface PreparedPoints {
  readonly mesh: WarpMesh;
  readonly triangle: Int32Array;
  readonly weights: Float64Array;
  readonly points: Float64Array;
}

export function preparePoints(mesh: WarpMesh, points: readonly FacePoint[]): PreparedPoints {
  const triangle = new Int32Array(points.length);
  const weights = new Float64Array(points.length * 3);
  const coords = new Float64Array(points.length * 2);
  points.forEach((p, i) => {
    coords[i * 2] = p.x;
    coords[i * 2 + 1] = p.y;
    const hit = locate(mesh.canonical, mesh.triangles, mesh.grid, p.x, p.y);
    triangle[i] = hit ? hit.t : -1;
    if (hit) weights.set(hit.w, i * 3);
  });
  return { mesh, triangle, weights, points: coords };
}

/** Photo positions of prepared points, x0 y0 x1 y1 ... (the warp must use the same mesh). */
export function warpPrepared(warp: PhotoWarp, prepared: PreparedPoints, out = new Float64Array(prepared.triangle.length * 2)): Float64Array {
  const tris = warp.mesh.triangles;
  const photo = warp.photo;
  const A = warp.affine;
  for (let i = 0; i < prepared.triangle.length; i++) {
    const t = prepared.triangle[i]!;
    if (t < 0) {
      const x = prepared.points[i * 2]!;
      const y = prepared.points[i * 2 + 1]!;
      out[i * 2] = A.a * x + A.b * y + A.c;
      out[i * 2 + 1] = A.d * x + A.e * y + A.f;
      continue;
    }
    const i0 = tris[t * 3]! * 2;
    const i1 = tris[t * 3 + 1]! * 2;
    const i2 = tris[t * 3 + 2]! * 2;
    const w0 = prepared.weights[i * 3]!;
    const w1 = prepared.weights[i * 3 + 1]!;
    const w2 = prepared.weights[i * 3 + 2]!;
    out[i * 2] = w0 * photo[i0]! + w1 * photo[i1]! + w2 * photo[i2]!;
    out[i * 2 + 1] = w0 * photo[i0 + 1]! + w1 * photo[i1 + 1]! + w2 * photo[i2 + 1]!;
  }
  return out;
}

/** The landmark edges of the mesh (each once), for drawing it to check the alignment; frame vertices left out. */
export function meshEdges(mesh: WarpMesh): Uint32Array {
  const seen = new Set<number>();
  const out: number[] = [];
  const n = mesh.landmarkCount;
  const total = mesh.canonical.length / 2;
  for (let t = 0; t < mesh.triangles.length / 3; t++) {
    for (let k = 0; k < 3; k++) {
      const a = mesh.triangles[t * 3 + k]!;
      const b = mesh.triangles[t * 3 + ((k + 1) % 3)]!;
      if (a >= n || b >= n) continue;
      const key = Math.min(a, b) * total + Math.max(a, b);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(a, b);
    }
  }
  return Uint32Array.from(out);
}

/** Build the whole warp from landmark pairs in one call (tests, the PDF, the CLI). */
export function warpFromPairs(pairs: readonly LandmarkPair[], faceBounds: FaceBounds): PhotoWarp | null {
  const mesh = buildWarpMesh(pairs, faceBounds);
  return mesh ? buildPhotoWarp(mesh, pairs.map((p) => p.photo)) : null;
}
