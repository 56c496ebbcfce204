import { pointInPolygon } from '../geometry/polyline';
import type { FacePoint, FacePolygon } from '../geometry/types';

/**
 * The tissue mesh: a regular triangular lattice (equilateral triangles, spacing h) clipped to an
 * outline. Why a lattice rather than a Delaunay triangulation of scattered points: every element
 * is the same well-shaped triangle, which keeps the stiffness matrix well conditioned; the
 * lattice is exactly mirror-symmetric about the midline (even rows have a node on x = 0, odd rows
 * straddle it), so a mirrored plan meets a mirrored mesh; and a point is located in O(1) from
 * its row and column, which the load assembly does for every point of every thread on every
 * edit. The price is a stepped outer edge (within one spacing of the outline), which the model
 * pins anyway (boundary.ts).
 */

export interface FaceMesh {
  /** Lattice spacing (edge length of every triangle on the diagram), millimetres. */
  readonly spacingMm: number;
  readonly nodeCount: number;
  readonly triangleCount: number;
  /** Diagram positions of the nodes: x0, y0, x1, y1, ... (face millimetres). */
  readonly xy: Float64Array;
  /** Three node indices per triangle, with positive signed area in face axes (x right, y down). */
  readonly triangles: Uint32Array;
  /** 1 for nodes on the mesh's outer edge (an edge that belongs to one triangle only). */
  readonly boundary: Uint8Array;
  /** @internal lattice bookkeeping for locate() */
  readonly lattice: Lattice;
}

interface Lattice {
  readonly h: number;
  readonly dy: number;
  readonly y0: number;
  /** Column of x = 0 on even rows. */
  readonly c0: number;
  readonly cols: number;
  readonly rows: number;
  /** Triangle index per lattice cell and kind (2 per cell), -1 where the outline clipped it. */
  readonly cellTriangles: Int32Array;
  /** Mesh node at each lattice position (row * cols + column), -1 where there is none. */
  readonly latticeNodes: Int32Array;
}

/** A point inside a triangle: the triangle and the barycentric weights of its three nodes. */
export interface Location {
  readonly triangle: number;
  readonly w0: number;
  readonly w1: number;
  readonly w2: number;
}

/** Spacing that gives about `targetNodes` lattice nodes inside `outline`. */
export function spacingForNodeCount(outline: FacePolygon, targetNodes: number): number {
  let area = 0;
  for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
    area += outline[j]!.x * outline[i]!.y - outline[i]!.x * outline[j]!.y;
  }
  area = Math.abs(area) / 2;
  // Each lattice node owns a rhombus of area h * (h * sqrt(3) / 2).
  return Math.sqrt(area / (targetNodes * (Math.sqrt(3) / 2)));
}

export function buildLatticeMesh(outline: FacePolygon, spacingMm: number): FaceMesh {
  const h = spacingMm;
  const dy = (h * Math.sqrt(3)) / 2;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of outline) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const halfWidth = Math.max(Math.abs(minX), Math.abs(maxX));
  const c0 = Math.ceil(halfWidth / h) + 1;
  const cols = 2 * c0 + 1;
  const y0 = minY - dy;
  const rows = Math.ceil((maxY - y0) / dy) + 2;

  const xOf = (i: number, j: number): number => (i - c0 + (j % 2) * 0.5) * h;
  const yOf = (j: number): number => y0 + j * dy;

  // Lattice nodes inside the outline.
  const latticeNode = new Int32Array(rows * cols).fill(-1);
  const inside = new Uint8Array(rows * cols);
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) if (pointInPolygon({ x: xOf(i, j), y: yOf(j) }, outline)) inside[j * cols + i] = 1;
  }

  // Triangles whose three nodes are inside; node numbers are given in order of first use.
  const tris: number[] = [];
  const cellTriangles = new Int32Array(rows * cols * 2).fill(-1);
  const xs: number[] = [];
  const nodeOf = (i: number, j: number): number => {
    const key = j * cols + i;
    let n = latticeNode[key]!;
    if (n < 0) {
      n = xs.length / 2;
      latticeNode[key] = n;
      xs.push(xOf(i, j), yOf(j));
    }
    return n;
  };
  const isIn = (i: number, j: number): boolean => i >= 0 && i < cols && j >= 0 && j < rows && inside[j * cols + i] === 1;
  for (let j = 0; j + 1 < rows; j++) {
    for (let i = 0; i + 1 < cols; i++) {
      const cells: [number, number][][] =
        j % 2 === 0
          ? [
              [[i, j], [i + 1, j], [i, j + 1]],
              [[i + 1, j], [i + 1, j + 1], [i, j + 1]],
            ]
          : [
              [[i, j], [i + 1, j + 1], [i, j + 1]],
              [[i, j], [i + 1, j], [i + 1, j + 1]],
            ];
      cells.forEach((corners, k) => {
        if (!corners.every(([a, b]) => isIn(a, b))) return;
        cellTriangles[(j * cols + i) * 2 + k] = tris.length / 3;
        const [a, b, c] = corners.map(([ci, cj]) => nodeOf(ci, cj)) as [number, number, number];
        tris.push(a, b, c);
      });
    }
  }
  const xy = Float64Array.from(xs);
  const triangles = Uint32Array.from(tris);
  orientPositive(xy, triangles);
  return {
    spacingMm: h,
    nodeCount: xy.length / 2,
    triangleCount: triangles.length / 3,
    xy,
    triangles,
    boundary: boundaryNodes(xy.length / 2, triangles),
    lattice: { h, dy, y0, c0, cols, rows, cellTriangles, latticeNodes: latticeNode },
  };
}

