import { choleskyBackwardInPlace, choleskyFactor, choleskyForwardInPlace, choleskyForwardUnit, choleskySolveInPlace, type CholeskyFactor } from './cholesky';
import type { PlanLoads } from './loads';
import type { TissueModel } from './model';
import { restrictSymmetric } from './sparse';

/**
 * Solves the tissue model for a plan's loads, with the base pins (the face's outer edge) and the
 * plan's anchor pins held at zero.
 *
 * The stiffness with only the base pins removed is factorised once per model (model.ts
 * `baseFactor`; the command line ships it). A plan's anchor pins are then a few more
 * constraints, solved as a small Schur complement on that factor (the bordered system of
 * Davis 2006 / Golub & Van Loan 4.2): with K L L^T-factorised and E the columns of the pinned
 * degrees of freedom, W = L^-1 E (one sparse forward solve per pinned degree of freedom, along
 * its path in the elimination tree) and S = W^T W = E^T K^-1 E. A solve is then y = L^-1 f,
 * S mu = -W^T y, x = L^-T (y + W mu): x is K's solution with the reaction forces mu at the pins,
 * zero there, and equal (to rounding) to the solution of the matrix with those rows and columns
 * removed (tests/unit/shared/simulation/solver.test.ts compares the two).
 *
 * W and S's factor are kept per pin set, so an edit that only changes the loads (dragging a path
 * point, changing a tension) costs two triangular solves and a few products. A plan that pins
 * more than SCHUR_MAX_PINNED degrees of freedom is factorised afresh without them instead, which
 * then costs less than the Schur complement.
 */

/**
 * Most pinned degrees of freedom solved as a Schur complement. Design choice from the costs
 * measured on the 3,000-node face model (warm, 2-core machine): the complement takes one sparse
 * forward solve per pinned degree of freedom plus m^2/2 sparse dot products and an m^3/6 dense
 * factorisation, about 6-16 ms at 44 (a 50-thread plan's 22 anchored nodes) and 40-45 ms at 200,
 * where a fresh factorisation takes about 40 ms. Below 160 the complement is the cheaper one.
 */
export const SCHUR_MAX_PINNED = 160;

interface PinSet {
  readonly key: string;
  /** Pinned degrees of freedom, as indices of the base factor's system. */
  readonly dofs: Int32Array;
  /** Column k of W = L^-1 E (sparse: its path in the elimination tree). */
  readonly w: readonly { readonly index: Int32Array; readonly value: Float64Array }[];
  /** Cholesky factor of S = W^T W, dense, lower triangle row by row (m x m). */
  readonly s: Float64Array;
}

interface Refactorized {
  readonly key: string;
  /** Index of each degree of freedom in `factor`'s system, -1 where pinned. */
  readonly reduced: Int32Array;
  readonly factor: CholeskyFactor;
}

/** Pin sets kept. Design choice: an undo/redo pair plus a drag. */
const FACTOR_CACHE_SIZE = 4;

export class TissueSolver {
  private readonly pinSets: (PinSet | Refactorized)[] = [];
  /** Index of each degree of freedom (2 * rank + axis) in the base factor's system, -1 where base-pinned. */
  private readonly baseIndex: Int32Array;

  constructor(readonly model: TissueModel) {
    const n = model.mesh.nodeCount;
    const pinnedRank = new Uint8Array(n);
    for (let node = 0; node < n; node++) if (model.basePins[node]) pinnedRank[model.nodeRank[node]!] = 1;
    this.baseIndex = new Int32Array(2 * n);
    let kept = 0;
    for (let r = 0; r < n; r++) for (let axis = 0; axis < 2; axis++) this.baseIndex[2 * r + axis] = pinnedRank[r] ? -1 : kept++;
  }

  /** How many pin sets this solver has prepared (Schur complements or fresh factorisations; tests and the benchmark). */
  factorizationCount = 0;
  /** How many of them were factorised afresh (more pins than SCHUR_MAX_PINNED, or a failed complement). */
  refactorizationCount = 0;

