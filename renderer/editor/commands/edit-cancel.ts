/**
 * Esc: step back one level. Cancel a drag or a drawing (rolling the plan back), else close the
 * help panel, else drop the highlighted finding, else the chosen path point, else the selection.
 */
import { isSelectionEmpty } from '../plan-ops';
import { shortcut, type Command } from './types';

export const editCancel: Command = {
  id: 'edit.cancel',
  labelKey: 'command.edit.cancel',
  shortcut: shortcut('Escape'),
  enabled: (s) => s.draft !== null || s.helpOpen || s.activeFinding !== null || s.activePoint !== null || !isSelectionEmpty(s.selection),
  perform(ctx) {
    if (ctx.cancelToolInteraction()) return;
    const s = ctx.state;
    if (s.helpOpen) ctx.setHelpOpen(false);
    else if (s.activeFinding) ctx.setActiveFinding(null);
    else if (s.activePoint) ctx.update({ activePoint: null });
    else ctx.update({ selection: { threadIds: [], entryPointIds: [] } });
  },
};
