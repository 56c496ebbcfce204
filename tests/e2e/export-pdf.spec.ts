import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { DesignerPage } from './pages/designer-page';

/** File → Export PDF from the toolbar hands a real PDF to the browser bridge (a download). */
test('export the plan as a PDF', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  await page.keyboard.press('t');
  await app.canvas.drawThread([
    { x: 62, y: -4 },
    { x: 52, y: 24 },
    { x: 38, y: 50 },
  ]);
  await expect(app.command('file.exportPdf')).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), app.run('file.exportPdf')]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(10_000);
});
