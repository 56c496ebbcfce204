/**
 * Edit tool at rest: reshape a thread's path.
 * - press on a path point: choose it (Delete removes it) and drag it; Alt-press removes it;
 * - Alt-press or double-click on a thread segment: insert a point there;
 * - press on an entry point: drag it (its threads' first points follow; with Alt, the threads
 *   move whole);
 * - press on a thread: select it (its points become handles); on empty face: clear.
 * Point 0 is the entry point itself, so dragging it moves the entry point.
 */
import { t } from '../../../i18n';
import { findThread, insertPathPoint, nearestSegment, removePathPoint } from '../../plan-ops';
import { selectionOf, targetOf } from '../shared/targets';
import type { ToolContext, ToolState } from '../types';
import type { FacePoint } from '../../../../shared/geometry/types';
import { editPointing } from './pointing';

function insertPoint(ctx: ToolContext, threadId: string, at: FacePoint): void {
  const thread = findThread(ctx.state.plan, threadId);
  if (!thread) return;
  const segment = nearestSegment(thread.path, at);
  const plan = insertPathPoint(ctx.state.plan, ctx.ops, threadId, segment, at);
  if (plan === ctx.state.plan) return;
  ctx.edit(plan, selectionOf({ kind: 'thread', threadId }));
  ctx.update({ activePoint: { threadId, index: segment + 1 } });
}

/** Remove a path point, or say why not (the entry point, or a path down to two points). */
export function removePoint(ctx: ToolContext, threadId: string, index: number): void {
  const plan = removePathPoint(ctx.state.plan, ctx.ops, threadId, index);
  if (plan === ctx.state.plan) {
    ctx.update({ status: { kind: 'info', text: t('status.pointNeeded') } });
    return;
  }
  ctx.edit(plan, selectionOf({ kind: 'thread', threadId }));
  ctx.update({ activePoint: null });
}

export function editIdle(): ToolState {
  const self: ToolState = {
    name: 'edit.idle',
    pointerDown(ctx, input) {
      const target = targetOf(input.target);
      switch (target.kind) {
        case 'thread-point':
          if (input.altKey) {
            removePoint(ctx, target.threadId, target.index);
            return;
          }
          ctx.update({ selection: selectionOf(target), activePoint: { threadId: target.threadId, index: target.index } });
          return editPointing(input.point, { kind: 'point', threadId: target.threadId, index: target.index });
        case 'thread':
          if (input.altKey) {
            insertPoint(ctx, target.threadId, input.point);
            return;
          }
          ctx.update({ selection: selectionOf(target), activePoint: null });
          return;
        case 'entry-point':
          ctx.update({ selection: selectionOf(target), activePoint: null });
          return editPointing(input.point, { kind: 'entry-point', entryPointId: target.entryPointId, rigid: input.altKey });
        default:
          ctx.update({ selection: selectionOf(target), activePoint: null });
          return;
      }
    },
    doubleClick(ctx, input) {
      const target = targetOf(input.target);
      if (target.kind === 'thread') insertPoint(ctx, target.threadId, input.point);
    },
    keyDown(ctx, key) {
      const active = ctx.state.activePoint;
      if (!active || key.modKey || key.altKey || (key.key !== 'Delete' && key.key !== 'Backspace')) return null;
      removePoint(ctx, active.threadId, active.index);
      return self;
    },
  };
  return self;
}
