import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';

/**
 * The panels show a snapshot of the plan held during a drag (usePanelSnapshot), so an inspector can be a
 * little behind the editor. Fields committed in quick succession (a fast typist, a busy machine,
 * an automated fill) must each keep what the one before set: an edit is applied to the plan as it
 * is now, never rebuilt from the inspector's copy of the thread.
 */
test('depth, barbed section, lot number and expiry set in a quick burst are all kept', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  await page.keyboard.press('t');
  await app.canvas.drag({ x: -68, y: -10 }, { x: -57.8, y: 54.2 });
  await expect(app.objects.threads()).toHaveCount(1);

  await page.evaluate(async () => {
    const field = (id: string) => document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
    const enter = async (id: string, value: string) => {
      const input = field(id);
      input.focus();
      setValue.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await tick();
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      await tick();
    };
    await enter('thread-depth', '4');
    await enter('thread-barbed-start', '14');
    await enter('thread-barbed-end', '40');
    await enter('thread-lot-number', 'LOT-7');
    // Straight on to the expiry: a date commits as soon as it changes.
    const expiry = field('thread-lot-expiry');
    expiry.focus();
    setValue.call(expiry, '2030-06-30');
    expiry.dispatchEvent(new Event('input', { bubbles: true }));
    expiry.dispatchEvent(new Event('change', { bubbles: true }));
  });

  await expect(page.getByTestId('thread-depth')).toHaveValue('4');
  await expect(page.getByTestId('thread-barbed-start')).toHaveValue('14');
  await expect(page.getByTestId('thread-barbed-end')).toHaveValue('40');
  await expect(page.getByTestId('thread-lot-number')).toHaveValue('LOT-7');
  await expect(page.getByTestId('thread-lot-expiry')).toHaveValue('2030-06-30');
});
