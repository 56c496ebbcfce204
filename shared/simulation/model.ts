import { indexAtlas, isFixedFace, regionAt } from '../atlas/queries';
import type { Atlas, Region } from '../atlas/types';
import { elementGeometry, type ElementGeometry } from './element';
import { FRONTAL_GEOMETRY, type SurfaceGeometry } from './geometry';
import { TISSUE_MATERIAL, type TissueMaterial } from './material';
import { buildLatticeMesh, nearestNode, spacingForNodeCount, type FaceMesh } from './mesh';
import { meshAdjacency, nestedDissection } from './ordering';
import { choleskyFactor, type CholeskyFactor } from './cholesky';
import { restrictSymmetric, symmetricFromTriplets, type SymmetricCsc } from './sparse';

/**
 * The tissue model of one face: mesh, element shapes, regions, the assembled stiffness matrix and
 * the nodes pinned whatever the plan. Everything here depends on the atlas, the surface geometry
 * and the material only, so it is built once (about 30-60 ms) and shared by every solve.
 */
export interface TissueModel {
  readonly atlas: Atlas;
  readonly geometry: SurfaceGeometry;
  readonly material: TissueMaterial;
  readonly mesh: FaceMesh;
  readonly elements: ElementGeometry;
  /** Atlas region at each node and at each triangle's centroid (null outside every region). */
  readonly nodeRegion: readonly (Region | null)[];
  readonly elementRegion: readonly (Region | null)[];
  /** 1 where the triangle lies in the fixed lateral face. */
  readonly elementFixedFace: Uint8Array;
  /** Skin area each node stands for (a third of each neighbouring triangle), mm². */
  readonly nodeArea: Float64Array;
  /**
   * Per node, the metric (g00, g01, g11) that turns a displacement on the diagram into its true
   * length on the skin: |d|² = d^T G d. The identity on the frontal geometry.
   */
  readonly nodeMetric: Float64Array;
  /** Elimination rank of each node in the fill-reducing order; degree of freedom 2*rank + axis. */
  readonly nodeRank: Int32Array;
  /** The stiffness of the whole mesh (no node pinned) in elimination order, N/mm. */
  readonly stiffness: SymmetricCsc;
  /** 1 for nodes pinned in every plan: the outer edge of the face. */
  readonly basePins: Uint8Array;
  /**
   * The Cholesky factor of `stiffness` without the base pins' rows and columns (kept in
   * elimination order): every solve starts from it, a plan's anchor pins are solved on top of it
   * (solver.ts).
   */
  readonly baseFactor: CholeskyFactor;
}

export interface TissueModelOptions {
  readonly geometry?: SurfaceGeometry;
  readonly material?: TissueMaterial;
  /** About how many mesh nodes; the default (3000) resolves a thread's pull at ~3.7 mm spacing. */
  readonly targetNodes?: number;
  /** The lattice spacing itself, millimetres (overrides targetNodes; the calibration bench uses the face's). */
  readonly spacingMm?: number;
}

export const DEFAULT_TARGET_NODES = 3000;

const cache = new WeakMap<Atlas, Map<string, TissueModel>>();

/** What a model is built from, as text: geometry, lattice spacing and material. */
function modelKey(geometry: SurfaceGeometry, material: TissueMaterial, spacing: number): string {
  return `${geometry.id}|${spacing}|${JSON.stringify(material)}`;
}

function resolveOptions(atlas: Atlas, options: TissueModelOptions): { geometry: SurfaceGeometry; material: TissueMaterial; spacing: number; key: string } {
  const geometry = options.geometry ?? FRONTAL_GEOMETRY;
  const material = options.material ?? TISSUE_MATERIAL;
  const target = options.targetNodes ?? DEFAULT_TARGET_NODES;
  const spacing = options.spacingMm ?? (atlas.silhouette ? spacingForNodeCount(atlas.silhouette, target) : 0);
  return { geometry, material, spacing, key: modelKey(geometry, material, spacing) };
}

/** The model for an atlas (memoised per atlas, geometry, material and size). */
export function tissueModel(atlas: Atlas, options: TissueModelOptions = {}): TissueModel {
  const { geometry, material, spacing, key } = resolveOptions(atlas, options);
  let byKey = cache.get(atlas);
  if (!byKey) {
    byKey = new Map();
    cache.set(atlas, byKey);
  }
  let model = byKey.get(key);
  if (!model) {
    const data = modelSource?.(atlas, key) ?? null;
    model = data !== null && data.key === key ? modelFromData(atlas, geometry, material, data) : buildTissueModel(atlas, geometry, material, spacing);
    byKey.set(key, model);
  }
  return model;
}

