import type { FacePoint } from '../geometry/types';
import type { FaceSurface, MutablePoint3, Point3, SurfacePoint } from './types';

/**
 * A surface stored as heights on a regular grid over the frontal plane: the form every lookup
 * uses. Node (i, j) sits at (x0 + i * step, y0 + j * step). Each grid cell is split by a diagonal
 * into two triangles, and the surface IS that triangulated grid: lift, lengths, rays and views
 * all agree on it exactly, which is what makes pick and project round-trip. Cells on the
 * patient's left of the midline column use the (i, j)-(i+1, j+1) diagonal, cells on the right its
 * mirror image, (i+1, j)-(i, j+1): so the surface between the nodes is as exactly mirror
 * symmetric as the nodes themselves.
 *
 * Lookups are O(1): no search, no allocation on the hot path (heightAt, normalAt).
 */
export interface HeightGrid {
  readonly x0: number;
  readonly y0: number;
  readonly step: number;
  readonly cols: number;
  readonly rows: number;
  /** Height at each node, row-major (index j * cols + i). */
  readonly z: Float32Array;
  /** Unit outward normal at each node. */
  readonly nx: Float32Array;
  readonly ny: Float32Array;
  readonly nz: Float32Array;
  /** 1 where the node lies on skin (head, neck or ear), 0 on the off-face skirt. */
  readonly mask: Uint8Array;
  /** Column of the mirror axis (x = 0); cells left of it take the mirrored diagonal. */
  readonly axis: number;
  /**
   * The grid is an exact mirror image about the axis column (x = 0): lookups on the patient's
   * right then read the left at -x, so results are bit-for-bit mirror images.
   */
  readonly symmetric: boolean;
}

export class HeightFieldSurface implements FaceSurface {
  readonly bounds: FaceSurface['bounds'];
  private readonly inv: number;

  constructor(
    readonly id: string,
    readonly grid: HeightGrid,
  ) {
    this.inv = 1 / grid.step;
    this.bounds = {
      minX: grid.x0,
      minY: grid.y0,
      maxX: grid.x0 + (grid.cols - 1) * grid.step,
      maxY: grid.y0 + (grid.rows - 1) * grid.step,
    };
  }

  heightField(): HeightFieldSurface {
    return this;
  }

  heightAt(x: number, y: number): number {
    const g = this.grid;
    if (g.symmetric && x < 0) x = -x;
    let fx = (x - g.x0) * this.inv;
    let fy = (y - g.y0) * this.inv;
    // Clamp into the grid: beyond it the edge value continues (the skirt already ends flat).
    if (!(fx > 0)) fx = 0;
    else if (fx > g.cols - 1) fx = g.cols - 1;
    if (!(fy > 0)) fy = 0;
    else if (fy > g.rows - 1) fy = g.rows - 1;
    let i = Math.floor(fx);
    let j = Math.floor(fy);
    if (i > g.cols - 2) i = g.cols - 2;
    if (j > g.rows - 2) j = g.rows - 2;
    const tx = fx - i;
    const ty = fy - j;
    const k = j * g.cols + i;
    const z = g.z;
    const z00 = z[k]!;
    const z10 = z[k + 1]!;
    const z01 = z[k + g.cols]!;
    const z11 = z[k + g.cols + 1]!;
    if (i >= g.axis) return tx >= ty ? z00 + tx * (z10 - z00) + ty * (z11 - z10) : z00 + ty * (z01 - z00) + tx * (z11 - z01);
    return tx + ty <= 1 ? z00 + tx * (z10 - z00) + ty * (z01 - z00) : z11 + (1 - tx) * (z01 - z11) + (1 - ty) * (z10 - z11);
  }

