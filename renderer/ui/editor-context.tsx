/**
 * How views reach the editor: one context holding the Editor and its static inputs (atlas,
 * catalogue), and hooks that subscribe to snapshots. Views read snapshots and send intents;
 * they never change the plan themselves.
 *
 * Rendering cost matters while the user drags (every pointer move is a new snapshot), so:
 * - `useEditorState(selector)` re-renders a component only when the selected part changes;
 * - the panels (findings, objects, inspector, depth profile, details) read a *held*
 *   snapshot (`usePanelSnapshot`): a change outside a drag reaches them at once, but a drag
 *   reaches them once, when it ends, so they do not re-render on a move. The canvas itself
 *   follows every snapshot.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode, type RefObject } from 'react';
import type { Atlas } from '../../shared/atlas/types';
import type { ThreadType } from '../../shared/catalogue/types';
import type { CommandInfo, Editor, EditorSnapshot } from '../editor/api';

export interface EditorEnvironment {
  readonly editor: Editor;
  readonly atlas: Atlas;
  readonly catalogue: readonly ThreadType[];
}

const EditorContext = createContext<EditorEnvironment | null>(null);
const PanelSnapshotContext = createContext<EditorSnapshot | null>(null);

export const EditorProvider = EditorContext.Provider;

export function useEnvironment(): EditorEnvironment {
  const env = useContext(EditorContext);
  if (!env) throw new Error('useEnvironment outside <EditorProvider>');
  return env;
}

export const useEditor = (): Editor => useEnvironment().editor;

function useSubscribe(): (listener: () => void) => () => void {
  const editor = useEditor();
  return useCallback((listener: () => void) => editor.subscribe(listener), [editor]);
}

/** The current snapshot; re-renders on every change. */
export function useSnapshot(): EditorSnapshot {
  const editor = useEditor();
  return useSyncExternalStore(useSubscribe(), () => editor.getSnapshot());
}

/**
 * Part of the snapshot; re-renders only when it changes (compared with Object.is). The
 * selector must return a primitive or an object taken from the snapshot, not a new one.
 */
export function useEditorState<T>(selector: (snapshot: EditorSnapshot) => T): T {
  const editor = useEditor();
  return useSyncExternalStore(useSubscribe(), () => selector(editor.getSnapshot()));
}

/** A snapshot getter that returns the latest snapshot, except during a gesture: then the one from before it. */
function useHeldSnapshot(): () => EditorSnapshot {
  const editor = useEditor();
  const held = useRef<EditorSnapshot | null>(null);
  return useCallback(() => {
    const latest = editor.getSnapshot();
    if (!latest.gestureInProgress || held.current === null) held.current = latest;
    return held.current;
  }, [editor]);
}

/**
 * Supplies the panels' snapshot to the panels below it. Design choice (issue 15): while a
 * gesture runs (a drag on the canvas: every pointer move is a new snapshot) the panels keep the
 * snapshot from before it and catch up once, when the gesture ends (released, cancelled or
 * undone). A drag moves one thing under the pointer; the objects list, the findings and the
 * inspector re-laid out 60 times a second beside it cost more than drawing the canvas, cannot be
 * read while they change that fast, and would take frames from the canvas the user is watching.
 * The canvas itself follows every snapshot (its findings colours included). Anything that is not
 * a gesture (a click, a committed field, undo, the tissue simulation's answers) reaches the
 * panels at once: panels that lag a click act on a stale selection or keep a stale draft.
 *
 * The provider reads the editor through useSyncExternalStore with a snapshot getter that returns
 * the held snapshot during a gesture, so neither it nor any panel re-renders on a move.
 */
export function PanelSnapshotProvider({ children }: { readonly children: ReactNode }) {
  const shown = useSyncExternalStore(useSubscribe(), useHeldSnapshot());
  return <PanelSnapshotContext.Provider value={shown}>{children}</PanelSnapshotContext.Provider>;
}

/** The snapshot as the panels show it: the latest one, except during a gesture (see PanelSnapshotProvider). */
export function usePanelSnapshot(): EditorSnapshot {
  const snapshot = useContext(PanelSnapshotContext);
  if (!snapshot) throw new Error('usePanelSnapshot outside <PanelSnapshotProvider>');
  return snapshot;
}

/** Commands per snapshot, computed once, with a key that changes only when one of them does. */
const commandCache = new WeakMap<EditorSnapshot, { key: string; byId: ReadonlyMap<string, CommandInfo> }>();

function commandsOf(editor: Editor, snapshot: EditorSnapshot) {
  let entry = commandCache.get(snapshot);
  if (!entry) {
    const list = editor.commands();
    entry = {
      key: list.map((c) => `${c.id}\u0001${c.label}\u0001${c.shortcut}\u0001${c.enabled ? 1 : 0}`).join('\u0002'),
      byId: new Map(list.map((c) => [c.id, c])),
    };
    commandCache.set(snapshot, entry);
  }
  return entry;
}

/**
 * Every command's label, shortcut and enabled state; re-renders only when one changes. Like the
 * panels, the commands hold still during a gesture and catch up when it ends: working out every
 * command's state for each pointer move of a drag cost a millisecond or more of each move (a
 * profile of a 50-thread drag), and nothing can be clicked while the pointer drags.
 */
export function useCommands(): ReadonlyMap<string, CommandInfo> {
  const editor = useEditor();
  const shownSnapshot = useHeldSnapshot();
  const key = useSyncExternalStore(useSubscribe(), () => commandsOf(editor, shownSnapshot()).key);
  return useMemo(() => commandsOf(editor, shownSnapshot()).byId, [editor, key, shownSnapshot]);
}

/** "Label (Shortcut)" for tooltips. */
export const withShortcut = (c: CommandInfo | undefined, fallback: string): string =>
  !c ? fallback : c.shortcut ? `${c.label} (${c.shortcut})` : c.label;

/**
 * Test hook: counts the component's commits (renders that reached the page) on `ref`'s element as
 * `data-commits`. The e2e suite reads it to check that the panels do not re-render while the
 * user drags and do once the drag ends (tests/e2e/drag-panels.spec.ts). Written outside React's
 * attributes, so it never causes a render itself.
 */
export function useCommitCount(ref: RefObject<HTMLElement | null>): void {
  const commits = useRef(0);
  useEffect(() => {
    commits.current++;
    if (ref.current) ref.current.dataset.commits = String(commits.current);
  });
}
