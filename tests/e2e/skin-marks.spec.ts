import { CANONICAL_SURFACE, markPoint, surfaceLength } from '../../shared/surface';
import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';

/**
 * Marks for the skin in the inspectors (issue 9): a thread drawn from the temple shows its length
 * on the skin and its entry and far-end marks measured from named landmarks; the entry point's
 * inspector shows where its mark goes.
 */
test('the inspectors show the marks for the skin of a temple thread', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  await page.keyboard.press('t');
  await app.canvas.drag({ x: -68, y: -10 }, { x: -57.8, y: 54.2 });
  await expect(app.objects.threads()).toHaveCount(1);
  await expect(app.inspector.thread).toBeVisible();

  const marks = page.getByTestId('thread-marks');
  await expect(marks).toBeVisible();
  // The entry as the entry-point inspector reports it, to work the expected marks out here.
  await app.objects.entries().first().click();
  await expect(app.inspector.entry).toBeVisible();
  const xy = (await app.inspector.entry.locator('.facts dd').first().textContent()) ?? '';
  const [, x, y] = /x (-?[\d.]+), y (-?[\d.]+)/.exec(xy)!;
  const entry = { x: Number(x), y: Number(y) };
  const expected = markPoint(CANONICAL_SURFACE, entry).text;
  expect(expected).toMatch(/top of the ear.*zygomatic arch/);
  await expect(page.getByTestId('entry-mark')).toHaveText(expected);

  await app.objects.threads().first().click();
  await expect(page.getByTestId('marks-entry')).toHaveText(expected);
  // The drawn path is 65 mm; over the temple and cheek it is longer on the skin. Both lengths head
  // the inspector, the skin's first: it is the one the findings quote.
  // A number and its unit are joined by a no-break space (renderer/i18n t()).
  const drawn = Number(/([\d.]+)\u00a0mm/.exec((await page.getByTestId('thread-drawn-length').textContent()) ?? '')![1]);
  expect(drawn).toBeGreaterThan(60);
  const skin = Number(/([\d.]+)\u00a0mm/.exec((await page.getByTestId('thread-skin-length').textContent()) ?? '')![1]);
  expect(skin).toBeGreaterThan(drawn + 2);
  expect(Math.abs(skin - surfaceLength(CANONICAL_SURFACE, [entry, { x: -57.8, y: 54.2 }]))).toBeLessThan(1);
  await expect(page.getByTestId('marks-direction')).toHaveText(/° below the Frankfort horizontal$/);
  // The barbed section is entered along the drawn path; the hint under it gives the same skin
  // millimetres as the marks (one function), which is what the findings speak in.
  const barbs = (await page.getByTestId('marks-barbs').textContent())!;
  expect(barbs).toMatch(/^[\d.]+ to [\d.]+\u00a0mm from the entry$/);
  await expect(page.getByTestId('thread-barbed-on-skin')).toHaveText(`On the skin: ${barbs}.`);
  await expect(page.getByTestId('marks-distal')).toHaveText(/^\d+ mm .+, \d+ mm .+$/);
  await marks.scrollIntoViewIfNeeded();
  await app.screenshot('skin-marks-inspector');
});
