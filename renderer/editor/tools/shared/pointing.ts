/**
 * Pointer pressed on something, not yet known to be a click or a drag. Moving further than the
 * drag threshold starts a gesture (one undo step) and hands over to the dragging state.
 */
import type { FacePoint } from '../../../../shared/geometry/types';
import { distance } from '../../../../shared/geometry/vec';
import type { PointerInput } from '../../api';
import { DRAG_THRESHOLD_PX, type ToolContext, type ToolState } from '../types';

export interface PointingOptions {
  readonly name: string;
  readonly start: FacePoint;
  /** The dragging state to enter once the pointer has moved far enough. */
  startDrag(ctx: ToolContext): ToolState;
  /** The pointer came up without moving: a click. */
  click(ctx: ToolContext, input: PointerInput): ToolState;
  /** Where to go when cancelled. */
  idle(): ToolState;
}

export function pointingState(options: PointingOptions): ToolState {
  return {
    name: options.name,
    pointerMove(ctx, input) {
      if (distance(options.start, input.point) <= ctx.pxToMm(DRAG_THRESHOLD_PX)) return;
      ctx.beginGesture();
      const drag = options.startDrag(ctx);
      return drag.pointerMove?.(ctx, input) ?? drag;
    },
    pointerUp(ctx, input) {
      return options.click(ctx, input);
    },
    keyDown(ctx, key) {
      if (key.key === 'Escape') return options.idle();
      return null;
    },
    cancel() {
      return options.idle();
    },
  };
}
