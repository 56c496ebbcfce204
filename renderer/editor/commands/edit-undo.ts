/** Undo the last edit. A drag or drawing in progress is cancelled instead (that is the undo). */
import { shortcut, type Command } from './types';

export const editUndo: Command = {
  id: 'edit.undo',
  labelKey: 'command.edit.undo',
  shortcut: shortcut('Mod+Z'),
  enabled: (s) => s.canUndo || s.draft !== null,
  perform: (ctx) => ctx.undo(),
};
