/**
 * Switch to the edit path tool. Shortcut A, as in drawing programs where A is the direct
 * selection of path points (P usually means a pen, which is closer to our thread tool).
 */
import { shortcut, always, type Command } from './types';

export const toolEdit: Command = {
  id: 'tool.edit',
  labelKey: 'command.tool.edit',
  shortcut: shortcut('A'),
  enabled: always,
  perform: (ctx) => ctx.editor.setTool('edit'),
};
