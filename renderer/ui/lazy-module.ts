/**
 * Code for a view that is not on the first screen but appears at a click, such as the inspector
 * of a selection: it stays out of the main chunk (issue 15's start-up budget) and starts loading
 * once the face canvas has drawn, so by the time the practitioner clicks it is there and the view
 * appears at once. A lazy React component would suspend on its first render even then (React
 * learns that a promise settled a microtask later) and blank its place for a frame; a view that
 * reads the module with useLoadedModule renders its own loading state instead, only if it is
 * needed before the module came.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { afterFirstCanvasDraw } from '../canvas/first-draw';

export interface LazyModule<M> {
  /** The module once loaded, else null. */
  loaded(): M | null;
  /** Starts loading (once; again after a failure) and settles with the module. */
  load(): Promise<M>;
  subscribe(listener: () => void): () => void;
}

export function lazyModule<M>(importModule: () => Promise<M>): LazyModule<M> {
  let module: M | null = null;
  let loading: Promise<M> | null = null;
  const listeners = new Set<() => void>();
  return {
    loaded: () => module,
    load() {
      loading ??= importModule().then(
        (m) => {
          module = m;
          listeners.forEach((listener) => listener());
          return m;
        },
        (error: unknown) => {
          loading = null; // the next use tries again
          throw error;
        },
      );
      return loading;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** Loads `lazy` after the first canvas draw (or at once when `needed`); null until it has come. */
export function useLoadedModule<M>(lazy: LazyModule<M>, needed: boolean): M | null {
  const module = useSyncExternalStore(lazy.subscribe, lazy.loaded);
  useEffect(() => {
    if (module) return undefined;
    // A failed load is tried again at the next use; nothing to report until then.
    const start = () => void lazy.load().catch(() => undefined);
    if (needed) {
      start();
      return undefined;
    }
    return afterFirstCanvasDraw(start);
  }, [lazy, module, needed]);
  return module;
}
