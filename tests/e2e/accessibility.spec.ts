import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';

/** axe-core finds no serious or critical violation, in the light and the dark theme. */

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violations (${theme} theme)`, async ({ page }) => {
    const app = new DesignerPage(page);
    await app.goto();
    await app.setTheme(theme);
    await page.keyboard.press('t');
    await app.canvas.drawThread([
      { x: 62, y: -4 },
      { x: 52, y: 24 },
      { x: 38, y: 50 },
    ]);
    await app.inspector.setDepth(1);
    await app.findings.heads().first().click();

    const views: [string, () => Promise<void>][] = [
      ['inspector', async () => app.sideTab('Inspector')],
      ['depth', async () => app.sideTab('Depth profile')],
      ['details', async () => app.sideTab('Plan details')],
      ['help', async () => page.keyboard.press('F1')],
    ];
    for (const [name, show] of views) {
      await show();
      await app.screenshot(`a11y-${theme}-${name}`);
      const result = await new AxeBuilder({ page }).analyze();
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
      expect(report, `${theme}/${name}`).toEqual([]);
    }
  });
}
