/** Save under a new name. */
import { always, shortcut, type Command } from './types';

export const fileSaveAs: Command = {
  id: 'file.saveAs',
  labelKey: 'command.file.saveAs',
  shortcut: shortcut('Mod+Shift+S'),
  enabled: always,
  perform: (ctx) => ctx.editor.savePlan(true),
};
