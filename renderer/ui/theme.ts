/**
 * The colour theme actually shown: the user's choice, or the system's when they chose 'system'.
 * The page's CSS variables follow <html data-theme>; the canvas takes the matching palette.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { Theme } from '../../shared/ipc/contract';
import type { PaletteName } from '../../shared/scene/palette';

const query = '(prefers-color-scheme: dark)';

function subscribeSystem(listener: () => void): () => void {
  const mq = window.matchMedia(query);
  mq.addEventListener('change', listener);
  return () => mq.removeEventListener('change', listener);
}

const systemPrefersDark = (): boolean => window.matchMedia(query).matches;

export function useResolvedTheme(theme: Theme): PaletteName {
  const dark = useSyncExternalStore(subscribeSystem, systemPrefersDark);
  const resolved: PaletteName = theme === 'system' ? (dark ? 'dark' : 'light') : theme;
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  return resolved;
}
