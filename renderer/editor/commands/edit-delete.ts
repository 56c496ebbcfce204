/**
 * Delete the selection. Selected entry points take their threads with them. A confirmation is
 * asked only when more than one object would go (issue 3: ask only when a delete loses more
 * than one object); everything is undoable either way.
 */
import { t } from '../../i18n';
import { EMPTY_SELECTION, deleteSelection, deletionOf, isSelectionEmpty } from '../plan-ops';
import { shortcut, type Command } from './types';

export function describeCount(threads: number, entryPoints: number): string {
  const th = t('count.threads', { count: threads });
  const ep = t('count.entryPoints', { count: entryPoints });
  if (threads === 0) return ep;
  if (entryPoints === 0) return th;
  return t('list.and', { first: th, second: ep });
}

export const editDelete: Command = {
  id: 'edit.delete',
  labelKey: 'command.edit.delete',
  shortcut: shortcut('Delete', 'Backspace'),
  enabled: (s) => !isSelectionEmpty(s.selection),
  perform(ctx) {
    const { plan, selection } = ctx.state;
    const doomed = deletionOf(plan, selection);
    if (doomed.count === 0) return;
    const what = describeCount(doomed.threadIds.size, doomed.entryPointIds.size);
    const remove = (): void => {
      ctx.edit(deleteSelection(ctx.state.plan, selection), EMPTY_SELECTION);
      ctx.update({ status: { kind: 'info', text: t('status.deleted', { what }) } });
    };
    if (doomed.count === 1) {
      remove();
      return;
    }
    ctx.ask(
      {
        kind: 'delete',
        message: t('confirm.delete.message', { what }),
        confirmLabel: t('confirm.delete.confirm'),
        alternateLabel: null,
        cancelLabel: t('dialog.cancel'),
      },
      { confirm: remove },
    );
  },
};
