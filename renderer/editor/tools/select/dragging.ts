/**
 * Dragging with the select tool, one undo step. Two kinds of drag (plan-ops.ts says why):
 * - pressed on an entry point: the selected entry points move and their threads' starts follow;
 *   the rest of each path, and so its distal end, stays;
 * - pressed on a thread, or with Alt held: the whole selection moves rigidly, entry points with
 *   every thread on them.
 */
import type { FacePoint } from '../../../../shared/geometry/types';
import type { PlanDocument } from '../../../../shared/plan/types';
import type { Selection } from '../../api';
import { moveEntryPoints, translateSelection } from '../../plan-ops';
import { draggingState } from '../shared/dragging';
import type { ToolState } from '../types';
import { selectIdle } from './idle';

export type SelectDragKind = 'entry-starts' | 'rigid';

export function selectDragging(start: FacePoint, startPlan: PlanDocument, selection: Selection, kind: SelectDragKind): ToolState {
  return draggingState({
    name: 'select.dragging',
    start,
    startPlan,
    apply: (ctx, plan, _to, delta) =>
      kind === 'entry-starts' ? moveEntryPoints(plan, ctx.ops, selection.entryPointIds, delta) : translateSelection(plan, ctx.ops, selection, delta),
    idle: selectIdle,
  });
}