  /**
   * The linear displacement of every node on the diagram (x, y per node, millimetres) under the
   * loads, with the base pins and the loads' anchor pins held at zero.
   */
  solveLinear(loads: PlanLoads): Float64Array {
    const pins = this.pinSetFor(loads.anchorPins);
    if ('factor' in pins) return this.solveRefactorized(pins, loads);
    const { nodeCount } = this.model.mesh;
    const rank = this.model.nodeRank;
    const base = this.model.baseFactor;
    const index = this.baseIndex;
    const y = new Float64Array(base.n);
    for (let node = 0; node < nodeCount; node++) {
      for (let axis = 0; axis < 2; axis++) {
        const r = index[2 * rank[node]! + axis]!;
        if (r >= 0) y[r] = loads.forces[2 * node + axis]!;
      }
    }
    // A force on a pinned degree of freedom goes into the pin (as in the matrix without it).
    for (const d of pins.dofs) y[d] = 0;
    choleskyForwardInPlace(base, y);
    const m = pins.dofs.length;
    if (m > 0) {
      // S mu = -W^T y, then y += W mu.
      const mu = new Float64Array(m);
      for (let k = 0; k < m; k++) {
        const { index: at, value } = pins.w[k]!;
        let dot = 0;
        for (let e = 0; e < at.length; e++) dot += value[e]! * y[at[e]!]!;
        mu[k] = -dot;
      }
      denseCholeskySolveInPlace(pins.s, m, mu);
      for (let k = 0; k < m; k++) {
        const { index: at, value } = pins.w[k]!;
        const muk = mu[k]!;
        for (let e = 0; e < at.length; e++) y[at[e]!]! += value[e]! * muk;
      }
    }
    choleskyBackwardInPlace(base, y);
    const u = new Float64Array(nodeCount * 2);
    for (let node = 0; node < nodeCount; node++) {
      for (let axis = 0; axis < 2; axis++) {
        const r = index[2 * rank[node]! + axis]!;
        if (r >= 0) u[2 * node + axis] = y[r]!;
      }
    }
    // Pinned: zero exactly (the complement leaves them at rounding level).
    for (const node of loads.anchorPins) u[2 * node] = u[2 * node + 1] = 0;
    return u;
  }

  /** The solve on a matrix factorised without the pinned rows and columns (a plan with many pins). */
  private solveRefactorized(f: Refactorized, loads: PlanLoads): Float64Array {
    const { nodeCount } = this.model.mesh;
    const rank = this.model.nodeRank;
    const b = new Float64Array(f.factor.n);
    for (let node = 0; node < nodeCount; node++) {
      for (let axis = 0; axis < 2; axis++) {
        const r = f.reduced[2 * rank[node]! + axis]!;
        if (r >= 0) b[r] = loads.forces[2 * node + axis]!;
      }
    }
    choleskySolveInPlace(f.factor, b);
    const u = new Float64Array(nodeCount * 2);
    for (let node = 0; node < nodeCount; node++) {
      for (let axis = 0; axis < 2; axis++) {
        const r = f.reduced[2 * rank[node]! + axis]!;
        if (r >= 0) u[2 * node + axis] = b[r]!;
      }
    }
    return u;
  }

  /** What solving with the base pins plus these anchor pins needs (prepared on first use). */
  private pinSetFor(anchorPins: Int32Array): PinSet | Refactorized {
    const key = anchorPins.join(',');
    const at = this.pinSets.findIndex((f) => f.key === key);
    if (at >= 0) {
      const hit = this.pinSets[at]!;
      if (at > 0) {
        this.pinSets.splice(at, 1);
        this.pinSets.unshift(hit);
      }
      return hit;
    }
    const dofs: number[] = [];
    for (const node of anchorPins) {
      for (let axis = 0; axis < 2; axis++) {
        const d = this.baseIndex[2 * this.model.nodeRank[node]! + axis]!;
        if (d >= 0) dofs.push(d);
      }
    }
    const made = (dofs.length <= SCHUR_MAX_PINNED ? this.schurComplement(key, Int32Array.from(dofs)) : null) ?? this.refactorize(key, anchorPins);
    this.factorizationCount++;
    this.pinSets.unshift(made);
    if (this.pinSets.length > FACTOR_CACHE_SIZE) this.pinSets.pop();
    return made;
  }

