/** Keys 1 to 6 show or hide the overlay layers, in OVERLAY_LAYERS order (as in the View menu). */
import { OVERLAY_LAYERS, type OverlayLayerId } from '../../../shared/scene/types';
import { always, shortcut, type Command } from './types';

function toggleLayer(layer: OverlayLayerId, key: string): Command {
  return {
    id: `view.toggleLayer.${layer}`,
    labelKey: `command.view.toggleLayer.${layer}`,
    shortcut: shortcut(key),
    enabled: always,
    perform: (ctx) => ctx.editor.setLayer(layer, !ctx.state.layers[layer]),
  };
}

export const viewLayerCommands: readonly Command[] = OVERLAY_LAYERS.map((layer, i) => toggleLayer(layer, String(i + 1)));
