import { describe, expect, it } from 'vitest';
import { choleskyFactor, choleskySolveInPlace, NotPositiveDefiniteError } from '../../../../shared/simulation/cholesky';
import { elementGeometry } from '../../../../shared/simulation/element';
import { FRONTAL_GEOMETRY } from '../../../../shared/simulation/geometry';
import { TISSUE_MATERIAL } from '../../../../shared/simulation/material';
import { buildLatticeMesh } from '../../../../shared/simulation/mesh';
import { assembleStiffness } from '../../../../shared/simulation/model';
import { meshAdjacency, nestedDissection } from '../../../../shared/simulation/ordering';
import { multiplySymmetric, restrictSymmetric, symmetricFromTriplets, type SymmetricCsc } from '../../../../shared/simulation/sparse';
import { denseOf } from './dense';

/** The sparse Cholesky against a dense solve (Gaussian elimination with partial pivoting). */


function denseSolve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/** A small membrane (a disc of lattice triangles) in nested-dissection order, with its edge pinned. */
function smallSystem(radius: number, spacing: number, seed: number): { a: SymmetricCsc; b: Float64Array } {
  const outline = Array.from({ length: 24 }, (_, i) => ({ x: radius * Math.cos((i * Math.PI) / 12), y: radius * Math.sin((i * Math.PI) / 12) }));
  const mesh = buildLatticeMesh(outline, spacing);
  const order = nestedDissection(mesh.xy, meshAdjacency(mesh.nodeCount, mesh.triangles));
  const nodeRank = new Int32Array(mesh.nodeCount);
  order.forEach((node, k) => (nodeRank[node] = k));
  const full = assembleStiffness(mesh, elementGeometry(mesh, FRONTAL_GEOMETRY), { ...TISSUE_MATERIAL, mobileSpreadMm: 15 }, { nodeRank });
  const keep = new Int32Array(full.n);
  let kept = 0;
  for (let node = 0; node < mesh.nodeCount; node++) {
    for (let axis = 0; axis < 2; axis++) keep[2 * nodeRank[node]! + axis] = mesh.boundary[node] ? -1 : 0;
  }
  for (let d = 0; d < full.n; d++) if (keep[d] === 0) keep[d] = kept++;
  const a = restrictSymmetric(full, keep, kept);
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648) - 0.5;
  return { a, b: Float64Array.from({ length: kept }, random) };
}

describe('sparse Cholesky', () => {
  it.each([
    [12, 3, 1],
    [20, 3.5, 2],
    [25, 4, 3],
  ])('solves a membrane of radius %d mm (spacing %d) like a dense solve', (radius, spacing, seed) => {
    const { a, b } = smallSystem(radius, spacing, seed);
    expect(a.n).toBeGreaterThan(20);
    const expected = denseSolve(denseOf(a), [...b]);
    const x = Float64Array.from(b);
    choleskySolveInPlace(choleskyFactor(a), x);
    const scale = Math.max(...expected.map(Math.abs));
    for (let i = 0; i < a.n; i++) expect(Math.abs(x[i]! - expected[i]!) / scale, `x[${i}]`).toBeLessThan(1e-9);
    // and the residual is tiny
    const r = multiplySymmetric(a, x);
    for (let i = 0; i < a.n; i++) expect(Math.abs(r[i]! - b[i]!)).toBeLessThan(1e-9);
  });

  it('factors a hand-checkable 3 x 3 matrix', () => {
    // [[4, 2, 0], [2, 5, 3], [0, 3, 10]] = L L^T with L = [[2, 0, 0], [1, 2, 0], [0, 1.5, sqrt(7.75)]]
    const a = symmetricFromTriplets(3, Int32Array.from([0, 0, 1, 1, 2]), Int32Array.from([0, 1, 1, 2, 2]), Float64Array.from([4, 2, 5, 3, 10]), 5);
    const l = choleskyFactor(a);
    expect([...l.values]).toEqual([2, 1, 2, 1.5, Math.sqrt(7.75)].map((v) => expect.closeTo(v, 12)));
    // A [0, 1, 1] = [2, 8, 13]
    const x = Float64Array.from([2, 8, 13]);
    choleskySolveInPlace(l, x);
    expect([...x]).toEqual([0, 1, 1].map((v) => expect.closeTo(v, 12)));
  });

  it('refuses a matrix that is not positive definite, naming the column', () => {
    const a = symmetricFromTriplets(2, Int32Array.from([0, 0, 1]), Int32Array.from([0, 1, 1]), Float64Array.from([1, 2, 1]), 3);
    expect(() => choleskyFactor(a)).toThrow(NotPositiveDefiniteError);
  });

  it('sums duplicate entries and mirrors entries below the diagonal', () => {
    const a = symmetricFromTriplets(2, Int32Array.from([1, 0, 0, 1]), Int32Array.from([0, 1, 0, 1]), Float64Array.from([1, 2, 3, 4]), 4);
    expect([...a.colPtr]).toEqual([0, 1, 3]);
    expect([...a.rowIndex]).toEqual([0, 0, 1]);
    expect([...a.values]).toEqual([3, 3, 4]);
  });

  it('orders every node exactly once and keeps fill well below a banded ordering', () => {
    const outline = Array.from({ length: 24 }, (_, i) => ({ x: 60 * Math.cos((i * Math.PI) / 12), y: 60 * Math.sin((i * Math.PI) / 12) }));
    const mesh = buildLatticeMesh(outline, 3);
    const adjacency = meshAdjacency(mesh.nodeCount, mesh.triangles);
    const order = nestedDissection(mesh.xy, adjacency);
    expect([...order].sort((p, q) => p - q)).toEqual(Array.from({ length: mesh.nodeCount }, (_, i) => i));
    const fill = (rankOf: (node: number) => number) => {
      const nodeRank = Int32Array.from({ length: mesh.nodeCount }, (_, n) => rankOf(n));
      const k = assembleStiffness(mesh, elementGeometry(mesh, FRONTAL_GEOMETRY), TISSUE_MATERIAL, { nodeRank });
      return choleskyFactor(k).values.length;
    };
    const rank = new Int32Array(mesh.nodeCount);
    order.forEach((node, k) => (rank[node] = k));
    // The lattice's own numbering is row by row: a banded order with bandwidth ~ one row.
    expect(fill((n) => rank[n]!)).toBeLessThan(0.7 * fill((n) => n));
  });
});
