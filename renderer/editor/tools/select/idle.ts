/**
 * Select tool at rest. Pressing on a thread or entry point selects it (Shift toggles it in the
 * selection); pressing on empty face clears the selection. Holding and moving drags the whole
 * selection: entry points with their threads (see plan-ops.ts for why a thread takes its fan).
 */
import type { ToolState } from '../types';
import { isSelected, selectionOf, targetOf, toggleInSelection } from '../shared/targets';
import { selectPointing } from './pointing';

export function selectIdle(): ToolState {
  return {
    name: 'select.idle',
    pointerDown(ctx, input) {
      const target = targetOf(input.target);
      const selection = ctx.state.selection;
      if (target.kind === 'none') {
        if (!input.shiftKey) ctx.update({ selection: selectionOf(target) });
        return;
      }
      const wasSelected = isSelected(selection, target);
      if (input.shiftKey) ctx.update({ selection: toggleInSelection(selection, target) });
      else if (!wasSelected) ctx.update({ selection: selectionOf(target) });
      return selectPointing(input.point, target, wasSelected && !input.shiftKey, input.altKey);
    },
  };
}
