import { describe, expect, it } from 'vitest';
import { CRASH_WINDOW_MS, MAX_RELOADS, createCrashPolicy } from '../../../electron/crash-recovery';

describe('renderer crash policy', () => {
  it('reloads after a crash and ignores a clean exit', () => {
    const policy = createCrashPolicy(() => 0);
    expect(policy('clean-exit')).toBe('ignore');
    expect(policy('crashed')).toBe('reload');
    expect(policy('oom')).toBe('reload');
  });

  it('gives up when the renderer keeps crashing, and forgives old crashes', () => {
    let now = 0;
    const policy = createCrashPolicy(() => now);
    for (let i = 0; i < MAX_RELOADS; i++) expect(policy('crashed')).toBe('reload');
    expect(policy('crashed')).toBe('give-up');
    now += CRASH_WINDOW_MS + 1;
    expect(policy('crashed')).toBe('reload');
  });
});
