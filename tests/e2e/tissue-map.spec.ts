import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';
import { TrainingPage } from './pages/training-page';

/**
 * The simulated tissue map (issue 12): off by default; key 6 (or View ▸ Simulated tissue map)
 * shows it with its key; dragging a thread onto the cheekbone changes the map and the metrics,
 * which the Worker computes while the drag goes on.
 */
test('the tissue map toggles and follows a thread dragged onto the cheekbone', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto({ fresh: true });
  const canvas = page.locator('.face-canvas');
  // Off by default: no map is drawn.
  await expect(app.layerCheckbox('tissue')).not.toBeChecked();
  await expect(canvas).not.toHaveAttribute('data-tissue');

  // A thread from the temple down into the mid-cheek, on the patient's left.
  await page.keyboard.press('t');
  await app.canvas.drawThread([
    { x: 62, y: -4 },
    { x: 52, y: 24 },
    { x: 38, y: 50 },
  ]);
  await page.keyboard.press('Escape');

  // The metrics show the simulated figures with the note, once the Worker has answered.
  const gatheringLeft = page.locator('[data-metric="gathering-left"] dd');
  await expect(gatheringLeft).toHaveText(/%/, { timeout: 30_000 });
  await expect(page.getByTestId('simulation-note')).toContainText('illustrative, not a validated prediction');

  await app.canvas.root.focus();
  await page.keyboard.press('6');
  await expect(app.layerCheckbox('tissue')).toBeChecked();
  await expect(canvas).toHaveAttribute('data-tissue', /tissue\.\d:\d+/, { timeout: 30_000 });
  const before = await canvas.getAttribute('data-tissue');
  const figuresBefore = await gatheringLeft.textContent();
  const pixelsBefore = await app.canvas.root.screenshot();
  await app.screenshot('tissue-map-mid-cheek');

  // The key explains the map's scale and says it is illustrative.
  await page.keyboard.press('k');
  await expect(page.locator('[data-legend-row="tissue-gathering"]')).toContainText('16%+');
  await expect(page.locator('[data-legend-row="tissue-gathering"]')).toContainText('Illustrative, not a validated prediction');
  await page.keyboard.press('k');

  // Drag the thread's far end up onto the malar prominence with the edit tool.
  await page.keyboard.press('a');
  await app.canvas.drag({ x: 38, y: 50 }, { x: 47, y: 22 }, 20);
  await expect.poll(() => canvas.getAttribute('data-tissue'), { timeout: 30_000 }).not.toBe(before);
  await expect.poll(() => gatheringLeft.textContent(), { timeout: 30_000 }).not.toBe(figuresBefore);
  expect((await app.canvas.root.screenshot()).equals(pixelsBefore)).toBe(false);
  await app.screenshot('tissue-map-on-cheekbone');

  // Toggling it off removes the map.
  await page.keyboard.press('6');
  await expect(canvas).not.toHaveAttribute('data-tissue');
});

test('the training compare view shows both designs\' maps on the same scale', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto({ fresh: true });
  await app.setLayer('tissue', true);
  await app.closeMenu('view-menu');
  const training = new TrainingPage(page);
  await training.openBrowser();
  await training.openCase('midface-converging-on-cheekbone');
  await training.expectBothSidesDrawn();
  const note = page.getByTestId('compare-tissue-note');
  await expect(note).toContainText('same fixed scale');
  await expect(note).toContainText('1–2%, 2–4%, 4–8%, 8–16%, 16%+');
  await expect(note).toContainText('Illustrative, not a validated prediction');
  await app.screenshot('tissue-map-compare');
});
