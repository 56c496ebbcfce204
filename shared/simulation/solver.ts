import { choleskyFactor, choleskySolveInPlace, type CholeskyFactor } from './cholesky';
import type { PlanLoads } from './loads';
import type { TissueModel } from './model';
import { restrictSymmetric } from './sparse';

/**
 * Solves the tissue model for a plan's loads. The stiffness matrix changes only when the set of
 * pinned nodes changes (an anchor moves into or out of a fixation zone, or to other nodes), so
 * the factorisation is kept per pin set and an edit that only changes the loads (dragging a
 * path point, changing a tension) costs two triangular solves.
 */

interface Factorization {
  readonly key: string;
  /** Reduced index of each degree of freedom (elimination order), -1 where pinned. */
  readonly reduced: Int32Array;
  readonly factor: CholeskyFactor;
}

/** Factorisations kept for recent pin sets. Design choice: an undo/redo pair plus a drag. */
const FACTOR_CACHE_SIZE = 4;

export class TissueSolver {
  private readonly factors: Factorization[] = [];

  constructor(readonly model: TissueModel) {}

  /** How many factorisations this solver has computed (for tests and the benchmark). */
  factorizationCount = 0;

  /**
   * The linear displacement of every node on the diagram (x, y per node, millimetres) under the
   * loads, with the base pins and the loads' anchor pins held at zero.
   */
  solveLinear(loads: PlanLoads): Float64Array {
    const { nodeCount } = this.model.mesh;
    const rank = this.model.nodeRank;
    const f = this.factorizationFor(loads.anchorPins);
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

  /** The factorisation for the base pins plus these anchor pins (computed on first use). */
  private factorizationFor(anchorPins: Int32Array): Factorization {
    const key = anchorPins.join(',');
    const at = this.factors.findIndex((f) => f.key === key);
    if (at >= 0) {
      const hit = this.factors[at]!;
      if (at > 0) {
        this.factors.splice(at, 1);
        this.factors.unshift(hit);
      }
      return hit;
    }
    const made = this.factorize(key, anchorPins);
    this.factors.unshift(made);
    if (this.factors.length > FACTOR_CACHE_SIZE) this.factors.pop();
    return made;
  }

  private factorize(key: string, anchorPins: Int32Array): Factorization {
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
    const factor = choleskyFactor(restrictSymmetric(model.stiffness, reduced, kept));
    this.factorizationCount++;
    return { key, reduced, factor };
  }
}
