/**
 * Start-up of the browser edition (issue 15):
 * - the main chunk's size, gzipped, read from the production build's own output (target: at
 *   most 200 KB); also everything the first screen loads before it can draw (the main chunk and
 *   the chunks it imports statically), since the bundler may move shared code into those;
 * - navigation to the face canvas's first draw, from the performance mark the canvas sets when
 *   it first draws (renderer/canvas/first-draw.ts), in a fresh browser context each time
 *   (nothing cached), median of several loads (target: at most 600 ms). The machine's load
 *   average is reported beside it: this time is absolute, not a ratio.
 */
import { gzipSync } from 'node:zlib';
import type { Rolldown } from 'vite';
import { FIRST_CANVAS_DRAW_MARK } from '../renderer/canvas/first-draw';
import type { BenchResult } from './run';
import { VIEWPORT, launchChromium, serveBuild } from './support/browser';
import { loadAverageResult, median } from './support/stats';

const PORT = 4185;
const LOADS = 7;
const FIRST_DRAW_TARGET_MS = 600;
const MAIN_CHUNK_TARGET_KB = 200;

type Output = Rolldown.OutputChunk | Rolldown.OutputAsset;
const isChunk = (o: Output): o is Rolldown.OutputChunk => o.type === 'chunk';
const gzipKb = (code: string): number => gzipSync(code).length / 1024;

/** The entry chunk and every chunk it imports statically (loaded before the app can run). */
function firstScreenChunks(output: readonly Output[]): { entry: Rolldown.OutputChunk; all: Rolldown.OutputChunk[] } {
  const chunks = new Map(output.filter(isChunk).map((c) => [c.fileName, c]));
  const entry = [...chunks.values()].find((c) => c.isEntry);
  if (!entry) throw new Error('startup bench: the build has no entry chunk');
  const all: Rolldown.OutputChunk[] = [];
  const visit = (name: string) => {
    const chunk = chunks.get(name);
    if (!chunk || all.includes(chunk)) return;
    all.push(chunk);
    chunk.imports.forEach(visit);
  };
  visit(entry.fileName);
  return { entry, all };
}

export async function run(): Promise<BenchResult[]> {
  const served = await serveBuild({ outName: 'bench-startup-renderer', port: PORT });
  const browser = await launchChromium();
  try {
    const { entry, all } = firstScreenChunks(served.output);
    const mainKb = gzipKb(entry.code);
    const firstScreenKb = all.reduce((sum, c) => sum + gzipKb(c.code), 0);
    const lazyCount = served.output.filter(isChunk).length - all.length;

    const before = loadAverageResult('before the loads');
    const draws: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      // A fresh context each time: empty cache and storage, as on a first start.
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await page.goto(served.url);
      await page.locator('.face-canvas canvas').first().waitFor();
      let at = NaN;
      for (let waited = 0; Number.isNaN(at) && waited < 10_000; waited += 20) {
        at = (await page.evaluate(`performance.getEntriesByName(${JSON.stringify(FIRST_CANVAS_DRAW_MARK)})[0]?.startTime ?? NaN`)) as number;
        if (Number.isNaN(at)) await page.waitForTimeout(20);
      }
      if (Number.isNaN(at)) throw new Error('startup bench: the canvas never marked its first draw');
      draws.push(at);
      await context.close();
    }
    const firstDraw = median(draws);
    return [
      { name: `startup: main chunk ${entry.fileName.replace(/^assets\//, '')}, gzip`, value: mainKb, unit: 'KB', target: `<= ${MAIN_CHUNK_TARGET_KB} KB`, ok: mainKb <= MAIN_CHUNK_TARGET_KB },
      { name: `startup: all first-screen JS (main + ${all.length - 1} static imports), gzip`, value: firstScreenKb, unit: 'KB', target: `<= ${MAIN_CHUNK_TARGET_KB} KB`, ok: firstScreenKb <= MAIN_CHUNK_TARGET_KB },
      { name: `startup: chunks loaded later, on first use`, value: lazyCount, unit: '', target: '', ok: null },
      before,
      { name: `startup: navigation to first canvas draw, median of ${LOADS} cold contexts`, value: firstDraw, unit: 'ms', target: `<= ${FIRST_DRAW_TARGET_MS} ms`, ok: firstDraw <= FIRST_DRAW_TARGET_MS },
      { name: 'startup: navigation to first canvas draw, slowest', value: Math.max(...draws), unit: 'ms', target: '', ok: null },
      loadAverageResult('after the loads'),
    ];
  } finally {
    await browser.close();
    await served.close();
  }
}
