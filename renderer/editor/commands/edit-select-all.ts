/** Select every entry point and thread. */
import { selectAll } from '../plan-ops';
import { shortcut, type Command } from './types';

export const editSelectAll: Command = {
  id: 'edit.selectAll',
  labelKey: 'command.edit.selectAll',
  shortcut: shortcut('Mod+A'),
  enabled: (s) => s.plan.entryPoints.length + s.plan.threads.length > 0,
  perform: (ctx) => ctx.editor.select(selectAll(ctx.state.plan)),
};
