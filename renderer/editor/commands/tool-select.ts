/** Switch to the Select and move tool. */
import { shortcut, always, type Command } from './types';

export const toolSelect: Command = {
  id: 'tool.select',
  labelKey: 'command.tool.select',
  shortcut: shortcut('V'),
  enabled: always,
  perform: (ctx) => ctx.editor.setTool('select'),
};
