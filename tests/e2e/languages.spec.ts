import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';

/**
 * The interface in Korean and Russian (issue 14): it follows the system's language, changes in
 * the View menu at once and is remembered; its text comes from the bundled font; at 1280x720
 * nothing overflows (Russian labels are the longest) and no English is left in the chrome.
 */

/** Latin words a Korean or Russian screen may show: the product, units, key letters, ids. */
const LATIN_ALLOWED = new Set(['VectorLift', 'SMAS', 'PDF', 'N', 'mm', 'x', 'y', 'S', 'L', 'P', 'vlift', 'Shift', 'Alt', 'Ctrl', 'Enter', 'Esc', 'Delete']);

/** The designer's own words (toolbar, panes, tabs, metrics, status bar), not plan content. */
async function chromeText(page: Page): Promise<string> {
  return page.evaluate(() =>
    ['.toolbar', '.pane-left .pane-title', '.side-tabs [role="tab"]', '.side-panel', '.statusbar', '.canvas-legend']
      .flatMap((selector) => [...document.querySelectorAll<HTMLElement>(selector)].map((el) => el.innerText))
      .join('\n'),
  );
}

function englishWords(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z]+/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w));
}

/** Elements of the layout that are wider than the window or than their own box. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll<HTMLElement>('.toolbar, .toolbar button, .tb-menu summary, .side-tabs [role="tab"], .pane-title, .statusbar')) {
      const r = el.getBoundingClientRect();
      if (r.right > window.innerWidth + 0.5) out.push(`${el.className || el.tagName} ends at ${Math.round(r.right)}px`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') out.push(`${el.className || el.tagName} clips its text`);
    }
    return out;
  });
}

test('the interface changes language in the View menu without a restart, and keeps it; only the chosen language\'s words are fetched', async ({ page }) => {
  // The Korean and Russian tables load on demand (renderer/i18n/index.ts): recognised in the
  // scripts the page fetched by a title each of them holds.
  const scripts: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.text().catch(() => ''));
  });
  const fetched = async (words: string) => (await Promise.all(scripts)).some((code) => code.includes(words));
  const app = new DesignerPage(page);
  await app.goto();
  const objectsTitle = page.locator('#objects-title');
  await expect(objectsTitle).toHaveText('Entry points and threads');
  expect(await fetched('Точки вкола и нити')).toBe(false);
  expect(await fetched('삽입점과 실')).toBe(false);

  const menu = await app.openMenu('view-menu');
  await menu.locator('input[data-language-choice="ru"]').check();
  await expect(objectsTitle).toHaveText('Точки вкола и нити');
  expect(await fetched('Точки вкола и нити')).toBe(true);
  expect(await fetched('삽입점과 실')).toBe(false);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(app.fileName).toHaveText('План без названия');
  // Cyrillic comes from the bundled face, loaded before the switch.
  expect(await page.evaluate(() => document.fonts.check('16px "VectorLift Noto"', 'Ж'))).toBe(true);

  await page.reload();
  await app.canvas.waitReady();
  await expect(objectsTitle).toHaveText('Точки вкола и нити');

  const again = await app.openMenu('view-menu');
  await again.locator('input[data-language-choice="system"]').check();
  await expect(objectsTitle).toHaveText('Entry points and threads');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const { locale, lang, title } of [
  { locale: 'ko-KR', lang: 'ko', title: '삽입점과 실' },
  { locale: 'ru-RU', lang: 'ru', title: 'Точки вкола и нити' },
]) {
  test(`a ${locale} system opens the designer in ${lang}: no English left in its chrome, nothing overflows at 1280x720`, async ({ browser }) => {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const app = new DesignerPage(page);
    await app.goto();
    await expect(page.locator('#objects-title')).toHaveText(title);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const sample = lang === 'ko' ? '가' : 'Ж';
    expect(await page.evaluate((s) => document.fonts.check('16px "VectorLift Noto"', s), sample)).toBe(true);

    // The key to the diagram open too: its rows are the longest labels over the canvas.
    await page.getByTestId('canvas-legend').locator('button').first().click();
    await expect(page.getByTestId('canvas-legend')).toHaveClass(/is-open/);
    expect(englishWords(await chromeText(page))).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    // The View menu, with the language choice in it, fits the window too.
    await app.openMenu('view-menu');
    const box = await page.getByTestId('view-menu').locator('.tb-popover').boundingBox();
    expect(box && box.y + box.height <= 720 && box.x + box.width <= 1280).toBe(true);
    await context.close();
  });
}

test('findings of the converted rules read in Russian, numbers with a decimal comma', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const app = new DesignerPage(page);
  await app.goto();
  await app.openExample('assets/examples/poor-over-tension.vlift');
  const finding = page.getByTestId('findings').locator('li.finding[data-rule="over-tension"]').first();
  await expect(finding.locator('.finding-title')).toHaveText(/^Нить \d+: натяжение/);
  await finding.locator('.finding-head').click();
  const detail = finding.locator('.finding-detail');
  await expect(detail).toContainText('Почему это важно');
  // Newtons with the decimal comma, joined to the figure by a no-break space (findingWords).
  await expect(detail).toContainText(/\d,\d+\u00a0Н/);
  expect(englishWords(await detail.innerText())).toEqual([]);
  expect(await overflowing(page)).toEqual([]);
  await context.close();
});

test('in Russian at 1280x720, with a long file name and a message, the status bar keeps every text within its two lines', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const app = new DesignerPage(page);
  await app.goto();
  await app.openExample('assets/cases/jawline-over-tension/poor.vlift');
  // The file name, the side note, the tool hint, "Открыт файл …" and the zoom side by side: the
  // hint once took three lines, and the bar's fixed height cut its first and last.
  await app.open({ name: 'jawline-over-tension-exercise.vlift', text: await (await import('node:fs/promises')).readFile('assets/cases/jawline-over-tension/poor.vlift', 'utf8') });
  await expect(app.status).toContainText('jawline-over-tension-exercise.vlift');
  const parts = await page.locator('.statusbar > *').evaluateAll((els) => {
    const bar = els[0]!.parentElement!.getBoundingClientRect();
    return els.map((e) => {
      const r = e.getBoundingClientRect();
      return { name: e.className, inside: r.top >= bar.top && r.bottom <= bar.bottom + 0.5, lines: Math.round(r.height / 15), cut: e.scrollHeight > e.clientHeight + 1 };
    });
  });
  expect(parts.filter((p) => !p.inside || p.lines > 2 || p.cut)).toEqual([]);
  await context.close();
});