  /** The Schur complement of these pinned degrees of freedom, or null if rounding made it indefinite (then refactorise). */
  private schurComplement(key: string, dofs: Int32Array): PinSet | null {
    const base = this.model.baseFactor;
    const m = dofs.length;
    const scratch = new Float64Array(base.n);
    const w = Array.from(dofs, (d) => choleskyForwardUnit(base, d, scratch));
    // S = W^T W: each column scattered once, dotted with the columns before it.
    const s = new Float64Array(m * m);
    for (let k = 0; k < m; k++) {
      const wk = w[k]!;
      for (let e = 0; e < wk.index.length; e++) scratch[wk.index[e]!] = wk.value[e]!;
      for (let l = 0; l <= k; l++) {
        const wl = w[l]!;
        let dot = 0;
        for (let e = 0; e < wl.index.length; e++) dot += wl.value[e]! * scratch[wl.index[e]!]!;
        s[k * m + l] = dot;
      }
      for (let e = 0; e < wk.index.length; e++) scratch[wk.index[e]!] = 0;
    }
    return denseCholeskyInPlace(s, m) ? { key, dofs, w, s } : null;
  }

  private refactorize(key: string, anchorPins: Int32Array): Refactorized {
    this.refactorizationCount++;
    const { model } = this;
    const n = model.mesh.nodeCount;
    const pinnedRank = new Uint8Array(n);
    for (let node = 0; node < n; node++) if (model.basePins[node]) pinnedRank[model.nodeRank[node]!] = 1;
    for (const node of anchorPins) pinnedRank[model.nodeRank[node]!] = 1;
    const reduced = new Int32Array(2 * n);
    let kept = 0;
    for (let r = 0; r < n; r++) {
      for (let axis = 0; axis < 2; axis++) reduced[2 * r + axis] = pinnedRank[r] ? -1 : kept++;
    }
    return { key, reduced, factor: choleskyFactor(restrictSymmetric(model.stiffness, reduced, kept)) };
  }
}

/**
 * Cholesky factorisation in place of a dense symmetric positive definite m x m matrix given by its
 * lower triangle row by row (a[i * m + j], j <= i); the factor L replaces it. False if a pivot is
 * not positive (S = E^T K^-1 E is positive definite for distinct degrees of freedom: only
 * rounding could make it so).
 */
function denseCholeskyInPlace(a: Float64Array, m: number): boolean {
  for (let j = 0; j < m; j++) {
    let d = a[j * m + j]!;
    for (let k = 0; k < j; k++) d -= a[j * m + k]! ** 2;
    if (!(d > 0)) return false;
    const ljj = Math.sqrt(d);
    a[j * m + j] = ljj;
    for (let i = j + 1; i < m; i++) {
      let v = a[i * m + j]!;
      for (let k = 0; k < j; k++) v -= a[i * m + k]! * a[j * m + k]!;
      a[i * m + j] = v / ljj;
    }
  }
  return true;
}

/** Solves L L^T x = b in place with the dense factor of denseCholeskyInPlace. */
function denseCholeskySolveInPlace(l: Float64Array, m: number, b: Float64Array): void {
  for (let i = 0; i < m; i++) {
    let v = b[i]!;
    for (let k = 0; k < i; k++) v -= l[i * m + k]! * b[k]!;
    b[i] = v / l[i * m + i]!;
  }
  for (let i = m - 1; i >= 0; i--) {
    let v = b[i]!;
    for (let k = i + 1; k < m; k++) v -= l[k * m + i]! * b[k]!;
    b[i] = v / l[i * m + i]!;
  }
}
