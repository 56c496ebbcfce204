/** Pressed on a path point or entry point with the edit tool: a click chooses it, a drag moves it. */
import type { FacePoint } from '../../../../shared/geometry/types';
import { pointingState } from '../shared/pointing';
import type { ToolState } from '../types';
import { editDragging, type EditHandle } from './dragging';
import { editIdle } from './idle';

export function editPointing(start: FacePoint, handle: EditHandle): ToolState {
  return pointingState({
    name: 'edit.pointing',
    start,
    startDrag: (ctx) => editDragging(start, ctx.state.plan, handle),
    click: () => editIdle(),
    idle: editIdle,
  });
}
