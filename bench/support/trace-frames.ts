/**
 * Main-thread work per frame from a Chromium trace (the devtools.timeline categories), not from
 * requestAnimationFrame timestamps, which are quantised to the vsync and say nothing about how
 * much of the frame was work.
 *
 * - The page's main thread is the one that recorded the bench's start mark
 *   (performance.mark, category blink.user_timing).
 * - A frame starts with the task that runs Blink's BeginMainThreadFrame (input dispatch, rAF
 *   callbacks, style, layout, paint) and lasts until the next frame's task starts; every
 *   top-level task in between (React's scheduled renders, timers, message handling) is work of
 *   that frame.
 * - Only frames that handled a pointer move are kept: the drag's frames.
 * - Work is the thread CPU time of the tasks (tdur), which the other processes on a loaded
 *   machine do not inflate; wall time (dur) is kept beside it.
 */

export interface TraceEvent {
  readonly name: string;
  readonly cat?: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  /** microseconds */
  readonly ts: number;
  readonly dur?: number;
  /** thread CPU time, microseconds */
  readonly tdur?: number;
  readonly args?: { readonly data?: { readonly type?: string } };
}

export interface FrameWork {
  /** Start of the frame's task, ms from the start mark. */
  readonly at: number;
  /** Main-thread CPU time of the frame's tasks, ms. */
  readonly cpuMs: number;
  /** Wall time of the same tasks, ms. */
  readonly wallMs: number;
}

/** Chromium's trace file is either an array of events or { traceEvents: [...] }. */
export function traceEventsOf(json: unknown): TraceEvent[] {
  const events = Array.isArray(json) ? json : (json as { traceEvents?: unknown }).traceEvents;
  if (!Array.isArray(events)) throw new Error('not a Chromium trace: no traceEvents');
  return events as TraceEvent[];
}

const isTopLevelTask = (e: TraceEvent) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined;

export function dragFrames(events: readonly TraceEvent[], marks: { readonly start: string; readonly end: string }): FrameWork[] {
  const startMark = events.find((e) => e.name === marks.start);
  const endMark = events.find((e) => e.name === marks.end);
  if (!startMark || !endMark) throw new Error(`trace has no ${startMark ? marks.end : marks.start} mark (was blink.user_timing traced?)`);
  const onMain = events.filter((e) => e.pid === startMark.pid && e.tid === startMark.tid);

  // Top-level tasks in time order; a task inside another (a nested run loop) is part of it.
  const tasks: TraceEvent[] = [];
  for (const e of onMain.filter(isTopLevelTask).sort((a, b) => a.ts - b.ts)) {
    const last = tasks[tasks.length - 1];
    if (last && e.ts < last.ts + last.dur!) continue;
    tasks.push(e);
  }
  const taskAt = (ts: number) => tasks.find((t) => t.ts <= ts && ts <= t.ts + t.dur!);

  const frameStarts = [
    ...new Set(
      onMain
        .filter((e) => e.name === 'BeginMainThreadFrame')
        .map((e) => taskAt(e.ts)?.ts ?? e.ts),
    ),
  ].sort((a, b) => a - b);
  const moves = onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointermove').map((e) => e.ts);

  const frames: FrameWork[] = [];
  for (let i = 0; i < frameStarts.length; i++) {
    const from = frameStarts[i]!;
    const to = frameStarts[i + 1] ?? endMark.ts;
    if (from < startMark.ts || from >= endMark.ts) continue;
    if (!moves.some((m) => m >= from && m < to)) continue;
    let cpu = 0;
    let wall = 0;
    for (const t of tasks) {
      if (t.ts < from || t.ts >= to) continue;
      cpu += t.tdur ?? t.dur!;
      wall += t.dur!;
    }
    frames.push({ at: (from - startMark.ts) / 1000, cpuMs: cpu / 1000, wallMs: wall / 1000 });
  }
  return frames;
}
