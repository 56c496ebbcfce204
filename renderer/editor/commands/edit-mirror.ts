/** Mirror the selection onto the patient's other side as new threads and entry points. */
import { isSelectionEmpty, mirrorSelection } from '../plan-ops';
import { shortcut, type Command } from './types';

export const editMirror: Command = {
  id: 'edit.mirror',
  labelKey: 'command.edit.mirror',
  shortcut: shortcut('Mod+M'),
  enabled: (s) => !isSelectionEmpty(s.selection),
  perform(ctx) {
    const { plan, selection } = mirrorSelection(ctx.state.plan, ctx.ops, ctx.state.selection);
    ctx.edit(plan, selection);
  },
};
