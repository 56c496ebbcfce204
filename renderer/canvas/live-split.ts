/**
 * During a drag, only what changed is redrawn (issue 15). The live scene layers (threads, entry
 * points, highlights) are split in two Konva layers:
 *
 * - **at rest**: the items of the scene from before the gesture that are still in the scene now,
 *   by identity. The scene keeps each unchanged thread's, handle's and entry point's items as the
 *   same objects (shared/scene/layers: per-object caches), so this is everything that did not
 *   move. Its layers keep their identity from frame to frame while it stays the same, so its Konva
 *   layer is not redrawn;
 * - **moving**: the items that are new since the gesture began (the dragged thread, its handles,
 *   and any thread whose colour a finding changed on the way), drawn over the rest, redrawn on
 *   every move.
 *
 * Outside a gesture everything is at rest and the moving layer is empty, so the diagram is drawn
 * exactly in its normal order; during a drag the moved items are drawn on top of the others.
 * Nothing here is model state: it is a cache of which drawn items changed.
 */
import type { SceneItem, SceneLayer, SceneLayerId } from '../../shared/scene/types';

export interface LiveSplit {
  readonly rest: readonly SceneLayer[];
  readonly moving: readonly SceneLayer[];
}

const empty = new Map<SceneLayerId, SceneLayer>();
const emptyLayer = (id: SceneLayerId): SceneLayer => {
  let layer = empty.get(id);
  if (!layer) empty.set(id, (layer = { id, items: [] }));
  return layer;
};

export class LiveLayerSplit {
  private base: readonly SceneLayer[] | null = null;
  private baseItems: ReadonlySet<SceneItem> = new Set();
  private rest: readonly SceneLayer[] = [];

  /** The split of `layers` (the live layers of the scene shown now); `gesture`: a drag is in progress. */
  split(layers: readonly SceneLayer[], gesture: boolean): LiveSplit {
    if (!gesture || this.base === null || this.base.length !== layers.length) {
      // Not dragging (or the first frame of a drag already changed before we saw its start):
      // this scene is the one a drag would start from.
      this.base = layers;
      this.baseItems = new Set(layers.flatMap((l) => l.items));
      this.rest = layers;
      return { rest: layers, moving: layers.map((l) => emptyLayer(l.id)) };
    }
    const now = new Set<SceneItem>();
    for (const l of layers) for (const item of l.items) now.add(item);
    const rest = this.base.map((l, i) => {
      const kept = l.items.filter((item) => now.has(item));
      const previous = this.rest[i]!;
      // A subsequence of the same base layer with as many items is the same list.
      return previous.items.length === kept.length ? previous : { id: l.id, items: kept };
    });
    this.rest = rest;
    const moving = layers.map((l) => ({ id: l.id, items: l.items.filter((item) => !this.baseItems.has(item)) }));
    return { rest, moving };
  }
}
