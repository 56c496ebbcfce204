/**
 * Arrow keys move the selection by 1 mm, or 5 mm with Shift (design choice: 1 mm is the finest
 * step that matters on a face, 5 mm a quick shift), the way a drag moves it: entry points alone
 * take only their threads' starts along, anything else moves rigidly, and Alt moves everything
 * rigidly. Each press is one undo step.
 */
import type { FaceVector } from '../../../shared/geometry/types';
import type { MessageKey } from '../../i18n';
import { isSelectionEmpty, moveEntryPoints, translateSelection } from '../plan-ops';
import { shortcut, type Command } from './types';

export const NUDGE_MM = 1;
export const NUDGE_LARGE_MM = 5;

function nudge(id: string, labelKey: MessageKey, key: string, direction: FaceVector): Command {
  return {
    id,
    labelKey,
    shortcut: shortcut(key, `Shift+${key}`, `Alt+${key}`, `Alt+Shift+${key}`),
    enabled: (s) => !isSelectionEmpty(s.selection),
    perform(ctx, input) {
      const step = input?.shiftKey ? NUDGE_LARGE_MM : NUDGE_MM;
      const delta = { x: direction.x * step, y: direction.y * step };
      const { plan, selection } = ctx.state;
      const entriesOnly = selection.threadIds.length === 0 && !input?.altKey;
      ctx.edit(entriesOnly ? moveEntryPoints(plan, ctx.ops, selection.entryPointIds, delta) : translateSelection(plan, ctx.ops, selection, delta));
    },
  };
}

// +y is down on the face (shared/geometry/types.ts).
export const editNudgeLeft = nudge('edit.nudgeLeft', 'command.edit.nudgeLeft', 'ArrowLeft', { x: -1, y: 0 });
export const editNudgeRight = nudge('edit.nudgeRight', 'command.edit.nudgeRight', 'ArrowRight', { x: 1, y: 0 });
export const editNudgeUp = nudge('edit.nudgeUp', 'command.edit.nudgeUp', 'ArrowUp', { x: 0, y: -1 });
export const editNudgeDown = nudge('edit.nudgeDown', 'command.edit.nudgeDown', 'ArrowDown', { x: 0, y: 1 });
