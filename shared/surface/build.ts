import { pointInPolygon } from '../geometry/polyline';
import {
  BLEND_MM,
  CRANIUM_CENTRE_Z,
  CRANIUM_UNTIL_Y,
  EAR_SLOPE,
  GRID_BOX,
  GRID_STEP_MM,
  MAX_BORDER_SLOPE,
  NECK_CENTRE_Z,
  NECK_FROM_Y,
  NECK_FRONT_Z,
  NECK_REFERENCE_Y,
  SKIRT_MAX_MM,
  SKIRT_SLOPE,
} from './construction';
import { fitMediaPipe, type FittedFace } from './fit';
import type { HeightGrid } from './height-field';
import { MP } from './mediapipe';
import { EAR_OUTLINES, smoothHalfWidth } from './outline';

/**
 * Builds the canonical surface's height grid (docs/atlas.md, "The face as a surface"):
 *
 * 1. the fitted MediaPipe face (fit.ts) is drawn into the grid: every node under a triangle gets
 *    the front-most triangle's height and the smooth (vertex-interpolated) normal;
 * 2. the rest of the head and neck outline gets a head shape (`shellHeight`): horizontal
 *    elliptic sections as wide as the atlas outline at that height, the cranium's above the eyes
 *    and the neck's below the jaw; within BLEND_MM of the face's border the difference between
 *    face and head shape (and its slope) is carried over and faded out, so the two meet without a
 *    step or a crease;
 * 3. the ears are flaps sloping back from the outline;
 * 4. off the face, a steep skirt continues from the nearest edge (not skin; mask 0).
 *
 * Only the patient's left half is computed; the right is its exact mirror image.
 */
export interface BuiltSurface {
  readonly grid: HeightGrid;
  readonly face: FittedFace;
}

