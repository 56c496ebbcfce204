import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';

/**
 * The Korean and Russian editions as a clinic would meet them (issue 14): a plan with findings
 * opened on a Korean or Russian system, the atlas's structures named in that language on the
 * diagram and in the inspector, skin marks in its words.
 */

async function openIn(page: Page, example: string): Promise<DesignerPage> {
  const app = new DesignerPage(page);
  await app.goto();
  await app.openExample(example);
  return app;
}

for (const { locale, lang, zone, mark } of [
  { locale: 'ko-KR', lang: 'ko', zone: /깊은관자근막\(심측두근막\) \((왼쪽|오른쪽)\)/, mark: /에서 .+ \d+ mm/ },
  { locale: 'ru-RU', lang: 'ru', zone: /Глубокая височная фасция \((слева|справа)\)/, mark: /\d+ мм .+/ },
]) {
  test(`${lang}: the inspector names the fixation zone and the skin marks in ${lang}; the diagram's region labels too`, async ({ browser }) => {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const app = await openIn(page, 'assets/examples/good-midface.vlift');
    await app.setLayer('regions', true);
    await app.closeMenu('view-menu');
    // Region labels are drawn once they are legible: zoom in on the midface to see them.
    await app.run('view.zoomIn');
    await app.run('view.zoomIn');
    await app.objects.threads().first().click();
    await expect(page.getByTestId('thread-fixation-zone').locator('option:checked')).toHaveText(zone);
    await expect(page.getByTestId('marks-entry')).toHaveText(mark, { timeout: 20_000 });
    expect(await page.getByTestId('marks-entry').innerText()).not.toMatch(/[A-Za-z]{3,}/);
    expect(await page.getByTestId('marks-direction').innerText()).not.toMatch(/Frankfort/);
    await app.screenshot(`i18n-${lang}-regions-inspector`);
    await context.close();
  });
}
