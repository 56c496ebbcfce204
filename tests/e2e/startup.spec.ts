import { expect, test, type Response } from '@playwright/test';
import { DesignerPage } from './pages/designer-page';
import { TrainingPage } from './pages/training-page';

/**
 * Start-up (issue 15): the first screen loads without the training views, whose code arrives
 * when the library is opened, and the face canvas marks its first draw (bench/startup.bench.ts
 * times it). Chunk file names are chosen by the bundler, so the test recognizes the library's
 * code by what it contains: the class of its case cards.
 */

test('the first screen loads without the training views; opening the library loads them; the first draw is marked once', async ({ page }) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (r: Response) => {
    // A response still arriving when the test ends has no body to read: count it as empty.
    if (r.request().resourceType() === 'script') scripts.push(r.text().catch(() => ''));
  });
  const app = new DesignerPage(page);
  await app.goto({ fresh: false });
  const marks = (await page.evaluate("performance.getEntriesByName('vectorlift:first-canvas-draw').map((m) => m.startTime)")) as number[];
  expect(marks).toHaveLength(1);
  expect(marks[0]).toBeGreaterThan(0);

  const libraryCode = (code: string) => code.includes('case-card');
  const atStart = await Promise.all(scripts);
  expect(atStart.length).toBeGreaterThan(0);
  expect(atStart.filter(libraryCode)).toEqual([]);

  const training = new TrainingPage(page);
  await training.openBrowser();
  await expect(training.cards().first()).toBeVisible();
  const afterOpening = await Promise.all(scripts);
  expect(afterOpening.filter(libraryCode).length).toBeGreaterThan(0);
  expect(app.errors).toEqual([]);
});
