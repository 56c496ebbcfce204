/**
 * The face canvas's Konva stage, split so that a pointer move of a drag re-renders as little
 * React as possible (issue 15).
 *
 * A render of the stage re-renders every layer's shape components (with react-konva, whose own
 * React root received the whole children tree again, a profile of a 50-thread drag showed a few
 * milliseconds per move on that alone). During a drag only the moving layer (live-split.ts)
 * changes on most moves, so:
 *
 * - `CanvasStage` is memoised on the layers it draws, compared layer by layer: the static
 *   overlays, the tissue map and the live layers at rest keep their identity while the pointer
 *   moves, so the Stage does not re-render (the map re-renders it when a new one is shown);
 * - the moving layer is handed over through a `MovingLayers` store that one small component
 *   inside the stage subscribes to, so a move re-renders that component and its shapes only.
 *
 * Nothing here is model state: the store holds drawing data derived from the latest scene.
 */
import { memo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { Palette } from '../../shared/scene/palette';
import type { SceneLayer } from '../../shared/scene/types';
import { KonvaLayer, KonvaStage } from './konva-nodes';
import { SceneLayerShape } from './SceneLayerShape';

/** The moving live layers of the latest scene, for the one component that draws them. */
export class MovingLayers {
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

function MovingLayer({ store, palette, zoom }: LayerProps & { readonly store: MovingLayers }) {
  const layers = useSyncExternalStore(store.subscribe, store.get);
  if (!useMadeOnce(drawsSomething(layers))) return null;
  return (
    <KonvaLayer order={4}>
      {layers.map((layer, i) => (
        <SceneLayerShape key={layer.id} order={i} layer={layer} palette={palette} zoom={zoom} />
      ))}
    </KonvaLayer>
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
  readonly tissueLayers: readonly SceneLayer[];
  /** The live layers at rest (live-split.ts): everything outside a drag. */
  readonly restLayers: readonly SceneLayer[];
  readonly moving: MovingLayers;
}

function CanvasStageImpl({ width, height, zoom, panX, panY, palette, underlay, staticLayers, tissueLayers, restLayers, moving }: CanvasStageProps) {
  // Each list is in the scene's order: a shape's place in its Konva layer is its index.
  const shapes = (layers: readonly SceneLayer[]) => layers.map((layer, i) => <SceneLayerShape key={layer.id} order={i} layer={layer} palette={palette} zoom={zoom} />);
  const tissueMade = useMadeOnce(drawsSomething(tissueLayers));
  // The photo underlay is layer 0 (renderer/photo/underlay.tsx).
  return (
    <KonvaStage width={width} height={height} scale={zoom} x={panX} y={panY}>
      {underlay}
      <KonvaLayer order={1}>{shapes(staticLayers)}</KonvaLayer>
      {tissueMade && <KonvaLayer order={2}>{shapes(tissueLayers)}</KonvaLayer>}
      <KonvaLayer order={3}>{shapes(restLayers)}</KonvaLayer>
      <MovingLayer store={moving} palette={palette} zoom={zoom} />
    </KonvaStage>
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
    sameLayers(a.staticLayers, b.staticLayers) &&
    sameLayers(a.tissueLayers, b.tissueLayers) &&
    sameLayers(a.restLayers, b.restLayers)
  );
}

export const CanvasStage = memo(CanvasStageImpl, sameStageProps);