/**
 * A model without the atlas, geometry and material it was built from (regions by their index in
 * the atlas's regions, -1 for none), plus what it was built from as text (`key`): the form the
 * command line ships, built once with its bundle (scripts/cli-bundle/tissue-model-entry.ts), so
 * no command builds the mesh and assembles the stiffness at run time (about a quarter of a cold
 * `vectorlift analyze`). tests/unit/cli/bundle.test.ts checks the shipped data is what the sources
 * build, value for value.
 */
export type TissueModelData = Omit<TissueModel, 'atlas' | 'geometry' | 'material' | 'nodeRegion' | 'elementRegion'> & {
  readonly key: string;
  /** Index into the atlas's regions per node and per triangle, -1 for none. */
  readonly nodeRegion: Int32Array;
  readonly elementRegion: Int32Array;
};

/** Where a ready-made model may come from: the data for this atlas and key, or null to build it. */
export type TissueModelSource = (atlas: Atlas, key: string) => TissueModelData | null;

let modelSource: TissueModelSource | null = null;

/** Lets models come from `source` when it has one for the atlas and key (the command line's shipped model). */
export function setTissueModelSource(source: TissueModelSource | null): void {
  modelSource = source;
}

/** The data of the model `tissueModel(atlas, options)` returns (see TissueModelData). */
export function tissueModelData(atlas: Atlas, options: TissueModelOptions = {}): TissueModelData {
  const { key } = resolveOptions(atlas, options);
  const model = tissueModel(atlas, options);
  const regionIndex = new Map(atlas.regions.map((r, i) => [r, i]));
  const indexOf = (r: Region | null): number => (r === null ? -1 : regionIndex.get(r)!);
  return {
    key,
    mesh: model.mesh,
    elements: model.elements,
    nodeRegion: Int32Array.from(model.nodeRegion, indexOf),
    elementRegion: Int32Array.from(model.elementRegion, indexOf),
    elementFixedFace: model.elementFixedFace,
    nodeArea: model.nodeArea,
    nodeMetric: model.nodeMetric,
    nodeRank: model.nodeRank,
    stiffness: model.stiffness,
    basePins: model.basePins,
    baseFactor: model.baseFactor,
  };
}

function modelFromData(atlas: Atlas, geometry: SurfaceGeometry, material: TissueMaterial, data: TissueModelData): TissueModel {
  const regionOf = (i: number): Region | null => (i < 0 ? null : (atlas.regions[i] ?? null));
  return {
    atlas,
    geometry,
    material,
    mesh: data.mesh,
    elements: data.elements,
    nodeRegion: Array.from(data.nodeRegion, regionOf),
    elementRegion: Array.from(data.elementRegion, regionOf),
    elementFixedFace: data.elementFixedFace,
    nodeArea: data.nodeArea,
    nodeMetric: data.nodeMetric,
    nodeRank: data.nodeRank,
    stiffness: data.stiffness,
    basePins: data.basePins,
    baseFactor: data.baseFactor,
  };
}

