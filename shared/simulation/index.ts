/**
 * The tissue simulation: a linear-elastic membrane over the face (constant-strain triangles on a
 * lattice mesh), the plan's threads as loads, a sparse Cholesky factorisation kept per set of
 * pinned nodes, and the derived fields the map shows. Pure TypeScript: the editor runs it in a
 * Worker, the CLI and the PDF export call it directly. What the model is and is not:
 * docs/simulation.md.
 */
export { TissueSimulator, type Simulation } from './simulator';
export { simulatePlan } from './plan-simulation';
export { FRONTAL_GEOMETRY, type SurfaceGeometry, type Point3 } from './geometry';
export { TISSUE_MATERIAL, type TissueMaterial } from './material';
export type { TissueField } from './fields';
export { tissueMapOf, type TissueMap } from './map';
export type { SimulationSummary, SideGathering } from './summary';
export type { TissueModel } from './model';
export type { FaceMesh } from './mesh';
