/** What a pointer is over, reduced to the model objects tools act on. */
import type { SceneRef } from '../../../../shared/scene/types';
import type { Selection } from '../../api';

export type Target =
  | { readonly kind: 'thread'; readonly threadId: string }
  | { readonly kind: 'thread-point'; readonly threadId: string; readonly index: number }
  | { readonly kind: 'entry-point'; readonly entryPointId: string }
  | { readonly kind: 'none' };

/** Regions, muscles and the face itself are background for every tool. */
export function targetOf(ref: SceneRef | null): Target {
  if (!ref) return { kind: 'none' };
  switch (ref.kind) {
    case 'thread':
      return { kind: 'thread', threadId: ref.id };
    case 'thread-point':
      return ref.index === undefined ? { kind: 'thread', threadId: ref.id } : { kind: 'thread-point', threadId: ref.id, index: ref.index };
    case 'entry-point':
      return { kind: 'entry-point', entryPointId: ref.id };
    default:
      return { kind: 'none' };
  }
}

/** The selection holding only what the target points at (a path point selects its thread). */
export function selectionOf(target: Target): Selection {
  switch (target.kind) {
    case 'thread':
    case 'thread-point':
      return { threadIds: [target.threadId], entryPointIds: [] };
    case 'entry-point':
      return { threadIds: [], entryPointIds: [target.entryPointId] };
    default:
      return { threadIds: [], entryPointIds: [] };
  }
}

export function isSelected(selection: Selection, target: Target): boolean {
  switch (target.kind) {
    case 'thread':
    case 'thread-point':
      return selection.threadIds.includes(target.threadId);
    case 'entry-point':
      return selection.entryPointIds.includes(target.entryPointId);
    default:
      return false;
  }
}

/** Shift-click: add the target to the selection, or take it out if it is already in. */
export function toggleInSelection(selection: Selection, target: Target): Selection {
  const toggle = (ids: readonly string[], id: string): string[] => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);
  switch (target.kind) {
    case 'thread':
    case 'thread-point':
      return { ...selection, threadIds: toggle(selection.threadIds, target.threadId) };
    case 'entry-point':
      return { ...selection, entryPointIds: toggle(selection.entryPointIds, target.entryPointId) };
    default:
      return selection;
  }
}
