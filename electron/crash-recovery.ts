/**
 * What to do when the renderer process dies: reload the page (which then offers the autosaved
 * working copy through takeRecovery), unless it keeps dying, in which case reloading again
 * would only loop; the app then tells the user and closes, keeping the working copy.
 */

/** Reloads allowed within CRASH_WINDOW_MS before giving up (design choice: three strikes). */
export const MAX_RELOADS = 3;
/** DESIGN CHOICE: a page that crashes three times in a minute will not recover by reloading. */
export const CRASH_WINDOW_MS = 60_000;

export type CrashAction = 'ignore' | 'reload' | 'give-up';

/** Electron's RenderProcessGoneDetails.reason values that are not crashes. */
const NOT_A_CRASH = new Set(['clean-exit']);

export function createCrashPolicy(now: () => number = Date.now): (reason: string) => CrashAction {
  const recent: number[] = [];
  return (reason) => {
    if (NOT_A_CRASH.has(reason)) return 'ignore';
    const t = now();
    while (recent.length > 0 && t - (recent[0] ?? t) > CRASH_WINDOW_MS) recent.shift();
    if (recent.length >= MAX_RELOADS) return 'give-up';
    recent.push(t);
    return 'reload';
  };
}
