/**
 * Driving the drawing tools from the keyboard. While the canvas has focus and the entry,
 * thread or edit tool is active, a cursor appears on the face:
 * - arrow keys move it 1 mm (Shift: 5 mm);
 * - Space (or Enter) acts like a click at the cursor: place an entry point, start or extend a
 *   thread, pick a path point; Enter while drawing a thread finishes it (the editor's key);
 * - Esc goes to the editor as usual (cancel).
 * A polite live region reads out where the cursor is and what lies under it.
 * With the select tool the arrow keys keep their editor meaning (move the selection).
 */
import { useCallback, useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import type { FacePoint } from '../../shared/geometry/types';
import { hitTest } from '../../shared/scene/hit-test';
import type { SceneRef } from '../../shared/scene/types';
import type { Editor, PointerInput } from '../editor/api';
import type { CanvasState } from './use-canvas-input';
import { pickAtStage, viewPointOf } from './view-picking';

const STEP_MM = 1;
const BIG_STEP_MM = 5;
/** The hit tolerance of a key "click", in CSS px like the mouse's. */
const PICK_PX = 6;

const ARROWS: Record<string, FacePoint> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

export interface KeyboardCursor {
  readonly cursor: FacePoint | null;
  /** What the cursor is over, for the live region. */
  readonly target: SceneRef | null;
  readonly onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

export function useKeyboardCursor(host: RefObject<HTMLElement | null>, editor: Editor, latest: RefObject<(CanvasState & { drafting: boolean }) | null>): KeyboardCursor {
  const [cursor, setCursor] = useState<FacePoint | null>(null);
  const [target, setTarget] = useState<SceneRef | null>(null);

  // The mouse takes over, or focus leaves: hide the cursor.
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const hide = () => setCursor(null);
    el.addEventListener('pointerdown', hide, { capture: true });
    el.addEventListener('blur', hide);
    return () => {
      el.removeEventListener('pointerdown', hide, { capture: true });
      el.removeEventListener('blur', hide);
    };
  }, [host]);

  const inputAt = useCallback(
    (point: FacePoint): PointerInput => {
      const state = latest.current;
      if (state === null) return { point, target: null, shiftKey: false, altKey: false, modKey: false }; // not drawn yet
      const { scene, view, atlas, faceView } = state;
      // The cursor moves over the frontal plan; in a turned view it is over what is drawn where
      // it shows, and over nothing while it is on hidden skin.
      const seen = viewPointOf(atlas, faceView, point);
      const target = seen === null ? null : hitTest(scene, seen, { toleranceMm: PICK_PX / view.zoom });
      return { point, target, shiftKey: false, altKey: false, modKey: false };
    },
    [latest],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const state = latest.current;
      if (state === null) return; // not drawn yet
      const { tool, view, atlas, faceView, drafting } = state;
      if (tool === 'select' || e.altKey || e.ctrlKey || e.metaKey) return;
      const el = host.current;
      const start = (): FacePoint => {
        if (cursor) return cursor;
        // First use: the middle of what the canvas shows.
        const w = el?.clientWidth ?? 0;
        const h = el?.clientHeight ?? 0;
        return pickAtStage(atlas, faceView, view, { x: w / 2, y: h / 2 }) ?? { x: 0, y: 0 };
      };
      const arrow = ARROWS[e.key];
      if (arrow) {
        e.preventDefault();
        const from = start();
        const step = e.shiftKey ? BIG_STEP_MM : STEP_MM;
        const b = atlas.bounds;
        const next = {
          x: Math.min(b.maxX, Math.max(b.minX, Math.round((from.x + arrow.x * step) * 10) / 10)),
          y: Math.min(b.maxY, Math.max(b.minY, Math.round((from.y + arrow.y * step) * 10) / 10)),
        };
        setCursor(next);
        const input = inputAt(next);
        setTarget(input.target);
        editor.pointerMove(input); // the thread tool's rubber band follows
        return;
      }
      if (e.key === ' ' || (e.key === 'Enter' && !drafting)) {
        e.preventDefault();
        const at = start();
        setCursor(at);
        const input = inputAt(at);
        editor.pointerDown(input);
        editor.pointerUp(input);
        setTarget(inputAt(at).target);
      }
    },
    [latest, host, cursor, inputAt, editor],
  );

  return { cursor, target, onKeyDown };
}
