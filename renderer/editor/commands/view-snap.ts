/** Snap entry and thread points to landmarks and fixation zones (S); Alt suppresses it per placement. */
import { always, shortcut, type Command } from './types';

export const viewSnap: Command = {
  id: 'view.snap',
  labelKey: 'command.view.snap',
  shortcut: shortcut('S'),
  enabled: always,
  perform: (ctx) => ctx.setSnap(!ctx.state.snap),
};