function orientPositive(xy: Float64Array, triangles: Uint32Array): void {
  for (let t = 0; t < triangles.length; t += 3) {
    const a = triangles[t]!;
    const b = triangles[t + 1]!;
    const c = triangles[t + 2]!;
    const cross = (xy[2 * b]! - xy[2 * a]!) * (xy[2 * c + 1]! - xy[2 * a + 1]!) - (xy[2 * b + 1]! - xy[2 * a + 1]!) * (xy[2 * c]! - xy[2 * a]!);
    if (cross < 0) {
      triangles[t + 1] = c;
      triangles[t + 2] = b;
    }
  }
}

/** Nodes on an edge that only one triangle uses. */
function boundaryNodes(nodeCount: number, triangles: Uint32Array): Uint8Array {
  const uses = new Map<number, number>();
  const key = (a: number, b: number): number => (a < b ? a * nodeCount + b : b * nodeCount + a);
  for (let t = 0; t < triangles.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const k = key(triangles[t + e]!, triangles[t + ((e + 1) % 3)]!);
      uses.set(k, (uses.get(k) ?? 0) + 1);
    }
  }
  const boundary = new Uint8Array(nodeCount);
  for (const [k, n] of uses) {
    if (n !== 1) continue;
    boundary[Math.floor(k / nodeCount)] = 1;
    boundary[k % nodeCount] = 1;
  }
  return boundary;
}

const EPS = -1e-9;

/** The triangle containing `p` with its barycentric weights, or null outside the mesh. */
export function locate(mesh: FaceMesh, p: FacePoint): Location | null {
  const { h, dy, y0, c0, cols, rows, cellTriangles } = mesh.lattice;
  const j = Math.floor((p.y - y0) / dy);
  if (j < 0 || j + 1 >= rows) return null;
  const base = Math.floor(p.x / h + c0);
  for (let i = base - 1; i <= base + 1; i++) {
    if (i < 0 || i + 1 >= cols) continue;
    for (let k = 0; k < 2; k++) {
      const t = cellTriangles[(j * cols + i) * 2 + k]!;
      if (t < 0) continue;
      const hit = barycentric(mesh, t, p);
      if (hit) return hit;
    }
  }
  return null;
}

function barycentric(mesh: FaceMesh, t: number, p: FacePoint): Location | null {
  const { xy, triangles } = mesh;
  const a = triangles[3 * t]!;
  const b = triangles[3 * t + 1]!;
  const c = triangles[3 * t + 2]!;
  const ax = xy[2 * a]!;
  const ay = xy[2 * a + 1]!;
  const v0x = xy[2 * b]! - ax;
  const v0y = xy[2 * b + 1]! - ay;
  const v1x = xy[2 * c]! - ax;
  const v1y = xy[2 * c + 1]! - ay;
  const det = v0x * v1y - v0y * v1x;
  const px = p.x - ax;
  const py = p.y - ay;
  const w1 = (px * v1y - py * v1x) / det;
  const w2 = (v0x * py - v0y * px) / det;
  const w0 = 1 - w1 - w2;
  if (w0 < EPS || w1 < EPS || w2 < EPS) return null;
  return { triangle: t, w0, w1, w2 };
}

/** Mesh nodes within `radius` of `p` (a lattice window, not a scan of the mesh). */
export function nodesNear(mesh: FaceMesh, p: FacePoint, radius: number): number[] {
  const { h, dy, y0, c0, cols, rows, latticeNodes } = mesh.lattice;
  const out: number[] = [];
  const j0 = Math.max(0, Math.floor((p.y - radius - y0) / dy));
  const j1 = Math.min(rows - 1, Math.ceil((p.y + radius - y0) / dy));
  for (let j = j0; j <= j1; j++) {
    const i0 = Math.max(0, Math.floor((p.x - radius) / h + c0) - 1);
    const i1 = Math.min(cols - 1, Math.ceil((p.x + radius) / h + c0) + 1);
    for (let i = i0; i <= i1; i++) {
      const n = latticeNodes[j * cols + i]!;
      if (n >= 0 && Math.hypot(mesh.xy[2 * n]! - p.x, mesh.xy[2 * n + 1]! - p.y) <= radius) out.push(n);
    }
  }
  return out;
}

/** The node nearest to `p` (a linear scan: used once per ligament when the model is built). */
export function nearestNode(mesh: FaceMesh, p: FacePoint): number {
  let best = 0;
  let bestD = Infinity;
  for (let n = 0; n < mesh.nodeCount; n++) {
    const d = (mesh.xy[2 * n]! - p.x) ** 2 + (mesh.xy[2 * n + 1]! - p.y) ** 2;
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return best;
}
