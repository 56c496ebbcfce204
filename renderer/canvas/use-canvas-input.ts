/**
 * Pointer, wheel and pan handling for the canvas element. Converts browser events to face
 * millimetres, finds the scene ref under the pointer (shared hit test) and forwards them to the
 * editor. Zoom and pan go to the editor too (zoomAt/panBy), which owns the view transform.
 *
 * Pan: middle-button drag, Space + drag, or a drag that starts on empty face with the select
 * tool (a click there still clears the selection). Zoom: wheel about the cursor; a trackpad
 * pinch arrives as Ctrl+wheel and zooms the same way with finer steps.
 */
import { useEffect, type RefObject } from 'react';
import type { FacePoint, StagePoint } from '../../shared/geometry/types';
import { hitTest } from '../../shared/scene/hit-test';
import type { Atlas } from '../../shared/atlas/types';
import type { Scene, SceneRef } from '../../shared/scene/types';
import type { ViewId } from '../../shared/surface/types';
import type { Editor, PointerInput, ToolId, ViewTransform } from '../editor/api';
import { toFace } from '../editor/view-transform';
import { isTextEntry } from '../ui/keyboard';
import { pickAtStage } from './view-picking';

export interface CanvasState {
  /** The scene as drawn: projected into the view shown, in its picture plane (millimetres). */
  readonly scene: Scene;
  readonly view: ViewTransform;
  readonly tool: ToolId;
  /**
   * When the scene is drawn on a photo (of the view's angle): the plan point under a display
   * point, null where the photo shows no skin the view can pick (renderer/photo/underlay.tsx).
   */
  readonly toPlan?: (p: FacePoint) => FacePoint | null;
  /** The clinical view shown and the atlas whose surface it is picked on. */
  readonly faceView: ViewId;
  readonly atlas: Atlas;
}

/** How near the pointer must be to an object to pick it, in CSS px (touch needs more). */
const PICK_PX = { mouse: 6, pen: 6, touch: 14 } as const;
/** A press that moves less than this is a click, not a pan. */
const PAN_THRESHOLD_PX = 3;

export const isMacPlatform = (): boolean => /Mac|iPhone|iPad/.test(navigator.userAgent);

type Gesture =
  | { kind: 'none' }
  | { kind: 'editor'; pointerId: number; rect: DOMRect }
  | { kind: 'pan'; pointerId: number; lastX: number; lastY: number; moved: boolean; startX: number; startY: number };

