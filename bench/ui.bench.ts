/**
 * UI benchmark: the browser edition in Debian's Chromium, driven with playwright-core.
 *
 * - first paint: navigation to first paint and first contentful paint (the app's UI), median
 *   of three cold loads;
 * - a 50-thread plan with every overlay on: a path point dragged in circles for 2 s with the
 *   edit tool; frame times from requestAnimationFrame timestamps (p50, p95, worst);
 * - the time from the last pointer move to the findings panel showing the new analysis
 *   (its data-analysis-generation attribute changes; watched with a MutationObserver).
 *
 * Builds its own copy of the renderer into dist/bench-renderer and serves it on 127.0.0.1, so
 * it never disturbs a running dev server or the Electron build.
 */
import type { Browser, Page } from 'playwright-core';
import { bigPlan, bigPlanText } from '../tests/e2e/fixtures/big-plan';
import type { BenchResult } from './run';
import { VIEWPORT, allOverlaysOn, circleDrag, launchChromium, serveBuild } from './support/browser';
import { median, percentile } from './support/stats';

const PORT = 4183;
const DRAG_MS = 2000;
const FRAME_TARGET_MS = 16.7;
/**
 * One 60 Hz vsync is 16.67 ms; Chromium coarsens rAF timestamps to 0.1 ms, so an on-time frame
 * reads 16.6 to 16.8 ms. A frame within this bound made its vsync.
 */
const ONE_VSYNC_MS = 1000 / 60 + 0.15;
const FIRST_PAINT_TARGET_MS = 1500;

async function firstPaint(browser: Browser, url: string): Promise<{ fp: number; fcp: number }> {
  const fps: number[] = [];
  const fcps: number[] = [];
  for (let i = 0; i < 3; i++) {
    // A fresh context each time: nothing cached, like a first start.
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('.face-canvas canvas').first().waitFor();
    const paint = (await page.evaluate(
      `Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]))`,
    )) as Record<string, number>;
    fps.push(paint['first-paint'] ?? NaN);
    fcps.push(paint['first-contentful-paint'] ?? NaN);
    await context.close();
  }
  return { fp: median(fps), fcp: median(fcps) };
}

async function loadBigPlan(page: Page): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('[data-command="file.open"]').click()]);
  await chooser.setFiles({ name: 'bench-50-threads.vlift', mimeType: 'application/json', buffer: Buffer.from(bigPlanText(), 'utf8') });
  await page.locator('[data-testid="objects"] .object-thread').nth(49).waitFor();
}

async function facePointOnPage(page: Page, p: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const canvas = page.locator('.face-canvas');
  const box = (await canvas.boundingBox())!;
  const [zoom, panX, panY] = ((await canvas.getAttribute('data-view')) ?? '').split(' ').map(Number) as [number, number, number];
  return { x: box.x + p.x * zoom + panX, y: box.y + p.y * zoom + panY };
}

/**
 * In-page recorder, as a string: tsx compiles this file with helpers (__name) that do not
 * exist in the page, so the page code is not written as a serialized function.
 */
const RECORDER = `(() => {
  const state = { frames: [], recording: true, lastMove: 0, generations: [] };
  window.__bench = state;
  const tick = (ts) => {
    if (!state.recording) return;
    state.frames.push(ts);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.addEventListener('pointermove', () => { state.lastMove = performance.now(); }, { capture: true });
  const panel = document.querySelector('[data-testid="findings"]');
  new MutationObserver(() => state.generations.push(performance.now()))
    .observe(panel, { attributes: true, attributeFilter: ['data-analysis-generation'] });
})()`;

const COLLECT = `(() => {
  const s = window.__bench;
  s.recording = false;
  const after = s.generations.find((g) => g >= s.lastMove);
  return { frames: s.frames, lastMove: s.lastMove, updated: after === undefined ? NaN : after, generations: s.generations.length };
})()`;

async function dragScenario(browser: Browser, url: string): Promise<{ frames: number[]; latency: number; moves: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: false });
  await context.addInitScript(() => {
    // Open through the file input (Playwright cannot drive the File System Access picker).
    Object.defineProperty(window, 'showOpenFilePicker', { value: undefined, configurable: true });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.face-canvas canvas').first().waitFor();
  await loadBigPlan(page);
  await allOverlaysOn(page);
  await page.locator('.face-canvas').focus();
  await page.keyboard.press('a'); // edit tool: every thread shows its path-point handles

  // Drag the third point of the thread in the middle of the patient's left side.
  const plan = bigPlan();
  const thread = plan.threads[37]!;
  const start = await facePointOnPage(page, thread.path[2]!);
  const radiusPx = 40;

  await page.evaluate(RECORDER);

  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const moves = await circleDrag(page, start, radiusPx, DRAG_MS);
  await page.waitForTimeout(700);
  const result = (await page.evaluate(COLLECT)) as { frames: number[]; lastMove: number; updated: number; generations: number };
  await page.mouse.up();
  if (result.generations === 0) throw new Error('ui bench: the findings panel never updated during the drag (did the drag hit a point?)');
  await context.close();

  // Frame times over the drag only (the recorder also ran during the settle time after it).
  const stamps = result.frames.filter((ts) => ts <= result.lastMove + FRAME_TARGET_MS);
  // Chromium coarsens timestamps to 0.1 ms; rounding to that removes float noise such as
  // 16.700000000000728, so a frame that met the 16.7 ms budget is not counted as a miss.
  const frames = stamps.slice(1).map((ts, i) => Math.round((ts - stamps[i]!) * 10) / 10);
  return { frames, latency: result.updated - result.lastMove, moves };
}

export async function run(): Promise<BenchResult[]> {
  const served = await serveBuild({ outName: 'bench-renderer', port: PORT });
  const browser = await launchChromium();
  try {
    const paint = await firstPaint(browser, served.url);
    const drag = await dragScenario(browser, served.url);
    const sorted = [...drag.frames].sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    return [
      { name: 'ui: navigation to first paint', value: paint.fp, unit: 'ms', target: `<= ${FIRST_PAINT_TARGET_MS} ms`, ok: paint.fp <= FIRST_PAINT_TARGET_MS },
      { name: 'ui: navigation to first contentful paint', value: paint.fcp, unit: 'ms', target: `<= ${FIRST_PAINT_TARGET_MS} ms`, ok: paint.fcp <= FIRST_PAINT_TARGET_MS },
      { name: `ui: drag 50 threads, all overlays: frame p50 (${sorted.length} frames)`, value: percentile(sorted, 50), unit: 'ms', target: '', ok: null },
      { name: 'ui: drag 50 threads, all overlays: frame p95', value: p95, unit: 'ms', target: `<= ${FRAME_TARGET_MS} ms`, ok: p95 <= ONE_VSYNC_MS },
      { name: 'ui: drag 50 threads, all overlays: worst frame', value: sorted[sorted.length - 1] ?? NaN, unit: 'ms', target: '', ok: null },
      { name: 'ui: drag 50 threads, all overlays: frames that missed a vsync', value: sorted.filter((f) => f > ONE_VSYNC_MS).length, unit: 'frames', target: '', ok: null },
      { name: `ui: last pointer move to findings panel update (${drag.moves} moves)`, value: drag.latency, unit: 'ms', target: '', ok: null },
    ];
  } finally {
    await browser.close();
    await served.close();
  }
}
