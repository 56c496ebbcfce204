/**
 * How views reach the editor: one context holding the Editor and its static inputs (atlas,
 * catalogue), and hooks that subscribe to snapshots. Views read snapshots and send intents;
 * they never change the plan themselves.
 *
 * Rendering cost matters while the user drags (every pointer move is a new snapshot), so:
 * - `useEditorState(selector)` re-renders a component only when the selected part changes;
 * - the panels (findings, objects, inspector, depth profile, details) read a *paced*
 *   snapshot (`usePanelSnapshot`): a change outside a drag reaches them at once, but the
 *   changes of a drag reach them at most every PANEL_INTERVAL_MS, rendered as a transition
 *   so it never holds up the canvas. The canvas itself follows every snapshot.
 */
import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
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

/**
 * Design choice: the panels follow a drag about 8 times a second. Lists of a hundred findings
 * cannot be laid out and painted 60 times a second next to the canvas on a modest laptop,
 * and a list that changes that fast cannot be read anyway; 120 ms still reads as live.
 */
export const PANEL_INTERVAL_MS = 120;

/** Supplies the paced snapshot to the panels below it. */
export function PanelSnapshotProvider({ children }: { readonly children: ReactNode }) {
  const editor = useEditor();
  const latest = useSnapshot();
  const [shown, setShown] = useState(latest);
  const lastUpdate = useRef(0);
  useEffect(() => {
    if (latest === shown) return;
    const show = () => {
      lastUpdate.current = performance.now();
      startTransition(() => setShown(editor.getSnapshot()));
    };
    const wait = lastUpdate.current + PANEL_INTERVAL_MS - performance.now();
    // Only a drag is paced. Anything else (a click, a committed field, undo, the tissue
    // simulation's answers) shows at once: panels that lag a click act on a stale selection or
    // keep a stale draft.
    if (wait <= 0 || !latest.gestureInProgress) {
      show();
      return;
    }
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [editor, latest, shown]);
  return <PanelSnapshotContext.Provider value={shown}>{children}</PanelSnapshotContext.Provider>;
}

/** The snapshot as the panels show it: the latest one, as soon as the canvas is drawn. */
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

/** Every command's label, shortcut and enabled state; re-renders only when one changes. */
export function useCommands(): ReadonlyMap<string, CommandInfo> {
  const editor = useEditor();
  const key = useSyncExternalStore(useSubscribe(), () => commandsOf(editor, editor.getSnapshot()).key);
  return useMemo(() => commandsOf(editor, editor.getSnapshot()).byId, [editor, key]);
}

/** "Label (Shortcut)" for tooltips. */
export const withShortcut = (c: CommandInfo | undefined, fallback: string): string =>
  !c ? fallback : c.shortcut ? `${c.label} (${c.shortcut})` : c.label;
