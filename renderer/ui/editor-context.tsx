/**
 * How views reach the editor: one context holding the Editor and its static inputs (atlas,
 * catalogue), and hooks that subscribe to snapshots. Views read snapshots and send intents;
 * they never change the plan themselves.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Atlas } from '../../shared/atlas/types';
import type { ThreadType } from '../../shared/catalogue/types';
import type { CommandInfo, Editor, EditorSnapshot } from '../editor/api';

export interface EditorEnvironment {
  readonly editor: Editor;
  readonly atlas: Atlas;
  readonly catalogue: readonly ThreadType[];
}

const EditorContext = createContext<EditorEnvironment | null>(null);

export const EditorProvider = EditorContext.Provider;

export function useEnvironment(): EditorEnvironment {
  const env = useContext(EditorContext);
  if (!env) throw new Error('useEnvironment outside <EditorProvider>');
  return env;
}

export const useEditor = (): Editor => useEnvironment().editor;

/** The current snapshot; re-renders whenever the editor publishes a new one. */
export function useSnapshot(): EditorSnapshot {
  const editor = useEditor();
  const subscribe = useCallback((listener: () => void) => editor.subscribe(listener), [editor]);
  return useSyncExternalStore(subscribe, () => editor.getSnapshot());
}

/** A command's label, shortcut and enabled state (they follow the snapshot). */
export function useCommand(id: string): CommandInfo | undefined {
  const editor = useEditor();
  useSnapshot();
  return editor.commands().find((c) => c.id === id);
}

/** "Label (Shortcut)" for tooltips. */
export const withShortcut = (c: CommandInfo | undefined, fallback: string): string =>
  !c ? fallback : c.shortcut ? `${c.label} (${c.shortcut})` : c.label;