export function useCanvasInput(ref: RefObject<HTMLElement | null>, editor: Editor, latest: RefObject<CanvasState | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const mac = isMacPlatform();
    let gesture: Gesture = { kind: 'none' };
    // The last point picked on the skin during an editor gesture: a move or release off the
    // face (or over hidden skin, in a turned view) leaves the dragged thing where it was.
    let lastPoint: FacePoint | null = null;
    let spaceDown = false;

    const toStage = (e: MouseEvent, rect: DOMRect): StagePoint => ({ x: e.clientX - rect.left, y: e.clientY - rect.top });
    /**
     * The pointer as editor input: the frontal point of the skin under it and the scene item it
     * is over (hit tested in the view's picture plane, where the scene is drawn; on a photo, the
     * plan point under the photo's point). Null when the pointer is off the skin in a turned
     * view: nothing there can be picked.
     */
    const inputFor = (e: PointerEvent | MouseEvent, rect: DOMRect): PointerInput | null => {
      const stage = toStage(e, rect);
      const state = latest.current;
      if (state === null) return null; // not drawn yet: nothing to pick
      const { scene, view, faceView, atlas, toPlan } = state;
      const shown = toFace(view, stage);
      const point = toPlan ? toPlan(shown) : pickAtStage(atlas, faceView, view, stage);
      if (point === null) return null;
      const pointerType = 'pointerType' in e ? (e.pointerType as keyof typeof PICK_PX) : 'mouse';
      const px = PICK_PX[pointerType] ?? PICK_PX.mouse;
      // The target is hit tested when first read: a drag's moves mostly never read it (the edit
      // and select tools' drags, a tool without snapping), and at 200 threads the hit test was
      // about 0.5 ms of each move. The scene and point are this event's, whenever it is read.
      let target: SceneRef | null | undefined;
      return {
        point,
        get target() {
          if (target === undefined) target = hitTest(scene, shown, { toleranceMm: px / view.zoom });
          return target;
        },
        shiftKey: e.shiftKey,
        altKey: e.altKey,
        modKey: mac ? e.metaKey : e.ctrlKey,
      };
    };
    const startPan = (e: PointerEvent, moved: boolean) => {
      gesture = { kind: 'pan', pointerId: e.pointerId, lastX: e.clientX, lastY: e.clientY, moved, startX: e.clientX, startY: e.clientY };
      el.setPointerCapture(e.pointerId);
      if (moved) el.dataset.panning = 'true';
    };

    const onPointerDown = (e: PointerEvent) => {
      if (gesture.kind !== 'none') return;
      el.focus({ preventScroll: true });
      if (e.button === 1 || (e.button === 0 && spaceDown)) {
        e.preventDefault();
        startPan(e, true);
        return;
      }
      if (e.button !== 0) return;
      const rect = el.getBoundingClientRect();
      const input = inputFor(e, rect);
      if (input === null) {
        // Off the skin in a turned view: nothing to pick or place there; a drag pans, and with
        // the select tool the press clears the selection as a press on empty face does.
        if (latest.current?.tool === 'select' && !e.shiftKey) editor.select({ threadIds: [], entryPointIds: [] });
        startPan(e, false);
        return;
      }
      lastPoint = input.point;
      editor.pointerDown(input);
      if (latest.current?.tool === 'select' && input.target === null && !input.shiftKey) {
        // Empty face with the select tool: the press cleared the selection; a drag pans.
        editor.pointerUp(input);
        startPan(e, false);
        return;
      }
      gesture = { kind: 'editor', pointerId: e.pointerId, rect };
      el.setPointerCapture(e.pointerId);
    };

    const onPointerMove = (e: PointerEvent) => {
      if (gesture.kind === 'pan') {
        if (e.pointerId !== gesture.pointerId) return;
        if (!gesture.moved && Math.hypot(e.clientX - gesture.startX, e.clientY - gesture.startY) < PAN_THRESHOLD_PX) return;
        if (!gesture.moved) el.dataset.panning = 'true';
        editor.panBy(e.clientX - gesture.lastX, e.clientY - gesture.lastY);
        gesture = { ...gesture, lastX: e.clientX, lastY: e.clientY, moved: true };
        return;
      }
      if (gesture.kind === 'editor') {
        if (e.pointerId !== gesture.pointerId) return;
        const input = inputFor(e, gesture.rect);
        if (input === null) return;
        lastPoint = input.point;
        editor.pointerMove(input);
        return;
      }
      // Hover: the thread tool's rubber band and hover feedback.
      const input = inputFor(e, el.getBoundingClientRect());
      if (input !== null) editor.pointerMove(input);
    };

    const endGesture = (e: PointerEvent) => {
      if (gesture.kind === 'none' || e.pointerId !== gesture.pointerId) return;
      if (gesture.kind === 'editor') {
        const input = inputFor(e, gesture.rect);
        if (input !== null) editor.pointerUp(input);
        else if (lastPoint !== null) editor.pointerUp({ point: lastPoint, target: null, shiftKey: e.shiftKey, altKey: e.altKey, modKey: mac ? e.metaKey : e.ctrlKey });
      }
      if (el.hasPointerCapture(e.pointerId)) el.releasePointerCapture(e.pointerId);
      delete el.dataset.panning;
      gesture = { kind: 'none' };
    };

    const onDoubleClick = (e: MouseEvent) => {
      if (e.button !== 0) return;
      const input = inputFor(e, el.getBoundingClientRect());
      if (input !== null) editor.doubleClick(input);
    };

    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      const dy = e.deltaY * unit;
      // Pinch gestures arrive as ctrl+wheel with small deltas: zoom faster per unit.
      const factor = Math.exp(-dy * (e.ctrlKey ? 0.01 : 0.0015));
      editor.zoomAt(toStage(e, el.getBoundingClientRect()), factor);
    };

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === ' ' && !isTextEntry(e.target instanceof Element ? e.target : null)) {
        spaceDown = true;
        el.dataset.spacePan = 'true';
      }
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ') {
        spaceDown = false;
        delete el.dataset.spacePan;
      }
    };
    const onBlur = () => {
      spaceDown = false;
      delete el.dataset.spacePan;
    };

    // Konva's stage listens to pointer events on its own element and measures the page layout
    // (getBoundingClientRect) for each one, even with listening off. We do our own hit testing,
    // so pointer events are handled here in the capture phase and go no further: that saves a
    // forced layout per pointer move while dragging.
    const abort = new AbortController();
    const own = <E extends Event>(type: string, handler: (e: E) => void, passive = true) =>
      el.addEventListener(
        type,
        (e) => {
          handler(e as E);
          e.stopPropagation();
        },
        { capture: true, passive, signal: abort.signal },
      );
    own('pointerdown', onPointerDown, false);
    own('pointermove', onPointerMove);
    own('pointerup', endGesture);
    own('pointercancel', endGesture);
    own('dblclick', onDoubleClick);
    own('wheel', onWheel, false);
    const stop = () => undefined;
    for (const type of ['mousedown', 'mousemove', 'mouseup', 'mouseover', 'mouseout', 'pointerover', 'pointerout', 'click', 'contextmenu', 'touchstart', 'touchmove', 'touchend', 'touchcancel']) {
      own(type, stop);
    }
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      abort.abort();
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    };
  }, [ref, editor, latest]);
}
