import { meshEdges, type PhotoWarp } from '../../shared/photo/warp';

/** Each warp's mesh edges, worked out once: the underlay redraws them on every pan and zoom. */
const edgeCache = new WeakMap<PhotoWarp, Uint32Array>();

/**
 * Adds the warp mesh's edges, in photo pixels, to the context's path as one path of line
 * segments (the caller sets the transform and the stroke style and strokes it). Used by the
 * underlay under the plan and by the alignment workspace, so both show the same mesh.
 */
export function traceMeshEdges(ctx: CanvasRenderingContext2D, warp: PhotoWarp): void {
  let edges = edgeCache.get(warp);
  if (!edges) {
    edges = meshEdges(warp.mesh);
    edgeCache.set(warp, edges);
  }
  ctx.beginPath();
  for (let k = 0; k < edges.length; k += 2) {
    const a = edges[k]! * 2;
    const b = edges[k + 1]! * 2;
    ctx.moveTo(warp.photo[a]!, warp.photo[a + 1]!);
    ctx.lineTo(warp.photo[b]!, warp.photo[b + 1]!);
  }
}
