/** Dragging the selection with the select tool: a rigid move, one undo step. */
import type { FacePoint } from '../../../../shared/geometry/types';
import type { PlanDocument } from '../../../../shared/plan/types';
import type { Selection } from '../../api';
import { translateSelection } from '../../plan-ops';
import { draggingState } from '../shared/dragging';
import type { ToolState } from '../types';
import { selectIdle } from './idle';

export function selectDragging(start: FacePoint, startPlan: PlanDocument, selection: Selection): ToolState {
  return draggingState({
    name: 'select.dragging',
    start,
    startPlan,
    apply: (ctx, plan, _to, delta) => translateSelection(plan, ctx.ops, selection, delta),
    idle: selectIdle,
  });
}
