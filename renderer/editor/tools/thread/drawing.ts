/**
 * Drawing a thread: each click adds a path point; double-click or Enter finishes (at least two
 * points), Backspace takes the last point back, Esc drops the draft. The draft lives in the
 * snapshot, not in the plan, so a cancelled drawing never touches the plan or its history.
 *
 * A double-click arrives as press, release, press, release, dblclick at one spot: a press within
 * the click slop of the last point is ignored, so finishing never adds a doubled point.
 */
import { distance } from '../../../../shared/geometry/vec';
import { MAX_PATH_POINTS } from '../../../../shared/plan/limits';
import { t } from '../../../i18n';
import { addThread } from '../../plan-ops';
import { DRAG_THRESHOLD_PX, type ToolContext, type ToolState } from '../types';
import { threadIdle } from './idle';

/** Commit the draft as a thread (at least two points), or say it is too short and keep drawing. */
export function finish(ctx: ToolContext): ToolState {
  const draft = ctx.state.draft;
  if (!draft || draft.points.length < 2) {
    ctx.update({ status: { kind: 'info', text: t('status.threadTooShort') } });
    return threadDrawing();
  }
  const added = addThread(ctx.state.plan, ctx.ops, draft);
  ctx.update({ draft: null });
  if (added) ctx.edit(added.plan, { threadIds: [added.threadId], entryPointIds: [] });
  return threadIdle();
}

export function cancel(ctx: ToolContext): ToolState {
  ctx.update({ draft: null });
  return threadIdle();
}

export function threadDrawing(): ToolState {
  return {
    name: 'thread.drawing',
    pointerDown(ctx, input) {
      const draft = ctx.state.draft;
      if (!draft) return threadIdle();
      const last = draft.points[draft.points.length - 1];
      if (last && distance(last, input.point) <= ctx.pxToMm(DRAG_THRESHOLD_PX)) return;
      if (draft.points.length >= MAX_PATH_POINTS) return;
      ctx.update({ draft: { ...draft, points: [...draft.points, input.point], hover: input.point } });
    },
    pointerMove(ctx, input) {
      const draft = ctx.state.draft;
      if (draft) ctx.update({ draft: { ...draft, hover: input.point } });
    },
    doubleClick: (ctx) => finish(ctx),
    keyDown(ctx, key) {
      if (key.modKey || key.altKey) return null;
      if (key.key === 'Enter') return finish(ctx);
      if (key.key === 'Escape') return cancel(ctx);
      if (key.key === 'Backspace' || key.key === 'Delete') {
        const draft = ctx.state.draft;
        if (!draft || draft.points.length <= 1) return cancel(ctx);
        ctx.update({ draft: { ...draft, points: draft.points.slice(0, -1) } });
        return threadDrawing();
      }
      return null;
    },
    cancel,
  };
}
