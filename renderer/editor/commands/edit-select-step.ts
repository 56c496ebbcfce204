/**
 * ] and [ select the next / previous thread in drawing order, wrapping around: the keyboard way
 * to walk the threads on the canvas. Tab is left alone so it keeps moving focus between
 * controls (a keyboard trap on the canvas would fail accessibility).
 */
import type { Selection } from '../api';
import type { PlanDocument } from '../../../shared/plan/types';
import { shortcut, type Command, type CommandContext } from './types';

export function steppedSelection(plan: PlanDocument, selection: Selection, step: 1 | -1): Selection | null {
  const ids = plan.threads.map((t) => t.id);
  if (ids.length === 0) return null;
  const current = selection.threadIds.length > 0 ? ids.indexOf(selection.threadIds[selection.threadIds.length - 1]!) : -1;
  const index = current === -1 ? (step === 1 ? 0 : ids.length - 1) : (current + step + ids.length) % ids.length;
  return { threadIds: [ids[index]!], entryPointIds: [] };
}

function perform(ctx: CommandContext, step: 1 | -1): void {
  const next = steppedSelection(ctx.state.plan, ctx.state.selection, step);
  if (next) ctx.editor.select(next);
}

export const editSelectNext: Command = {
  id: 'edit.selectNext',
  labelKey: 'command.edit.selectNext',
  shortcut: shortcut(']'),
  enabled: (s) => s.plan.threads.length > 0,
  perform: (ctx) => perform(ctx, 1),
};

export const editSelectPrevious: Command = {
  id: 'edit.selectPrevious',
  labelKey: 'command.edit.selectPrevious',
  shortcut: shortcut('['),
  enabled: (s) => s.plan.threads.length > 0,
  perform: (ctx) => perform(ctx, -1),
};
