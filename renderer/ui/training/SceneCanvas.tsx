/**
 * A read-only drawing of a scene on a plain <canvas>, with the canvas back-end the editor uses
 * (canvas/draw-item.ts): thumbnails, both sides of the compare view and the presenter view. No
 * Konva: nothing here is edited, so a stage, layers and hit graphs would only cost time.
 *
 * `view` is the shared ViewTransform (stage px = mm * zoom + pan); null fits the face (or
 * uses `fitView`, e.g. the thumbnails' crop to the face). With
 * `onViewChange` the canvas pans on drag and zooms on the wheel, reporting the new transform,
 * so two canvases given the same view and the same callback stay in step.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Palette } from '../../../shared/scene/palette';
import type { Scene, SceneLayerId } from '../../../shared/scene/types';
import type { ViewTransform } from '../../editor/api';
import { fitBounds, panBy, zoomBy } from '../../editor/view-transform';
import { drawItems } from '../../canvas/draw-item';
import { useElementSize } from '../../canvas/use-element-size';

export interface SceneCanvasProps {
  readonly scene: Scene;
  readonly palette: Palette;
  readonly view: ViewTransform | null;
  /** The view to use when `view` is null, for this canvas's pixel size; fits the scene's bounds when omitted. */
  readonly fitView?: (width: number, height: number) => ViewTransform;
  /** Draw only these layers (bottom to top as in the scene); all when omitted. */
  readonly layers?: readonly SceneLayerId[];
  readonly onViewChange?: (view: ViewTransform) => void;
  /** Reports the fitted view for this canvas's size (the starting view of the compare view). */
  readonly onFit?: (view: ViewTransform, size: { width: number; height: number }) => void;
  readonly label: string;
  readonly className?: string;
  readonly testId?: string;
}

const WHEEL_STEP = 1.0015;

export function SceneCanvas(props: SceneCanvasProps) {
  const { scene, palette, view, layers, onViewChange, onFit, fitView } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const size = useElementSize(hostRef);
  const fitted = useMemo(
    () => (size.width > 0 && size.height > 0 ? (fitView?.(size.width, size.height) ?? fitBounds(scene.bounds, size.width, size.height)) : null),
    [fitView, scene.bounds, size.width, size.height],
  );
  const shown = view ?? fitted;
  const latest = useRef({ shown, onViewChange });
  latest.current = { shown, onViewChange };

  useEffect(() => {
    if (size.width > 0 && size.height > 0) onFit?.(fitBounds(scene.bounds, size.width, size.height), size);
    // Fit once per size; the scene's bounds are the atlas's and do not change.
  }, [size.width, size.height]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !shown || size.width === 0 || size.height === 0) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(size.width * dpr);
    canvas.height = Math.round(size.height * dpr);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(dpr * shown.zoom, 0, 0, dpr * shown.zoom, dpr * shown.panX, dpr * shown.panY);
    for (const layer of scene.layers) {
      if (layers && !layers.includes(layer.id)) continue;
      drawItems(ctx, layer.items, { palette, zoom: shown.zoom });
    }
    // For tests and the benchmark: when this canvas last finished drawing.
    canvas.dataset.drawnAt = String(performance.now());
  }, [scene, palette, shown, layers, size.width, size.height]);

  // Pan by dragging, zoom with the wheel about the pointer (only when the view is shared out).
  useEffect(() => {
    const host = hostRef.current;
    if (!host || !onViewChange) return;
    let last: { x: number; y: number } | null = null;
    const down = (e: PointerEvent) => {
      last = { x: e.clientX, y: e.clientY };
      host.setPointerCapture(e.pointerId);
    };
    const move = (e: PointerEvent) => {
      const { shown: v, onViewChange: report } = latest.current;
      if (!last || !v || !report) return;
      report(panBy(v, e.clientX - last.x, e.clientY - last.y));
      last = { x: e.clientX, y: e.clientY };
    };
    const up = () => {
      last = null;
    };
    const wheel = (e: WheelEvent) => {
      const { shown: v, onViewChange: report } = latest.current;
      if (!v || !report) return;
      e.preventDefault();
      const box = host.getBoundingClientRect();
      report(zoomBy(v, WHEEL_STEP ** -e.deltaY, { x: e.clientX - box.left, y: e.clientY - box.top }));
    };
    host.addEventListener('pointerdown', down);
    host.addEventListener('pointermove', move);
    host.addEventListener('pointerup', up);
    host.addEventListener('pointercancel', up);
    host.addEventListener('wheel', wheel, { passive: false });
    return () => {
      host.removeEventListener('pointerdown', down);
      host.removeEventListener('pointermove', move);
      host.removeEventListener('pointerup', up);
      host.removeEventListener('pointercancel', up);
      host.removeEventListener('wheel', wheel);
    };
  }, [onViewChange]);

  return (
    <div
      ref={hostRef}
      className={`scene-canvas ${onViewChange ? 'pannable' : ''} ${props.className ?? ''}`}
      data-testid={props.testId}
      data-view={shown ? `${shown.zoom} ${shown.panX} ${shown.panY}` : ''}
    >
      <canvas ref={canvasRef} role="img" aria-label={props.label} />
    </div>
  );
}
