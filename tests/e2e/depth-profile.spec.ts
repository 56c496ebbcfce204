import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';

const PATH = [
  { x: 62, y: -4 },
  { x: 52, y: 24 },
  { x: 38, y: 50 },
];

/** Draws the test thread, sets its depth, waits for the finding it should raise (if any) and opens the depth profile. */
async function threadAtDepth(page: Page, depthMm: number, rule: string | null): Promise<DesignerPage> {
  const app = new DesignerPage(page);
  await app.goto();
  await app.run('tool.thread');
  await app.canvas.drawThread(PATH);
  await app.run('tool.select');
  await app.canvas.click({ x: (PATH[1]!.x + PATH[2]!.x) / 2, y: (PATH[1]!.y + PATH[2]!.y) / 2 });
  await expect(app.inspector.thread).toBeVisible();
  await app.inspector.setDepth(depthMm);
  if (rule !== null) await app.findings.expectRule(rule, true);
  // Every number is joined to its unit by a no-break space (renderer/i18n t()).
  const skinLength = (await page.getByTestId('thread-skin-length').textContent())!.replace(/\u00a0mm$/, '');
  await app.sideTab('Depth profile');
  // The profile's length is the inspector's length on the skin, to the same tenth.
  await expect(page.getByTestId('depth-profile').locator('.dp-title')).toHaveText(new RegExp(`^Thread 1: ${skinLength.replace('.', '\\.')}\u00a0mm long, `));
  return app;
}

/**
 * The depth profile marks a too-shallow thread plainly: the stretch is hatched (not a faint tint
 * that vanishes against the skin band), the thread line there is the critical colour, and the
 * legend shows both the normal and the too-shallow thread line as drawn.
 */
test('depth profile: too-shallow stretches are hatched and the legend matches the drawing', async ({ page }) => {
  await threadAtDepth(page, 1, 'superficial-path');

  const figure = page.getByTestId('depth-profile');
  await expect(figure).toHaveAttribute('data-shallow-runs', /^[1-9]/);
  // One depth all along is stated once, not as a range from it to itself.
  await expect(figure.locator('.dp-title')).toHaveText(/^Thread 1: \d+\.\d\u00a0mm long, 1\.0\u00a0mm deep all along, made for the /);
  const zone = figure.locator('.depth-chart .dp-shallow-zone').first();
  await expect(zone).toHaveAttribute('fill', /^url\(#dp-hatch-/);
  // The hatch pattern exists and its stripes are drawn in the critical colour.
  const hatch = await zone.evaluate((el) => {
    const id = el.getAttribute('fill')!.slice(5, -1);
    const line = document.getElementById(id)?.querySelector('line');
    return line ? getComputedStyle(line).stroke : null;
  });
  const critical = await page.evaluate(() => getComputedStyle(document.querySelector('.dp-thread-shallow')!).stroke);
  expect(hatch).toBe(critical);
  const thread = await page.evaluate(() => getComputedStyle(document.querySelector('.depth-chart .dp-thread')!).stroke);
  expect(thread).not.toBe(critical);

  // Legend: the thread swatch is drawn like the normal line, the too-shallow one like the shallow line.
  const legend = figure.locator('.dp-legend');
  await expect(legend.locator('[data-swatch="dp-thread"] line.dp-thread')).toHaveCount(1);
  await expect(legend.locator('[data-swatch="dp-shallow"] line.dp-thread-shallow')).toHaveCount(1);
  await expect(legend.locator('[data-swatch="dp-shallow"] rect.dp-shallow-zone')).toHaveAttribute('fill', /^url\(#dp-hatch-/);
  await figure.screenshot({ path: 'test-results/screens/depth-profile-shallow.png' });
  await page.locator('.pane-canvas').screenshot({ path: 'test-results/screens/canvas-danger-zones.png' });
});

/** A path taken too deep is marked the same way, with the hatch leaning the other way, and the finding names it. */
test('depth profile: too-deep stretches are hatched like too-shallow ones', async ({ page }) => {
  await threadAtDepth(page, 9, 'deep-path');

  const figure = page.getByTestId('depth-profile');
  await expect(figure).toHaveAttribute('data-deep-runs', /^[1-9]/);
  await expect(figure).toHaveAttribute('data-shallow-runs', '0');
  const zone = figure.locator('.depth-chart .dp-deep-zone').first();
  await expect(zone).toHaveAttribute('fill', /^url\(#dp-hatch-.*-deep\)$/);
  const critical = await page.evaluate(() => getComputedStyle(document.querySelector('.dp-thread-deep')!).stroke);
  const hatch = await zone.evaluate((el) => {
    const id = el.getAttribute('fill')!.slice(5, -1);
    const line = document.getElementById(id)?.querySelector('line');
    return line ? getComputedStyle(line).stroke : null;
  });
  expect(hatch).toBe(critical);
  await expect(figure.locator('.dp-legend [data-swatch="dp-too-deep"] line.dp-thread-deep')).toHaveCount(1);
  await figure.screenshot({ path: 'test-results/screens/depth-profile-deep.png' });
});

/**
 * Depths at single points: an empty box shows the thread's depth it stands for, and a depth set
 * at one point makes the profile's depth a range.
 */
test('depth profile: a depth set at one path point', async ({ page }) => {
  const app = await threadAtDepth(page, 4.5, null);
  await app.sideTab('Inspector');
  const last = page.getByTestId(`point-depth-${PATH.length - 1}`);
  await expect(last).toHaveAttribute('placeholder', '4.5');
  await expect(app.inspector.thread.locator('.point-depths-hint')).toHaveText("An empty box takes the thread's depth, 4.5 mm.");
  await last.fill('6');
  await last.press('Enter');
  await app.sideTab('Depth profile');
  await expect(page.getByTestId('depth-profile').locator('.dp-title')).toHaveText(/^Thread 1: \d+\.\d\u00a0mm long, 4\.5 to 6\.0\u00a0mm deep, made for the /);
});
