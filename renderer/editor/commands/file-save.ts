/** Save to the current file (asks where for a plan never saved). */
import { always, shortcut, type Command } from './types';

export const fileSave: Command = {
  id: 'file.save',
  labelKey: 'command.file.save',
  shortcut: shortcut('Mod+S'),
  enabled: always,
  perform: (ctx) => ctx.editor.savePlan(false),
};
