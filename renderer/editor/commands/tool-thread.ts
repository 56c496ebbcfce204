/** Switch to the Thread tool. */
import { shortcut, always, type Command } from './types';

export const toolThread: Command = {
  id: 'tool.thread',
  labelKey: 'command.tool.thread',
  shortcut: shortcut('T'),
  enabled: always,
  perform: (ctx) => ctx.editor.setTool('thread'),
};
