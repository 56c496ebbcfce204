/**
 * Thread tool at rest. A press on an entry point starts a thread there; a press anywhere else
 * starts one at that spot, and an entry point is created there when the thread is finished.
 * A click goes on to point-by-point drawing; a drag draws a straight thread (pressing.ts).
 */
import { findEntryPoint, findThread } from '../../plan-ops';
import { targetOf } from '../shared/targets';
import type { ToolState } from '../types';
import { threadPressing } from './pressing';

export function threadIdle(): ToolState {
  return {
    name: 'thread.idle',
    pointerDown(ctx, input) {
      const target = targetOf(input.target);
      const plan = ctx.state.plan;
      // A thread's first point sits on its entry point: starting there shares that entry point.
      const entryPointId =
        target.kind === 'entry-point'
          ? target.entryPointId
          : target.kind === 'thread-point' && target.index === 0
            ? findThread(plan, target.threadId)?.entryPointId
            : undefined;
      const entry = entryPointId ? findEntryPoint(plan, entryPointId) : undefined;
      const first = entry ? entry.position : input.point;
      ctx.update({ draft: { entryPointId: entry?.id ?? null, points: [first], hover: input.point } });
      return threadPressing(input.point);
    },
  };
}
