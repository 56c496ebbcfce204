/** F: move the selected threads' fixation to their other end (entry <-> far end). */
import { toggleFixationEnds } from '../plan-ops';
import { shortcut, type Command } from './types';

export const editToggleFixationEnd: Command = {
  id: 'edit.toggleFixationEnd',
  labelKey: 'command.edit.toggleFixationEnd',
  shortcut: shortcut('F'),
  enabled: (s) => s.selection.threadIds.length > 0,
  perform(ctx) {
    ctx.edit(toggleFixationEnds(ctx.state.plan, ctx.ops, ctx.state.selection.threadIds));
  },
};
