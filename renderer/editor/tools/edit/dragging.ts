/**
 * Dragging one path point or an entry point with the edit tool. The point follows the pointer
 * by the same offset it had at the press (grabbing a handle off-centre does not make it jump).
 * An entry point takes only its threads' starts along; with Alt, its threads move whole.
 */
import type { FacePoint } from '../../../../shared/geometry/types';
import type { PlanDocument } from '../../../../shared/plan/types';
import { findEntryPoint, findThread, moveEntryPoint, movePathPoint, translateSelection } from '../../plan-ops';
import { draggingState } from '../shared/dragging';
import type { ToolState } from '../types';
import { editIdle } from './idle';

export type EditHandle =
  | { readonly kind: 'point'; readonly threadId: string; readonly index: number }
  /** `rigid`: Alt was held, so the entry point's threads move with it, whole. */
  | { readonly kind: 'entry-point'; readonly entryPointId: string; readonly rigid?: boolean };

function handlePosition(plan: PlanDocument, handle: EditHandle): FacePoint | undefined {
  return handle.kind === 'point' ? findThread(plan, handle.threadId)?.path[handle.index] : findEntryPoint(plan, handle.entryPointId)?.position;
}

export function editDragging(start: FacePoint, startPlan: PlanDocument, handle: EditHandle): ToolState {
  const origin = handlePosition(startPlan, handle) ?? start;
  return draggingState({
    name: 'edit.dragging',
    start,
    startPlan,
    apply(ctx, plan, _to, delta) {
      const to = { x: origin.x + delta.x, y: origin.y + delta.y };
      if (handle.kind === 'point') return movePathPoint(plan, ctx.ops, handle.threadId, handle.index, to);
      if (handle.rigid) return translateSelection(plan, ctx.ops, { threadIds: [], entryPointIds: [handle.entryPointId] }, delta);
      return moveEntryPoint(plan, ctx.ops, handle.entryPointId, to);
    },
    idle: editIdle,
  });
}
