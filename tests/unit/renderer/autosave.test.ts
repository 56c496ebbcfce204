/**
 * Issue 8, defect 5: the working copy loses at most about 2 s of work, in a drag too, and a
 * failed write is retried (with growing waits) without waiting for the next edit. Fake timers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePlanText } from '../../../shared/plan';
import { LEFT_MIDFACE, TestEditor } from './harness';

/** The most work the working copy may lag behind, ms (the "about 2 s"). */
const MAX_LOSS_MS = 2000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const latestWrite = (ed: TestEditor) => {
  const text = ed.bridge.autosaveWrites.at(-1);
  const parsed = text === undefined ? null : parsePlanText(text);
  return parsed?.ok ? parsed.plan : null;
};

describe('autosave', () => {
  it('keeps the working copy within 2 s of every edit, also while edits keep coming', async () => {
    const ed = await TestEditor.create();
    ed.drawThread(LEFT_MIDFACE);
    await vi.advanceTimersByTimeAsync(MAX_LOSS_MS);
    expect(latestWrite(ed)).toEqual(ed.plan);
    // An edit every 200 ms for 10 s: at any moment the copy is at most 2 s behind.
    const id = ed.plan.threads[0]!.id;
    const edits: { at: number; tension: number }[] = [];
    for (let step = 1; step <= 50; step++) {
      const now = step * 200;
      edits.push({ at: now, tension: 1 + step / 100 });
      ed.editor.updateThread(id, { tensionN: 1 + step / 100 });
      await vi.advanceTimersByTimeAsync(200);
      // The copy holds an edit made within the last 2 s (or a later one).
      const kept = latestWrite(ed)!.threads[0]!.tensionN;
      const madeAt = edits.find((e) => e.tension === kept)?.at ?? 0;
      expect(now + 200 - madeAt, `at ${now + 200} ms the copy is from ${madeAt} ms`).toBeLessThanOrEqual(MAX_LOSS_MS);
    }
    await vi.advanceTimersByTimeAsync(MAX_LOSS_MS);
    expect(latestWrite(ed)).toEqual(ed.plan);
    ed.editor.dispose();
  });

  it('writes during a long drag, not only after it', async () => {
    const ed = await TestEditor.create();
    const a = ed.drawThread(LEFT_MIDFACE);
    await vi.advanceTimersByTimeAsync(MAX_LOSS_MS);
    const before = ed.bridge.autosaveWrites.length;
    ed.key('a');
    ed.pointerDown([55, 20], { kind: 'thread-point', id: a.id, index: 1 });
    for (let x = 54; x >= 40; x--) {
      ed.pointerMove([x, 20]);
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(ed.bridge.autosaveWrites.length).toBeGreaterThan(before);
    expect(latestWrite(ed)!.threads[0]!.path[1]!.x).toBeLessThan(45);
    ed.pointerUp([40, 20]);
    ed.editor.dispose();
  });

  it('does not rewrite an unchanged plan, and writes nothing for a clean one', async () => {
    const ed = await TestEditor.create();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(ed.bridge.autosaveAttempts).toBe(0);
    ed.drawThread(LEFT_MIDFACE);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(ed.bridge.autosaveWrites).toHaveLength(1);
    ed.editor.dispose();
  });

  it('retries a failed write with growing waits, without a new edit, says so, and clears the message once it works', async () => {
    const ed = await TestEditor.create();
    ed.bridge.failAutosaves = 3;
    ed.drawThread(LEFT_MIDFACE);
    await vi.advanceTimersByTimeAsync(MAX_LOSS_MS);
    expect(ed.bridge.autosaveAttempts).toBe(1);
    expect(ed.snapshot.status).toEqual({ kind: 'error', text: 'Could not keep a recovery copy: disk full' });
    const attemptsAt: number[] = [];
    for (let t = 0; t < 30_000; t += 100) {
      const before = ed.bridge.autosaveAttempts;
      await vi.advanceTimersByTimeAsync(100);
      if (ed.bridge.autosaveAttempts > before) attemptsAt.push(t + 100);
    }
    // Two more failures, then success: the waits grow (backoff) and the copy is written.
    expect(attemptsAt).toHaveLength(3);
    expect(attemptsAt[1]! - attemptsAt[0]!).toBeGreaterThan(attemptsAt[0]!);
    expect(latestWrite(ed)).toEqual(ed.plan);
    expect(ed.snapshot.status).toBeNull();
    ed.editor.dispose();
  });

  it('dispose stops every timer', async () => {
    const ed = await TestEditor.create();
    ed.editor.dispose();
    ed.drawThread(LEFT_MIDFACE);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(ed.bridge.autosaveAttempts).toBe(0);
  });
});
