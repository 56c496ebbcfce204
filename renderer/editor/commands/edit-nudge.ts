/**
 * Arrow keys move the selection (entry points with their threads) by 1 mm, or 5 mm with Shift
 * (design choice: 1 mm is the finest step that matters on a face, 5 mm a quick shift). Each
 * press is one undo step.
 */
import type { FaceVector } from '../../../shared/geometry/types';
import type { MessageKey } from '../../i18n';
import { isSelectionEmpty, translateSelection } from '../plan-ops';
import { shortcut, type Command } from './types';

export const NUDGE_MM = 1;
export const NUDGE_LARGE_MM = 5;

function nudge(id: string, labelKey: MessageKey, key: string, direction: FaceVector): Command {
  return {
    id,
    labelKey,
    shortcut: shortcut(key, `Shift+${key}`),
    enabled: (s) => !isSelectionEmpty(s.selection),
    perform(ctx, input) {
      const step = input?.shiftKey ? NUDGE_LARGE_MM : NUDGE_MM;
      const delta = { x: direction.x * step, y: direction.y * step };
      ctx.edit(translateSelection(ctx.state.plan, ctx.ops, ctx.state.selection, delta));
    },
  };
}

// +y is down on the face (shared/geometry/types.ts).
export const editNudgeLeft = nudge('edit.nudgeLeft', 'command.edit.nudgeLeft', 'ArrowLeft', { x: -1, y: 0 });
export const editNudgeRight = nudge('edit.nudgeRight', 'command.edit.nudgeRight', 'ArrowRight', { x: 1, y: 0 });
export const editNudgeUp = nudge('edit.nudgeUp', 'command.edit.nudgeUp', 'ArrowUp', { x: 0, y: -1 });
export const editNudgeDown = nudge('edit.nudgeDown', 'command.edit.nudgeDown', 'ArrowDown', { x: 0, y: 1 });
