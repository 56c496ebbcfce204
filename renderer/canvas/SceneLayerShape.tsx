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
import type Konva from 'konva';
import { memo, useCallback } from 'react';
import { Shape } from 'react-konva/lib/ReactKonvaCore';
import type { Palette } from '../../shared/scene/palette';
import type { SceneLayer } from '../../shared/scene/types';
import { drawItems } from './draw-item';
import { markFirstCanvasDraw } from './first-draw';

interface Props {
  readonly layer: SceneLayer;
  readonly palette: Palette;
  readonly zoom: number;
}

function SceneLayerShapeImpl({ layer, palette, zoom }: Props) {
  const sceneFunc = useCallback(
    (context: Konva.Context) => {
      drawItems(context._context, layer.items, { palette, zoom });
      markFirstCanvasDraw();
    },
    [layer, palette, zoom],
  );
  if (layer.items.length === 0) return null;
  return <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} name={`scene-${layer.id}`} />;
}

export const SceneLayerShape = memo(SceneLayerShapeImpl);
