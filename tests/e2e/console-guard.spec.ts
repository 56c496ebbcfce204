import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';

/**
 * The console guard of fixtures/test.ts itself: every spec fails on a console error or a page
 * error. These tests are marked as expected to fail; if the guard stopped working they would
 * pass, and Playwright reports an expected failure that passes as a failure.
 */

test('a console error fails the test', async ({ page }) => {
  test.fail();
  const app = new DesignerPage(page);
  await app.goto();
  await page.evaluate(() => console.error('something broke'));
});

test('an uncaught page error fails the test', async ({ page }) => {
  test.fail();
  const app = new DesignerPage(page);
  await app.goto();
  await page.evaluate(() => setTimeout(() => { throw new Error('uncaught'); }, 0));
  await page.waitForTimeout(100);
});

test('an error a spec declares is allowed, and the browser edition starts with a clean console', async ({ page, consoleErrors }) => {
  consoleErrors.expect(/declared on purpose/);
  const app = new DesignerPage(page);
  await app.goto();
  await page.evaluate(() => console.error('declared on purpose'));
  await expect(page.getByTestId('file-name')).toBeVisible();
});

test('the page gets frame-ancestors from a header, where browsers honour it', async ({ page }) => {
  const response = await page.request.get('./');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(await response.text()).not.toContain('frame-ancestors');
});

test('errors in a context the spec makes itself count too', async ({ browser }) => {
  test.fail();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('./');
  await page.evaluate(() => console.error('in a context of its own'));
  await context.close();
});