  normalAt(x: number, y: number, out: MutablePoint3): MutablePoint3 {
    const g = this.grid;
    const flip = g.symmetric && x < 0;
    if (flip) x = -x;
    let fx = (x - g.x0) * this.inv;
    let fy = (y - g.y0) * this.inv;
    if (!(fx > 0)) fx = 0;
    else if (fx > g.cols - 1) fx = g.cols - 1;
    if (!(fy > 0)) fy = 0;
    else if (fy > g.rows - 1) fy = g.rows - 1;
    let i = Math.floor(fx);
    let j = Math.floor(fy);
    if (i > g.cols - 2) i = g.cols - 2;
    if (j > g.rows - 2) j = g.rows - 2;
    const tx = fx - i;
    const ty = fy - j;
    const k = j * g.cols + i;
    // Normals vary smoothly (bilinear between node normals), unlike the flat facets: depth
    // along the normal and shading should not jump at every grid edge.
    const w00 = (1 - tx) * (1 - ty);
    const w10 = tx * (1 - ty);
    const w01 = (1 - tx) * ty;
    const w11 = tx * ty;
    const c = g.cols;
    const nx = w00 * g.nx[k]! + w10 * g.nx[k + 1]! + w01 * g.nx[k + c]! + w11 * g.nx[k + c + 1]!;
    const ny = w00 * g.ny[k]! + w10 * g.ny[k + 1]! + w01 * g.ny[k + c]! + w11 * g.ny[k + c + 1]!;
    const nz = w00 * g.nz[k]! + w10 * g.nz[k + 1]! + w01 * g.nz[k + c]! + w11 * g.nz[k + c + 1]!;
    const len = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1;
    out.x = (flip ? -nx : nx) / len;
    out.y = ny / len;
    out.z = nz / len;
    return out;
  }

  onSurfaceAt(x: number, y: number): boolean {
    const g = this.grid;
    if (g.symmetric && x < 0) x = -x;
    const fx = (x - g.x0) * this.inv;
    const fy = (y - g.y0) * this.inv;
    if (!(fx >= 0 && fy >= 0 && fx <= g.cols - 1 && fy <= g.rows - 1)) return false;
    const i = Math.min(Math.floor(fx), g.cols - 2);
    const j = Math.min(Math.floor(fy), g.rows - 2);
    const k = j * g.cols + i;
    const m = g.mask;
    const tx = fx - i;
    const ty = fy - j;
    // The triangle the point lies in must be skin at all three corners.
    if (i >= g.axis) return m[k] === 1 && m[k + g.cols + 1] === 1 && (tx >= ty ? m[k + 1] === 1 : m[k + g.cols] === 1);
    return m[k + 1] === 1 && m[k + g.cols] === 1 && (tx + ty <= 1 ? m[k] === 1 : m[k + g.cols + 1] === 1);
  }

  private extents: { readonly lo: Int32Array; readonly hi: Int32Array; readonly top: Float32Array } | null = null;

  /**
   * For each row of cells: the first and last cell with a skin node (lo > hi when none) and the
   * highest node of the row's two node rows. Computed on the first ray (one pass over the grid).
   */
  private rowExtents(): { readonly lo: Int32Array; readonly hi: Int32Array; readonly top: Float32Array } {
    if (this.extents) return this.extents;
    const g = this.grid;
    const rows = g.rows - 1;
    const lo = new Int32Array(rows).fill(g.cols);
    const hi = new Int32Array(rows).fill(-1);
    const top = new Float32Array(rows).fill(-Infinity);
    // Plain loops over the row's two node rows (no array per node): this pass over the whole
    // grid is part of the first turned view a cold `vectorlift export` draws.
    for (let j = 0; j < rows; j++) {
      for (let i = 0; i < g.cols; i++) {
        for (let k = j * g.cols + i; k <= (j + 1) * g.cols + i; k += g.cols) {
          if (g.z[k]! > top[j]!) top[j] = g.z[k]!;
          if (g.mask[k] === 1) {
            // A skin node touches the cells either side of it.
            lo[j] = Math.min(lo[j]!, Math.max(0, i - 1));
            hi[j] = Math.max(hi[j]!, Math.min(g.cols - 2, i));
          }
        }
      }
    }
    this.extents = { lo, hi, top };
    return this.extents;
  }

  lift(p: FacePoint): SurfacePoint {
    const normal = this.normalAt(p.x, p.y, { x: 0, y: 0, z: 1 });
    return { point: { x: p.x, y: p.y, z: this.heightAt(p.x, p.y) }, normal, onSurface: this.onSurfaceAt(p.x, p.y) };
  }

