/**
 * The Konva stage, layers and shapes the designer canvas draws with, as three small React
 * components that create and update Konva nodes directly. The canvas uses Konva only as stacked
 * canvases with one transform: every shape is a draw function over the scene and nothing
 * listens to Konva's events (input and hit testing are our own, use-canvas-input.ts). react-konva
 * does the same through a second React reconciler, which was about 38 KB of the first screen's
 * gzipped JavaScript (issue 15's start-up budget); these components do it with effects.
 *
 * Konva nodes hold no model state: a shape only keeps the draw function it was last given.
 * Each node is created once, when its component first renders, so a child's effects (which run
 * before its parent's) always find their parent node; a node is placed among its siblings by its
 * `order`, since a shape or layer that appears later (an empty scene layer that fills, the photo
 * underlay) must still be drawn in its place, not on top.
 */
import Konva from 'konva/lib/Core';
import { createContext, useContext, useLayoutEffect, useRef, useState, type Context, type ReactNode } from 'react';

const StageNode = createContext<Konva.Stage | null>(null);
const LayerNode = createContext<Konva.Layer | null>(null);

function useNode<T>(context: Context<T | null>, what: string): T {
  const node = useContext(context);
  if (!node) throw new Error(`${what} is drawn outside its Konva parent`);
  return node;
}

const ORDER = 'vlOrder';

/** Moves `node`, just added to its parent, to its place among its siblings by their order (equal orders keep their arrival). */
function placeInOrder(node: Konva.Node, order: number): void {
  node.setAttr(ORDER, order);
  const siblings = node.getParent()?.getChildren() ?? [];
  node.zIndex(siblings.filter((c) => c !== node && Number(c.getAttr(ORDER)) <= order).length);
}

/** Redraws what shows `node` on the next animation frame (Konva batches the draws of a frame). */
function redraw(node: Konva.Stage | Konva.Layer): void {
  node.batchDraw();
}

interface StageProps {
  readonly width: number;
  readonly height: number;
  readonly scale: number;
  readonly x: number;
  readonly y: number;
  readonly children: ReactNode;
}

/** A Konva stage in a <div> of its own, sized and transformed by its props; never listening. */
export function KonvaStage({ width, height, scale, x, y, children }: StageProps) {
  const host = useRef<HTMLDivElement>(null);
  // Built on a detached <div> at the first render so the layers' effects find it; moved into
  // the page by the effect below.
  const [stage] = useState(() => new Konva.Stage({ container: document.createElement('div'), width, height, listening: false }));
  useLayoutEffect(() => {
    const container = stage.container();
    host.current?.appendChild(container);
    return () => container.remove();
  }, [stage]);
  useLayoutEffect(() => () => void stage.destroy(), [stage]);
  useLayoutEffect(() => {
    stage.setAttrs({ width, height, scaleX: scale, scaleY: scale, x, y });
    redraw(stage);
  }, [stage, width, height, scale, x, y]);
  return (
    <div ref={host}>
      <StageNode.Provider value={stage}>{children}</StageNode.Provider>
    </div>
  );
}

/** One Konva layer (its own canvas) at `order` among the stage's layers, bottom first. */
export function KonvaLayer({ order, name, children }: { readonly order: number; readonly name?: string; readonly children: ReactNode }) {
  const stage = useNode(StageNode, 'a KonvaLayer');
  const [layer] = useState(() => new Konva.Layer({ listening: false, name }));
  useLayoutEffect(() => {
    stage.add(layer);
    placeInOrder(layer, order);
    return () => void layer.destroy();
  }, [stage, layer, order]);
  return <LayerNode.Provider value={layer}>{children}</LayerNode.Provider>;
}

/**
 * One shape drawn by `draw` on the canvas's 2D context (in the stage's transform), at `order`
 * among its layer's shapes. The layer redraws when the function changes, so callers memoise it
 * on what it draws.
 */
export function KonvaShape({ order, name, draw }: { readonly order: number; readonly name?: string; readonly draw: (context: CanvasRenderingContext2D) => void }) {
  const layer = useNode(LayerNode, 'a KonvaShape');
  const [shape] = useState(() => new Konva.Shape({ listening: false, perfectDrawEnabled: false, name }));
  useLayoutEffect(() => {
    layer.add(shape);
    placeInOrder(shape, order);
    return () => {
      shape.destroy();
      redraw(layer);
    };
  }, [layer, shape, order]);
  useLayoutEffect(() => {
    shape.sceneFunc((context) => draw(context._context));
    redraw(layer);
  }, [layer, shape, draw]);
  return null;
}
