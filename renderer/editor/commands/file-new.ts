/** Start a new, empty plan (asks about unsaved changes first). */
import { always, shortcut, type Command } from './types';

export const fileNew: Command = {
  id: 'file.new',
  labelKey: 'command.file.new',
  shortcut: shortcut('Mod+N'),
  enabled: always,
  perform: (ctx) => ctx.editor.newPlan(),
};
