/**
 * A performance mark when the face canvas first draws, so start-up is measured to the moment
 * the practitioner sees the face, not to the browser's first paint of the empty layout
 * (bench/startup.bench.ts reads it; navigation start is time 0 of performance.now()).
 * Work that can wait (projecting the other views) waits for it: run in an idle moment before
 * the first draw, it would delay the face by as long as it takes.
 */
export const FIRST_CANVAS_DRAW_MARK = 'vectorlift:first-canvas-draw';

let marked = false;
const waiting = new Set<() => void>();

/** Called after a scene layer is drawn; marks the first call only. */
export function markFirstCanvasDraw(): void {
  if (marked) return;
  marked = true;
  performance.mark(FIRST_CANVAS_DRAW_MARK);
  // In a task of their own, not in the frame that draws.
  const ready = [...waiting];
  waiting.clear();
  if (ready.length > 0) setTimeout(() => ready.forEach((run) => run()), 0);
}

/** Runs `run` once the face canvas has drawn (at once if it has); returns a function that cancels it. */
export function afterFirstCanvasDraw(run: () => void): () => void {
  if (marked) {
    run();
    return () => undefined;
  }
  waiting.add(run);
  return () => void waiting.delete(run);
}