function buildTissueModel(atlas: Atlas, geometry: SurfaceGeometry, material: TissueMaterial, spacingMm: number): TissueModel {
  if (!atlas.silhouette || atlas.silhouette.length < 3) throw new Error('the tissue model needs an atlas with a silhouette');
  const mesh = buildLatticeMesh(atlas.silhouette, spacingMm);
  const elements = elementGeometry(mesh, geometry);
  const index = indexAtlas(atlas);
  const { xy, triangles, nodeCount, triangleCount } = mesh;

  const nodeRegion: (Region | null)[] = [];
  for (let n = 0; n < nodeCount; n++) nodeRegion.push(regionAt(index, { x: xy[2 * n]!, y: xy[2 * n + 1]! }));
  const elementRegion: (Region | null)[] = [];
  const elementFixedFace = new Uint8Array(triangleCount);
  for (let t = 0; t < triangleCount; t++) {
    const c = centroid(mesh, t);
    elementRegion.push(regionAt(index, c));
    elementFixedFace[t] = isFixedFace(index, c) ? 1 : 0;
  }

  const order = nestedDissection(xy, meshAdjacency(nodeCount, triangles));
  const nodeRank = new Int32Array(nodeCount);
  for (let k = 0; k < nodeCount; k++) nodeRank[order[k]!] = k;

  const { nodeArea, nodeMetric } = nodeMeasures(mesh, elements);
  const ligamentNodes = new Uint8Array(nodeCount);
  for (const ligament of atlas.ligaments) {
    let any = false;
    for (let n = 0; n < nodeCount; n++) {
      if (Math.hypot(xy[2 * n]! - ligament.centre.x, xy[2 * n + 1]! - ligament.centre.y) <= ligament.radiusMm) {
        ligamentNodes[n] = 1;
        any = true;
      }
    }
    if (!any) ligamentNodes[nearestNode(mesh, ligament.centre)] = 1;
  }
  const stiffness = assembleStiffness(mesh, elements, material, { nodeRank, fixedFace: elementFixedFace, ligamentNodes, nodeArea, nodeMetric });

  const basePins = new Uint8Array(nodeCount);
  for (let n = 0; n < nodeCount; n++) if (mesh.boundary[n]) basePins[n] = 1;
  const baseFactor = factorWithout(stiffness, basePins, nodeRank);

  return { atlas, geometry, material, mesh, elements, nodeRegion, elementRegion, elementFixedFace, nodeArea, nodeMetric, nodeRank, stiffness, basePins, baseFactor };
}

/** The Cholesky factor of the stiffness without the pinned nodes' degrees of freedom (2 * rank + axis), in elimination order. */
function factorWithout(stiffness: SymmetricCsc, pinned: Uint8Array, nodeRank: Int32Array): CholeskyFactor {
  const n = pinned.length;
  const pinnedRank = new Uint8Array(n);
  for (let node = 0; node < n; node++) if (pinned[node]) pinnedRank[nodeRank[node]!] = 1;
  const reduced = new Int32Array(2 * n);
  let kept = 0;
  for (let r = 0; r < n; r++) for (let axis = 0; axis < 2; axis++) reduced[2 * r + axis] = pinnedRank[r] ? -1 : kept++;
  return choleskyFactor(restrictSymmetric(stiffness, reduced, kept));
}

export function centroid(mesh: FaceMesh, t: number): { x: number; y: number } {
  const { xy, triangles } = mesh;
  const a = triangles[3 * t]!;
  const b = triangles[3 * t + 1]!;
  const c = triangles[3 * t + 2]!;
  return { x: (xy[2 * a]! + xy[2 * b]! + xy[2 * c]!) / 3, y: (xy[2 * a + 1]! + xy[2 * b + 1]! + xy[2 * c + 1]!) / 3 };
}

export function nodeMeasures(mesh: FaceMesh, elements: ElementGeometry): { nodeArea: Float64Array; nodeMetric: Float64Array } {
  const nodeArea = new Float64Array(mesh.nodeCount);
  const nodeMetric = new Float64Array(mesh.nodeCount * 3);
  for (let t = 0; t < mesh.triangleCount; t++) {
    const share = elements.area[t]! / 3;
    const [a00, a01, a10, a11] = elements.affine.subarray(4 * t, 4 * t + 4) as unknown as [number, number, number, number];
    // A^T A
    const g00 = a00 * a00 + a10 * a10;
    const g01 = a00 * a01 + a10 * a11;
    const g11 = a01 * a01 + a11 * a11;
    for (let k = 0; k < 3; k++) {
      const n = mesh.triangles[3 * t + k]!;
      nodeArea[n]! += share;
      nodeMetric[3 * n]! += share * g00;
      nodeMetric[3 * n + 1]! += share * g01;
      nodeMetric[3 * n + 2]! += share * g11;
    }
  }
  for (let n = 0; n < mesh.nodeCount; n++) {
    const w = nodeArea[n]!;
    if (w > 0) for (let k = 0; k < 3; k++) nodeMetric[3 * n + k]! /= w;
  }
  return { nodeArea, nodeMetric };
}

export interface AssemblyParts {
  /** Elimination rank per node (identity when omitted). */
  readonly nodeRank?: Int32Array;
  /** 1 for triangles in the fixed lateral face (none when omitted). */
  readonly fixedFace?: Uint8Array;
  /** 1 for nodes within a retaining ligament's footprint (none when omitted). */
  readonly ligamentNodes?: Uint8Array;
  readonly nodeArea?: Float64Array;
  readonly nodeMetric?: Float64Array;
}