export function buildCanonicalGrid(): BuiltSurface {
  const face = fitMediaPipe();
  const h = GRID_STEP_MM;
  const cols = Math.round((GRID_BOX.maxX - GRID_BOX.minX) / h) + 1;
  const rows = Math.round((GRID_BOX.maxY - GRID_BOX.minY) / h) + 1;
  const x0 = GRID_BOX.minX;
  const y0 = GRID_BOX.minY;
  const size = cols * rows;
  const z = new Float32Array(size);
  const nx = new Float32Array(size);
  const ny = new Float32Array(size);
  const nz = new Float32Array(size);
  const mask = new Uint8Array(size);
  const covered = new Uint8Array(size); // 1 under the MediaPipe face
  const mid = Math.round(-x0 / h); // column of x = 0
  const X = (i: number): number => x0 + i * h;
  const Y = (j: number): number => y0 + j * h;

  // 1. The fitted face.
  rasterizeFace(face, { x0, y0, h, cols, rows }, z, nx, ny, nz, covered);

  // 2. The rest of the head and neck: one interval per row, |x| <= the outline's half width.
  const shell = makeShell(face);
  const border = borderBlend(face, shell);
  const rim = borderCrossings(face);
  for (let j = 0; j < rows; j++) {
    const y = Y(j);
    const half = smoothHalfWidth(y);
    let last = -1;
    for (let i = mid; i < cols; i++) {
      const k = j * cols + i;
      if (covered[k]) {
        mask[k] = 1;
        last = i;
        continue;
      }
      const x = X(i);
      if (x > half) continue;
      mask[k] = 1;
      z[k] = shell(x, y) + border(x, y);
      last = i;
    }
    // The row's edge lies between its last node and the next one. That next node takes the
    // height the surface has AT the edge (the face's border where the face reaches the side,
    // else the head outline), so the side of the head ends at the same depth row after row
    // instead of in a saw-tooth set by where the grid happens to stop.
    if (last >= mid && last < cols - 1) {
      const k = j * cols + last + 1;
      const faceEdge = rim(y);
      const edgeX = Math.max(half, faceEdge?.x ?? -Infinity);
      if (X(last + 1) - edgeX < h) {
        mask[k] = 1;
        z[k] = faceEdge !== null && faceEdge.x >= half ? faceEdge.z : shell(half, y) + border(half, y);
      }
    }
  }

  // 3. Ears: nodes inside a drawn ear and outside the head, sloping back from the row's edge.
  const leftEar = EAR_OUTLINES.find((outline) => outline.every((p) => p.x > 0));
  if (leftEar) {
    let minY = Infinity;
    let maxY = -Infinity;
    for (const p of leftEar) {
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
    for (let j = Math.max(0, Math.floor((minY - y0) / h)); j <= Math.min(rows - 1, Math.ceil((maxY - y0) / h)); j++) {
      let edge = -1;
      for (let i = cols - 1; i >= mid; i--) {
        if (mask[j * cols + i]) {
          edge = i;
          break;
        }
      }
      if (edge < 0) continue;
      const zEdge = z[j * cols + edge]!;
      for (let i = edge + 1; i < cols; i++) {
        const k = j * cols + i;
        if (!pointInPolygon({ x: X(i), y: Y(j) }, leftEar)) continue;
        mask[k] = 1;
        z[k] = zEdge - EAR_SLOPE * (X(i) - X(edge));
      }
    }
  }

  // Mirror the left half onto the right (exact symmetry), then the skirt and normals over all.
  for (let j = 0; j < rows; j++) {
    for (let i = mid + 1; i < cols; i++) {
      const m = 2 * mid - i;
      if (m < 0) continue;
      const k = j * cols + i;
      const r = j * cols + m;
      z[r] = z[k]!;
      mask[r] = mask[k]!;
      covered[r] = covered[k]!;
      nx[r] = -nx[k]!;
      ny[r] = ny[k]!;
      nz[r] = nz[k]!;
    }
  }
  smoothSeam(z, mask, covered, cols, rows);
  skirt(z, mask, cols, rows, h);
  finiteDifferenceNormals(z, covered, nx, ny, nz, cols, rows, h);
  smoothNormals(nx, ny, nz, cols, rows, 2);
  for (let j = 0; j < rows; j++) nx[j * cols + mid] = 0;

  return { grid: { x0, y0, step: h, cols, rows, z, nx, ny, nz, mask, axis: mid, symmetric: true }, face };
}

/**
 * Where each row meets the face's border on the patient's left side (largest x), with the
 * border's height there; null for rows the face does not reach.
 */
function borderCrossings(face: FittedFace): (y: number) => { x: number; z: number } | null {
  const v = face.vertices;
  const loop = face.border;
  return (y) => {
    let best: { x: number; z: number } | null = null;
    for (let i = 0; i < loop.length; i++) {
      const a = loop[i]!;
      const b = loop[(i + 1) % loop.length]!;
      const ay = v[3 * a + 1]!;
      const by = v[3 * b + 1]!;
      if ((y < ay && y < by) || (y > ay && y > by) || ay === by) continue;
      const t = (y - ay) / (by - ay);
      const x = v[3 * a]! + t * (v[3 * b]! - v[3 * a]!);
      if (best === null || x > best.x) best = { x, z: v[3 * a + 2]! + t * (v[3 * b + 2]! - v[3 * a + 2]!) };
    }
    return best;
  };
}

/**
 * Box-filter the normal field (passes of a 3 x 3 average, done as a row pass and a column pass),
 * then renormalize: no seam where the face meets the head shape, no facets on the face.
 */
function smoothNormals(nx: Float32Array, ny: Float32Array, nz: Float32Array, cols: number, rows: number, passes: number): void {
  const tmp = new Float32Array(Math.max(cols, rows));
  for (const a of [nx, ny, nz]) {
    for (let pass = 0; pass < passes; pass++) {
      for (let j = 0; j < rows; j++) {
        const o = j * cols;
        for (let i = 1; i < cols - 1; i++) tmp[i] = (a[o + i - 1]! + a[o + i]! + a[o + i + 1]!) / 3;
        for (let i = 1; i < cols - 1; i++) a[o + i] = tmp[i]!;
      }
      for (let i = 0; i < cols; i++) {
        for (let j = 1; j < rows - 1; j++) tmp[j] = (a[(j - 1) * cols + i]! + a[j * cols + i]! + a[(j + 1) * cols + i]!) / 3;
        for (let j = 1; j < rows - 1; j++) a[j * cols + i] = tmp[j]!;
      }
    }
  }
  for (let k = 0; k < nx.length; k++) {
    const len = Math.sqrt(nx[k]! * nx[k]! + ny[k]! * ny[k]! + nz[k]! * nz[k]!) || 1;
    nx[k] = nx[k]! / len;
    ny[k] = ny[k]! / len;
    nz[k] = nz[k]! / len;
  }
}

interface GridShape {
  readonly x0: number;
  readonly y0: number;
  readonly h: number;
  readonly cols: number;
  readonly rows: number;
}

/** Vertex normals of the fitted face, area-weighted, oriented out of the face (+z overall). */
export function faceVertexNormals(face: FittedFace): Float64Array {
  const v = face.vertices;
  const t = face.triangles;
  const normals = new Float64Array(v.length);
  let sumZ = 0;
  for (let k = 0; k < t.length; k += 3) {
    const a = t[k]!;
    const b = t[k + 1]!;
    const c = t[k + 2]!;
    const ux = v[3 * b]! - v[3 * a]!;
    const uy = v[3 * b + 1]! - v[3 * a + 1]!;
    const uz = v[3 * b + 2]! - v[3 * a + 2]!;
    const wx = v[3 * c]! - v[3 * a]!;
    const wy = v[3 * c + 1]! - v[3 * a + 1]!;
    const wz = v[3 * c + 2]! - v[3 * a + 2]!;
    const cx = uy * wz - uz * wy;
    const cy = uz * wx - ux * wz;
    const cz = ux * wy - uy * wx;
    sumZ += cz;
    for (const q of [a, b, c]) {
      normals[3 * q]! += cx;
      normals[3 * q + 1]! += cy;
      normals[3 * q + 2]! += cz;
    }
  }
  const sign = sumZ >= 0 ? 1 : -1; // the winding's orientation: make the face's normals point out
  for (let q = 0; q < v.length / 3; q++) {
    const len = Math.hypot(normals[3 * q]!, normals[3 * q + 1]!, normals[3 * q + 2]!) || 1;
    normals[3 * q] = (sign * normals[3 * q]!) / len;
    normals[3 * q + 1] = (sign * normals[3 * q + 1]!) / len;
    normals[3 * q + 2] = (sign * normals[3 * q + 2]!) / len;
  }
  return normals;
}

/** Draws the fitted face into the grid: front-most height and interpolated vertex normal. */
function rasterizeFace(face: FittedFace, g: GridShape, z: Float32Array, nx: Float32Array, ny: Float32Array, nz: Float32Array, covered: Uint8Array): void {
  const v = face.vertices;
  const t = face.triangles;
  const vn = faceVertexNormals(face);
  const best = new Float64Array(g.cols * g.rows).fill(-Infinity);
  for (let k = 0; k < t.length; k += 3) {
    const a = t[k]!;
    const b = t[k + 1]!;
    const c = t[k + 2]!;
    const ax = v[3 * a]!;
    const ay = v[3 * a + 1]!;
    const bx = v[3 * b]!;
    const by = v[3 * b + 1]!;
    const cx = v[3 * c]!;
    const cy = v[3 * c + 1]!;
    const det = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy);
    if (Math.abs(det) < 1e-12) continue; // edge-on from the front: covers no area
    const i0 = Math.max(0, Math.ceil((Math.min(ax, bx, cx) - g.x0) / g.h - 1e-9));
    const i1 = Math.min(g.cols - 1, Math.floor((Math.max(ax, bx, cx) - g.x0) / g.h + 1e-9));
    const j0 = Math.max(0, Math.ceil((Math.min(ay, by, cy) - g.y0) / g.h - 1e-9));
    const j1 = Math.min(g.rows - 1, Math.floor((Math.max(ay, by, cy) - g.y0) / g.h + 1e-9));
    for (let j = j0; j <= j1; j++) {
      const y = g.y0 + j * g.h;
      for (let i = i0; i <= i1; i++) {
        const x = g.x0 + i * g.h;
        const l1 = ((by - cy) * (x - cx) + (cx - bx) * (y - cy)) / det;
        const l2 = ((cy - ay) * (x - cx) + (ax - cx) * (y - cy)) / det;
        const l3 = 1 - l1 - l2;
        const eps = -1e-7;
        if (l1 < eps || l2 < eps || l3 < eps) continue;
        const height = l1 * v[3 * a + 2]! + l2 * v[3 * b + 2]! + l3 * v[3 * c + 2]!;
        const n = j * g.cols + i;
        if (height <= best[n]!) continue; // keep the front-most surface
        best[n] = height;
        z[n] = height;
        const qx = l1 * vn[3 * a]! + l2 * vn[3 * b]! + l3 * vn[3 * c]!;
        const qy = l1 * vn[3 * a + 1]! + l2 * vn[3 * b + 1]! + l3 * vn[3 * c + 1]!;
        const qz = l1 * vn[3 * a + 2]! + l2 * vn[3 * b + 2]! + l3 * vn[3 * c + 2]!;
        const len = Math.hypot(qx, qy, qz) || 1;
        nx[n] = qx / len;
        ny[n] = qy / len;
        nz[n] = qz / len;
        covered[n] = 1;
      }
    }
  }
}

