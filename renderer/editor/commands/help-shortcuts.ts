/** Show or hide the keyboard shortcuts panel. */
import { always, shortcut, type Command } from './types';

export const helpShortcuts: Command = {
  id: 'help.shortcuts',
  labelKey: 'command.help.shortcuts',
  shortcut: shortcut('?', 'F1'),
  enabled: always,
  perform: (ctx) => ctx.setHelpOpen(!ctx.state.helpOpen),
};
