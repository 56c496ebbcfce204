import { describe, expect, it } from 'vitest';
import { dragFrames, traceEventsOf, type TraceEvent } from '../../../bench/support/trace-frames';

/**
 * The drag benchmark's frame accounting (bench/support/trace-frames.ts) on a small hand-made
 * trace: which thread, where frames start, which tasks belong to which frame, which frames count.
 */

const MAIN = { pid: 7, tid: 7 };
const OTHER = { pid: 7, tid: 9 };
const mark = (name: string, ts: number): TraceEvent => ({ name, cat: 'blink.user_timing', ph: 'I', ...MAIN, ts });
const task = (ts: number, dur: number, tdur: number, where = MAIN): TraceEvent => ({ name: 'RunTask', ph: 'X', ...where, ts, dur, tdur });
const frame = (ts: number, where = MAIN): TraceEvent => ({ name: 'BeginMainThreadFrame', ph: 'I', ...where, ts });
const move = (ts: number, type = 'pointermove'): TraceEvent => ({ name: 'EventDispatch', ph: 'X', ...MAIN, ts, dur: 10, args: { data: { type } } });
const MARKS = { start: 's', end: 'e' };

describe('dragFrames', () => {
  it("counts each frame's top-level tasks from the task that began it to the next frame's task", () => {
    const events = [
      mark('s', 1000),
      // Frame 1: its task starts at 1100 (BeginMainThreadFrame inside it at 1105), a pointer move
      // inside; React's render task after it belongs to the same frame.
      task(1100, 3000, 2500),
      frame(1105),
      move(1110),
      task(5000, 2000, 1500),
      // Frame 2: pointer move, one task.
      task(17_000, 4000, 4000),
      frame(17_010),
      move(17_020),
      // Frame 3: no pointer move (an idle vsync): not a drag frame.
      task(34_000, 500, 500),
      frame(34_001),
      mark('e', 40_000),
      // After the end mark: ignored.
      task(50_000, 9000, 9000),
      frame(50_001),
      move(50_002),
    ];
    const frames = dragFrames(events, MARKS);
    expect(frames).toEqual([
      { at: 0.1, cpuMs: 4, wallMs: 5 },
      { at: 16, cpuMs: 4, wallMs: 4 },
    ]);
  });

  it('reads only the thread that recorded the start mark, and a nested task as part of its parent', () => {
    const events = [
      mark('s', 0),
      task(100, 10_000, 8000),
      task(200, 1000, 1000), // nested in the task above
      frame(150),
      move(160),
      task(300, 99_000, 99_000, OTHER),
      frame(400, OTHER),
      mark('e', 20_000),
    ];
    expect(dragFrames(events, MARKS)).toEqual([{ at: 0.1, cpuMs: 8, wallMs: 10 }]);
  });

  it('falls back to wall time where a task has no thread time, and refuses a trace without the marks', () => {
    const events = [mark('s', 0), { name: 'RunTask', ph: 'X', ...MAIN, ts: 10, dur: 2000 }, frame(11), move(12), mark('e', 5000)];
    expect(dragFrames(events, MARKS)).toEqual([{ at: 0.01, cpuMs: 2, wallMs: 2 }]);
    expect(() => dragFrames(events.slice(1), MARKS)).toThrow(/no s mark/);
  });

  it('reads both forms of a trace file', () => {
    const events = [mark('s', 0)];
    expect(traceEventsOf(events)).toBe(events);
    expect(traceEventsOf({ traceEvents: events })).toBe(events);
    expect(() => traceEventsOf({})).toThrow(/not a Chromium trace/);
  });
});
