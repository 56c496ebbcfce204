import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';

/**
 * Several threads at once: drag-drawing a fan, Shift-click in the objects list (which must not
 * select the page's text), the inspector showing mixed values as such and setting a value on
 * every selected thread in one undo step.
 */
test('edit several threads at once from the objects list', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  await page.keyboard.press('t');
  // A fan of two straight threads, one drag each from the same entry point.
  await app.canvas.drag({ x: -68, y: -10 }, { x: -57.8, y: 54.2 });
  await app.canvas.drag({ x: -68, y: -10 }, { x: -42.6, y: 49.8 });
  await expect(app.objects.threads()).toHaveCount(2);
  await expect(app.objects.entries()).toHaveCount(1);

  // Thread 2 is selected after drawing it: give it its own depth.
  await app.inspector.setDepth(6);

  await app.objects.threads().nth(0).click();
  await app.objects.threads().nth(1).click({ modifiers: ['Shift'] });
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
  const multi = page.getByTestId('multi-inspector');
  await expect(multi).toHaveAttribute('data-count', '2');
  const depth = page.getByTestId('multi-depth');
  await expect(depth).toHaveValue('');
  await expect(depth).toHaveAttribute('placeholder', 'Mixed');
  await expect(multi).toContainText('Mixed: 4.5, 6');
  await expect(page.getByTestId('multi-type')).not.toHaveAttribute('data-mixed');
  await app.screenshot('multi-selection-mixed');

  await depth.fill('5');
  await depth.press('Enter');
  await expect(app.objects.threads().nth(0)).toContainText('5 mm deep');
  await expect(app.objects.threads().nth(1)).toContainText('5 mm deep');
  await expect(depth).toHaveValue('5');
  const lot = page.getByTestId('multi-lot-number');
  await lot.fill('LOT-42');
  await lot.press('Enter');

  // One undo takes the lot back from both threads, the next the depth.
  await app.run('edit.undo');
  await expect(lot).toHaveValue('');
  await app.run('edit.undo');
  await expect(multi).toContainText('Mixed: 4.5, 6');
  expect(app.errors).toEqual([]);
});
