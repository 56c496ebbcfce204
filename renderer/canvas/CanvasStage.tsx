/**
 * The face canvas's Konva stage, split so that a pointer move of a drag re-renders as little
 * React as possible (issue 15).
 *
 * react-konva runs its own React root inside the Stage: every render of the Stage component
 * hands the whole children tree to that root again and re-applies the stage's props, which a
 * profile of a 50-thread drag showed costing a few milliseconds per move on its own. During a
 * drag only the moving layer (live-split.ts) changes on most moves, so:
 *
 * - `CanvasStage` is memoised on the layers it draws, compared layer by layer: the static
 *   overlays and the live layers at rest keep their identity while the pointer moves, so the
 *   Stage does not re-render;
 * - the moving layer and the tissue map (which changes at the simulation's pace, up to ten
 *   times a second during a drag) are handed over through a `StoredLayers` store each; the one
 *   Konva shape that draws each reads its store when it draws, so a move or a new map redraws
 *   that Konva layer and renders no React at all (StoredLayer).
 *
 * Nothing here is model state: the store holds drawing data derived from the latest scene.
 */
import type Konva from 'konva';
import { memo, useCallback, useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
// Konva's core (stage, layers, shapes) without the shape classes and filters the editor never
// uses: the full 'react-konva' entry pulls them all into the first-screen chunk.
import { Layer, Shape, Stage } from 'react-konva/lib/ReactKonvaCore';
import type { Palette } from '../../shared/scene/palette';
import type { SceneLayer } from '../../shared/scene/types';
import { drawItems } from './draw-item';
import { SceneLayerShape } from './SceneLayerShape';

/** Scene layers of the latest scene (the moving live layers, the tissue map), for the one component that draws them. */
export class StoredLayers {
  private layers: readonly SceneLayer[] = [];
  private readonly listeners = new Set<() => void>();

  readonly get = (): readonly SceneLayer[] => this.layers;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(layers: readonly SceneLayer[]): void {
    if (sameLayers(layers, this.layers)) return;
    this.layers = layers;
    for (const listener of [...this.listeners]) listener();
  }
}

/** Same layers in the same order, each the same object (the scene keeps unchanged layers by identity). */
export function sameLayers(a: readonly SceneLayer[], b: readonly SceneLayer[]): boolean {
  return a === b || (a.length === b.length && a.every((layer, i) => layer === b[i]));
}

interface LayerProps {
  readonly palette: Palette;
  readonly zoom: number;
}

/**
 * True from the first render on which `needed` is: the tissue map's and the moving items' Konva
 * layers (a full-size canvas each) are made when they first have something to draw, not for the
 * first screen, where both are empty (issue 15's first draw); once made, a layer is kept.
 */
function useMadeOnce(needed: boolean): boolean {
  const made = useRef(false);
  if (needed) made.current = true;
  return made.current;
}

const drawsSomething = (layers: readonly SceneLayer[]): boolean => layers.some((layer) => layer.items.length > 0);

/**
 * Stored layers (the moving live layers, the tissue map), drawn by one Konva shape whose draw
 * function reads the store: a change asks the shape's Konva layer for a redraw and renders no
 * React. (Rendering this component on every move handed react-konva a new draw function per
 * layer, which it applied to the Konva shapes in a commit of its own: about 0.8 ms of each move
 * in a profile of the 50-thread drag at load 12, half of it React's render and commit.) It
 * renders only when the layers start or stop having anything to draw, or the palette or zoom
 * change. The layers are drawn in their order, each as SceneLayerShape draws one.
 */
function StoredLayer({ store, palette, zoom, name }: LayerProps & { readonly store: StoredLayers; readonly name: string }) {
  const drawing = useSyncExternalStore(store.subscribe, () => drawsSomething(store.get()));
  const shape = useRef<Konva.Shape>(null);
  const sceneFunc = useCallback(
    (context: Konva.Context) => {
      for (const layer of store.get()) drawItems(context._context, layer.items, { palette, zoom });
    },
    [store, palette, zoom],
  );
  useEffect(() => store.subscribe(() => shape.current?.getLayer()?.batchDraw()), [store]);
  if (!useMadeOnce(drawing)) return null;
  return (
    <Layer listening={false}>
      <Shape ref={shape} sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} name={name} />
    </Layer>
  );
}

export interface CanvasStageProps extends LayerProps {
  readonly width: number;
  readonly height: number;
  readonly panX: number;
  readonly panY: number;
  /** The photo under the plan, when one is shown (renderer/photo/photo-canvas.tsx). */
  readonly underlay: ReactNode;
  /** The face and the overlays that change only with the atlas, zoom, theme or toggles. */
  readonly staticLayers: readonly SceneLayer[];
  /** The tissue map: changes at the simulation's pace. */
  readonly tissue: StoredLayers;
  /** The live layers at rest (live-split.ts): everything outside a drag. */
  readonly restLayers: readonly SceneLayer[];
  readonly moving: StoredLayers;
}

function CanvasStageImpl({ width, height, zoom, panX, panY, palette, underlay, staticLayers, tissue, restLayers, moving }: CanvasStageProps) {
  // Each list is in the scene's order; react-konva keeps Konva's children in React's order, so a
  // layer or shape that appears later is still drawn in its place, not on top.
  const shapes = (layers: readonly SceneLayer[]) => layers.map((layer) => <SceneLayerShape key={layer.id} layer={layer} palette={palette} zoom={zoom} />);
  // The photo underlay is the bottom layer (renderer/photo/underlay.tsx).
  return (
    <Stage width={width} height={height} scaleX={zoom} scaleY={zoom} x={panX} y={panY} listening={false}>
      {underlay}
      <Layer listening={false}>{shapes(staticLayers)}</Layer>
      <StoredLayer store={tissue} palette={palette} zoom={zoom} name="scene-tissue" />
      <Layer listening={false}>{shapes(restLayers)}</Layer>
      <StoredLayer store={moving} palette={palette} zoom={zoom} name="scene-moving" />
    </Stage>
  );
}

/** Re-render only when a prop changes; the layer lists compare layer by layer (they are new arrays on every render). */
export function sameStageProps(a: CanvasStageProps, b: CanvasStageProps): boolean {
  return (
    a.width === b.width &&
    a.height === b.height &&
    a.zoom === b.zoom &&
    a.panX === b.panX &&
    a.panY === b.panY &&
    a.palette === b.palette &&
    a.underlay === b.underlay &&
    a.moving === b.moving &&
    a.tissue === b.tissue &&
    sameLayers(a.staticLayers, b.staticLayers) &&
    sameLayers(a.restLayers, b.restLayers)
  );
}

export const CanvasStage = memo(CanvasStageImpl, sameStageProps);
