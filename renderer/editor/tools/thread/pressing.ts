/**
 * The button is down on the first point of a new thread. Released where it was pressed, it was a
 * click: drawing goes on point by point (drawing.ts). Dragged and released elsewhere, it draws a
 * straight thread from the first point to the release point in one gesture, the quick way to
 * lay a fan of straight vectors from one entry point.
 */
import { distance } from '../../../../shared/geometry/vec';
import type { FacePoint } from '../../../../shared/geometry/types';
import { DRAG_THRESHOLD_PX, type ToolState } from '../types';
import { cancel, finish, threadDrawing } from './drawing';

export function threadPressing(start: FacePoint): ToolState {
  return {
    name: 'thread.pressing',
    pointerMove(ctx, input) {
      const draft = ctx.state.draft;
      if (draft) ctx.update({ draft: { ...draft, hover: input.point } });
    },
    pointerUp(ctx, input) {
      const draft = ctx.state.draft;
      if (!draft) return threadDrawing();
      if (distance(start, input.point) <= ctx.pxToMm(DRAG_THRESHOLD_PX)) return threadDrawing();
      ctx.update({ draft: { ...draft, points: [draft.points[0] ?? start, input.point], hover: input.point } });
      return finish(ctx);
    },
    keyDown(ctx, key) {
      if (key.key === 'Escape') return cancel(ctx);
      return null;
    },
    cancel,
  };
}
