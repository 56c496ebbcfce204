/**
 * Close the plan: asks about unsaved changes, then leaves an empty plan. Closing the window
 * itself goes through the host's close request (VectorLiftBridge.onCloseRequested). No page
 * shortcut: Ctrl+W belongs to the browser tab, and the desktop menu has its own accelerator.
 */
import { NO_SHORTCUT, always, type Command } from './types';

export const fileClose: Command = {
  id: 'file.close',
  labelKey: 'command.file.close',
  shortcut: NO_SHORTCUT,
  enabled: always,
  perform: (ctx) => ctx.editor.newPlan(),
};
