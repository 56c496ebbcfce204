/**
 * Training UI benchmark: the browser edition in Debian's Chromium (playwright-core). For every
 * case in the library, in a freshly loaded page: open the case library, choose the case, and
 * time from the click to both sides of the compare view having been drawn (each compare canvas
 * stamps `data-drawn-at` with performance.now() when it finishes painting). This includes
 * loading the case's bundled files (lazy chunks), parsing, analyzing and comparing both
 * designs, building both scenes and drawing them. Target (issue 5): at most 500 ms.
 *
 * Builds its own copy of the renderer into dist/bench-training-renderer and serves it on
 * 127.0.0.1, so it never disturbs a dev server or the Electron build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult } from './run';
import { ROOT, VIEWPORT, launchChromium, serveBuild } from './support/browser';
import { percentile } from './support/stats';

const PORT = 4184;
const TARGET_MS = 500;

/** In-page code as strings: tsx's helpers (__name) do not exist in the page. */
const ARM = `(() => {
  window.__t0 = NaN;
  document.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('.case-card')) window.__t0 = performance.now();
  }, { capture: true });
})()`;
const BOTH_DRAWN = `(() => {
  const stamp = (side) => Number(document.querySelector('[data-testid="compare-' + side + '"] canvas')?.dataset.drawnAt ?? NaN);
  const a = stamp('poor'), b = stamp('corrected');
  return a > window.__t0 && b > window.__t0 ? Math.max(a, b) - window.__t0 : null;
})()`;

export async function run(): Promise<BenchResult[]> {
  const index = JSON.parse(readFileSync(join(ROOT, 'assets', 'cases', 'index.json'), 'utf8')) as { cases: { id: string }[] };
  const served = await serveBuild({ outName: 'bench-training-renderer', port: PORT });
  const browser = await launchChromium();
  const times: number[] = [];
  let slowest = { id: '', ms: 0 };
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    for (const { id } of index.cases) {
      await page.goto(served.url);
      await page.locator('.face-canvas canvas').first().waitFor();
      await page.evaluate(ARM);
      await page.locator('[data-command="training.open"]').click();
      await page.locator(`.case-card[data-case="${id}"]`).click();
      // Poll with evaluate (waitForFunction would eval a string, which the page's CSP refuses).
      // The times are stamped in the page, so the polling interval does not change them.
      let ms: number | null = null;
      for (let waited = 0; ms === null && waited < 10_000; waited += 25) {
        ms = (await page.evaluate(BOTH_DRAWN)) as number | null;
        if (ms === null) await new Promise((r) => setTimeout(r, 25));
      }
      if (ms === null) throw new Error(`${id}: the compare view was not drawn within 10 s`);
      times.push(ms);
      if (ms > slowest.ms) slowest = { id, ms };
    }
    await context.close();
  } finally {
    await browser.close();
    await served.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = percentile(sorted, 50);
  const worst = sorted[sorted.length - 1] ?? NaN;
  console.log(`cases: ${times.length}; slowest: ${slowest.id} (${slowest.ms.toFixed(1)} ms)`);
  return [
    { name: 'training: choose a case -> both sides drawn, median', value: median, unit: 'ms', target: `<= ${TARGET_MS} ms`, ok: median <= TARGET_MS },
    { name: 'training: choose a case -> both sides drawn, p90', value: percentile(sorted, 90), unit: 'ms', target: '', ok: null },
    { name: 'training: choose a case -> both sides drawn, worst case', value: worst, unit: 'ms', target: `<= ${TARGET_MS} ms`, ok: worst <= TARGET_MS },
  ];
}
