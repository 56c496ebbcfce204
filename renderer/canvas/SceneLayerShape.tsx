/**
 * One scene layer as one Konva shape. The shape keeps no model state: its draw function reads
 * the scene layer's items and paints them with the shared canvas back-end (draw-item.ts).
 *
 * Why one shape per layer rather than one Konva node per item: a 50-thread plan is many
 * hundreds of items, and creating, diffing and drawing that many nodes on every pointer move
 * costs more than the frame budget on a modest laptop. The scene already knows what is where
 * (hit testing runs over the scene, shared/scene/hit-test.ts), so per-item nodes would buy
 * nothing. The shape is memoised on the layer's identity: static layers keep their identity
 * while the plan changes, so their Konva layer is not redrawn during a drag.
 */
import { memo, useCallback } from 'react';
import type { Palette } from '../../shared/scene/palette';
import type { SceneLayer } from '../../shared/scene/types';
import { drawItems } from './draw-item';
import { markFirstCanvasDraw } from './first-draw';
import { KonvaShape } from './konva-nodes';

interface Props {
  readonly layer: SceneLayer;
  readonly palette: Palette;
  readonly zoom: number;
  /** Its place among the Konva layer's shapes, bottom first. */
  readonly order: number;
}

function SceneLayerShapeImpl({ layer, palette, zoom, order }: Props) {
  const draw = useCallback(
    (context: CanvasRenderingContext2D) => {
      drawItems(context, layer.items, { palette, zoom });
      markFirstCanvasDraw();
    },
    [layer, palette, zoom],
  );
  if (layer.items.length === 0) return null;
  return <KonvaShape order={order} draw={draw} name={`scene-${layer.id}`} />;
}

export const SceneLayerShape = memo(SceneLayerShapeImpl);
