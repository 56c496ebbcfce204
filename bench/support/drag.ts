/**
 * A traced pointer drag and the plan and page set-up around it, shared by the drag bench
 * (bench/drag.bench.ts, frontal view against a bare-Konva baseline) and the views bench
 * (bench/views.bench.ts, the same drag in an oblique view).
 */
import type { Browser, Page } from 'playwright-core';
import { serializePlan } from '../../shared/plan';
import type { PlanDocument } from '../../shared/plan/types';
import { VIEWPORT, allOverlaysOn, circleDrag, type ServedRenderer } from './browser';
import { dragFrames, traceEventsOf, type FrameWork } from './trace-frames';

export const DRAG_MS = 2000;
export const RADIUS_PX = 40;
const MARKS = { start: 'bench:drag-start', end: 'bench:drag-end' };
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink.user_timing'];

export interface Dragged {
  readonly thread: number;
  readonly point: number;
}

/** The thread whose middle path point is farthest from every other thread's points (among `eligible`). */
export function loneliestMiddlePoint(plan: PlanDocument, eligible: (thread: number) => boolean = () => true): Dragged {
  let best: Dragged & { gap: number } = { thread: 0, point: 0, gap: -1 };
  plan.threads.forEach((t, i) => {
    if (!eligible(i)) return;
    const point = Math.floor(t.path.length / 2);
    const p = t.path[point]!;
    let gap = Infinity;
    plan.threads.forEach((o, j) => {
      if (j !== i) for (const q of o.path) gap = Math.min(gap, Math.hypot(q.x - p.x, q.y - p.y));
    });
    if (gap > best.gap) best = { thread: i, point, gap };
  });
  return best;
}

/** Drags from `start` around a circle for DRAG_MS while Chromium traces; the drag's frames. */
export async function tracedDrag(browser: Browser, page: Page, start: { x: number; y: number }): Promise<{ frames: FrameWork[]; moves: number }> {
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(`performance.mark(${JSON.stringify(MARKS.start)})`);
  const moves = await circleDrag(page, start, RADIUS_PX, DRAG_MS);
  // Let the last move's frame finish before the end mark.
  await page.waitForTimeout(100);
  await page.evaluate(`performance.mark(${JSON.stringify(MARKS.end)})`);
  await page.mouse.up();
  const trace = await browser.stopTracing();
  const frames = dragFrames(traceEventsOf(JSON.parse(trace.toString('utf8'))), MARKS);
  if (frames.length === 0) throw new Error('drag bench: no frame handled a pointer move');
  return { frames, moves };
}

/** A fresh page of the served editor with `plan` opened, every overlay on and the canvas focused. */
export async function openPlanPage(browser: Browser, served: ServedRenderer, plan: PlanDocument): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // Open through the file input (Playwright cannot drive the File System Access picker).
  await context.addInitScript(() => Object.defineProperty(window, 'showOpenFilePicker', { value: undefined, configurable: true }));
  const page = await context.newPage();
  await page.goto(served.url);
  await page.locator('.face-canvas canvas').first().waitFor();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('[data-command="file.open"]').click()]);
  await chooser.setFiles({ name: `bench-${plan.threads.length}.vlift`, mimeType: 'application/json', buffer: Buffer.from(serializePlan(plan), 'utf8') });
  await page.locator('[data-testid="objects"] .object-thread').nth(plan.threads.length - 1).waitFor();
  await allOverlaysOn(page);
  await page.locator('.face-canvas').focus();
  return page;
}

/** The canvas's box on the page and its stage transform (data-view). */
export async function canvasView(page: Page): Promise<{ x: number; y: number; width: number; height: number; zoom: number; panX: number; panY: number }> {
  const canvas = page.locator('.face-canvas');
  const box = (await canvas.boundingBox())!;
  const [zoom, panX, panY] = ((await canvas.getAttribute('data-view')) ?? '').split(' ').map(Number) as [number, number, number];
  return { ...box, zoom, panX, panY };
}

/** Runs the traced drag from a page point and checks that the editor re-analyzed during it. */
export async function editorTracedDrag(browser: Browser, page: Page, start: { x: number; y: number }): Promise<{ frames: FrameWork[]; moves: number }> {
  const findings = page.locator('[data-testid="findings"]');
  const generation = await findings.getAttribute('data-analysis-generation');
  const run = await tracedDrag(browser, page, start);
  if ((await findings.getAttribute('data-analysis-generation')) === generation) {
    throw new Error('drag bench: the editor never re-analyzed during the drag (did the pointer miss the handle?)');
  }
  return run;
}
