import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';

/** The editor's questions as dialogs: confirm a delete that loses several objects; recovery. */

const LEFT = [
  { x: 62, y: -4 },
  { x: 52, y: 24 },
  { x: 38, y: 50 },
];
const RIGHT = LEFT.map((p) => ({ x: -p.x, y: p.y }));

test('deleting several objects asks first; Cancel keeps them, Delete removes them', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  for (const path of [LEFT, RIGHT]) {
    await page.keyboard.press('t');
    await app.canvas.drawThread(path);
  }
  await expect(app.objects.threads()).toHaveCount(2);
  await app.canvas.root.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  const dialog = page.getByTestId('confirm-dialog');
  await expect(dialog).toBeVisible();
  await app.screenshot('confirm-delete');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(app.objects.threads()).toHaveCount(2);

  await app.canvas.root.focus();
  await page.keyboard.press('Delete');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(app.objects.options()).toHaveCount(0);
  // One undo brings everything back.
  await app.run('edit.undo');
  await expect(app.objects.threads()).toHaveCount(2);
});

test('unsaved work left in another window is offered back after a restart', async ({ page, context }) => {
  const app = new DesignerPage(page);
  await app.goto();
  await page.keyboard.press('t');
  await app.canvas.drawThread(LEFT);
  await expect(app.objects.threads()).toHaveCount(1);
  // The working copy is written every few seconds while the plan is unsaved.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('vectorlift.autosave') !== null), { timeout: 15_000 }).toBe(true);

  // A second start (the first never closed properly) finds it.
  const again = new DesignerPage(await context.newPage());
  await again.goto({ fresh: false });
  const banner = again.page.getByTestId('recovery-banner');
  await expect(banner).toBeVisible();
  await again.screenshot('recovery-offered');
  await banner.getByRole('button', { name: 'Restore it' }).click();
  await expect(again.objects.threads()).toHaveCount(1);
  await expect(banner).toHaveCount(0);
  await expect(again.page.getByTestId('dirty-marker')).toBeVisible();
});
