/**
 * Entry point tool: a click on the face places a new entry point (one undo step) and selects
 * it; a click on an existing entry point just selects it, so points never stack by accident.
 */
import { addEntryPoint } from '../../plan-ops';
import { selectionOf, targetOf } from '../shared/targets';
import type { ToolState } from '../types';

export function entryIdle(): ToolState {
  return {
    name: 'entry.idle',
    pointerDown(ctx, input) {
      const target = targetOf(input.target);
      if (target.kind === 'entry-point') {
        ctx.update({ selection: selectionOf(target) });
        return;
      }
      const { plan, id } = addEntryPoint(ctx.state.plan, ctx.ops, input.point);
      ctx.edit(plan, { threadIds: [], entryPointIds: [id] });
    },
  };
}