const edgeKey = (a: number, b: number): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

export type Shell = (x: number, y: number) => number;

const smoothstep = (e0: number, e1: number, v: number): number => {
  const t = Math.min(1, Math.max(0, (v - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};

/**
 * The head shape outside the face: at each height a half-ellipse as wide as the atlas outline,
 * z = centre(y) + k(y) * sqrt(W(y)^2 - x^2). Over the cranium this is an ellipsoid-like dome
 * through the top of the model's forehead (k chosen so); over the neck an elliptic column whose
 * front is NECK_FRONT_Z; between the eyes and the jaw angle the two blend smoothly.
 */
export function makeShell(face: FittedFace): Shell {
  const v = face.vertices;
  const top = MP.foreheadTop;
  const craniumK = (v[3 * top + 2]! - CRANIUM_CENTRE_Z) / smoothHalfWidth(v[3 * top + 1]!);
  const neckK = (NECK_FRONT_Z - NECK_CENTRE_Z) / smoothHalfWidth(NECK_REFERENCE_Y);
  return (x, y) => {
    const t = smoothstep(CRANIUM_UNTIL_Y, NECK_FROM_Y, y);
    const centre = CRANIUM_CENTRE_Z + t * (NECK_CENTRE_Z - CRANIUM_CENTRE_Z);
    const k = craniumK + t * (neckK - craniumK);
    const w = smoothHalfWidth(y);
    return centre + k * Math.sqrt(Math.max(0, w * w - x * x));
  };
}

/**
 * How far the face's border sits above the head shape, carried outward from the border and faded
 * to nothing over BLEND_MM: (offset + slope change * d) * fade(d / BLEND_MM), from the nearest
 * point of the border. Matching the slope as well as the height leaves no crease at the border.
 */
function borderBlend(face: FittedFace, shell: Shell): (x: number, y: number) => number {
  const v = face.vertices;
  const loop = face.border;
  const n = loop.length;
  const px = loop.map((q) => v[3 * q]!);
  const py = loop.map((q) => v[3 * q + 1]!);
  const offset = loop.map((q) => v[3 * q + 2]! - shell(v[3 * q]!, v[3 * q + 1]!));
  // The face's slope at each border vertex: the gradient of the triangles that own its two
  // border edges (the slope right at the border, which is what the head shape must continue).
  const onBorder = new Map<string, number>();
  for (let i = 0; i < n; i++) onBorder.set(edgeKey(loop[i]!, loop[(i + 1) % n]!), i);
  const gx = new Float64Array(n);
  const gy = new Float64Array(n);
  const count = new Float64Array(n);
  const t = face.triangles;
  for (let k = 0; k < t.length; k += 3) {
    const a = t[k]!;
    const b = t[k + 1]!;
    const c = t[k + 2]!;
    const edges = [onBorder.get(edgeKey(a, b)), onBorder.get(edgeKey(b, c)), onBorder.get(edgeKey(c, a))].filter((e): e is number => e !== undefined);
    if (edges.length === 0) continue;
    const ux = v[3 * b]! - v[3 * a]!;
    const uy = v[3 * b + 1]! - v[3 * a + 1]!;
    const uz = v[3 * b + 2]! - v[3 * a + 2]!;
    const wx = v[3 * c]! - v[3 * a]!;
    const wy = v[3 * c + 1]! - v[3 * a + 1]!;
    const wz = v[3 * c + 2]! - v[3 * a + 2]!;
    const det = ux * wy - uy * wx;
    if (Math.abs(det) < 1e-9) continue;
    const dzdx = (uz * wy - uy * wz) / det;
    const dzdy = (ux * wz - uz * wx) / det;
    for (const e of edges) {
      for (const i of [e, (e + 1) % n]) {
        gx[i]! += dzdx;
        gy[i]! += dzdy;
        count[i]! += 1;
      }
    }
  }
  const cxm = px.reduce((s, x) => s + x, 0) / n;
  const cym = py.reduce((s, y) => s + y, 0) / n;
  const slope = loop.map((_, i) => {
    // Outward direction of the border at this vertex (perpendicular to its neighbours' chord).
    const a = (i + n - 1) % n;
    const b = (i + 1) % n;
    let ox = -(py[b]! - py[a]!);
    let oy = px[b]! - px[a]!;
    if (ox * (px[i]! - cxm) + oy * (py[i]! - cym) < 0) {
      ox = -ox;
      oy = -oy;
    }
    const len = Math.hypot(ox, oy) || 1;
    ox /= len;
    oy /= len;
    const faceSlope = count[i]! > 0 ? (gx[i]! * ox + gy[i]! * oy) / count[i]! : 0;
    const e = 0.5;
    const shellSlope = (shell(px[i]! + ox * e, py[i]! + oy * e) - shell(px[i]!, py[i]!)) / e;
    return Math.max(-MAX_BORDER_SLOPE, Math.min(MAX_BORDER_SLOPE, faceSlope - shellSlope));
  });
  return (x, y) => {
    let best = Infinity;
    let bestOffset = 0;
    let bestSlope = 0;
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      const ax = px[i]!;
      const ay = py[i]!;
      const dx = px[j]! - ax;
      const dy = py[j]! - ay;
      const len2 = dx * dx + dy * dy;
      const s = len2 > 0 ? Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
      const ex = ax + s * dx - x;
      const ey = ay + s * dy - y;
      const d2 = ex * ex + ey * ey;
      if (d2 < best) {
        best = d2;
        bestOffset = offset[i]! + s * (offset[j]! - offset[i]!);
        bestSlope = slope[i]! + s * (slope[j]! - slope[i]!);
      }
    }
    const d = Math.sqrt(best);
    if (d >= BLEND_MM) return 0;
    const u = d / BLEND_MM;
    const fade = 1 - u * u * u * (10 - 15 * u + 6 * u * u); // 1 at the border, 0 at BLEND_MM, flat at both ends
    return (bestOffset + bestSlope * d) * fade;
  };
}

/**
 * Design choice: on smooth skin at this grid step a node lies within a few tenths of a millimetre
 * of its neighbours' median (on a plane, exactly on it), while the teeth stood 5-7 mm off; 1 mm
 * moves only the teeth (the lips' line, a real crease, stands about 2 mm off but is not near the
 * seam).
 */
const SEAM_OUTLIER_MM = 1;
/** Design choice: a second pass catches a tooth whose neighbour was a tooth too; more passes move the rest about without bringing it under 1 mm (docs/atlas.md). */
const SEAM_PASSES = 2;

/**
 * The seam where the rasterized face meets the head shape (step 2) is a saw-tooth a node wide:
 * along the face's side border a row's last face node and the head shape's first node beside it
 * differed by up to 7 mm, alternating row by row (at the temple, in front of the ear and between
 * the jaw angle and the ear lobe, where threads run). Every path crossing or following the seam
 * then read millimetres of skin that are not there, and its depth was taken along a tilted normal.
 *
 * A node near the seam (a face node and a head-shape node within its 3 x 3 neighbourhood, or next
 * to such a node) whose height stands more than SEAM_OUTLIER_MM off the median of its eight
 * neighbours takes that median, and its normal is then computed from the heights like the head
 * shape's. The medians are read from the heights before each pass, and a median does not depend
 * on the order of its values, so the result stays an exact mirror image.
 */
function smoothSeam(z: Float32Array, mask: Uint8Array, covered: Uint8Array, cols: number, rows: number): void {
  const around = [-1, 1, -cols, cols, -cols - 1, -cols + 1, cols - 1, cols + 1];
  // Near the seam: a face node and a head-shape node within the node's 3 x 3 neighbourhood, or
  // next to such a node (the teeth reach two nodes in from the border in places).
  const mixed = new Uint8Array(z.length);
  for (let j = 1; j < rows - 1; j++) {
    for (let i = 1; i < cols - 1; i++) {
      const k = j * cols + i;
      let face = covered[k]!;
      let head = covered[k]! ? 0 : 1;
      for (const d of around) {
        if (covered[k + d]) face = 1;
        else head = 1;
      }
      mixed[k] = face & head;
    }
  }
  const near = mixed.slice();
  for (let j = 1; j < rows - 1; j++) {
    for (let i = 1; i < cols - 1; i++) {
      const k = j * cols + i;
      if (!mixed[k]) for (const d of around) if (mixed[k + d]) near[k] = 1;
    }
  }
  const values = new Float64Array(8);
  for (let pass = 0; pass < SEAM_PASSES; pass++) {
    const before = z.slice();
    for (let j = 1; j < rows - 1; j++) {
      for (let i = 1; i < cols - 1; i++) {
        const k = j * cols + i;
        if (!mask[k] || !near[k]) continue;
        let skin = true;
        for (let e = 0; e < 8; e++) {
          const m = k + around[e]!;
          if (!mask[m]) skin = false;
          values[e] = before[m]!;
        }
        if (!skin) continue;
        values.sort();
        const median = (values[3]! + values[4]!) / 2;
        if (Math.abs(before[k]! - median) <= SEAM_OUTLIER_MM) continue;
        z[k] = median;
        covered[k] = 0; // its normal comes from the heights (finiteDifferenceNormals)
      }
    }
  }
}

/**
 * Off-face nodes take the height of the nearest skin node, falling away by SKIRT_SLOPE per mm
 * (capped at SKIRT_MAX_MM): a two-pass chamfer distance transform carrying the source height.
 */
function skirt(z: Float32Array, mask: Uint8Array, cols: number, rows: number, h: number): void {
  const dist = new Float64Array(cols * rows).fill(Infinity);
  const src = new Float64Array(cols * rows);
  for (let k = 0; k < cols * rows; k++) {
    if (mask[k]) {
      dist[k] = 0;
      src[k] = z[k]!;
    }
  }
  const diag = Math.SQRT2 * h;
  const relax = (k: number, m: number, d: number): void => {
    if (dist[m]! + d < dist[k]!) {
      dist[k] = dist[m]! + d;
      src[k] = src[m]!;
    }
  };
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      const k = j * cols + i;
      if (i > 0) relax(k, k - 1, h);
      if (j > 0) {
        relax(k, k - cols, h);
        if (i > 0) relax(k, k - cols - 1, diag);
        if (i < cols - 1) relax(k, k - cols + 1, diag);
      }
    }
  }
  for (let j = rows - 1; j >= 0; j--) {
    for (let i = cols - 1; i >= 0; i--) {
      const k = j * cols + i;
      if (i < cols - 1) relax(k, k + 1, h);
      if (j < rows - 1) {
        relax(k, k + cols, h);
        if (i < cols - 1) relax(k, k + cols + 1, diag);
        if (i > 0) relax(k, k + cols - 1, diag);
      }
    }
  }
  for (let k = 0; k < cols * rows; k++) {
    if (!mask[k]) z[k] = src[k]! - SKIRT_SLOPE * Math.min(dist[k]!, SKIRT_MAX_MM);
  }
}

/** Normals from the height gradient, for every node not under the MediaPipe face. */
function finiteDifferenceNormals(z: Float32Array, covered: Uint8Array, nx: Float32Array, ny: Float32Array, nz: Float32Array, cols: number, rows: number, h: number): void {
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      const k = j * cols + i;
      if (covered[k]) continue;
      const l = i > 0 ? k - 1 : k;
      const r = i < cols - 1 ? k + 1 : k;
      const u = j > 0 ? k - cols : k;
      const d = j < rows - 1 ? k + cols : k;
      const gx = (z[r]! - z[l]!) / (((r === k ? 0 : 1) + (l === k ? 0 : 1)) * h);
      const gy = (z[d]! - z[u]!) / (((d === k ? 0 : 1) + (u === k ? 0 : 1)) * h);
      const len = Math.sqrt(gx * gx + gy * gy + 1);
      nx[k] = -gx / len;
      ny[k] = -gy / len;
      nz[k] = 1 / len;
    }
  }
}
