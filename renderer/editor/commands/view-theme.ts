/** Theme choices (View menu); no shortcuts. */
import type { Theme } from '../../../shared/ipc/contract';
import { NO_SHORTCUT, always, type Command } from './types';

const theme = (value: Theme): Command => ({
  id: `view.theme.${value}`,
  labelKey: `command.view.theme.${value}`,
  shortcut: NO_SHORTCUT,
  enabled: always,
  perform: (ctx) => ctx.editor.setTheme(value),
});

export const viewThemeCommands: readonly Command[] = [theme('light'), theme('dark'), theme('system')];
