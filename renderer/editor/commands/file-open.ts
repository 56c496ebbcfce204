/** Open a .vlift plan (asks about unsaved changes first). */
import { always, shortcut, type Command } from './types';

export const fileOpen: Command = {
  id: 'file.open',
  labelKey: 'command.file.open',
  shortcut: shortcut('Mod+O'),
  enabled: always,
  perform: (ctx) => ctx.editor.openPlan(),
};
