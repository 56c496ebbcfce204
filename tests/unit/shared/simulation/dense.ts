import type { SymmetricCsc } from '../../../../shared/simulation/sparse';

/** The full dense matrix of a symmetric matrix stored by its upper triangle (test helper). */
export function denseOf(m: SymmetricCsc): number[][] {
  const out = Array.from({ length: m.n }, () => new Array<number>(m.n).fill(0));
  for (let j = 0; j < m.n; j++) {
    for (let p = m.colPtr[j]!; p < m.colPtr[j + 1]!; p++) {
      out[m.rowIndex[p]!]![j] = m.values[p]!;
      out[j]![m.rowIndex[p]!] = m.values[p]!;
    }
  }
  return out;
}
