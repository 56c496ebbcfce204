/**
 * A tiny external store: one immutable value, replaced (never mutated) on change, with
 * subscribe/getSnapshot in the shape React's useSyncExternalStore expects. Setting the same
 * object again notifies nobody, so views re-render only when something really changed.
 */
export interface Store<T> {
  get(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      // Copy first: a listener may unsubscribe (or subscribe) while we notify.
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
