/**
 * Zoom commands. Keys match the desktop menu (electron/menu.ts): Ctrl/Cmd with = and - zoom,
 * Ctrl/Cmd+0 fits the face, Ctrl/Cmd+1 is actual size. Plain + = - and 0 work too when the
 * canvas has the keyboard.
 */
import type { StagePoint } from '../../../shared/geometry/types';
import { ACTUAL_SIZE_ZOOM, ZOOM_STEP, fitBounds, zoomTo } from '../view-transform';
import { always, shortcut, type Command, type CommandContext } from './types';

/** The middle of the canvas, or the stage origin before the canvas is measured. */
function centre(ctx: CommandContext): StagePoint {
  const vp = ctx.state.viewport;
  return vp ? { x: vp.width / 2, y: vp.height / 2 } : { x: 0, y: 0 };
}

export const viewZoomIn: Command = {
  id: 'view.zoomIn',
  labelKey: 'command.view.zoomIn',
  shortcut: shortcut('+', '=', 'Mod+=', 'Mod++'),
  enabled: always,
  perform: (ctx) => ctx.editor.zoomAt(centre(ctx), ZOOM_STEP),
};

export const viewZoomOut: Command = {
  id: 'view.zoomOut',
  labelKey: 'command.view.zoomOut',
  shortcut: shortcut('-', 'Mod+-'),
  enabled: always,
  perform: (ctx) => ctx.editor.zoomAt(centre(ctx), 1 / ZOOM_STEP),
};

export const viewZoomFit: Command = {
  id: 'view.zoomFit',
  labelKey: 'command.view.zoomFit',
  shortcut: shortcut('Mod+0', '0'),
  enabled: (s) => s.viewport !== null,
  perform(ctx) {
    const vp = ctx.state.viewport;
    if (vp) ctx.editor.setView(fitBounds(ctx.faceBounds, vp.width, vp.height));
  },
};

export const viewZoom100: Command = {
  id: 'view.zoom100',
  labelKey: 'command.view.zoom100',
  shortcut: shortcut('Mod+1'),
  enabled: always,
  perform: (ctx) => ctx.editor.setView(zoomTo(ctx.state.view, ACTUAL_SIZE_ZOOM, centre(ctx))),
};
