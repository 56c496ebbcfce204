import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';

/** Zoom, pan, fit, layers and themes on the canvas. */

/**
 * A screenshot's background (its most common colour) as a relative luminance 0-1, and the share
 * of pixels clearly away from it: what was drawn. Decoded in the page (no PNG library needed).
 */
async function inkOf(page: Page, png: Buffer): Promise<{ backgroundLuminance: number; inkShare: number }> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    let background = 0;
    let most = -1;
    for (const [key, n] of counts) if (n > most) [background, most] = [key, n];
    const [r, g, b] = [(background >> 16) & 255, (background >> 8) & 255, background & 255];
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.max(Math.abs(data[i]! - r), Math.abs(data[i + 1]! - g), Math.abs(data[i + 2]! - b)) > 24) ink++;
    }
    return { backgroundLuminance: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255, inkShare: ink / (data.length / 4) };
  }, png.toString('base64'));
}

test('wheel zooms about the cursor; fit and 100% restore the view; drag on empty face pans', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  const fitted = await app.canvas.zoomPercent();
  const anchor = { x: 40, y: 20 };
  const before = await app.canvas.toPage(anchor);
  await page.mouse.move(before.x, before.y);
  await page.mouse.wheel(0, -300);
  await expect.poll(() => app.canvas.zoomPercent()).toBeGreaterThan(fitted);
  // The face point under the cursor stays under the cursor.
  const after = await app.canvas.toPage(anchor);
  expect(Math.abs(after.x - before.x)).toBeLessThan(1.5);
  expect(Math.abs(after.y - before.y)).toBeLessThan(1.5);

  await app.run('view.zoom100');
  await expect.poll(() => app.canvas.zoomPercent()).toBe(100);
  await app.run('view.zoomFit');
  await expect.poll(() => app.canvas.zoomPercent()).toBe(fitted);

  const v0 = await app.canvas.view();
  await app.run('tool.select');
  await app.canvas.drag({ x: 0, y: 140 }, { x: 20, y: 150 });
  const v1 = await app.canvas.view();
  expect(v1.panX - v0.panX).toBeCloseTo(20 * v0.zoom, 0);
  expect(v1.panY - v0.panY).toBeCloseTo(10 * v0.zoom, 0);
});

test('overlay layers toggle, and both themes render the face and vectors', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  await page.keyboard.press('t');
  await app.canvas.drawThread([
    { x: 62, y: -4 },
    { x: 52, y: 24 },
    { x: 38, y: 50 },
  ]);
  await page.keyboard.press('t');
  await app.canvas.drawThread([
    { x: -62, y: -4 },
    { x: -52, y: 24 },
    { x: -38, y: 50 },
  ]);
  for (const layer of ['regions', 'muscles', 'danger-zones', 'fixation', 'fixed-mobile-line']) await app.setLayer(layer, true);
  // Each overlay's shape joined the static Konva layer when it was turned on, in the order above;
  // it is drawn in the scene's order all the same (react-konva keeps React's order), so no
  // overlay covers one the scene puts over it. Konva registers itself on the page as `Konva`.
  const shapeOrder = () =>
    page.evaluate("Konva.stages[0].getLayers().map((layer) => layer.getChildren().map((shape) => shape.name()).join(' '))") as Promise<string[]>;
  await expect.poll(async () => (await shapeOrder())[0]).toBe('scene-face scene-regions scene-muscles scene-fixation scene-danger-zones scene-fixed-mobile-line');
  await app.setTheme('light');
  await app.screenshot('canvas-light-all-layers');
  const lightPixels = await app.canvas.root.screenshot();
  await app.setTheme('dark');
  await app.screenshot('canvas-dark-all-layers');
  const darkPixels = await app.canvas.root.screenshot();
  expect(lightPixels.equals(darkPixels)).toBe(false);
  // Different is not enough (two blank canvases in two background colours differ too): each
  // theme has its own background and something drawn on it.
  const light = await inkOf(page, lightPixels);
  const dark = await inkOf(page, darkPixels);
  expect(light.backgroundLuminance, 'light theme background').toBeGreaterThan(0.6);
  expect(dark.backgroundLuminance, 'dark theme background').toBeLessThan(0.4);
  expect(light.inkShare, 'share of the light canvas drawn on').toBeGreaterThan(0.05);
  expect(dark.inkShare, 'share of the dark canvas drawn on').toBeGreaterThan(0.05);

  for (const layer of ['regions', 'muscles', 'danger-zones', 'fixation', 'fixed-mobile-line']) await app.setLayer(layer, false);
  const bare = await app.canvas.root.screenshot();
  expect(bare.equals(darkPixels)).toBe(false);
  await app.screenshot('canvas-dark-no-layers');
  await expect(app.layerCheckbox('muscles')).not.toBeChecked();
});

test('choosing a thread can narrow the findings to that thread', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  for (const sx of [1, -1]) {
    await page.keyboard.press('t');
    await app.canvas.drawThread([
      { x: sx * 62, y: -4 },
      { x: sx * 52, y: 24 },
      { x: sx * 38, y: 50 },
    ]);
  }
  await app.objects.threads().first().click();
  const id = await app.objects.threads().first().getAttribute('data-object-id');
  // The panels follow the editor at a paced interval: read the full list only once it has
  // stopped changing (two reads a few pacing intervals apart agree).
  let all = -1;
  await expect
    .poll(async () => {
      const before = await app.findings.items().count();
      await page.waitForTimeout(400);
      all = await app.findings.items().count();
      return before === all;
    })
    .toBe(true);
  await page.getByTestId('findings-only-thread').check();
  const narrowed = app.findings.items();
  await expect.poll(() => narrowed.count()).toBeLessThan(all);
  for (const threads of await narrowed.evaluateAll((els) => els.map((e) => e.getAttribute('data-threads') ?? ''))) {
    expect(threads.split(' ')).toContain(id);
  }
  await page.getByTestId('findings-only-thread').uncheck();
  await expect(app.findings.items()).toHaveCount(all);
});

test('drag a path point with the edit tool: it lands where dropped, and one undo puts it back', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  const path = [
    { x: 62, y: -4 },
    { x: 52, y: 24 },
    { x: 38, y: 50 },
  ];
  await page.keyboard.press('t');
  await app.canvas.drawThread(path);
  const before = JSON.parse((await app.save()).text);
  await page.keyboard.press('a');
  await app.expectTool('edit');
  await app.canvas.drag(before.threads[0].path[2], { x: 30, y: 56 }, 12);
  const after = JSON.parse((await app.save()).text);
  expect(after.threads[0].path[2].x).toBeCloseTo(30, 0);
  expect(after.threads[0].path[2].y).toBeCloseTo(56, 0);
  expect(after.threads[0].path.slice(0, 2)).toEqual(before.threads[0].path.slice(0, 2));
  await app.run('edit.undo');
  const undone = JSON.parse((await app.save()).text);
  expect(undone.threads).toEqual(before.threads);
});