/**
 * K = sum over triangles of E*t * area * B^T D B (plane stress) plus the elastic foundation
 * k * (area / 3) * A^T A at each of a triangle's nodes, plus the ligaments' tether, with degrees
 * of freedom 2 * rank + axis.
 */
export function assembleStiffness(mesh: FaceMesh, elements: ElementGeometry, material: TissueMaterial, parts: AssemblyParts = {}): SymmetricCsc {
  const nodeRank = parts.nodeRank ?? Int32Array.from({ length: mesh.nodeCount }, (_, i) => i);
  const fixedFace = parts.fixedFace ?? new Uint8Array(mesh.triangleCount);
  const ligamentNodes = parts.ligamentNodes ?? new Uint8Array(mesh.nodeCount);
  const measures = parts.nodeArea && parts.nodeMetric ? { nodeArea: parts.nodeArea, nodeMetric: parts.nodeMetric } : nodeMeasures(mesh, elements);
  const { nodeArea, nodeMetric } = measures;
  const nu = material.poisson;
  const et = material.membraneStiffnessNPerMm;
  const c = et / (1 - nu * nu);
  const d = [c, c * nu, 0, c * nu, c, 0, 0, 0, (c * (1 - nu)) / 2];
  // An infinite spread length means no foundation at all (the hand-computed assembly test uses it).
  const foundation = Number.isFinite(material.mobileSpreadMm) ? et / (material.mobileSpreadMm * material.mobileSpreadMm) : 0;
  const maxEntries = mesh.triangleCount * (21 + 9) + mesh.nodeCount * 3;
  const rows = new Int32Array(maxEntries);
  const cols = new Int32Array(maxEntries);
  const vals = new Float64Array(maxEntries);
  let count = 0;
  const db = new Float64Array(18);
  const dof = new Int32Array(6);
  for (let t = 0; t < mesh.triangleCount; t++) {
    const area = elements.area[t]!;
    const b = elements.b.subarray(18 * t, 18 * t + 18);
    for (let k = 0; k < 3; k++) {
      const r = nodeRank[mesh.triangles[3 * t + k]!]!;
      dof[2 * k] = 2 * r;
      dof[2 * k + 1] = 2 * r + 1;
    }
    // D B (3 x 6)
    for (let i = 0; i < 3; i++) for (let j = 0; j < 6; j++) db[6 * i + j] = d[3 * i]! * b[j]! + d[3 * i + 1]! * b[6 + j]! + d[3 * i + 2]! * b[12 + j]!;
    for (let i = 0; i < 6; i++) {
      for (let j = 0; j < 6; j++) {
        if (dof[i]! > dof[j]!) continue;
        const v = area * (b[i]! * db[j]! + b[6 + i]! * db[6 + j]! + b[12 + i]! * db[12 + j]!);
        rows[count] = dof[i]!;
        cols[count] = dof[j]!;
        vals[count++] = v;
      }
    }
    const k = foundation * (fixedFace[t] ? material.fixedFaceTetherFactor : 1) * (area / 3);
    const [a00, a01, a10, a11] = elements.affine.subarray(4 * t, 4 * t + 4) as unknown as [number, number, number, number];
    const g = [a00 * a00 + a10 * a10, a00 * a01 + a10 * a11, a01 * a01 + a11 * a11];
    for (let n = 0; n < 3; n++) {
      const x = dof[2 * n]!;
      rows[count] = x;
      cols[count] = x;
      vals[count++] = k * g[0]!;
      rows[count] = x;
      cols[count] = x + 1;
      vals[count++] = k * g[1]!;
      rows[count] = x + 1;
      cols[count] = x + 1;
      vals[count++] = k * g[2]!;
    }
  }
  // Retaining ligaments: a much firmer tether over each ligament's footprint.
  for (let n = 0; n < mesh.nodeCount; n++) {
    if (!ligamentNodes[n]) continue;
    const k = foundation * material.ligamentTetherFactor * nodeArea[n]!;
    const x = 2 * nodeRank[n]!;
    rows[count] = x;
    cols[count] = x;
    vals[count++] = k * nodeMetric[3 * n]!;
    rows[count] = x;
    cols[count] = x + 1;
    vals[count++] = k * nodeMetric[3 * n + 1]!;
    rows[count] = x + 1;
    cols[count] = x + 1;
    vals[count++] = k * nodeMetric[3 * n + 2]!;
  }
  return symmetricFromTriplets(2 * mesh.nodeCount, rows, cols, vals, count);
}
