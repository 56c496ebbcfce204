import type { TissueModel } from './model';

/**
 * What the map shows, derived from the solved displacements: how far the tissue moves, how it
 * stretches, and where it gathers (loses area, i.e. bunches up). All strains are small-strain
 * measures in each triangle's own tangent plane, so they are true skin quantities.
 */
export interface TissueField {
  /** Displacement of each node on the diagram (x, y per node), millimetres, after stiffening. */
  readonly displacement: Float64Array;
  /** True (skin) length of each node's displacement, millimetres. */
  readonly displacementMm: Float64Array;
  /** Relative area change of each triangle (eps_11 + eps_22): negative where tissue gathers. */
  readonly areaChange: Float64Array;
  /** Gathering at each node: the area lost by its triangles, area-weighted (0.05 = 5% lost); negative where stretched. */
  readonly gathering: Float64Array;
  /** Equivalent (von Mises) strain of each triangle. */
  readonly equivalentStrain: Float64Array;
  /** Equivalent (von Mises) membrane stress of each triangle, newtons per millimetre of width. */
  readonly membraneStress: Float64Array;
  readonly peakDisplacementMm: number;
  readonly peakEquivalentStrain: number;
  readonly peakMembraneStress: number;
}

/** The secant stiffening factor for a linear displacement d (material.ts). */
export const stiffened = (model: TissueModel, d: number): number => 1 / (1 + model.material.stiffeningPerMm * d);

export function deriveFields(model: TissueModel, linear: Float64Array): TissueField {
  const { mesh, elements, nodeMetric, material } = model;
  const n = mesh.nodeCount;
  const m = mesh.triangleCount;
  const displacement = new Float64Array(2 * n);
  const displacementMm = new Float64Array(n);
  let peakDisplacementMm = 0;
  for (let i = 0; i < n; i++) {
    const ux = linear[2 * i]!;
    const uy = linear[2 * i + 1]!;
    const g00 = nodeMetric[3 * i]!;
    const g01 = nodeMetric[3 * i + 1]!;
    const g11 = nodeMetric[3 * i + 2]!;
    const d = Math.sqrt(Math.max(0, g00 * ux * ux + 2 * g01 * ux * uy + g11 * uy * uy));
    const k = stiffened(model, d);
    displacement[2 * i] = ux * k;
    displacement[2 * i + 1] = uy * k;
    displacementMm[i] = d * k;
    if (d * k > peakDisplacementMm) peakDisplacementMm = d * k;
  }

  const nu = material.poisson;
  const c = material.membraneStiffnessNPerMm / (1 - nu * nu);
  const areaChange = new Float64Array(m);
  const equivalentStrain = new Float64Array(m);
  const membraneStress = new Float64Array(m);
  const gathering = new Float64Array(n);
  const weight = new Float64Array(n);
  let peakEquivalentStrain = 0;
  let peakMembraneStress = 0;
  const tri = mesh.triangles;
  const b = elements.b;
  for (let t = 0; t < m; t++) {
    let e11 = 0;
    let e22 = 0;
    let g12 = 0;
    const o = 18 * t;
    for (let k = 0; k < 3; k++) {
      const node = tri[3 * t + k]!;
      const ux = displacement[2 * node]!;
      const uy = displacement[2 * node + 1]!;
      e11 += b[o + 2 * k]! * ux + b[o + 2 * k + 1]! * uy;
      e22 += b[o + 6 + 2 * k]! * ux + b[o + 6 + 2 * k + 1]! * uy;
      g12 += b[o + 12 + 2 * k]! * ux + b[o + 12 + 2 * k + 1]! * uy;
    }
    const e12 = g12 / 2;
    areaChange[t] = e11 + e22;
    const eq = Math.sqrt(Math.max(0, e11 * e11 + e22 * e22 - e11 * e22 + 3 * e12 * e12));
    equivalentStrain[t] = eq;
    const s11 = c * (e11 + nu * e22);
    const s22 = c * (e22 + nu * e11);
    const s12 = c * (1 - nu) * e12;
    const vm = Math.sqrt(Math.max(0, s11 * s11 + s22 * s22 - s11 * s22 + 3 * s12 * s12));
    membraneStress[t] = vm;
    if (eq > peakEquivalentStrain) peakEquivalentStrain = eq;
    if (vm > peakMembraneStress) peakMembraneStress = vm;
    const w = elements.area[t]!;
    for (let k = 0; k < 3; k++) {
      const node = tri[3 * t + k]!;
      gathering[node]! -= w * (e11 + e22);
      weight[node]! += w;
    }
  }
  for (let i = 0; i < n; i++) if (weight[i]! > 0) gathering[i]! /= weight[i]!;
  return { displacement, displacementMm, areaChange, gathering, equivalentStrain, membraneStress, peakDisplacementMm, peakEquivalentStrain, peakMembraneStress };
}
