import { describe, expect, it } from 'vitest';
import { elementGeometry } from '../../../../shared/simulation/element';
import { FRONTAL_GEOMETRY, type SurfaceGeometry } from '../../../../shared/simulation/geometry';
import { TISSUE_MATERIAL } from '../../../../shared/simulation/material';
import type { FaceMesh } from '../../../../shared/simulation/mesh';
import { assembleStiffness } from '../../../../shared/simulation/model';
import { denseOf } from './dense';

/**
 * The membrane assembly against a case worked by hand: the unit square split into two right
 * triangles, E*t = 1 N/mm, Poisson's ratio 0, no foundation. Nodes 0 (0,0), 1 (1,0), 2 (0,1),
 * 3 (1,1); triangles [0,1,2] and [1,3,2]. For a CST, K = area * B^T D B with
 * B = [[b1,0,b2,0,b3,0],[0,c1,0,c2,0,c3],[c1,b1,c2,b2,c3,b3]] / (2 area), b_i = y_j - y_k,
 * c_i = x_k - x_j and D = diag(1, 1, 1/2) at nu = 0. Worked out on paper:
 *   triangle [0,1,2]: b = (-1, 1, 0), c = (-1, 0, 1);  triangle [1,3,2]: b = (0, 1, -1), c = (-1, 1, 0).
 * The sum is the matrix below (rows sum to zero: a rigid translation costs nothing).
 */
const HAND: number[][] = [
  [0.75, 0.25, -0.5, -0.25, -0.25, 0, 0, 0],
  [0.25, 0.75, 0, -0.25, -0.25, -0.5, 0, 0],
  [-0.5, 0, 0.75, 0, 0, 0.25, -0.25, -0.25],
  [-0.25, -0.25, 0, 0.75, 0.25, 0, 0, -0.5],
  [-0.25, -0.25, 0, 0.25, 0.75, 0, -0.5, 0],
  [0, -0.5, 0.25, 0, 0, 0.75, -0.25, -0.25],
  [0, 0, -0.25, 0, -0.5, -0.25, 0.75, 0.25],
  [0, 0, -0.25, -0.5, 0, -0.25, 0.25, 0.75],
];

function twoTriangles(): FaceMesh {
  return {
    spacingMm: 1,
    nodeCount: 4,
    triangleCount: 2,
    xy: Float64Array.from([0, 0, 1, 0, 0, 1, 1, 1]),
    triangles: Uint32Array.from([0, 1, 2, 1, 3, 2]),
    boundary: new Uint8Array(4).fill(1),
    lattice: { h: 1, dy: 1, y0: 0, c0: 0, cols: 0, rows: 0, cellTriangles: new Int32Array(0), latticeNodes: new Int32Array(0) },
  };
}


const BARE = { ...TISSUE_MATERIAL, membraneStiffnessNPerMm: 1, poisson: 0, mobileSpreadMm: Infinity };

describe('membrane assembly', () => {
  it('matches the hand-computed two-triangle stiffness', () => {
    const mesh = twoTriangles();
    const k = denseOf(assembleStiffness(mesh, elementGeometry(mesh, FRONTAL_GEOMETRY), BARE));
    for (let i = 0; i < 8; i++) for (let j = 0; j < 8; j++) expect(k[i]![j], `K[${i}][${j}]`).toBeCloseTo(HAND[i]![j]!, 12);
  });

  it('scales with the membrane stiffness and adds the foundation on the diagonal only', () => {
    const mesh = twoTriangles();
    const elements = elementGeometry(mesh, FRONTAL_GEOMETRY);
    const k3 = denseOf(assembleStiffness(mesh, elements, { ...BARE, membraneStiffnessNPerMm: 3 }));
    expect(k3[0]![2]).toBeCloseTo(-1.5, 12);
    // Foundation E*t / L^2 per unit area, lumped: node 0 owns a third of triangle [0,1,2] (area 1/2).
    const withFoundation = denseOf(assembleStiffness(mesh, elements, { ...BARE, mobileSpreadMm: 2 }));
    expect(withFoundation[0]![0]! - HAND[0]![0]!).toBeCloseTo((1 / 4) * (0.5 / 3), 12);
    expect(withFoundation[0]![1]).toBeCloseTo(HAND[0]![1]!, 12);
    // Node 1 belongs to both triangles.
    expect(withFoundation[2]![2]! - HAND[2]![2]!).toBeCloseTo((1 / 4) * (1 / 3), 12);
  });

  it('measures strain on the lifted surface, not on the diagram', () => {
    // A surface twice as long in x as the diagram: a diagram displacement u_x = 0.01 x stretches
    // the skin by 0.02 x over a skin length of 2 x, a true strain of 1%, not 2%.
    const stretched: SurfaceGeometry = { id: 'stretched', lift: (p) => ({ x: 2 * p.x, y: p.y, z: 0 }) };
    const mesh = twoTriangles();
    const flat = elementGeometry(mesh, FRONTAL_GEOMETRY);
    const lifted = elementGeometry(mesh, stretched);
    expect(lifted.area[0]).toBeCloseTo(2 * flat.area[0]!, 12);
    const u = [0, 0, 0.01, 0, 0, 0, 0.01, 0]; // u_x = 0.01 x at the four nodes
    for (let t = 0; t < 2; t++) {
      const nodes = [...mesh.triangles.subarray(3 * t, 3 * t + 3)];
      const strain = [0, 1, 2].map((row) => nodes.reduce((s, node, k) => s + lifted.b[18 * t + 6 * row + 2 * k]! * u[2 * node]! + lifted.b[18 * t + 6 * row + 2 * k + 1]! * u[2 * node + 1]!, 0));
      // Area change (trace) and the largest principal strain are frame-independent.
      expect(strain[0]! + strain[1]!).toBeCloseTo(0.01, 12);
      const half = Math.hypot((strain[0]! - strain[1]!) / 2, strain[2]! / 2);
      expect((strain[0]! + strain[1]!) / 2 + half).toBeCloseTo(0.01, 12);
    }
  });
});
