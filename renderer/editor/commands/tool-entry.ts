/** Switch to the Entry point tool. */
import { shortcut, always, type Command } from './types';

export const toolEntry: Command = {
  id: 'tool.entry',
  labelKey: 'command.tool.entry',
  shortcut: shortcut('E'),
  enabled: always,
  perform: (ctx) => ctx.editor.setTool('entry'),
};
