/**
 * A symmetric sparse matrix stored as its upper triangle (diagonal included) in compressed
 * sparse columns: column j holds rows colPtr[j] .. colPtr[j+1]-1 of rowIndex/values, rows sorted
 * ascending, so the diagonal is the last entry of each column. This is the layout the up-looking
 * Cholesky in cholesky.ts reads (Davis, Direct Methods for Sparse Linear Systems, 2006, ch. 4).
 */
export interface SymmetricCsc {
  readonly n: number;
  readonly colPtr: Int32Array;
  readonly rowIndex: Int32Array;
  readonly values: Float64Array;
}

/**
 * Builds the upper triangle from (row, col, value) triplets; an entry below the diagonal is
 * moved to its mirror position, and duplicates are summed (element matrices overlap). A
 * counting sort by column, then a small sort within each column: linear in the entry count.
 */
export function symmetricFromTriplets(n: number, rows: Int32Array, cols: Int32Array, vals: Float64Array, count: number): SymmetricCsc {
  const perCol = new Int32Array(n + 1);
  for (let k = 0; k < count; k++) perCol[Math.max(rows[k]!, cols[k]!) + 1]!++;
  for (let j = 0; j < n; j++) perCol[j + 1]! += perCol[j]!;
  const next = perCol.slice(0, n);
  const r = new Int32Array(count);
  const v = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const i = Math.min(rows[k]!, cols[k]!);
    const j = Math.max(rows[k]!, cols[k]!);
    const at = next[j]!++;
    r[at] = i;
    v[at] = vals[k]!;
  }
  // Sort rows within each column (insertion sort: columns are short) and merge duplicates.
  const colPtr = new Int32Array(n + 1);
  const rowIndex = new Int32Array(count);
  const values = new Float64Array(count);
  let out = 0;
  for (let j = 0; j < n; j++) {
    const start = perCol[j]!;
    const end = perCol[j + 1]!;
    for (let a = start + 1; a < end; a++) {
      const ri = r[a]!;
      const vi = v[a]!;
      let b = a - 1;
      while (b >= start && r[b]! > ri) {
        r[b + 1] = r[b]!;
        v[b + 1] = v[b]!;
        b--;
      }
      r[b + 1] = ri;
      v[b + 1] = vi;
    }
    colPtr[j] = out;
    for (let a = start; a < end; a++) {
      if (out > colPtr[j]! && rowIndex[out - 1] === r[a]) values[out - 1]! += v[a]!;
      else {
        rowIndex[out] = r[a]!;
        values[out] = v[a]!;
        out++;
      }
    }
  }
  colPtr[n] = out;
  return { n, colPtr, rowIndex: rowIndex.slice(0, out), values: values.slice(0, out) };
}

/**
 * The submatrix of the kept rows and columns. `newIndex[i]` is row/column i's index in the
 * result, or -1 to drop it; kept indices must keep their relative order, so sorted columns stay
 * sorted. This is how pinned degrees of freedom are removed.
 */
export function restrictSymmetric(m: SymmetricCsc, newIndex: Int32Array, keptCount: number): SymmetricCsc {
  const colPtr = new Int32Array(keptCount + 1);
  let nnz = 0;
  for (let j = 0; j < m.n; j++) {
    if (newIndex[j]! < 0) continue;
    for (let p = m.colPtr[j]!; p < m.colPtr[j + 1]!; p++) if (newIndex[m.rowIndex[p]!]! >= 0) nnz++;
  }
  const rowIndex = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let out = 0;
  for (let j = 0; j < m.n; j++) {
    const nj = newIndex[j]!;
    if (nj < 0) continue;
    colPtr[nj] = out;
    for (let p = m.colPtr[j]!; p < m.colPtr[j + 1]!; p++) {
      const ni = newIndex[m.rowIndex[p]!]!;
      if (ni < 0) continue;
      rowIndex[out] = ni;
      values[out] = m.values[p]!;
      out++;
    }
  }
  colPtr[keptCount] = out;
  return { n: keptCount, colPtr, rowIndex, values };
}

/** y = A x for the symmetric matrix stored by its upper triangle. */
export function multiplySymmetric(m: SymmetricCsc, x: Float64Array): Float64Array {
  const y = new Float64Array(m.n);
  for (let j = 0; j < m.n; j++) {
    for (let p = m.colPtr[j]!; p < m.colPtr[j + 1]!; p++) {
      const i = m.rowIndex[p]!;
      const a = m.values[p]!;
      y[i]! += a * x[j]!;
      if (i !== j) y[j]! += a * x[i]!;
    }
  }
  return y;
}
