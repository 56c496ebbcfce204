import type { SymmetricCsc } from './sparse';

/**
 * Sparse Cholesky factorisation A = L L^T of a symmetric positive definite matrix, and the two
 * triangular solves. There is no maintained JavaScript library for this, so it is written here,
 * small and tested against a dense solve (tests/unit/shared/simulation/cholesky.test.ts).
 *
 * The algorithm is the up-looking Cholesky of CSparse (Davis, "Direct Methods for Sparse Linear
 * Systems", SIAM 2006, sections 4.1-4.6): the elimination tree gives the nonzero pattern of each
 * row of L as a reach in that tree, so a symbolic pass counts the entries of every column and the
 * numeric pass fills them in place without ever reallocating. The matrix must already be in its
 * fill-reducing order (ordering.ts); the factor keeps that order.
 */
export interface CholeskyFactor {
  readonly n: number;
  /** Column j of L: rows rowIndex[colPtr[j]..colPtr[j+1]-1], the diagonal first. */
  readonly colPtr: Int32Array;
  readonly rowIndex: Int32Array;
  readonly values: Float64Array;
}

export class NotPositiveDefiniteError extends Error {
  constructor(readonly column: number) {
    super(`matrix is not positive definite (column ${column}): is some part of the mesh free to move without resistance?`);
  }
}

/** parent[j] in the elimination tree, -1 for a root (cs_etree, upper-triangle input). */
function eliminationTree(a: SymmetricCsc): Int32Array {
  const { n, colPtr, rowIndex } = a;
  const parent = new Int32Array(n);
  const ancestor = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    parent[k] = -1;
    ancestor[k] = -1;
    for (let p = colPtr[k]!; p < colPtr[k + 1]!; p++) {
      let i = rowIndex[p]!;
      while (i !== -1 && i < k) {
        const next = ancestor[i]!;
        ancestor[i] = k;
        if (next === -1) parent[i] = k;
        i = next;
      }
    }
  }
  return parent;
}

/**
 * The pattern of row k of L (excluding the diagonal): the nodes reached from the entries of
 * column k of A above the diagonal by walking up the elimination tree. Written into
 * stack[top..n-1] in topological order; returns top. `mark` holds k+1 for visited nodes.
 */
function rowPattern(a: SymmetricCsc, k: number, parent: Int32Array, stack: Int32Array, mark: Int32Array): number {
  const n = a.n;
  let top = n;
  const stamp = k + 1;
  mark[k] = stamp;
  for (let p = a.colPtr[k]!; p < a.colPtr[k + 1]!; p++) {
    let i = a.rowIndex[p]!;
    if (i > k) continue;
    let len = 0;
    // Walk up until an already visited node, pushing the path; then move the path onto the stack.
    while (mark[i] !== stamp) {
      stack[len++] = i;
      mark[i] = stamp;
      i = parent[i]!;
    }
    while (len > 0) stack[--top] = stack[--len]!;
  }
  return top;
}

export function choleskyFactor(a: SymmetricCsc): CholeskyFactor {
  const n = a.n;
  const parent = eliminationTree(a);
  const stack = new Int32Array(n);
  const mark = new Int32Array(n);

  // Symbolic: count the entries of each column of L (row k adds one to each column in its pattern).
  const counts = new Int32Array(n).fill(1);
  for (let k = 0; k < n; k++) {
    const top = rowPattern(a, k, parent, stack, mark);
    for (let s = top; s < n; s++) counts[stack[s]!]!++;
  }
  const colPtr = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) colPtr[j + 1] = colPtr[j]! + counts[j]!;
  const nnz = colPtr[n]!;
  const rowIndex = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  const next = colPtr.slice(0, n);

  // Numeric: row k of L from a sparse triangular solve with the rows above it.
  mark.fill(0);
  const x = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const top = rowPattern(a, k, parent, stack, mark);
    for (let p = a.colPtr[k]!; p < a.colPtr[k + 1]!; p++) {
      const i = a.rowIndex[p]!;
      if (i <= k) x[i] = a.values[p]!;
    }
    let d = x[k]!;
    x[k] = 0;
    for (let s = top; s < n; s++) {
      const i = stack[s]!;
      const lki = x[i]! / values[colPtr[i]!]!;
      x[i] = 0;
      for (let p = colPtr[i]! + 1; p < next[i]!; p++) x[rowIndex[p]!]! -= values[p]! * lki;
      d -= lki * lki;
      const at = next[i]!++;
      rowIndex[at] = k;
      values[at] = lki;
    }
    if (!(d > 0)) throw new NotPositiveDefiniteError(k);
    const at = next[k]!++;
    rowIndex[at] = k;
    values[at] = Math.sqrt(d);
  }
  return { n, colPtr, rowIndex, values };
}

/** Solves L L^T x = b in place (b becomes x). */
export function choleskySolveInPlace(f: CholeskyFactor, b: Float64Array): void {
  choleskyForwardInPlace(f, b);
  choleskyBackwardInPlace(f, b);
}

/** Solves L y = b in place (b becomes y), column by column. */
export function choleskyForwardInPlace(f: CholeskyFactor, b: Float64Array): void {
  const { n, colPtr, rowIndex, values } = f;
  for (let j = 0; j < n; j++) {
    const start = colPtr[j]!;
    const yj = b[j]! / values[start]!;
    b[j] = yj;
    if (yj === 0) continue;
    const end = colPtr[j + 1]!;
    for (let p = start + 1; p < end; p++) b[rowIndex[p]!]! -= values[p]! * yj;
  }
}

/** Solves L^T x = y in place (y becomes x). */
export function choleskyBackwardInPlace(f: CholeskyFactor, b: Float64Array): void {
  const { n, colPtr, rowIndex, values } = f;
  for (let j = n - 1; j >= 0; j--) {
    const start = colPtr[j]!;
    const end = colPtr[j + 1]!;
    let s = b[j]!;
    for (let p = start + 1; p < end; p++) s -= values[p]! * b[rowIndex[p]!]!;
    b[j] = s / values[start]!;
  }
}

/**
 * L^-1 e_i, the forward solve of a unit vector, as a sparse vector: its nonzeros lie on the path
 * from i to the root of the elimination tree (Davis 2006, section 4.2: the reach of i), and each
 * column's first entry below the diagonal is its parent there, so the walk follows that path and
 * touches nothing else. `scratch` (length n) must be all zeros and is left so.
 */
export function choleskyForwardUnit(f: CholeskyFactor, i: number, scratch: Float64Array): { readonly index: Int32Array; readonly value: Float64Array } {
  const { colPtr, rowIndex, values } = f;
  // The path's length first (a walk over parents, no arithmetic), so the result is written
  // straight into typed arrays: growing number lists and copying them made most of a cold
  // `vectorlift analyze`'s garbage (one path per pinned degree of freedom).
  let length = 0;
  for (let j = i; j >= 0; length++) j = colPtr[j + 1]! > colPtr[j]! + 1 ? rowIndex[colPtr[j]! + 1]! : -1;
  const index = new Int32Array(length);
  const value = new Float64Array(length);
  scratch[i] = 1;
  for (let j = i, k = 0; j >= 0; k++) {
    const start = colPtr[j]!;
    const end = colPtr[j + 1]!;
    const yj = scratch[j]! / values[start]!;
    scratch[j] = 0;
    index[k] = j;
    value[k] = yj;
    for (let p = start + 1; p < end; p++) scratch[rowIndex[p]!]! -= values[p]! * yj;
    j = end > start + 1 ? rowIndex[start + 1]! : -1;
  }
  return { index, value };
}
