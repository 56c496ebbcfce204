import type { FaceMesh } from './mesh';
import type { SurfaceGeometry } from './geometry';

/**
 * Constant-strain triangles (CST) on the skin surface. Each triangle is measured in its own
 * tangent plane: its three nodes are lifted to 3D (geometry.ts), an orthonormal frame is laid in
 * the lifted triangle, and its strain-displacement matrix is written there. The unknowns stay
 * the nodes' displacements on the diagram (two per node): a diagram displacement d of a node
 * moves the skin by A d in the triangle's frame, where A is the triangle's affine map from the
 * diagram to its tangent plane. So B (strain from diagram displacements) = B_local * diag(A,A,A),
 * and lengths and areas are true skin lengths and areas. On the flat frontal geometry A is a
 * rotation and everything reduces to the textbook CST.
 */
export interface ElementGeometry {
  /** True (skin) area of each triangle, mm². */
  readonly area: Float64Array;
  /**
   * 3 x 6 strain-displacement matrix per triangle, row-major (18 numbers each): rows are
   * (eps_11, eps_22, gamma_12) in the triangle's own frame, columns (u_x, u_y) of its three
   * nodes on the diagram. Units 1/mm.
   */
  readonly b: Float64Array;
  /** The triangle's affine map diagram -> tangent plane, row-major 2 x 2 (4 numbers each). */
  readonly affine: Float64Array;
}

export function elementGeometry(mesh: FaceMesh, geometry: SurfaceGeometry): ElementGeometry {
  const { xy, triangles, nodeCount, triangleCount } = mesh;
  const lifted = new Float64Array(nodeCount * 3);
  for (let n = 0; n < nodeCount; n++) {
    const p = geometry.lift({ x: xy[2 * n]!, y: xy[2 * n + 1]! });
    lifted[3 * n] = p.x;
    lifted[3 * n + 1] = p.y;
    lifted[3 * n + 2] = p.z;
  }
  const area = new Float64Array(triangleCount);
  const b = new Float64Array(triangleCount * 18);
  const affine = new Float64Array(triangleCount * 4);
  for (let t = 0; t < triangleCount; t++) {
    const na = triangles[3 * t]!;
    const nb = triangles[3 * t + 1]!;
    const nc = triangles[3 * t + 2]!;
    // Edges in 3D and the triangle's frame (e1 along edge ab, e2 in-plane, right-handed with the normal).
    const abx = lifted[3 * nb]! - lifted[3 * na]!;
    const aby = lifted[3 * nb + 1]! - lifted[3 * na + 1]!;
    const abz = lifted[3 * nb + 2]! - lifted[3 * na + 2]!;
    const acx = lifted[3 * nc]! - lifted[3 * na]!;
    const acy = lifted[3 * nc + 1]! - lifted[3 * na + 1]!;
    const acz = lifted[3 * nc + 2]! - lifted[3 * na + 2]!;
    const nx = aby * acz - abz * acy;
    const ny = abz * acx - abx * acz;
    const nz = abx * acy - aby * acx;
    const twiceArea = Math.hypot(nx, ny, nz);
    const lab = Math.hypot(abx, aby, abz);
    const e1x = abx / lab;
    const e1y = aby / lab;
    const e1z = abz / lab;
    // e2 = (n x e1) / |n|
    const e2x = (ny * e1z - nz * e1y) / twiceArea;
    const e2y = (nz * e1x - nx * e1z) / twiceArea;
    const e2z = (nx * e1y - ny * e1x) / twiceArea;
    // Local coordinates of the nodes: a = (0, 0), b = (lab, 0), c = (cx, cy), cy > 0.
    const cx = acx * e1x + acy * e1y + acz * e1z;
    const cy = acx * e2x + acy * e2y + acz * e2z;
    area[t] = twiceArea / 2;

    // Affine map diagram -> local: [local_b, local_c] = A [diag_b - diag_a, diag_c - diag_a].
    const pbx = xy[2 * nb]! - xy[2 * na]!;
    const pby = xy[2 * nb + 1]! - xy[2 * na + 1]!;
    const pcx = xy[2 * nc]! - xy[2 * na]!;
    const pcy = xy[2 * nc + 1]! - xy[2 * na + 1]!;
    const det = pbx * pcy - pcx * pby;
    // inverse of [[pbx, pcx], [pby, pcy]]
    const i00 = pcy / det;
    const i01 = -pcx / det;
    const i10 = -pby / det;
    const i11 = pbx / det;
    const a00 = lab * i00 + cx * i10;
    const a01 = lab * i01 + cx * i11;
    const a10 = cy * i10;
    const a11 = cy * i11;
    affine.set([a00, a01, a10, a11], 4 * t);

    // Textbook CST in local coordinates (x1,y1)=(0,0), (x2,y2)=(lab,0), (x3,y3)=(cx,cy).
    const twoDelta = lab * cy;
    const bl = [0 - cy, cy - 0, 0 - 0]; // b_i = y_j - y_k
    const cl = [cx - lab, 0 - cx, lab - 0]; // c_i = x_k - x_j
    const o = 18 * t;
    for (let k = 0; k < 3; k++) {
      const bk = bl[k]! / twoDelta;
      const ck = cl[k]! / twoDelta;
      // Local B columns for node k: [bk, 0], [0, ck], [ck, bk]; times A (2 x 2).
      b[o + 2 * k] = bk * a00;
      b[o + 2 * k + 1] = bk * a01;
      b[o + 6 + 2 * k] = ck * a10;
      b[o + 6 + 2 * k + 1] = ck * a11;
      b[o + 12 + 2 * k] = ck * a00 + bk * a10;
      b[o + 12 + 2 * k + 1] = ck * a01 + bk * a11;
    }
  }
  return { area, b, affine };
}
