/**
 * The browser benches' common ground: a production build of the renderer in a folder of the
 * bench's own (never the Electron build or a running dev server), served by `vite preview` on a
 * fixed port of the bench's own, and Debian's Chromium driven by playwright-core.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type Rolldown } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const VIEWPORT = { width: 1440, height: 900 };

export interface ServedRenderer {
  readonly url: string;
  /** What the build wrote: every chunk and asset with its code (for chunk sizes). */
  readonly output: readonly (Rolldown.OutputChunk | Rolldown.OutputAsset)[];
  close(): Promise<void>;
}

/** Builds `root` (the renderer unless another page is given) into dist/<outName> and serves it. */
export async function serveBuild(options: { outName: string; port: number; root?: string; input?: string }): Promise<ServedRenderer> {
  const outDir = join(ROOT, 'dist', options.outName);
  const result = await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    ...(options.root ? { root: options.root } : {}),
    build: { outDir, emptyOutDir: true, ...(options.input ? { rollupOptions: { input: options.input } } : {}) },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const server = await preview({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    ...(options.root ? { root: options.root } : {}),
    build: { outDir },
    preview: { host: '127.0.0.1', port: options.port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${options.port}/`,
    output: outputs.flatMap((o) => o.output),
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * With the mouse button already down at `start`, moves the pointer around a circle of
 * `radiusPx` through `start` (centre straight above it), one turn per second, for `ms`; each
 * move is awaited, so the page sets the pace. Returns the number of moves.
 */
export async function circleDrag(page: Page, start: { x: number; y: number }, radiusPx: number, ms: number): Promise<number> {
  const t0 = Date.now();
  let moves = 0;
  while (Date.now() - t0 < ms) {
    const a = ((Date.now() - t0) / 1000) * 2 * Math.PI;
    await page.mouse.move(start.x + radiusPx * Math.sin(a), start.y - radiusPx * (1 - Math.cos(a)));
    moves++;
  }
  return moves;
}

/** Turns every overlay layer on from the View menu (Playwright's e2e page object does the same). */
export async function allOverlaysOn(page: Page): Promise<void> {
  const menu = page.getByTestId('view-menu');
  await menu.locator('summary').click();
  for (const box of await menu.locator('input[data-layer]').all()) await box.check();
  await menu.locator('summary').click();
}
