import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DesignerPage } from './pages/designer-page';
import { TrainingPage } from './pages/training-page';

/**
 * The screens a practitioner and a trainer use, at a laptop's 1280x720 and a projector's
 * 1920x1080, in both themes: screenshots kept in test-results/screens/ (looked at by eye), plus
 * the layout checks that can be measured: the toolbar on one row, nothing cut off, axe clean.
 */

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
}

/**
 * Rows the toolbar's items take: items on one row share their vertical centre (the bar centres
 * them), so a wrapped item starts a new group of centres. Zero-height items (a spacer) are left out.
 */
async function toolbarRows(page: Page): Promise<number> {
  return page.locator('.toolbar').evaluate((bar) => {
    const centres = [...bar.children]
      .map((c) => c.getBoundingClientRect())
      .filter((r) => r.height > 0)
      .map((r) => r.top + r.height / 2)
      .sort((a, b) => a - b);
    let rows = 0;
    let last = -Infinity;
    for (const c of centres) {
      if (c - last > 12) rows++;
      last = c;
    }
    return rows;
  });
}

for (const size of SIZES) {
  for (const theme of ['light', 'dark'] as const) {
    test(`screens at ${size.width}x${size.height}, ${theme} theme`, async ({ page }) => {
      await page.setViewportSize(size);
      const app = new DesignerPage(page);
      const training = new TrainingPage(page);
      const name = (view: string) => `${size.width}x${size.height}-${theme}-${view}`;
      await app.goto();
      await app.setTheme(theme);
      expect(await toolbarRows(page)).toBe(1);
      await app.screenshot(name('blank'));

      await app.openExample('assets/examples/good-midface.vlift');
      await app.objects.threads().nth(1).click();
      await expect(app.inspector.thread).toBeVisible();
      // Danger zones one key away; the key to the diagram lists them with the calm defaults.
      await page.keyboard.press('3');
      await page.keyboard.press('k');
      const legend = page.getByTestId('canvas-legend');
      await expect(legend.locator('[data-legend-row]')).toHaveCount(5 + 3 + 3 + 3);
      await expect(legend.locator('[data-legend-row="artery"]')).toBeVisible();
      await app.screenshot(name('thread-selected'));
      await page.keyboard.press('k');
      await page.keyboard.press('3');
      await expect(legend.locator('[data-legend-row]')).toHaveCount(0);

      await app.openExample('assets/examples/poor-crowding.vlift');
      await page.keyboard.press('Control+a');
      await expect(page.getByTestId('multi-inspector')).toBeVisible();
      await app.screenshot(name('multi-selection'));
      expect(await seriousViolations(page), 'designer').toEqual([]);

      await training.openBrowser();
      await training.openCase('midface-converging-on-cheekbone');
      await training.expectBothSidesDrawn();
      await training.screenshot(name('compare'));
      expect(await seriousViolations(page), 'compare').toEqual([]);
    });
  }
}