  /**
   * The first skin triangle a horizontal ray enters from the viewer's side. The ray stays in the
   * row y, so it crosses the grid cell by cell; within a cell the surface along the row is two
   * straight pieces (either side of the diagonal), each intersected exactly. A ray that reaches
   * skin already behind it has passed under an edge of the modelled surface (the side of the
   * head behind the outline, which is not modelled): it counts as hidden and returns null.
   */
  rayHit(x: number, y: number, z: number, dx: number, dz: number): Point3 | null {
    const g = this.grid;
    const fy = (y - g.y0) * this.inv;
    if (!(fy >= 0 && fy <= g.rows - 1)) return null;
    if (Math.abs(dx) < 1e-12) {
      // Straight into the face (the frontal view): the skin at (x, y), if there is skin there.
      return this.onSurfaceAt(x, y) ? { x, y, z: this.heightAt(x, y) } : null;
    }
    const j = Math.min(Math.floor(fy), g.rows - 2);
    const ty = fy - j;
    const slope = dz / dx; // change of the ray's z per mm of x
    const c = g.cols;
    const zs = g.z;
    const m = g.mask;
    const forward = dx > 0; // the ray meets the cells in increasing x
    // Cells with no skin, and cells the ray crosses while still above the row's highest skin,
    // cannot stop it: start where it can first meet skin and stop after the last skin cell
    // (rowExtents). The result is the same as marching the whole row.
    const ext = this.rowExtents();
    const top = ext.top[j]! + 1;
    let first = ext.lo[j]!;
    let last = ext.hi[j]!;
    if (first > last) return null;
    if (slope === 0) {
      if (z > top) return null;
    } else if (forward === slope < 0) {
      const xs = (x + (top - z) / slope - g.x0) * this.inv; // where the ray sinks to `top`, in cells
      if (forward) first = Math.max(first, Math.floor(xs) - 1);
      else last = Math.min(last, Math.ceil(xs) + 1);
    }
    let prevSkin = false;
    for (let step = 0; step <= last - first; step++) {
      const i = forward ? first + step : last - step;
      const k = j * c + i;
      const mirrored = i < g.axis;
      const xa = g.x0 + i * g.step;
      const xd = xa + (mirrored ? 1 - ty : ty) * g.step; // where the row crosses the cell's diagonal
      const xb = xa + g.step;
      const z00 = zs[k]!;
      const z10 = zs[k + 1]!;
      const z01 = zs[k + c]!;
      const z11 = zs[k + c + 1]!;
      // Along the row, the cell's surface is two straight pieces: the "upper" triangle from the
      // cell's left edge to the diagonal, the "lower" one from the diagonal to the right edge.
      const atA = z00 + ty * (z01 - z00);
      const atB = z10 + ty * (z11 - z10);
      const atD = mirrored ? z00 + (1 - ty) * (z10 - z00) + ty * (z01 - z00) : z00 + ty * (z11 - z00);
      const upperSkin = mirrored ? m[k] === 1 && m[k + 1] === 1 && m[k + c] === 1 : m[k] === 1 && m[k + c] === 1 && m[k + c + 1] === 1;
      const lowerSkin = mirrored ? m[k + 1] === 1 && m[k + c] === 1 && m[k + c + 1] === 1 : m[k] === 1 && m[k + 1] === 1 && m[k + c + 1] === 1;
      for (let piece = 0; piece < 2; piece++) {
        const upper = forward ? piece === 0 : piece === 1;
        const skin = upper ? upperSkin : lowerSkin;
        if (!skin) {
          prevSkin = false; // open air: no skin under this stretch of the ray
          continue;
        }
        // The piece's near end (p0, s0) and far end (p1, s1) along the ray; plain numbers, as
        // this loop runs hundreds of times per ray and per drawn point in the turned views.
        const left = upper ? xa : xd; // the piece's ends in x order, with their heights
        const hl = upper ? atA : atD;
        const right = upper ? xd : xb;
        const hr = upper ? atD : atB;
        const p0 = forward ? left : right;
        const s0 = forward ? hl : hr;
        const p1 = forward ? right : left;
        const s1 = forward ? hr : hl;
        const f0 = z + (p0 - x) * slope - s0; // > 0: the ray is in front of the skin
        const f1 = z + (p1 - x) * slope - s1;
        if (f0 < 0) {
          // Reaching skin already behind it: the ray came under an edge of the modelled surface
          // (from the side or back of the head, which is not modelled), so this point is hidden.
          // After skin, f0 < 0 is only rounding at a shared corner: the hit is right there.
          return prevSkin ? { x: p0, y, z: s0 } : null;
        }
        if (f0 === 0) return { x: p0, y, z: s0 };
        if (f1 <= 0) {
          const t = f0 / (f0 - f1);
          const hx = p0 + t * (p1 - p0);
          return { x: hx, y, z: s0 + t * (s1 - s0) };
        }
        prevSkin = true;
      }
    }
    return null;
  }
}
