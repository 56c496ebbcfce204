/** Show or hide the key to the diagram over the canvas (K, as in "key"). */
import { always, shortcut, type Command } from './types';

export const viewLegend: Command = {
  id: 'view.legend',
  labelKey: 'command.view.legend',
  shortcut: shortcut('K'),
  enabled: always,
  perform: (ctx) => ctx.setLegendOpen(!ctx.state.legendOpen),
};
