/** Redo the last undone edit. Both the Mac/Linux habit (Shift+Z) and the Windows one (Y) work. */
import { shortcut, type Command } from './types';

export const editRedo: Command = {
  id: 'edit.redo',
  labelKey: 'command.edit.redo',
  shortcut: shortcut('Mod+Shift+Z', 'Mod+Y'),
  enabled: (s) => s.canRedo,
  perform: (ctx) => ctx.redo(),
};
