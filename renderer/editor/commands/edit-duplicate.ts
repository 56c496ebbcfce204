/** Duplicate the selection, offset a little, each copy on its own copied entry point. */
import { duplicateSelection, isSelectionEmpty } from '../plan-ops';
import { shortcut, type Command } from './types';

export const editDuplicate: Command = {
  id: 'edit.duplicate',
  labelKey: 'command.edit.duplicate',
  shortcut: shortcut('Mod+D'),
  enabled: (s) => !isSelectionEmpty(s.selection),
  perform(ctx) {
    const { plan, selection } = duplicateSelection(ctx.state.plan, ctx.ops, ctx.state.selection);
    ctx.edit(plan, selection);
  },
};
