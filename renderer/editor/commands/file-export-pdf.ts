/** Export the plan as a PDF report (the PDF builder is injected into the editor). */
import { shortcut, type Command } from './types';

export const fileExportPdf: Command = {
  id: 'file.exportPdf',
  labelKey: 'command.file.exportPdf',
  shortcut: shortcut('Mod+E'),
  enabled: (_s, env) => env.canExportPdf,
  perform: (ctx) => ctx.exportPdf(),
};
