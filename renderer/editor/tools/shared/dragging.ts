/**
 * A drag in progress. The gesture began when the pointer left the click slop; every move
 * recomputes the plan from the plan at the start (no drift, no intermediate undo steps), pointer
 * up commits ONE undo step, Esc rolls back to the start.
 */
import type { FacePoint, FaceVector } from '../../../../shared/geometry/types';
import type { PlanDocument } from '../../../../shared/plan/types';
import type { ToolContext, ToolState } from '../types';

export interface DraggingOptions {
  readonly name: string;
  readonly start: FacePoint;
  readonly startPlan: PlanDocument;
  /** The plan with the drag applied: `to` is the pointer, `delta` the offset from the start. */
  apply(ctx: ToolContext, startPlan: PlanDocument, to: FacePoint, delta: FaceVector): PlanDocument;
  idle(): ToolState;
}

export function draggingState(options: DraggingOptions): ToolState {
  let last: FacePoint | null = null;
  const self: ToolState = {
    name: options.name,
    pointerMove(ctx, input) {
      // The release usually repeats the last move's position: no new plan (and no re-analysis).
      if (last && last.x === input.point.x && last.y === input.point.y) return self;
      last = input.point;
      const delta = { x: input.point.x - options.start.x, y: input.point.y - options.start.y };
      ctx.updateGesture(options.apply(ctx, options.startPlan, input.point, delta));
      return self;
    },
    pointerUp(ctx, input) {
      self.pointerMove!(ctx, input);
      ctx.commitGesture();
      return options.idle();
    },
    keyDown(ctx, key) {
      if (key.key === 'Escape') {
        ctx.cancelGesture();
        return options.idle();
      }
      // Shortcuts wait until the drag is over (undo mid-drag would tear the gesture apart).
      return self;
    },
    cancel(ctx) {
      ctx.cancelGesture();
      return options.idle();
    },
  };
  return self;
}
