import type { TissueField } from './fields';
import type { TissueModel } from './model';

/**
 * What the tissue overlay draws, as plain arrays: the mesh, each node's gathering and each
 * node's displacement on the diagram. Small enough to cross a Worker boundary (typed arrays,
 * transferable) and independent of the model object, so the scene (shared/scene/layers/tissue.ts)
 * can draw a map that was computed elsewhere.
 */
export interface TissueMap {
  /** Diagram positions of the nodes: x0, y0, x1, y1, ... (face millimetres). */
  readonly xy: ArrayLike<number>;
  /** Three node indices per triangle. */
  readonly triangles: ArrayLike<number>;
  /** Gathering at each node (area lost: 0.05 = 5%); negative where the tissue is stretched. */
  readonly gathering: ArrayLike<number>;
  /** Displacement of each node on the diagram (x, y per node), millimetres. */
  readonly displacement: ArrayLike<number>;
  /** Lattice spacing, millimetres: the arrows are thinned to a coarser grid from it. */
  readonly spacingMm: number;
}

export function tissueMapOf(model: TissueModel, field: TissueField): TissueMap {
  return {
    xy: model.mesh.xy,
    triangles: model.mesh.triangles,
    gathering: field.gathering,
    displacement: field.displacement,
    spacingMm: model.mesh.spacingMm,
  };
}
