/**
 * Pressed on an object with the select tool. A drag moves the selection (see dragging.ts for
 * the two kinds); a plain click on an object that was already part of a larger selection
 * narrows the selection to it.
 */
import type { FacePoint } from '../../../../shared/geometry/types';
import { pointingState } from '../shared/pointing';
import type { Target } from '../shared/targets';
import { selectionOf } from '../shared/targets';
import type { ToolState } from '../types';
import { selectDragging } from './dragging';
import { selectIdle } from './idle';

export function selectPointing(start: FacePoint, target: Target, narrowOnClick: boolean, altKey: boolean): ToolState {
  return pointingState({
    name: 'select.pointing',
    start,
    startDrag: (ctx) => {
      const kind = target.kind === 'entry-point' && !altKey ? 'entry-starts' : 'rigid';
      return selectDragging(start, ctx.state.plan, ctx.state.selection, kind);
    },
    click(ctx) {
      if (narrowOnClick) ctx.update({ selection: selectionOf(target) });
      return selectIdle();
    },
    idle: selectIdle,
  });
}
