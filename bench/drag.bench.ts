/**
 * Drag cost (issue 15): main-thread work per frame while a path point is dragged in circles for
 * 2 s with the edit tool and every overlay on, at 50 and 200 threads, read from a Chromium trace
 * (support/trace-frames.ts), and the same drag over a bare Konva page that draws the same
 * shapes (bench/konva-baseline/), so the editor / baseline ratio comes from the same run and
 * the machine's load cancels out of it. Targets: p95 at most 6 ms (50 threads) and 12 ms
 * (200 threads); editor / baseline at most 1.2. Every figure is with all overlays on.
 *
 * The plans are cli/examples/generated.ts's. The dragged point is the middle point of the
 * thread whose middle point lies farthest from every other thread's points, so the pointer
 * catches that handle and no other. The pointer is moved as fast as each page takes the moves
 * (every move is awaited), along the same circle on both pages.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { generatedPlan } from '../cli/examples/generated';
import type { PlanDocument } from '../shared/plan/types';
import type { BenchResult } from './run';
import { ROOT, VIEWPORT, launchChromium, serveBuild, type ServedRenderer } from './support/browser';
import { RADIUS_PX, canvasView, editorTracedDrag, loneliestMiddlePoint, openPlanPage, tracedDrag, type Dragged } from './support/drag';
import { loadAverageResult, percentile } from './support/stats';
import type { FrameWork } from './support/trace-frames';

const EDITOR_PORT = 4186;
const BASELINE_PORT = 4187;
const SIZES = [
  { threads: 50, p95TargetMs: 6 },
  { threads: 200, p95TargetMs: 12 },
] as const;
const RATIO_TARGET = 1.2;

interface EditorRun {
  readonly frames: FrameWork[];
  readonly moves: number;
  readonly view: { width: number; height: number; zoom: number; panX: number; panY: number };
}

async function editorDrag(browser: Browser, served: ServedRenderer, plan: PlanDocument, dragged: Dragged): Promise<EditorRun> {
  const page = await openPlanPage(browser, served, plan);
  await page.keyboard.press('a'); // edit tool: every thread shows its path-point handles
  const v = await canvasView(page);
  const p = plan.threads[dragged.thread]!.path[dragged.point]!;
  const run = await editorTracedDrag(browser, page, { x: v.x + p.x * v.zoom + v.panX, y: v.y + p.y * v.zoom + v.panY });
  await page.context().close();
  return { ...run, view: { width: v.width, height: v.height, zoom: v.zoom, panX: v.panX, panY: v.panY } };
}

async function baselineDrag(browser: Browser, served: ServedRenderer, threads: number, dragged: Dragged, view: EditorRun['view']): Promise<{ frames: FrameWork[]; moves: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const query = new URLSearchParams({ threads: String(threads), thread: String(dragged.thread), point: String(dragged.point), radius: String(RADIUS_PX), ...Object.fromEntries(Object.entries(view).map(([k, v]) => [k, String(v)])) });
  await page.goto(`${served.url}?${query}`);
  for (let waited = 0; !(await page.evaluate('window.__baselineReady === true')); waited += 50) {
    if (waited > 60_000) throw new Error('drag bench: the baseline page did not get ready');
    await page.waitForTimeout(50);
  }
  const host = (await page.locator('#stage').boundingBox())!;
  // Let the first draw of the static layer finish.
  await page.waitForTimeout(200);
  const p = generatedPlan(threads).threads[dragged.thread]!.path[dragged.point]!;
  const run = await tracedDrag(browser, page, { x: host.x + p.x * view.zoom + view.panX, y: host.y + p.y * view.zoom + view.panY });
  await context.close();
  return run;
}

const cpu = (frames: readonly FrameWork[], p: number) => percentile(frames.map((f) => f.cpuMs).sort((a, b) => a - b), p);
const wall = (frames: readonly FrameWork[], p: number) => percentile(frames.map((f) => f.wallMs).sort((a, b) => a - b), p);

export async function run(): Promise<BenchResult[]> {
  const editor = await serveBuild({ outName: 'bench-drag-renderer', port: EDITOR_PORT });
  const baseline = await serveBuild({ outName: 'bench-konva-baseline', port: BASELINE_PORT, root: join(ROOT, 'bench', 'konva-baseline') });
  const browser = await launchChromium();
  const results: BenchResult[] = [loadAverageResult('before the drags')];
  try {
    for (const { threads, p95TargetMs } of SIZES) {
      const plan = generatedPlan(threads);
      const dragged = loneliestMiddlePoint(plan);
      const e = await editorDrag(browser, editor, plan, dragged);
      const b = await baselineDrag(browser, baseline, threads, dragged, e.view);
      const label = `drag ${threads} threads`;
      const ratio50 = cpu(e.frames, 50) / cpu(b.frames, 50);
      const ratio95 = cpu(e.frames, 95) / cpu(b.frames, 95);
      results.push(
        { name: `${label}: editor CPU/frame p50 (${e.frames.length} frames)`, value: cpu(e.frames, 50), unit: 'ms', target: '', ok: null },
        { name: `${label}: editor CPU/frame p95`, value: cpu(e.frames, 95), unit: 'ms', target: `<= ${p95TargetMs} ms`, ok: cpu(e.frames, 95) <= p95TargetMs },
        { name: `${label}: editor wall/frame p95 (load-sensitive)`, value: wall(e.frames, 95), unit: 'ms', target: '', ok: null },
        { name: `${label}: bare Konva CPU/frame p50 (${b.frames.length} frames)`, value: cpu(b.frames, 50), unit: 'ms', target: '', ok: null },
        { name: `${label}: bare Konva CPU/frame p95`, value: cpu(b.frames, 95), unit: 'ms', target: '', ok: null },
        { name: `${label}: editor / bare Konva, p50`, value: ratio50, unit: 'x', target: `<= ${RATIO_TARGET}`, ok: ratio50 <= RATIO_TARGET },
        { name: `${label}: editor / bare Konva, p95`, value: ratio95, unit: 'x', target: `<= ${RATIO_TARGET}`, ok: ratio95 <= RATIO_TARGET },
      );
    }
  } finally {
    await browser.close();
    await editor.close();
    await baseline.close();
  }
  results.push(loadAverageResult('after the drags'));
  return results;
}
