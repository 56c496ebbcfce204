/**
 * A performance mark when the face canvas first draws, so start-up is measured to the moment
 * the practitioner sees the face, not to the browser's first paint of the empty layout
 * (bench/startup.bench.ts reads it; navigation start is time 0 of performance.now()).
 */
export const FIRST_CANVAS_DRAW_MARK = 'vectorlift:first-canvas-draw';

let marked = false;

/** Called after a scene layer is drawn; marks the first call only. */
export function markFirstCanvasDraw(): void {
  if (marked) return;
  marked = true;
  performance.mark(FIRST_CANVAS_DRAW_MARK);
}
